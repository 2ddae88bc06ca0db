package com.leadaudit.io;

import org.apache.poi.xssf.model.SharedStrings;

/** Turns the raw parts of one sheet-XML {@code <c>} element into the value a person sees. */
final class XlsxCellDecoder {

    private final SharedStrings sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;
    /** Whether the last shared string looked up was oversized; read (and reset) by the row reader. */
    private boolean oversizedSharedString;

    XlsxCellDecoder(SharedStrings sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * @param type       the {@code t} attribute (null means number)
     * @param styleIndex the {@code s} attribute, or -1
     * @param value      text of {@code <v>} (a formula's cached result; the formula itself is ignored), or null
     * @param inline     text of {@code <is>}, or null
     */
    CellValue decode(String type, int styleIndex, String value, String inline) {
        if (inline != null) {
            return CellValue.text(inline);
        }
        if (value == null) {
            return CellValue.EMPTY;
        }
        if (type == null || type.equals("n")) {
            return number(value, styleIndex);
        }
        return switch (type) {
            case "s" -> CellValue.text(sharedString(value));
            case "b" -> CellValue.text(bool(value));
            default -> CellValue.text(value); // str, e (error text such as #N/A), d (ISO date text), inlineStr
        };
    }

    /** True once after a cell whose shared string was longer than {@link CellLimits#MAX_READ_CHARS}. */
    boolean tookOversizedSharedString() {
        boolean was = oversizedSharedString;
        oversizedSharedString = false;
        return was;
    }

    private CellValue number(String raw, int styleIndex) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty()) {
            return CellValue.EMPTY;
        }
        double number;
        try {
            number = Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return CellValue.text(raw);
        }
        if (!Double.isFinite(number)) {
            return CellValue.text(raw);
        }
        if (dateStyles.isDate(styleIndex)) {
            return new CellValue(ExcelSerials.display(number, date1904), number, true);
        }
        return new CellValue(NumberText.of(number), number, false);
    }

    private String sharedString(String raw) {
        int index;
        try {
            index = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new UnreadableFileException.Runtime("the xlsx file is damaged (a cell points to shared text \""
                    + CellLimits.cap(raw) + "\" that is not a number)");
        }
        try {
            String text = sharedStrings.getItemAt(index).getString();
            oversizedSharedString = text != null && text.length() > CellLimits.MAX_READ_CHARS;
            return CellLimits.cap(text);
        } catch (IndexOutOfBoundsException e) {
            throw new UnreadableFileException.Runtime(
                    "the xlsx file is damaged (a cell points to shared text number " + index + ", which is missing)", e);
        }
    }

    private static String bool(String raw) {
        return switch (raw.trim()) {
            case "1" -> "TRUE";
            case "0" -> "FALSE";
            default -> raw;
        };
    }
}
