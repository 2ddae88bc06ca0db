package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignWorkbookWriterTest {

    @TempDir
    Path dir;

    FakeCampaign campaign;

    @BeforeEach
    void setUp() {
        campaign = FakeCampaign.berlin();
    }

    XSSFWorkbook written() throws IOException {
        Path file = dir.resolve("ber-2026.xlsx");
        new CampaignWorkbookWriter().write(campaign, file);
        return Workbooks.open(file);
    }

    @Test
    void sheetsComeInTheSpecifiedOrder() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertThat(Workbooks.sheetNames(wb))
                    .containsExactly("Summary", "Leads", "Action List", "Owners", "Outcomes", "Data Quality",
                            "Run");
        }
    }

    @Test
    void leadsHeadersAreExactlyTheSpecifiedColumnsThenNotesAnswersAndSource() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertThat(Workbooks.rowTexts(wb.getSheet("Leads"), 0)).containsExactly(
                    "Email", "First Name", "Last Name", "Company", "Title", "Phone", "Rating", "Scanned By",
                    "Captured At", "Scans", "In CRM", "Match", "CRM Owner", "First Touch At", "First Touch Type",
                    "First Touch By", "Hours To First Touch", "Deadline", "Status",
                    "Notes", "Interested in product?", "Budget", "Timeframe", "Source File", "Source Row");
        }
    }

    @Test
    void leadsHaveOneRowPerLeadInSourceOrderWithAnswersAligned() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            assertThat(leads.getLastRowNum()).isEqualTo(8);
            assertThat(Workbooks.text(leads.getRow(1).getCell(0))).isEqualTo("anna.schmidt@acme.de");
            assertThat(Workbooks.text(leads.getRow(8).getCell(0))).isEqualTo("hans@theta.de");
            Row anna = leads.getRow(1);
            assertThat(Workbooks.text(anna.getCell(Workbooks.column(leads, "Budget")))).isEqualTo("€20k");
            assertThat(Workbooks.text(anna.getCell(Workbooks.column(leads, "Source File"))))
                    .isEqualTo("badge-scans/ber-2026/day1.xlsx");
        }
    }

    @Test
    void headerIsBoldFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = written()) {
            for (String name : List.of("Leads", "Action List", "Data Quality")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
            }
            assertThat(wb.getSheet("Leads").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Y9");
            assertThat(wb.getSheet("Action List").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M5");
            assertThat(wb.getSheet("Data Quality").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
        }
    }

    @Test
    void capturedAtIsARealDateTimeInTheCampaignsZone() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            Cell captured = leads.getRow(1).getCell(Workbooks.column(leads, "Captured At"));
            assertThat(captured.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(captured)).isTrue();
            // 2026-04-24T08:15:00Z is 10:15 in Berlin (CEST)
            assertThat(captured.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 24, 10, 15));
            assertThat(captured.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");

            Cell deadline = leads.getRow(1).getCell(Workbooks.column(leads, "Deadline"));
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(Workbooks.text(deadline)).isEqualTo("2026-04-28 23:59");
            // Stored to the second: 23:59:59.999 would be displayed as the next day's 00:00 (ms get rounded).
            assertThat(deadline.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 28, 23, 59, 59));

            Cell touched = leads.getRow(1).getCell(Workbooks.column(leads, "First Touch At"));
            assertThat(touched.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 24, 16, 0));
        }
    }

    @Test
    void aDateOnlyFirstTouchIsADateCellWithoutTime() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            Row eva = leads.getRow(5);
            Cell touched = eva.getCell(Workbooks.column(leads, "First Touch At"));
            assertThat(touched.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(touched)).isTrue();
            assertThat(touched.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(touched.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 27, 0, 0));
            assertThat(eva.getCell(Workbooks.column(leads, "Hours To First Touch"))).isNull();
        }
    }

    @Test
    void numbersAreNumbersAndMissingValuesAreBlank() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            Row anna = leads.getRow(1);
            assertThat(anna.getCell(Workbooks.column(leads, "Scans")).getNumericCellValue()).isEqualTo(1.0);
            Cell hours = anna.getCell(Workbooks.column(leads, "Hours To First Touch"));
            assertThat(hours.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(hours.getNumericCellValue()).isEqualTo(5.8);
            assertThat(hours.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(anna.getCell(Workbooks.column(leads, "Source Row")).getNumericCellValue()).isEqualTo(2.0);
            Row frank = leads.getRow(6);
            assertThat(frank.getCell(Workbooks.column(leads, "Email"))).isNull();
            assertThat(frank.getCell(Workbooks.column(leads, "Match"))).isNull();
            assertThat(frank.getCell(Workbooks.column(leads, "First Touch At"))).isNull();
        }
    }

    @Test
    void inCrmReadsYesOrNo() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            int col = Workbooks.column(leads, "In CRM");
            assertThat(Workbooks.text(leads.getRow(1).getCell(col))).isEqualTo("Yes");
            assertThat(Workbooks.text(leads.getRow(6).getCell(col))).isEqualTo("No");
        }
    }

    @Test
    void statusCellsAreFilledPerStatusSharingOneStylePerStatus() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            int col = Workbooks.column(leads, "Status");
            List<Short> styleOfOnTime = new ArrayList<>();
            for (int r = 1; r <= 8; r++) {
                Cell status = leads.getRow(r).getCell(col);
                XSSFCellStyle style = (XSSFCellStyle) status.getCellStyle();
                String fill = style.getFillForegroundXSSFColor().getARGBHex().substring(2);
                String expected = switch (status.getStringCellValue()) {
                    case "ON_TIME" -> "C6EFCE";
                    case "LATE" -> "FFEB9C";
                    case "OVERDUE" -> "FFC7CE";
                    case "OPEN" -> "DDEBF7";
                    default -> throw new AssertionError(status.getStringCellValue());
                };
                assertThat(fill).as("row %d", r).isEqualTo(expected);
                if (status.getStringCellValue().equals("ON_TIME")) {
                    styleOfOnTime.add(style.getIndex());
                }
            }
            assertThat(styleOfOnTime).hasSize(2).containsOnly(styleOfOnTime.get(0));
            // Styles are shared, not made per cell: the whole workbook needs only a handful.
            assertThat(wb.getNumCellStyles()).isLessThan(40);
        }
    }

    @Test
    void actionListKeepsTheSourceOrderAndColumns() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet actions = wb.getSheet("Action List");
            assertThat(Workbooks.rowTexts(actions, 0)).containsExactly("Status", "Rating", "Deadline", "Email",
                    "First Name", "Last Name", "Company", "Title", "Phone", "Scanned By", "Captured At", "CRM Owner",
                    "Notes");
            List<String> firstNames = new ArrayList<>();
            for (int r = 1; r <= actions.getLastRowNum(); r++) {
                firstNames.add(Workbooks.text(actions.getRow(r).getCell(4)));
            }
            assertThat(firstNames).containsExactly("Clara", "Gina", "Frank", "Dirk");
            Cell overdue = actions.getRow(1).getCell(0);
            assertThat(overdue.getStringCellValue()).isEqualTo("OVERDUE");
            assertThat(((XSSFCellStyle) overdue.getCellStyle()).getFillForegroundXSSFColor().getARGBHex())
                    .endsWith("FFC7CE");
            assertThat(DateUtil.isCellDateFormatted(actions.getRow(1).getCell(2))).isTrue();
        }
    }

    @Test
    void anEmptyActionListSaysSo() throws IOException {
        campaign.actionItems = List.of();
        try (XSSFWorkbook wb = written()) {
            XSSFSheet actions = wb.getSheet("Action List");
            assertThat(Workbooks.text(actions.getRow(1).getCell(0))).startsWith("No overdue or open leads");
        }
    }

    @Test
    void ownersAreSortedByComplianceThenLeadsThenNameWithUnknownComplianceLast() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet owners = wb.getSheet("Owners");
            int ownerHeader = Workbooks.rowOf(owners, "By first-touch owner") + 1;
            assertThat(Workbooks.rowTexts(owners, ownerHeader)).containsExactly("Name", "Leads", "On time", "Late",
                    "Overdue", "Open", "Compliance", "Median hours");
            List<String> names = new ArrayList<>();
            for (int r = ownerHeader + 1; r <= ownerHeader + 5; r++) {
                names.add(Workbooks.text(owners.getRow(r).getCell(0)));
            }
            assertThat(names).containsExactly("Aaron Kim", "Jonas Weber", "(none)", "Mia Braun", "Zoe Pending");
            assertThat(owners.getRow(ownerHeader + 5).getCell(6)).isNull();

            int staffHeader = Workbooks.rowOf(owners, "By booth staff member") + 1;
            assertThat(Workbooks.text(owners.getRow(staffHeader + 1).getCell(0))).isEqualTo("booth-1");
            assertThat(Workbooks.text(owners.getRow(staffHeader + 2).getCell(0))).isEqualTo("booth-2");
            assertThat(Workbooks.text(owners.getRow(staffHeader + 1).getCell(6))).isEqualTo("66.7%");
        }
    }

    @Test
    void summaryShowsFactsHeadlineFiguresAndRatesAsPercentages() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertThat(Workbooks.text(summary.getRow(0).getCell(0))).isEqualTo("Berlin Trade Expo 2026");
            assertThat(summary.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isGreaterThan((short) 14);
            assertThat(Workbooks.rowTexts(summary, Workbooks.rowOf(summary, "SLA"))).containsExactly("SLA", "2bd (2 business days)");
            assertThat(Workbooks.rowTexts(summary, Workbooks.rowOf(summary, "Start"))).containsExactly("Start", "2026-04-22");
            assertThat(Workbooks.rowTexts(summary, Workbooks.rowOf(summary, "As-of"))).containsExactly("As-of", "2026-04-28");

            int headline = Workbooks.rowOf(summary, "SLA compliance");
            Cell compliance = summary.getRow(headline + 1).getCell(0);
            assertThat(compliance.getNumericCellValue()).isEqualTo(0.3333333333);
            assertThat(compliance.getCellStyle().getDataFormatString()).contains("%");
            assertThat(((XSSFCellStyle) compliance.getCellStyle()).getFont().getBold()).isTrue();
            assertThat(((XSSFCellStyle) compliance.getCellStyle()).getFont().getFontHeightInPoints()).isGreaterThanOrEqualTo((short) 16);
            assertThat(Workbooks.rowTexts(summary, headline + 1)).containsExactly("33.3%", "50.0%", "8", "2", "2");

            assertThat(figure(summary, "Scans read")).isEqualTo("11");
            assertThat(figure(summary, "Rows rejected")).isEqualTo("1");
            assertThat(figure(summary, "Duplicate scans merged")).isEqualTo("2");
            assertThat(figure(summary, "Leads in CRM")).isEqualTo("6");
            assertThat(figure(summary, "Leads in CRM %")).isEqualTo("75.0%");
            assertThat(figure(summary, "OVERDUE")).isEqualTo("2");
            assertThat(figure(summary, "SLA compliance")).isEqualTo("33.3%");
            assertThat(figure(summary, "Followed up")).isEqualTo("50.0%");
            assertThat(figure(summary, "Median hours to first touch")).isEqualTo("5.8");
            assertThat(figure(summary, "90th percentile hours to first touch")).isEqualTo("71.4");
            assertThat(summary.getRow(Workbooks.rowOf(summary, "Leads in CRM %")).getCell(1).getCellStyle()
                    .getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void ratingsAreListedHotToUnrated() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet summary = wb.getSheet("Summary");
            int header = Workbooks.rowOf(summary, "Rating");
            assertThat(Workbooks.rowTexts(summary, header)).containsExactly("Rating", "Leads", "On time", "Late",
                    "Overdue", "Open", "Compliance", "Median h", "P90 h");
            assertThat(Workbooks.rowTexts(summary, header + 1)).containsExactly("HOT", "3", "1", "0", "1", "1", "50.0%", "5.8", "5.8");
            assertThat(Workbooks.text(summary.getRow(header + 2).getCell(0))).isEqualTo("WARM");
            assertThat(Workbooks.text(summary.getRow(header + 3).getCell(0))).isEqualTo("COLD");
            assertThat(Workbooks.rowTexts(summary, header + 4)).containsExactly("UNRATED", "1", "0", "0", "1", "0", "0.0%");
        }
    }

    @Test
    void summaryHasAStatusChartAndWithHistoryATrendTableAndChart() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2);
            int header = Workbooks.rowOf(summary, "Compliance trend") + 1;
            assertThat(Workbooks.rowTexts(summary, header)).containsExactly("As-of", "SLA compliance", "Followed up", "Leads");
            assertThat(Workbooks.rowTexts(summary, header + 1)).containsExactly("2026-04-26", "25.0%", "37.5%", "8");
            String chartXml = summary.getDrawingPatriarch().getCharts().get(0).getCTChartSpace().xmlText();
            assertThat(chartXml).contains("Summary!$B$").contains("<c:v>2</c:v>");
        }
    }

    @Test
    void withoutHistoryThereIsNoTrendAndAnUnregisteredCampaignSaysDefaultsWereUsed() throws IOException {
        campaign.trend = List.of(new TrendPoint("2026-04-28", 0.33, 0.5, 8));
        CampaignFacts f = campaign.facts;
        campaign.facts = new CampaignFacts(f.code(), f.code(), null, null, "UTC", "2bd", "US", null, null, false);
        try (XSSFWorkbook wb = written()) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(Workbooks.rowOf(summary, "Note: not in campaigns register: defaults used")).isPositive();
            assertThat(summary.getRow(Workbooks.rowOf(summary, "Start")).getCell(1)).isNull();
        }
    }

    @Test
    void formulaLookingInputStaysText() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            Cell note = leads.getRow(1).getCell(Workbooks.column(leads, "Notes"));
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            Cell phone = leads.getRow(6).getCell(Workbooks.column(leads, "Phone"));
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("+1 555 0100");
        }
    }

    @Test
    void anyInputTextReadsBackAsTheSameText() throws IOException {
        List<String> tricky = List.of("-2+3", "@SUM(A1:A2)", "=1+1", "_x0041_ stays literal", "tab\tand\nnewline",
                "emoji 😀 ok", "0049 30 123", "1e5", "TRUE", "2026-04-24");
        campaign.leads = new ArrayList<>();
        for (String text : tricky) {
            campaign.leads.add(FakeCampaign.withNotes(FakeCampaign.berlin().leads.get(0), text));
        }
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            int col = Workbooks.column(leads, "Notes");
            for (int i = 0; i < tricky.size(); i++) {
                Cell cell = leads.getRow(i + 1).getCell(col);
                assertThat(cell.getCellType()).as(tricky.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(tricky.get(i));
            }
        }
    }

    @Test
    void controlCharactersAreRemovedAndOverlongTextIsCut() throws IOException {
        String huge = "x".repeat(40_000);
        campaign.leads = new ArrayList<>(List.of(
                FakeCampaign.withNotes(campaign.leads.get(0), "bell\u0007 nul\u0000 vt\u000B end"),
                FakeCampaign.withNotes(campaign.leads.get(1), huge)));
        try (XSSFWorkbook wb = written()) {
            XSSFSheet leads = wb.getSheet("Leads");
            int col = Workbooks.column(leads, "Notes");
            assertThat(leads.getRow(1).getCell(col).getStringCellValue()).isEqualTo("bell nul vt end");
            String cut = leads.getRow(2).getCell(col).getStringCellValue();
            assertThat(cut).hasSize(32_767).endsWith("x…");
        }
    }

    @Test
    void dataQualityListsEveryFindingOrSaysThereAreNone() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet dq = wb.getSheet("Data Quality");
            assertThat(Workbooks.rowTexts(dq, 0)).containsExactly("Category", "File", "Row", "Reason", "Raw values");
            assertThat(Workbooks.rowTexts(dq, 1)).containsExactly("Row rejected", "badge-scans/ber-2026/day2.csv",
                    "14", "no identity", ";;;;");
            assertThat(dq.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(dq.getRow(3).getCell(2)).isNull();
        }
        campaign.dataQuality = List.of();
        try (XSSFWorkbook wb = written()) {
            XSSFSheet dq = wb.getSheet("Data Quality");
            assertThat(Workbooks.text(dq.getRow(1).getCell(0))).isEqualTo("No problems found.");
            assertThat(dq.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void runSheetRecordsAsOfVersionInputFilesAndSettings() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet run = wb.getSheet("Run");
            assertThat(Workbooks.rowTexts(run, Workbooks.rowOf(run, "As-of"))).containsExactly("As-of", "2026-04-28");
            int asOfInstant = Workbooks.rowOf(run, "As-of instant (Europe/Berlin)");
            assertThat(Workbooks.rowTexts(run, asOfInstant))
                    .containsExactly("As-of instant (Europe/Berlin)", "2026-04-28 23:59:59", "2026-04-28T21:59:59.999Z");
            assertThat(Workbooks.rowTexts(run, Workbooks.rowOf(run, "Software version"))).containsExactly("Software version", "0.1.0");
            int files = Workbooks.rowOf(run, "Path");
            assertThat(Workbooks.rowTexts(run, files)).containsExactly("Path", "Kind", "SHA-256", "Data rows", "Rejected rows", "Outcome",
                    "Columns read", "Known fields missing");
            assertThat(Workbooks.rowTexts(run, files + 2)).containsExactly("badge-scans/ber-2026/day2.csv", "badge scans",
                    "cd".repeat(32), "5", "1", "imported");
            int settings = Workbooks.rowOf(run, "Key");
            assertThat(Workbooks.rowTexts(run, settings + 1)).containsExactly("leadaudit.crm.time-zone", "UTC");
            assertThat(Workbooks.rowTexts(run, settings + 2)).containsExactly("leadaudit.default.sla", "2bd");
        }
    }

    @Test
    void aCampaignWithoutAValidTimeZoneIsRefusedRatherThanShownAtTheWrongHour() {
        CampaignFacts f = campaign.facts;
        campaign.facts = new CampaignFacts(f.code(), f.name(), f.startDate(), f.endDate(), "Mars/Olympus", f.sla(),
                f.country(), null, null, true);
        Path file = dir.resolve("mars.xlsx");
        assertThatThrownBy(() -> new CampaignWorkbookWriter().write(campaign, file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mars/Olympus");
        assertThat(file).doesNotExist();
    }

    /** The value beside a label in the Summary's Figures table (the headline above uses some of the same words). */
    private static String figure(XSSFSheet summary, String label) {
        int figures = Workbooks.rowOf(summary, "Figures");
        return Workbooks.text(summary.getRow(Workbooks.rowOf(summary, label, figures)).getCell(1));
    }
}
