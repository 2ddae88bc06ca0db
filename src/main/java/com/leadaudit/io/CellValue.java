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

    /**
     * A text cell, made safe where every reader's text passes (SPEC §4): control characters such as NUL removed, lone
     * surrogates replaced ({@link SafeText#clean}), so no value from an input can fail a database write or a workbook.
     */
    public static CellValue text(String text) {
        String safe = SafeText.clean(text);
        return safe == null || safe.isEmpty() ? EMPTY : new CellValue(safe, null, false);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
