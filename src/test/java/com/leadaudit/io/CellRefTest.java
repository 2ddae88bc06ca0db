package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellRefTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"A1, 0", "B7, 1", "Z9, 25", "AA1, 26", "AB12, 27", "XFD1048576, 16383", "$C$3, 2", "c3, 2",
            "XFE1, -1", "AAAA1, -1", "1A, -1", "'', -1", "A-1, -1"})
    void columnComesFromTheLettersOfTheReference(String ref, int column) {
        assertThat(CellRef.column(ref)).isEqualTo(column);
    }

    @org.junit.jupiter.api.Test
    void columnNamesAsExcelHeadsThem() {
        org.assertj.core.api.Assertions.assertThat(java.util.stream.IntStream.of(0, 4, 25, 26, 701, 702, 16383)
                .mapToObj(CellRef::columnName)).containsExactly("A", "E", "Z", "AA", "ZZ", "AAA", "XFD");
    }
}
