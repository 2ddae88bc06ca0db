package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOrderSnifferTest {

    private static DateOrderSniffer observing(String... values) {
        DateOrderSniffer detector = new DateOrderSniffer();
        Arrays.stream(values).forEach(detector::observe);
        return detector;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "25/03/2024           | DAY_FIRST",
            "03/25/2024           | MONTH_FIRST",
            "13.01.2024 14:30     | DAY_FIRST",
            "1/23/2024, 5:50 PM   | MONTH_FIRST",
            "31-12-24             | DAY_FIRST"})
    void onePartOverTwelveDecides(String value, DateOrder expected) {
        assertThat(observing(value).decided()).contains(expected);
    }

    @Test
    void ambiguousValuesDecideNothing() {
        DateOrderSniffer detector = observing("03/05/2024", "12/12/2024", "1/2/2024 10:00", "", null,
                "2024-03-25", "45356", "n/a");

        assertThat(detector.decided()).isEmpty();
    }

    @Test
    void decisiveValueLaterInTheFileDecidesForTheWholeFile() {
        assertThat(observing("03/05/2024", "04/06/2024", "28/06/2024").decided()).contains(DateOrder.DAY_FIRST);
    }

    @Test
    void contraryEvidenceLaterKeepsTheFirstDecision() {
        assertThat(observing("25/03/2024", "03/26/2024", "03/27/2024").decided()).contains(DateOrder.DAY_FIRST);
    }
}
