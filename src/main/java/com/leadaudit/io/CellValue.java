package com.leadaudit.io;

/**
 * One spreadsheet or CSV cell as read. {@code text} is what a person sees (never null, may be empty);
 * {@code number} is the numeric value behind a numeric cell (null for text cells and CSV);
 * {@code dateFormatted} is true when the cell's number format is a date/time format, so {@code number}
 * is an Excel serial in the workbook's date system.
 */
public record CellValue(String text, Double number, boolean dateFormatted) {

    public static final CellValue EMPTY = new CellValue("", null, false);

    public CellValue {
        text = text == null ? "" : text;
    }

    public static CellValue text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new CellValue(text, null, false);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
