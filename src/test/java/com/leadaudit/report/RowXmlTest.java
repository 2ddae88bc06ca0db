package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RowXml against POI itself: the same cells set through {@link Cells} on an SXSSF row and written by POI's
 * SheetDataWriter must come out as the same UTF-8 bytes.
 */
class RowXmlTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(-1); // -1: keep every row, nothing flushed behind us
    private final ReportStyles styles = new ReportStyles(workbook);
    private final SXSSFSheet sheet = workbook.createSheet("t");
    private int nextRow = 1;

    @FunctionalInterface
    interface PoiCell {
        void set(Row row, int col);
    }

    @FunctionalInterface
    interface RawCell {
        void set(RowXml xml, int col);
    }

    @AfterEach
    void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    @Test
    void textIsEscapedAsPoiEscapesIt() throws IOException {
        List<String> texts = new ArrayList<>(List.of("plain", "a<b", "a>b", "Müller & Söhne", "say \"hi\"",
                "'single'", " leading", "trailing ", "\tTab first", "last tab\t", "line\nbreak", "crlf\r\nend",
                "no\u00A0break", "\u00A0nbsp first", "\u2003em space", "=1+1", "=HYPERLINK(\"http://x\",\"y\")",
                "+49 30 1234", "-5", "@sum", "_x0041_", "a_x000D_b", "_X0041_", "ctl\u0001\u0008\u001Fchars",
                "\u0001\u0002", "\uFFFE\uFFFF", "\uD800 lone high", "lone low \uDC00", "emoji 😀 and 👍🏽",
                "中文 日本語 한국어", "עברית", "€ ™ •", "&amp; already escaped", "]]>", "<![CDATA[x]]>", "\u0085nel",
                "x".repeat(CellText.MAX_LENGTH), "y".repeat(CellText.MAX_LENGTH + 10), "😀".repeat(20_000), " "));
        for (String text : texts) {
            assertLikePoi(display(text),
                    (row, c) -> Cells.plainText(row, c, text, styles.plain), (xml, c) -> xml.plainText(c, text, styles.plain));
            assertLikePoi(display(text) + " styled",
                    (row, c) -> Cells.text(row, c, text, styles.header), (xml, c) -> xml.text(c, text, styles.header));
            assertLikePoi(display(text) + " no style",
                    (row, c) -> Cells.text(row, c, text, null), (xml, c) -> xml.text(c, text, null));
        }
    }

    @Test
    void emptyTextHasNoCellButAStyledEmptyCellKeepsItsStyle() throws IOException {
        CellStyle overdue = styles.status("OVERDUE");
        for (String empty : Arrays.asList(null, "")) {
            assertLikePoi("plain " + empty, (row, c) -> Cells.plainText(row, c, empty, styles.plain),
                    (xml, c) -> xml.plainText(c, empty, styles.plain));
            assertLikePoi("unstyled " + empty, (row, c) -> Cells.text(row, c, empty, null),
                    (xml, c) -> xml.text(c, empty, null));
            assertLikePoi("status " + empty, (row, c) -> Cells.text(row, c, empty, overdue),
                    (xml, c) -> xml.text(c, empty, overdue));
            assertLikePoi("default style " + empty, (row, c) -> Cells.text(row, c, empty, styles.plain),
                    (xml, c) -> xml.text(c, empty, styles.plain));
        }
        assertThat(xmlOf((xml, c) -> xml.text(c, null, overdue), 3)).contains("<c r=\"D", " s=\"", "></c>");
        assertThat(xmlOf((xml, c) -> xml.plainText(c, "", styles.plain), 3)).doesNotContain("<c ");
    }

    @Test
    void numbersHaveDoubleToStringTextAndMissingOnesNoCell() throws IOException {
        List<Number> numbers = Arrays.asList(null, 0, 1, 2, -3, 42, 9_999_999, 10_000_000, 12_345_678, Integer.MAX_VALUE,
                Integer.MIN_VALUE, 0.0, -0.0, 5.8, 121.5, 0.1 + 0.2, 1e-3, 1e-4, 1.0E-300, 9_999_999.5, 1e7, 1e21,
                -1e21, Long.MIN_VALUE, (double) Long.MAX_VALUE, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0E-3, 100.0 / 3, 46108.02774305556);
        for (Number n : numbers) {
            assertLikePoi("count " + n, (row, c) -> Cells.number(row, c, n, styles.count),
                    (xml, c) -> xml.number(c, n, styles.count));
            assertLikePoi("hours " + n, (row, c) -> Cells.number(row, c, n, styles.hours),
                    (xml, c) -> xml.number(c, n, styles.hours));
        }
    }

    @Test
    void timesAreSerialsInTheZoneAndBefore1900Text() throws IOException {
        List<Instant> times = Arrays.asList(null, Instant.parse("2026-04-23T07:30:00Z"),
                Instant.parse("2026-04-27T21:59:59.999Z"), // end of day in Berlin: shown 23:59:59, not next day
                Instant.parse("2026-03-29T00:59:59Z"), Instant.parse("2026-03-29T01:00:00Z"), // summer time starts
                Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"), // 02:30 twice
                Instant.parse("1900-02-28T22:59:59Z"), Instant.parse("1900-02-28T23:00:00Z"), // 1900-03-01 in Berlin
                Instant.parse("1899-12-30T23:00:00Z"), Instant.parse("1899-12-30T12:00:00Z"),
                Instant.parse("1850-06-01T10:15:30.5Z"), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T22:59:59Z"), Instant.parse("1970-01-01T00:00:00Z"));
        for (ZoneId zone : List.of(BERLIN, ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu"))) {
            for (Instant t : times) {
                assertLikePoi(t + " in " + zone, (row, c) -> Cells.dateTime(row, c, t, zone, styles.dateTime),
                        (xml, c) -> xml.dateTime(c, t, styles.dateTime), zone);
            }
        }
    }

    @Test
    void datesAreSerialsAndBefore1900Text() throws IOException {
        List<LocalDate> dates = Arrays.asList(null, LocalDate.of(2026, 4, 27), LocalDate.of(1900, 2, 28),
                LocalDate.of(1900, 3, 1), LocalDate.of(1900, 1, 1), LocalDate.of(1899, 12, 31),
                LocalDate.of(1899, 12, 30), LocalDate.of(1850, 6, 1), LocalDate.of(9999, 12, 31));
        for (LocalDate d : dates) {
            assertLikePoi("date " + d, (row, c) -> Cells.date(row, c, d, styles.date),
                    (xml, c) -> xml.date(c, d, styles.date));
        }
    }

    @Test
    void cellReferencesUseExcelColumnLetters() throws IOException {
        for (int col : new int[] {0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 16_383}) {
            assertLikePoi("column " + col, (row, c) -> Cells.plainText(row, col, "x", styles.plain),
                    (xml, c) -> xml.plainText(col, "x", styles.plain));
        }
    }

    @Test
    void aRowWithGapsAndMixedCellsIsWrittenAsPoiWritesIt() throws IOException {
        Instant t = Instant.parse("2026-04-24T08:15:00Z");
        assertLikePoi("mixed row", (row, c) -> {
            Cells.plainText(row, 0, "anna@acme.de", styles.plain);
            Cells.plainText(row, 2, null, styles.plain);
            Cells.dateTime(row, 3, t, BERLIN, styles.dateTime);
            Cells.number(row, 4, 2, styles.count);
            Cells.number(row, 5, null, styles.hours);
            Cells.text(row, 6, "OVERDUE", styles.status("OVERDUE"));
            Cells.text(row, 7, null, styles.status("OPEN"));
            Cells.date(row, 8, LocalDate.of(2026, 4, 27), styles.date);
            Cells.plainText(row, 30, " note with <markup> & \"quotes\" ", styles.plain);
        }, (xml, c) -> {
            xml.plainText(0, "anna@acme.de", styles.plain);
            xml.plainText(2, null, styles.plain);
            xml.dateTime(3, t, styles.dateTime);
            xml.number(4, 2, styles.count);
            xml.number(5, null, styles.hours);
            xml.text(6, "OVERDUE", styles.status("OVERDUE"));
            xml.text(7, null, styles.status("OPEN"));
            xml.date(8, LocalDate.of(2026, 4, 27), styles.date);
            xml.plainText(30, " note with <markup> & \"quotes\" ", styles.plain);
        }, BERLIN);
    }

    @Test
    void anEmptyRowIsAnEmptyRowElement() {
        RowXml xml = new RowXml(3, BERLIN);
        xml.start(41);
        xml.end();
        assertThat(xml.toString()).isEqualTo("<row r=\"42\">\n</row>\n");
        assertThat(xml.lastColumn()).isEqualTo(-1);
    }

    @Test
    void noRowPastExcelsLastRow() {
        RowXml xml = new RowXml(3, BERLIN);
        xml.start(1_048_575);
        assertThatThrownBy(() -> xml.start(1_048_576)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside allowable range");
        assertThatThrownBy(() -> sheet.createRow(1_048_576)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside allowable range");
    }

    private void assertLikePoi(String what, PoiCell poi, RawCell raw) throws IOException {
        assertLikePoi(what, poi, raw, BERLIN);
    }

    /** One row each way, at column 3 (D) unless the case picks its columns itself. */
    private void assertLikePoi(String what, PoiCell poi, RawCell raw, ZoneId zone) throws IOException {
        int rowIndex = nextRow++;
        SXSSFRow row = sheet.createRow(rowIndex);
        poi.set(row, 3);
        StringWriter poiXml = new StringWriter();
        new SheetDataWriter(poiXml).writeRow(rowIndex, row);

        RowXml xml = new RowXml(16_384, zone);
        xml.start(rowIndex);
        raw.set(xml, 3);
        xml.end();
        byte[] rawBytes = Arrays.copyOf(xml.bytes(), xml.length());

        byte[] poiBytes = poiXml.toString().getBytes(StandardCharsets.UTF_8); // as POI's UTF-8 writer encodes it
        if (!Arrays.equals(rawBytes, poiBytes)) {
            assertThat(xml.toString()).as(what).isEqualTo(poiXml.toString());
            assertThat(rawBytes).as(what + " (bytes)").isEqualTo(poiBytes);
        }
        assertThat(xml.lastColumn()).as(what).isEqualTo(row.getLastCellNum() < 0 ? -1 : row.getLastCellNum() - 1);
    }

    private String xmlOf(RawCell raw, int col) {
        RowXml xml = new RowXml(10, BERLIN);
        xml.start(0);
        raw.set(xml, col);
        xml.end();
        return xml.toString();
    }

    private static String display(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "… (" + text.length() + " chars)" : "'" + text + "'";
    }
}
