package com.leadaudit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Typed cell writes used by every sheet, so the §10 cell rules hold in one place: text is always a text cell
 * (never a formula, whatever it starts with), numbers are numbers, times are date cells in the campaign's zone,
 * and missing values are blank cells rather than zeros or the word "null".
 */
final class Cells {

    private Cells() {
    }

    static void text(Row row, int col, String value) {
        text(row, col, value, null);
    }

    static void text(Row row, int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            blank(row, col, style);
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(CellText.clean(value)); // setCellValue(String): stored as text even when it starts with =
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * As {@link #text(Row, int, String)} (no cell for an empty value), with the workbook's default style
     * ({@link ReportStyles#plain}, index 0) set explicitly. The written XML is the same, but SXSSF no longer looks the
     * column's default style up in the sheet XML for every unstyled cell it flushes — on a 100,000-lead sheet that
     * lookup cost more than writing the cells.
     */
    static void plainText(Row row, int col, String value, CellStyle plain) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(CellText.clean(value));
        cell.setCellStyle(plain);
    }

    static void number(Row row, int col, Number value, CellStyle style) {
        if (value == null) {
            blank(row, col, null);
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    static void dateTime(Row row, int col, Instant value, ZoneId zone, CellStyle style) {
        if (value == null) {
            return;
        }
        // Whole seconds: readers round milliseconds to the second before formatting, so a deadline at the end of
        // day (23:59:59.999, §8) would otherwise show as 00:00 of the next day.
        LocalDateTime local = LocalDateTime.ofInstant(value, zone).truncatedTo(ChronoUnit.SECONDS);
        double serial = DateUtil.getExcelDate(local);
        if (serial < 0) {
            // Before 1900 Excel has no date serial; show the value rather than a cell of ####.
            text(row, col, local.toString());
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(serial);
        cell.setCellStyle(style);
    }

    static void date(Row row, int col, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        double serial = DateUtil.getExcelDate(value);
        if (serial < 0) {
            text(row, col, value.toString());
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(serial);
        cell.setCellStyle(style);
    }

    private static void blank(Row row, int col, CellStyle style) {
        // A styled blank keeps e.g. a status colour visible; an unstyled one needs no cell at all.
        if (style != null) {
            row.createCell(col).setCellStyle(style);
        }
    }
}
