package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReadingTest {

    @TempDir
    Path dir;

    private Path legacyExport() throws Exception {
        Path file = dir.resolve("leads.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFCellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
            HSSFSheet sheet = wb.createSheet("Leads");
            sheet.createRow(0).createCell(0).setCellValue("Lead export");
            HSSFRow header = sheet.createRow(2);
            String[] names = {"Email", "Phone", "Scanned", "Qualified", "Score", "Check"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            HSSFRow lead = sheet.createRow(3);
            lead.createCell(0).setCellValue("ana@example.com");
            lead.createCell(1).setCellValue(4155550100d);
            lead.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
            lead.getCell(2).setCellStyle(dateTime);
            lead.createCell(3).setCellValue(true);
            lead.createCell(4).setCellFormula("2*21");
            lead.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    @Test
    void firstSheetRowsKeepSpreadsheetNumbers() throws Exception {
        List<SheetRow> rows = Rows.readAll(legacyExport());

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4);
        assertThat(Rows.texts(rows.get(1))).containsExactly("Email", "Phone", "Scanned", "Qualified", "Score", "Check");
    }

    @Test
    void valuesReadLikeTheirXlsxCounterparts() throws Exception {
        SheetRow lead = Rows.readAll(legacyExport()).get(2);

        assertThat(Rows.texts(lead))
                .containsExactly("ana@example.com", "4155550100", "2024-03-05 14:30", "TRUE", "42", "#N/A");
        assertThat(lead.cell(1).number()).isEqualTo(4155550100d);
        assertThat(lead.cell(4).number()).as("cached formula result").isEqualTo(42d);
    }

    @Test
    void dateCellIsFlaggedAndParsesToItsWallTime() throws Exception {
        Path file = legacyExport();

        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            cursor.next();
            cursor.next();
            CellValue scanned = cursor.next().cell(2);
            assertThat(scanned.dateFormatted()).isTrue();
            assertThat(cursor.date1904()).isFalse();
            assertThat(DateTimeValues.parse(scanned, cursor.date1904(), DateOrder.MONTH_FIRST))
                    .contains(new ParsedTime.Local(LocalDateTime.of(2024, 3, 5, 14, 30)));
        }
    }

    @Test
    void hiddenFirstSheetIsReadAfterTheVisibleOne() throws Exception {
        Path file = dir.resolve("hidden.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("hidden");
            wb.createSheet("Shown").createRow(0).createCell(0).setCellValue("shown");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }

        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            assertThat(cursor.sheetName()).isEqualTo("Shown");
            assertThat(cursor.next().text(0)).isEqualTo("shown");
            assertThat(cursor.nextSheet()).isTrue();
            assertThat(cursor.sheetName()).isEqualTo("Hidden");
            assertThat(cursor.next().text(0)).isEqualTo("hidden");
            assertThat(cursor.nextSheet()).isFalse();
        }
    }
}
