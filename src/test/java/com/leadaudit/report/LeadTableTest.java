package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead tables, whose rows are appended as XML, against the same tables written the way they were before:
 * every cell through {@link Cells} and POI. The sheets must be the same bytes, and read back with XSSF the same
 * cells with the same types, values and styles.
 */
class LeadTableTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> QUESTIONS = List.of("Interested?", "Budget", "Timeframe", "Never answered");

    @TempDir
    Path dir;

    @Test
    void awkwardLeadsAreWrittenAsPoiWritesThem() throws IOException {
        assertSameAsPoi(awkwardLeads());
    }

    @Test
    void thousandsOfLeadsBeyondTheRowWindow() throws IOException {
        List<LeadRow> leads = new ArrayList<>();
        Instant start = Instant.parse("2026-03-27T07:00:00Z"); // over the switch to summer time
        for (int i = 0; i < 3 * StreamingWorkbook.ROW_WINDOW + 17; i++) {
            leads.add(lead(i, start.plus(Duration.ofMinutes(13L * i))));
        }
        assertSameAsPoi(leads);
    }

    @Test
    void anEmptyTableSaysSo() throws IOException {
        assertSameAsPoi(List.of());
    }

    private void assertSameAsPoi(List<LeadRow> leads) throws IOException {
        Path expected = dir.resolve("poi.xlsx");
        Path actual = dir.resolve("raw.xlsx");
        write(expected, leads, true);
        write(actual, leads, false);

        Map<String, byte[]> expectedSheets = sheetParts(expected);
        Map<String, byte[]> actualSheets = sheetParts(actual);
        assertThat(actualSheets.keySet()).isEqualTo(expectedSheets.keySet());
        for (String part : expectedSheets.keySet()) {
            assertThat(new String(actualSheets.get(part), StandardCharsets.UTF_8)).as(part)
                    .isEqualTo(new String(expectedSheets.get(part), StandardCharsets.UTF_8));
            assertThat(actualSheets.get(part)).as(part).isEqualTo(expectedSheets.get(part));
        }

        try (XSSFWorkbook poi = Workbooks.open(expected); XSSFWorkbook raw = Workbooks.open(actual)) {
            assertThat(Workbooks.sheetNames(raw)).isEqualTo(Workbooks.sheetNames(poi));
            for (int s = 0; s < poi.getNumberOfSheets(); s++) {
                assertSameCells(poi.getSheetAt(s), raw.getSheetAt(s));
            }
        }
    }

    private static void assertSameCells(XSSFSheet expected, XSSFSheet actual) {
        DataFormatter formatter = new DataFormatter();
        String sheet = expected.getSheetName();
        assertThat(actual.getLastRowNum()).as(sheet).isEqualTo(expected.getLastRowNum());
        assertThat(actual.getPaneInformation() == null).as(sheet).isEqualTo(expected.getPaneInformation() == null);
        if (expected.getPaneInformation() != null) {
            assertThat(actual.getPaneInformation().getHorizontalSplitPosition()).as(sheet)
                    .isEqualTo(expected.getPaneInformation().getHorizontalSplitPosition());
        }
        assertThat(actual.getCTWorksheet().getAutoFilter() == null ? null : actual.getCTWorksheet().getAutoFilter().getRef())
                .as(sheet).isEqualTo(expected.getCTWorksheet().getAutoFilter() == null ? null
                        : expected.getCTWorksheet().getAutoFilter().getRef());
        for (int r = 0; r <= expected.getLastRowNum(); r++) {
            Row e = expected.getRow(r);
            Row a = actual.getRow(r);
            assertThat(a == null).as("%s row %d", sheet, r).isEqualTo(e == null);
            if (e == null) {
                continue;
            }
            assertThat(a.getLastCellNum()).as("%s row %d", sheet, r).isEqualTo(e.getLastCellNum());
            for (int c = 0; c < e.getLastCellNum(); c++) {
                Cell ec = e.getCell(c);
                Cell ac = a.getCell(c);
                String where = sheet + "!" + new CellReference(r, c).formatAsString();
                assertThat(ac == null).as(where).isEqualTo(ec == null);
                if (ec == null) {
                    continue;
                }
                assertThat(ac.getCellType()).as(where).isEqualTo(ec.getCellType());
                assertThat(ac.getCellStyle().getIndex()).as(where).isEqualTo(ec.getCellStyle().getIndex());
                assertThat(formatter.formatCellValue(ac)).as(where).isEqualTo(formatter.formatCellValue(ec));
                if (ec.getCellType() == CellType.STRING) {
                    assertThat(ac.getStringCellValue()).as(where).isEqualTo(ec.getStringCellValue());
                } else if (ec.getCellType() == CellType.NUMERIC) {
                    assertThat(ac.getNumericCellValue()).as(where).isEqualTo(ec.getNumericCellValue());
                }
            }
        }
        for (int c = 0; c < 40; c++) {
            assertThat(actual.getColumnWidth(c)).as("%s column %d", sheet, c).isEqualTo(expected.getColumnWidth(c));
        }
    }

    private static void write(Path target, List<LeadRow> leads, boolean throughPoi) throws IOException {
        StreamingWorkbook.write(target, "t", "c", workbook -> {
            ReportStyles styles = new ReportStyles(workbook);
            SXSSFSheet leadSheet = workbook.createSheet(CampaignWorkbookWriter.LEADS);
            SXSSFSheet actionSheet = workbook.createSheet(CampaignWorkbookWriter.ACTION_LIST);
            SXSSFSheet after = workbook.createSheet("After");
            fill(leadSheet, styles, LeadColumn.leadsSheet(QUESTIONS), leads, throughPoi, "No leads.");
            List<LeadRow> reversed = new ArrayList<>(leads);
            Collections.reverse(reversed);
            fill(actionSheet, styles, LeadColumn.actionList(), reversed, throughPoi, "Nobody is waiting.");
            Cells.text(after.createRow(0), 0, "a sheet written by POI after the tables", styles.label);
        });
    }

    private static void fill(SXSSFSheet sheet, ReportStyles styles, List<LeadColumn> columns, List<LeadRow> leads,
                             boolean throughPoi, String whenEmpty) {
        if (throughPoi) {
            PoiLeadTable table = new PoiLeadTable(sheet, styles, BERLIN, columns);
            table.writeHeader();
            leads.forEach(table::write);
            table.finish(whenEmpty);
        } else {
            LeadTable table = new LeadTable(sheet, styles, BERLIN, columns);
            table.writeHeader();
            leads.forEach(table::write);
            assertThat(table.rowsWritten()).isEqualTo(leads.size());
            table.finish(whenEmpty);
        }
    }

    private static Map<String, byte[]> sheetParts(Path file) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().equals("docProps/core.xml")) { // holds the time of writing
                    parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        }
        return parts;
    }

    private static List<LeadRow> awkwardLeads() {
        List<LeadRow> leads = new ArrayList<>(FakeCampaign.berlin().leads);
        Instant t = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 summer time, an hour before 02:30 winter time
        String[] texts = {"a<b>c", "Müller & Söhne", "say \"hi\"", " leading", "trailing ", "=1+1",
            "=HYPERLINK(\"http://x\",\"y\")", "_x0041_", "ctl\u0001\u001Fchars", "\u0001", "line\nbreak\r\n",
            "tab\tin", "no\u00A0break", "😀 emoji", "中文", longText(), "+49 30 1", "@x", ""};
        for (int i = 0; i < texts.length; i++) {
            String x = texts[i];
            leads.add(new LeadRow(x, x, x, x, x, x, x, x, t.plusSeconds(3600L * i), i, i % 2 == 0, i % 2 == 0 ? x : null,
                    x, i % 3 == 0 ? t.plus(Duration.ofHours(i)) : null, i % 3 == 1 ? LocalDate.of(2026, 10, 26) : null,
                    x, x, i % 3 == 0 ? i / 7.0 : null, t.plus(Duration.ofDays(2)).minusMillis(1),
                    new String[] {"ON_TIME", "LATE", "OVERDUE", "OPEN", "", "UNKNOWN"}[i % 6], x,
                    Arrays.asList(x, null, ""), x, i));
        }
        // Nothing at all but what a lead always has; times before 1900 (no serial: shown as text); 1900-03-01.
        leads.add(new LeadRow(null, null, null, null, null, null, null, null, Instant.parse("1850-06-01T10:15:30Z"),
                0, false, null, null, Instant.parse("1899-12-30T12:00:00Z"), null, null, null, null,
                Instant.parse("1900-02-28T23:00:00Z"), null, null, null, null, 0));
        leads.add(new LeadRow(null, null, null, null, null, null, null, null, Instant.parse("1899-12-31T00:00:00Z"),
                -1, true, null, null, null, LocalDate.of(1899, 12, 31), null, null, -0.0,
                Instant.parse("9999-12-31T22:59:59.999Z"), "OPEN", null, List.of(), null, Integer.MAX_VALUE));
        leads.add(new LeadRow(null, null, null, null, null, null, null, null, Instant.parse("2026-03-29T01:00:00Z"),
                12_345_678, true, null, null, null, LocalDate.of(1850, 1, 1), null, null, Double.NaN, null, null,
                null, List.of("a", "b", "c", "d", "beyond the questions"), null, 10_000_000));
        return leads;
    }

    /** Past Excel's cell limit, and varied enough not to look like a zip bomb to POI's reader. */
    private static String longText() {
        StringBuilder s = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        while (s.length() <= CellText.MAX_LENGTH + 5) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static LeadRow lead(int i, Instant captured) {
        boolean touched = i % 3 != 0;
        return new LeadRow("lead" + i + "@example.com", "First" + i, "Last" + i, i % 7 == 0 ? "A & B" : "Co " + i,
                "Head of <Sales>", "+49 30 " + i, new String[] {"HOT", "WARM", "COLD", "UNRATED"}[i % 4],
                "booth-" + i % 5, captured, 1 + i % 3, i % 5 != 0, i % 5 != 0 ? "EMAIL" : null, "Owner " + i % 9,
                touched && i % 11 != 0 ? captured.plus(Duration.ofMinutes(301 + i)) : null,
                touched && i % 11 == 0 ? LocalDate.of(2026, 3, 30) : null, touched ? "CALL" : null,
                touched ? "Owner " + i % 9 : null, touched ? (301 + i) / 60.0 : null,
                captured.plus(Duration.ofHours(48)).minusMillis(1), new String[] {"ON_TIME", "LATE", "OVERDUE", "OPEN"}[i % 4],
                i % 10 == 0 ? " call back " : null, List.of("yes", i % 2 == 0 ? "" : "10k", "Q" + i % 4), "day1.csv",
                i + 2);
    }

    /** The lead table as it was written before rows were appended as XML: the reference. */
    private static final class PoiLeadTable {

        private final SXSSFSheet sheet;
        private final ReportStyles styles;
        private final ZoneId zone;
        private final List<LeadColumn> columns;
        private int nextRow;

        PoiLeadTable(SXSSFSheet sheet, ReportStyles styles, ZoneId zone, List<LeadColumn> columns) {
            this.sheet = sheet;
            this.styles = styles;
            this.zone = zone;
            this.columns = columns;
        }

        void writeHeader() {
            Row row = sheet.createRow(nextRow++);
            for (int c = 0; c < columns.size(); c++) {
                Cells.text(row, c, columns.get(c).header(), styles.header);
                ColumnWidths.set(sheet, c, columns.get(c).widthChars());
            }
            sheet.createFreezePane(0, 1);
            PageSetup.repeatHeader(sheet, 0);
        }

        void write(LeadRow lead) {
            Row row = sheet.createRow(nextRow++);
            for (int c = 0; c < columns.size(); c++) {
                writeCell(row, c, columns.get(c), lead);
            }
        }

        void finish(String whenEmpty) {
            if (nextRow == 1) {
                Cells.text(sheet.createRow(nextRow++), 0, whenEmpty);
                return;
            }
            sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns.size() - 1));
        }

        private void writeCell(Row row, int c, LeadColumn column, LeadRow lead) {
            if (column.field() == null) {
                int i = column.answerIndex();
                Cells.plainText(row, c, i < lead.answers().size() ? lead.answers().get(i) : null, styles.plain);
                return;
            }
            switch (column.field()) {
                case EMAIL -> Cells.plainText(row, c, lead.email(), styles.plain);
                case FIRST_NAME -> Cells.plainText(row, c, lead.firstName(), styles.plain);
                case LAST_NAME -> Cells.plainText(row, c, lead.lastName(), styles.plain);
                case COMPANY -> Cells.plainText(row, c, lead.company(), styles.plain);
                case TITLE -> Cells.plainText(row, c, lead.title(), styles.plain);
                case PHONE -> Cells.plainText(row, c, lead.phone(), styles.plain);
                case RATING -> Cells.plainText(row, c, lead.rating(), styles.plain);
                case SCANNED_BY -> Cells.plainText(row, c, lead.scannedBy(), styles.plain);
                case CAPTURED_AT -> Cells.dateTime(row, c, lead.capturedAt(), zone, styles.dateTime);
                case SCANS -> Cells.number(row, c, lead.scans(), styles.count);
                case IN_CRM -> Cells.plainText(row, c, lead.inCrm() ? "Yes" : "No", styles.plain);
                case MATCH -> Cells.plainText(row, c, lead.match(), styles.plain);
                case CRM_OWNER -> Cells.plainText(row, c, lead.crmOwner(), styles.plain);
                case FIRST_TOUCH_AT -> {
                    if (lead.firstTouchAt() != null) {
                        Cells.dateTime(row, c, lead.firstTouchAt(), zone, styles.dateTime);
                    } else {
                        Cells.date(row, c, lead.firstTouchDate(), styles.date);
                    }
                }
                case FIRST_TOUCH_TYPE -> Cells.plainText(row, c, lead.firstTouchType(), styles.plain);
                case FIRST_TOUCH_BY -> Cells.plainText(row, c, lead.firstTouchBy(), styles.plain);
                case HOURS_TO_FIRST_TOUCH -> Cells.number(row, c, lead.hoursToFirstTouch(), styles.hours);
                case DEADLINE -> Cells.dateTime(row, c, lead.deadline(), zone, styles.dateTime);
                case STATUS -> Cells.text(row, c, lead.status(), styles.status(lead.status()));
                case NOTES -> Cells.plainText(row, c, lead.notes(), styles.plain);
                case SOURCE_FILE -> Cells.plainText(row, c, lead.sourceFile(), styles.plain);
                case SOURCE_ROW -> Cells.number(row, c, lead.sourceRow(), styles.count);
            }
        }
    }
}
