package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    @TempDir
    Path dir;

    /** A lead-retrieval export as vendors produce it: banner, export note, blank line, then the table. */
    private Path leadExport(boolean date1904) throws Exception {
        Path file = dir.resolve(date1904 ? "mac-export.xlsx" : "export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (date1904) {
                var ct = wb.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            XSSFCellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
            XSSFCellStyle dateOnly = wb.createCellStyle();
            dateOnly.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            XSSFSheet sheet = wb.createSheet("Leads");
            sheet.createRow(0).createCell(0).setCellValue("Big Show 2024 — Booth 4411 — Lead Report");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            sheet.createRow(1).createCell(0).setCellValue("Exported 03/10/2024 by jane@example.com");
            XSSFRow header = sheet.createRow(3);
            String[] names = {" First Name", "Last Name", "Email", "Phone", "Scan Date", "Follow-up Due"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            XSSFRow lead = sheet.createRow(4);
            lead.createCell(0).setCellValue("Ana");
            lead.createCell(1).setCellValue("Lima");
            lead.createCell(2).setCellValue("ana.lima@example.com");
            lead.createCell(3).setCellValue(4155550100d);
            lead.createCell(4).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
            lead.getCell(4).setCellStyle(dateTime);
            lead.createCell(5).setCellValue(LocalDate.of(2024, 3, 7));
            lead.getCell(5).setCellStyle(dateOnly);
            XSSFRow second = sheet.createRow(5);
            second.createCell(0).setCellValue("Bo");
            second.createCell(3).setCellValue(12.5);
            second.createCell(4).setCellFormula("E5+1");
            second.getCell(4).setCellStyle(dateTime);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    @Test
    void titleRowsAndMergedBannerAreReadAsTheyStandWithSpreadsheetRowNumbers() throws Exception {
        List<SheetRow> rows = Rows.readAll(leadExport(false));

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 4, 5, 6);
        assertThat(Rows.texts(rows.get(0))).containsExactly("Big Show 2024 — Booth 4411 — Lead Report");
        assertThat(Rows.texts(rows.get(2)))
                .containsExactly(" First Name", "Last Name", "Email", "Phone", "Scan Date", "Follow-up Due");
    }

    @Test
    void numbersKeepTheirValueAndReadLikeTypedText() throws Exception {
        List<SheetRow> rows = Rows.readAll(leadExport(false));

        CellValue phone = rows.get(3).cell(3);
        assertThat(phone.text()).isEqualTo("4155550100");
        assertThat(phone.number()).isEqualTo(4155550100d);
        assertThat(phone.dateFormatted()).isFalse();
        assertThat(rows.get(4).cell(3).text()).isEqualTo("12.5");
    }

    @Test
    void dateFormattedCellsAreFlaggedAndShowAsIsoText() throws Exception {
        List<SheetRow> rows = Rows.readAll(leadExport(false));

        CellValue scanned = rows.get(3).cell(4);
        assertThat(scanned.dateFormatted()).isTrue();
        assertThat(scanned.number()).isEqualTo(45356 + 14.5 / 24);
        assertThat(scanned.text()).isEqualTo("2024-03-05 14:30");
        assertThat(rows.get(3).cell(5).text()).isEqualTo("2024-03-07");
        assertThat(DateTimeValues.parse(scanned, false, DateOrder.MONTH_FIRST))
                .contains(new ParsedTime.Local(LocalDateTime.of(2024, 3, 5, 14, 30)));
    }

    @Test
    void formulaCellsGiveTheirCachedResultNeverTheFormula() throws Exception {
        List<SheetRow> rows = Rows.readAll(leadExport(false));

        CellValue formula = rows.get(4).cell(4);
        assertThat(formula.text()).isEqualTo("2024-03-06 14:30");
        assertThat(formula.dateFormatted()).isTrue();
    }

    @Test
    void workbookIn1904SystemIsReportedAndItsSerialsReadRight() throws Exception {
        Path file = leadExport(true);

        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            assertThat(cursor.date1904()).isTrue();
            List<SheetRow> rows = new java.util.ArrayList<>();
            cursor.forEachRemaining(rows::add);
            CellValue scanned = rows.get(3).cell(4);
            assertThat(scanned.number()).isEqualTo(45356 - 1462 + 14.5 / 24);
            assertThat(scanned.text()).isEqualTo("2024-03-05 14:30");
            assertThat(DateTimeValues.parse(scanned, cursor.date1904(), DateOrder.MONTH_FIRST))
                    .contains(new ParsedTime.Local(LocalDateTime.of(2024, 3, 5, 14, 30)));
        }
    }

    @Test
    void ordinaryWorkbookIsNot1904() throws Exception {
        try (RowCursor cursor = SpreadsheetReader.open(leadExport(false))) {
            assertThat(cursor.date1904()).isFalse();
        }
    }

    @Test
    void firstSheetIsTheFirstTabInWorkbookOrderNotTheFirstPartWritten() throws Exception {
        Path file = dir.resolve("tabs.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Pivot").createRow(0).createCell(0).setCellValue("summary");
            wb.createSheet("Scans").createRow(0).createCell(0).setCellValue("Email");
            wb.setSheetOrder("Scans", 0);
            wb.write(out);
        }

        assertThat(Rows.texts(Rows.readAll(file).get(0))).containsExactly("Email");
    }

    @Test
    void sharedStringsWithRichRunsAndPhoneticGuidesReadAsPlainText() throws Exception {
        Path file = new RawXlsx()
                .sharedStrings("Email", "<r><t>Jos</t></r><r><rPr><b/></rPr><t>\u00E9</t></r>", "\u6771\u4EAC")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")
                .write(dir.resolve("rich.xlsx"));

        assertThat(Rows.texts(Rows.readAll(file).get(0))).containsExactly("Email", "Jos\u00E9");
    }

    @Test
    void workbookWithoutStylesStillReadsNumbersAsNumbers() throws Exception {
        Path file = new RawXlsx()
                .rows("<row r=\"1\"><c r=\"A1\" s=\"2\"><v>45356.5</v></c></row>")
                .write(dir.resolve("no-styles.xlsx"));

        CellValue cell = Rows.readAll(file).get(0).cell(0);
        assertThat(cell.number()).isEqualTo(45356.5);
        assertThat(cell.dateFormatted()).isFalse();
    }

    @Test
    void chartSheetBeforeTheDataIsPassedOverWithoutANote() throws Exception {
        Path file = new RawXlsx().chartSheetFirst()
                .rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>First Name</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Last Name</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ana@example.com</t></is></c></row>")
                .write(dir.resolve("chart-first.xlsx"));

        try (Table table = TableReader.open(file, List.of(TestSchemas.scans()))) {
            assertThat(table.sheetName()).isEqualTo("Sheet1");
            assertThat(table.sheetNote()).as("a chart sheet holds no cells: nothing was passed over").isEmpty();
            SheetRow lead = table.dataRows().next();
            assertThat(table.layout().cell(lead, "email").text()).isEqualTo("ana@example.com");
        }
    }

    @Test
    void cursorStartsOnTheFirstVisibleSheetAndMovesOnToHiddenOnes() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("hidden");
            wb.createSheet("Shown").createRow(0).createCell(0).setCellValue("shown");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }

        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            assertThat(cursor.sheetCount()).isEqualTo(2);
            assertThat(cursor.sheetName()).isEqualTo("Shown");
            assertThat(cursor.next().text(0)).isEqualTo("shown");
            assertThat(cursor.nextSheet()).isTrue();
            assertThat(cursor.sheetName()).isEqualTo("Hidden");
            assertThat(cursor.next().text(0)).isEqualTo("hidden");
            assertThat(cursor.hasNext()).isFalse();
            assertThat(cursor.nextSheet()).isFalse();
        }
    }
}
