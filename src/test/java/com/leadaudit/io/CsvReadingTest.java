package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReadingTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void utf8BomIsStrippedSoTheFirstHeaderMatches() throws Exception {
        Path file = write("excel-utf8.csv", UTF8_BOM,
                "First Name,Email\nJos\u00E9,jose@example.com\n".getBytes(StandardCharsets.UTF_8));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(Rows.texts(rows.get(0))).containsExactly("First Name", "Email");
        assertThat(Rows.texts(rows.get(1))).containsExactly("Jos\u00E9", "jose@example.com");
    }

    @Test
    void bomGluedToTheFirstHeaderTwiceIsStrippedToo() throws Exception {
        Path file = write("saved-twice.csv", UTF8_BOM, UTF8_BOM,
                "\"First Name\",Email\nAna,ana@example.com\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Rows.readAll(file).get(0).text(0)).isEqualTo("First Name");
    }

    @Test
    void utf16LittleEndianWithBomAsExcelUnicodeTextWrites() throws Exception {
        Path file = write("unicode-text.txt",
                "\uFEFFFirst Name\tEmail\r\nZo\u00EB\tzoe@example.com\r\n\u674E\u96F7\tli@example.cn\r\n"
                        .getBytes(StandardCharsets.UTF_16LE));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(Rows.texts(rows.get(0))).containsExactly("First Name", "Email");
        assertThat(Rows.texts(rows.get(1))).containsExactly("Zo\u00EB", "zoe@example.com");
        assertThat(Rows.texts(rows.get(2))).containsExactly("\u674E\u96F7", "li@example.cn");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        Path file = write("utf16be.csv", "\uFEFFEmail,Name\na@example.com,\u00C5sa\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(Rows.texts(Rows.readAll(file).get(1))).containsExactly("a@example.com", "\u00C5sa");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytePattern() throws Exception {
        Path file = write("no-bom-utf16.csv", "Email,Name\na@example.com,Zo\u00EB\nb@example.com,Bo\n"
                .getBytes(StandardCharsets.UTF_16LE));

        assertThat(Rows.texts(Rows.readAll(file).get(1))).containsExactly("a@example.com", "Zo\u00EB");
    }

    @Test
    void windows1252FromExcelOnWindowsIsDecodedWithoutMojibake() throws Exception {
        Path file = write("ansi.csv", "Name,Company\nJos\u00E9 M\u00FCller,Caf\u00E9 \u2013 Stra\u00DFe GmbH\n"
                .getBytes(CsvEncoding.WINDOWS_1252));

        assertThat(Rows.texts(Rows.readAll(file).get(1)))
                .containsExactly("Jos\u00E9 M\u00FCller", "Caf\u00E9 \u2013 Stra\u00DFe GmbH");
    }

    @Test
    void windows1252IsDetectedEvenWhenTheFirstAccentIsFarDownTheFile() throws Exception {
        StringBuilder csv = new StringBuilder("Email,Name\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("p").append(i).append("@example.com,Plain Name\n");
        }
        csv.append("last@example.com,Fran\u00E7ois\n");
        Path file = write("late-accent.csv", csv.toString().getBytes(CsvEncoding.WINDOWS_1252));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(rows.get(rows.size() - 1).text(1)).isEqualTo("Fran\u00E7ois");
    }

    @Test
    void utf8WithoutBomIsUtf8() throws Exception {
        Path file = write("plain-utf8.csv", "Name\nJos\u00E9 \u5F20\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Rows.readAll(file).get(1).text(0)).isEqualTo("Jos\u00E9 \u5F20");
    }

    @Test
    void sepLineSetsTheDelimiterIsNotDataAndStillCountsAsLineOne() throws Exception {
        List<SheetRow> rows = Rows.readAll(Resources.io("semicolon-sep.csv"));

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(Rows.texts(rows.get(0))).containsExactly("Vorname", "Nachname", "E-Mail", "Umsatz", "Scan-Datum");
        assertThat(Rows.texts(rows.get(1)))
                .containsExactly("J\u00FCrgen", "Gro\u00DF", "j.gross@example.de", "1.234,50", "05.03.2024 14:30");
    }

    static Stream<Arguments> delimitedFiles() {
        return Stream.of(
                Arguments.of("comma", "Email,First Name,Company\na@example.com,Ana,\"Acme, Inc.\"\nb@example.com,Bo,Nordic"),
                Arguments.of("semicolon", "Email;First Name;Amount\na@example.com;Ana;1,5\nb@example.com;Bo;2,75"),
                Arguments.of("tab", "Email\tFirst Name\tCompany\na@example.com\tAna\tAcme, Inc.\nb@example.com\tBo\tNordic"),
                Arguments.of("pipe", "Email|First Name|Company\na@example.com|Ana|Acme, Inc.\nb@example.com|Bo|Nordic"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delimitedFiles")
    void delimiterIsSniffedFromTheLines(String name, String content) throws Exception {
        Path file = write(name + ".csv", content.getBytes(StandardCharsets.UTF_8));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(row.cells()).hasSize(3));
        assertThat(rows.get(1).text(0)).isEqualTo("a@example.com");
    }

    @Test
    void titleLineWithoutDelimitersAboveTheHeaderDoesNotConfuseTheSniffer() throws Exception {
        Path file = write("titled.csv", ("Leads captured at Big Show 2024\n\nEmail;Name;Company\n"
                + "a@example.com;Ana;Acme, Inc.\nb@example.com;Bo;Nordic\n").getBytes(StandardCharsets.UTF_8));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4, 5);
        assertThat(Rows.texts(rows.get(1))).containsExactly("Email", "Name", "Company");
    }

    @Test
    void quotedMultiLineNotesAreOneRowAsTheSpreadsheetShowsIt() throws Exception {
        List<SheetRow> rows = Rows.readAll(Resources.io("multiline-notes.csv"));

        // SPEC §9: rows as Excel shows them; a note over three lines is one row, not three
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).text(2)).isEqualTo("Wants a demo.\nCall after 3pm.\nBudget Q3");
        assertThat(rows.get(3).text(2)).isEqualTo("Said \"maybe\"\nnext year");
        assertThat(rows.get(3).text(3)).isEqualTo("2024-03-06 10:00");
    }

    @Test
    void rowsWithMissingOrExtraFieldsAreKeptAsTheyAre() throws Exception {
        Path file = write("ragged.csv", "Email,Name,Company\na@example.com\nb@example.com,Bo,Nordic,extra\n"
                .getBytes(StandardCharsets.UTF_8));

        List<SheetRow> rows = Rows.readAll(file);

        assertThat(Rows.texts(rows.get(1))).containsExactly("a@example.com");
        assertThat(Rows.texts(rows.get(2))).containsExactly("b@example.com", "Bo", "Nordic", "extra");
    }

    @Test
    void csvCellsAreTextOnlyAndNeverDates() throws Exception {
        Path file = write("numbers.csv", "Phone,Scan Date\n4155550100,45356.5\n".getBytes(StandardCharsets.UTF_8));

        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            cursor.next();
            SheetRow row = cursor.next();
            assertThat(row.cells()).allSatisfy(cell -> {
                assertThat(cell.number()).isNull();
                assertThat(cell.dateFormatted()).isFalse();
            });
            assertThat(cursor.date1904()).isFalse();
        }
    }

    @Test
    void quoteThatNeverClosesFailsWithASentenceInsteadOfSwallowingTheFile() throws Exception {
        Path file = write("unclosed.csv", ("Email,Notes\na@example.com,\"starts a note\n"
                + "b@example.com,more text\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8));

        // the swallowed lines are one oversized cell, cut as it streams past; the quote left open names the row
        assertThat(Rows.failureOf(file)).isEqualTo("the CSV file is malformed: a quotation mark in row 2 is never "
                + "closed, so every line after it ran together into one cell");
    }

    @Test
    void blankLinesStillCountAsRowsAfterAMultiLineCell() throws Exception {
        Path file = write("blank-after-multiline.csv", ("Email,Notes\r\na@example.com,\"one\r\ntwo\nthree\"\r\n\r\n"
                + "b@example.com,x\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(Rows.readAll(file)).extracting(SheetRow::rowNumber).containsExactly(1, 2, 4);
    }
}
