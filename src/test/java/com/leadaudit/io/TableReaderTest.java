package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

    private static final List<TableSchema> CRM_AND_SCANS = List.of(TestSchemas.scans(),
            TestSchemas.salesforceTask(), TestSchemas.salesforceLeadReport());

    @TempDir
    Path dir;

    private static List<SheetRow> drain(Table table) {
        List<SheetRow> rows = new ArrayList<>();
        table.dataRows().forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void salesforceReportFooterIsNotData() throws Exception {
        try (Table table = TableReader.open(Resources.io("salesforce-report.csv"), CRM_AND_SCANS)) {
            List<SheetRow> rows = drain(table);

            assertThat(table.format()).isEqualTo(SpreadsheetFormat.CSV);
            assertThat(table.layout().schema().kind()).isEqualTo("salesforce-lead-report");
            assertThat(table.layout().headerRowNumber()).isEqualTo(1);
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);
            assertThat(DateTimeValues.parse(table.layout().cell(rows.get(0), "createdAt"), false, DateOrder.MONTH_FIRST))
                    .contains(new ParsedTime.Local(LocalDateTime.of(2024, 3, 5, 14, 30)));
        }
    }

    /** A Dynamics "Export to Excel" sheet with a banner, hidden system columns, totals and a pasted second export. */
    private Path dynamicsStyleExport() throws Exception {
        Path file = dir.resolve("Active Leads 3-10-2024 8-00-00 AM.xlsx");
        String[] header = {"(Do Not Modify) Lead", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                " First Name", "Last Name", "Email", "Company Name", "Rating"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Active Leads");
            sheet.createRow(0).createCell(3).setCellValue("Active Leads — Big Show 2024");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 7));
            sheet.createRow(1).createCell(3).setCellValue("Filtered by: Source Campaign = Big Show 2024");
            writeRow(sheet.createRow(3), header);
            writeRow(sheet.createRow(4), "6f1c…", "AbC=", "2024-03-10", "Ana", "Lima", "ana@example.com", "Acme", "Hot");
            writeRow(sheet.createRow(5), "7a2d…", "DeF=", "2024-03-10", "Bo", "Berg", "bo@example.com", "Nordic", "Warm");
            writeRow(sheet.createRow(7), header);
            writeRow(sheet.createRow(8), "8b3e…", "GhI=", "2024-03-10", "Chen", "Wei", "chen@example.com", "SH Ltd", "Cold");
            XSSFRow total = sheet.createRow(10);
            total.createCell(3).setCellValue("Total");
            total.createCell(5).setCellValue(3);
            sheet.createRow(12).createCell(3).setCellValue("Confidential Information - Do Not Distribute");
            wb.write(out);
        }
        return file;
    }

    private static void writeRow(XSSFRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
        }
    }

    @Test
    void xlsxWithBannerSystemColumnsTotalsAndARepeatedHeaderYieldsOnlyLeads() throws Exception {
        try (Table table = TableReader.open(dynamicsStyleExport(), CRM_AND_SCANS)) {
            TableLayout layout = table.layout();
            List<SheetRow> rows = drain(table);

            assertThat(table.format()).isEqualTo(SpreadsheetFormat.XLSX);
            assertThat(table.date1904()).isFalse();
            assertThat(layout.headerRowNumber()).isEqualTo(4);
            assertThat(layout.columnByField()).containsEntry("firstName", 3).containsEntry("email", 5)
                    .containsEntry("company", 6).containsEntry("rating", 7);
            assertThat(layout.headers().get(3)).isEqualTo(" First Name");
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(5, 6, 9);
            assertThat(rows).extracting(row -> layout.cell(row, "email").text())
                    .containsExactly("ana@example.com", "bo@example.com", "chen@example.com");
        }
    }

    @Test
    void realSalesforceDataLoaderTaskExportIsReadWhole() throws Exception {
        try (Table table = TableReader.open(Resources.io("salesforce-data-loader/Task.csv"), CRM_AND_SCANS)) {
            TableLayout layout = table.layout();
            List<SheetRow> rows = drain(table);

            assertThat(layout.schema().kind()).isEqualTo("salesforce-task");
            assertThat(layout.headers().get(0)).as("BOM gone from the first header").isEqualTo("Id");
            assertThat(rows).hasSize(75);
            assertThat(rows.get(0).rowNumber()).isEqualTo(2);
            SheetRow first = rows.get(0);
            assertThat(layout.cell(first, "id").text()).isEqualTo("00TEc00000Co1WhMAJ");
            assertThat(DateTimeValues.parse(layout.cell(first, "createdDate"), false, DateOrder.MONTH_FIRST))
                    .contains(new ParsedTime.Instant(Instant.parse("2024-01-23T17:50:51Z")));
            assertThat(DateTimeValues.parse(layout.cell(first, "activityDate"), false, DateOrder.MONTH_FIRST))
                    .contains(new ParsedTime.DateOnly(LocalDate.of(2023, 12, 25)));
        }
    }

    @Test
    void europeanCsvWithSepLineAndGermanHeadersIsFound() throws Exception {
        try (Table table = TableReader.open(Resources.io("semicolon-sep.csv"), CRM_AND_SCANS)) {
            List<SheetRow> rows = drain(table);

            assertThat(table.layout().headerRowNumber()).isEqualTo(2);
            assertThat(rows).extracting(row -> table.layout().cell(row, "scannedAt").text())
                    .containsExactly("05.03.2024 14:30", "06.03.2024 09:05");
        }
    }

    @Test
    void fileWithoutAKnownHeaderNamesTheColumnsItLookedFor() throws Exception {
        Path file = Files.writeString(dir.resolve("inventory.csv"), "SKU,Qty,Price\nA-1,3,9.99\n");

        assertThatThrownBy(() -> TableReader.open(file, CRM_AND_SCANS))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("no header row found in the first 30 rows: expected columns such as "
                        + "\"Email\", \"Id\", \"Subject\", \"Lead Owner\"");
    }

    @Test
    void workbookWithAnEmptyFirstSheetIsReadFromTheSheetWithTheHeader() throws Exception {
        Path file = dir.resolve("blank-first.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            XSSFSheet leads = wb.createSheet("Leads");
            writeRow(leads.createRow(0), "Email", "First Name", "Last Name");
            writeRow(leads.createRow(1), "ana@example.com", "Ana", "Lima");
            wb.write(out);
        }

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            assertThat(drain(table)).extracting(row -> table.layout().cell(row, "email").text())
                    .containsExactly("ana@example.com");
            assertThat(table.sheetName()).isEqualTo("Leads");
            assertThat(table.sheetNote()).contains("data read from sheet 'Leads' (the first sheet has no header)");
        }
    }

    @Test
    void workbookWhoseSheetsAreAllEmptySaysSo() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.createSheet("Sheet2");
            wb.write(out);
        }

        assertThatThrownBy(() -> TableReader.open(file, CRM_AND_SCANS))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the file holds no rows: its 2 sheets are empty");
    }

    /** A report workbook as people send them: a title page first, the leads on the next tab. */
    @Test
    void xlsxCoverPageIsPassedOverAndTheDataSheetIsStreamedWithANote() throws Exception {
        Path file = dir.resolve("Big Show leads.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            coverPage(wb.createSheet("Cover"));
            XSSFSheet leads = wb.createSheet("Leads");
            leads.createRow(0).createCell(0).setCellValue("Booth 4411");
            writeRow(leads.createRow(2), "Email", "First Name", "Last Name", "Company");
            writeRow(leads.createRow(3), "ana@example.com", "Ana", "Lima", "Acme");
            writeRow(leads.createRow(4), "bo@example.com", "Bo", "Berg", "Nordic");
            wb.write(out);
        }

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            List<SheetRow> rows = drain(table);

            assertThat(table.layout().schema().kind()).isEqualTo("scans");
            assertThat(table.layout().headerRowNumber()).isEqualTo(3);
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(4, 5);
            assertThat(rows).extracting(row -> table.layout().cell(row, "email").text())
                    .containsExactly("ana@example.com", "bo@example.com");
            assertThat(table.sheetName()).isEqualTo("Leads");
            assertThat(table.sheetNote()).contains("data read from sheet 'Leads' (the first sheet has no header)");
        }
    }

    @Test
    void hiddenFirstSheetIsTriedAfterTheVisibleOnes() throws Exception {
        Path file = dir.resolve("hidden-first.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet lookups = wb.createSheet("Lists");
            writeRow(lookups.createRow(0), "Hot", "Warm", "Cold");
            writeRow(lookups.createRow(1), "1", "2", "3");
            XSSFSheet leads = wb.createSheet("Scans");
            writeRow(leads.createRow(0), "Email", "First Name", "Last Name");
            writeRow(leads.createRow(1), "ana@example.com", "Ana", "Lima");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            assertThat(drain(table)).extracting(row -> table.layout().cell(row, "email").text())
                    .containsExactly("ana@example.com");
            assertThat(table.sheetName()).isEqualTo("Scans");
            assertThat(table.sheetNote()).as("the first sheet a person sees holds the data").isEmpty();
        }
    }

    @Test
    void visibleSheetWinsOverAHiddenStaleCopyBeforeIt() throws Exception {
        Path file = dir.resolve("hidden-template.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet template = wb.createSheet("Template");
            writeRow(template.createRow(0), "Email", "First Name", "Last Name");
            writeRow(template.createRow(1), "stale@example.com", "Old", "Row");
            XSSFSheet leads = wb.createSheet("Scans");
            writeRow(leads.createRow(0), "Email", "First Name", "Last Name");
            writeRow(leads.createRow(1), "ana@example.com", "Ana", "Lima");
            wb.setSheetVisibility(0, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(1);
            wb.write(out);
        }

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            assertThat(drain(table)).extracting(row -> table.layout().cell(row, "email").text())
                    .containsExactly("ana@example.com");
            assertThat(table.sheetName()).isEqualTo("Scans");
        }
    }

    @Test
    void xlsCoverPageIsPassedOver() throws Exception {
        Path file = dir.resolve("legacy leads.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet cover = wb.createSheet("Cover");
            cover.createRow(0).createCell(0).setCellValue("Big Show 2024 — Lead Report");
            cover.createRow(2).createCell(0).setCellValue("Prepared for the sales team by the events office.");
            HSSFSheet leads = wb.createSheet("Leads");
            HSSFRow header = leads.createRow(0);
            HSSFRow lead = leads.createRow(1);
            String[] names = {"Email", "First Name", "Last Name"};
            String[] values = {"ana@example.com", "Ana", "Lima"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
                lead.createCell(c).setCellValue(values[c]);
            }
            wb.write(out);
        }

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            List<SheetRow> rows = drain(table);

            assertThat(table.format()).isEqualTo(SpreadsheetFormat.XLS);
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2);
            assertThat(table.layout().cell(rows.get(0), "email").text()).isEqualTo("ana@example.com");
            assertThat(table.sheetName()).isEqualTo("Leads");
            assertThat(table.sheetNote()).contains("data read from sheet 'Leads' (the first sheet has no header)");
        }
    }

    @Test
    void workbookWithoutAHeaderOnAnySheetIsRejectedNamingHowManySheetsWereTried() throws Exception {
        Path file = dir.resolve("inventory.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            coverPage(wb.createSheet("Cover"));
            XSSFSheet stock = wb.createSheet("Stock");
            writeRow(stock.createRow(0), "SKU", "Qty", "Price");
            writeRow(stock.createRow(1), "A-1", "3", "9.99");
            wb.createSheet("Hidden notes").createRow(0).createCell(0).setCellValue("call back");
            wb.setSheetHidden(2, true);
            wb.write(out);
        }

        assertThatThrownBy(() -> TableReader.open(file, CRM_AND_SCANS))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("no header row found in the first 30 rows of any of its 3 sheets: expected columns such as "
                        + "\"Email\", \"Id\", \"Subject\", \"Lead Owner\"");
    }

    @Test
    void oneSheetFilesHaveNoSheetNote() throws Exception {
        try (Table table = TableReader.open(dynamicsStyleExport(), CRM_AND_SCANS)) {
            assertThat(table.sheetName()).isEqualTo("Active Leads");
            assertThat(table.sheetNote()).isEmpty();
        }
        try (Table table = TableReader.open(Resources.io("semicolon-sep.csv"), CRM_AND_SCANS)) {
            assertThat(table.sheetName()).isNull();
            assertThat(table.sheetNote()).isEmpty();
        }
    }

    private static void coverPage(XSSFSheet cover) {
        cover.createRow(0).createCell(0).setCellValue("Big Show 2024 — Lead Report");
        cover.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        cover.createRow(2).createCell(0).setCellValue("Prepared for the sales team by the events office.");
        cover.createRow(3).createCell(0).setCellValue("Leads are on the next tab. Questions: events@example.com");
    }

    @Test
    void dataRowsCanBeTakenOnlyOnceBecauseTheFileIsReadInOnePass() throws Exception {
        try (Table table = TableReader.open(Resources.io("multiline-notes.csv"), CRM_AND_SCANS)) {
            table.dataRows();

            assertThatThrownBy(table::dataRows).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void headerFarDownIsFoundAndRowsAfterTheBufferedThirtyStillFlow() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            csv.append("Report parameter ").append(i).append('\n');
        }
        csv.append("Email,First Name,Last Name\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("p").append(i).append("@example.com,P,").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("long-preamble.csv"), csv);

        try (Table table = TableReader.open(file, CRM_AND_SCANS)) {
            List<SheetRow> rows = drain(table);

            assertThat(table.layout().headerRowNumber()).isEqualTo(21);
            assertThat(rows).hasSize(100);
            assertThat(rows.get(99).rowNumber()).isEqualTo(121);
        }
    }
}
