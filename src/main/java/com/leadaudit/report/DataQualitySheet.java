package com.leadaudit.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The Data Quality sheet: rejected files and rows with reasons, warnings and merged duplicates, streamed. */
final class DataQualitySheet {

    static final String NOTHING_FOUND = "No problems found.";
    private static final String[] HEADERS = {"Category", "File", "Row", "Reason", "Raw values"};

    private DataQualitySheet() {
    }

    /** Writes the sheet from the source's rows; returns how many rows it lists (0 when it says nothing was found). */
    static int write(SXSSFSheet sheet, ReportStyles styles, CampaignReportSource source) {
        header(sheet, styles);
        int[] next = {1};
        source.forEachDataQualityRow(dq -> {
            Row row = sheet.createRow(next[0]++);
            Cells.text(row, 0, dq.category());
            Cells.text(row, 1, dq.file());
            Cells.number(row, 2, dq.row(), styles.count);
            Cells.text(row, 3, dq.reason());
            Cells.text(row, 4, dq.rawValues());
        });
        if (next[0] == 1) {
            Cells.text(sheet.createRow(1), 0, NOTHING_FOUND);
        } else {
            filter(sheet, next[0] - 1);
        }
        return next[0] - 1;
    }

    /**
     * The sheet as a frame for the rows of an earlier workbook's Data Quality sheet, which replaces it when the
     * workbook is assembled ({@link SheetTransplant}): declares what that sheet's {@code rows} rows had, so the
     * workbook part naming the filter range and print titles agrees with the copied sheet.
     */
    static void writeCopied(SXSSFSheet sheet, ReportStyles styles, int rows) {
        header(sheet, styles);
        if (rows > 0) {
            filter(sheet, rows);
        }
    }

    private static void header(SXSSFSheet sheet, ReportStyles styles) {
        ColumnWidths.set(sheet, 19, 40, 8, 45, 60);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c], styles.header);
        }
        sheet.createFreezePane(0, 1);
        PageSetup.repeatHeader(sheet, 0);
    }

    private static void filter(SXSSFSheet sheet, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, HEADERS.length - 1));
    }
}
