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

    static void write(SXSSFSheet sheet, ReportStyles styles, CampaignReportSource source) {
        ColumnWidths.set(sheet, 19, 40, 8, 45, 60);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c], styles.header);
        }
        sheet.createFreezePane(0, 1);
        PageSetup.repeatHeader(sheet, 0);
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
            sheet.setAutoFilter(new CellRangeAddress(0, next[0] - 1, 0, HEADERS.length - 1));
        }
    }
}
