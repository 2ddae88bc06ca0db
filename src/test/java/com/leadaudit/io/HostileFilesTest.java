package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unreadable file must end in one clear sentence for its owner — never an OutOfMemoryError, a stack
 * overflow, a hang or a raw parser message.
 */
class HostileFilesTest {

    private static final List<TableSchema> SCHEMAS = List.of(new TableSchema("scans",
            Map.of("email", List.of("Email"), "firstName", List.of("First Name")), Set.of("email"), 1));

    @TempDir
    Path dir;

    interface Maker {
        Path make(Path file) throws Exception;
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("empty.csv", (Maker) HostileFiles::empty, "the file is empty"),
                Arguments.of("report.xlsx", (Maker) HostileFiles::pdf, "the file is a PDF, not a spreadsheet"),
                Arguments.of("cut.xlsx", (Maker) HostileFiles::truncatedXlsx, "the xlsx file is damaged (not a valid zip)"),
                Arguments.of("locked.xlsx", (Maker) HostileFiles::passwordProtectedXlsx, "password-protected"),
                Arguments.of("locked.xls", (Maker) HostileFiles::passwordProtectedXls, "password-protected"),
                Arguments.of("noise.csv", (Maker) HostileFiles::randomBinary, "binary data"),
                Arguments.of("export.xlsx", (Maker) HostileFiles::zipWithoutWorkbook, "zip archive, not a spreadsheet"),
                Arguments.of("leads.xlsx", (Maker) HostileFiles::wordDocumentInZip, "Word document"),
                Arguments.of("leads.xls", (Maker) HostileFiles::legacyWordDocument, "Word document"),
                Arguments.of("bomb.xlsx", (Maker) HostileFiles::zipBomb, "zip bomb"),
                Arguments.of("laughs.xlsx", (Maker) HostileFiles::billionLaughs, "the xlsx file is damaged"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("hostileFiles")
    void unreadableFileGivesOneClearSentence(String name, Maker maker, String expected) throws Exception {
        Path file = maker.make(dir.resolve(name));

        assertThatThrownBy(() -> TableReader.open(file, SCHEMAS).close())
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void rawCursorFailsTheSameWayAndQuickly(String name, Maker maker, String expected) throws Exception {
        Path file = maker.make(dir.resolve(name));
        long start = System.nanoTime();

        String failure = Rows.failureOf(file);

        assertThat(failure).contains(expected);
        // A guard against a runaway parser (an entity expansion, a bomb inflated), which takes minutes or never
        // ends; not a speed measure, so the bound leaves room for a machine busy with other builds.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void sheetThatBreaksOffMidwayFailsDuringIterationNamingTheLastGoodRow() throws Exception {
        Path file = HostileFiles.sheetXmlCutOffAfterRow40(dir.resolve("crashed-writer.xlsx"));

        try (Table table = TableReader.open(file, SCHEMAS)) {
            Iterator<SheetRow> rows = table.dataRows();
            int read = 0;
            Throwable failure = null;
            try {
                while (rows.hasNext()) {
                    rows.next();
                    read++;
                }
            } catch (UnreadableFileException.Runtime e) {
                failure = e;
            }

            assertThat(read).isEqualTo(39);
            assertThat(failure).isNotNull()
                    .hasMessage("the xlsx file is damaged and cannot be read after row 40");
            assertThat(((UnreadableFileException.Runtime) failure).toChecked())
                    .hasMessage(failure.getMessage());
        }
    }
}
