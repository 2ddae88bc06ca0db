package com.leadaudit.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Fixed column widths. Measuring content (autoSizeColumn) would need every row in memory, which a streaming
 * sheet of 100,000 leads must not do, so widths come from what each column is known to hold.
 */
final class ColumnWidths {

    /** Room a header needs beside its text for the auto-filter drop-down button. */
    static final int FILTER_BUTTON = 3;
    private static final int MAX_CHARS = 60;

    private ColumnWidths() {
    }

    static void set(Sheet sheet, int column, int chars) {
        int clamped = Math.max(4, Math.min(chars, MAX_CHARS));
        sheet.setColumnWidth(column, clamped * 256 + 200);
    }

    static void set(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            set(sheet, i, chars[i]);
        }
    }

    /** Wide enough for the header (with its filter button) and for the column's usual content. */
    static int forHeader(String header, int contentChars) {
        return Math.max(contentChars, header.length() + FILTER_BUTTON);
    }
}
