package com.leadaudit.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Arrays;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;

/**
 * Builds one sheet row as UTF-8 SpreadsheetML, byte for byte what POI's SXSSF writes for the same cells set
 * through {@link Cells}: the same cell rules, attributes in the same order, the same escaping and the same number
 * text — so no reader (Excel, LibreOffice, POI) can tell these rows from POI's, and RowXmlTest compares the two.
 * It skips POI's row and cell objects and the char-to-byte pass: characters are escaped and encoded in one loop.
 * One instance per table, reused row after row; not thread-safe.
 */
final class RowXml {

    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_START_END = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] BLANK_END = ascii("></c>");
    private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER_START = ascii(" t=\"n\"><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] ERROR_START = ascii(" t=\"e\"><v>");

    private final ZoneRules zone;
    /** {@code <c r="AB} per column: the row number and the rest of the cell follow. */
    private final byte[][] cellStarts;
    /** {@code  s="12"} per style index, made when first needed. */
    private byte[][] styleAttributes = new byte[64][];
    private byte[] rowNumber = new byte[0];
    private byte[] xml = new byte[4096];
    private int length;
    private int rowIndex;
    private int firstColumn;
    private int lastColumn;

    RowXml(int columns, ZoneId zone) {
        this.zone = zone.getRules();
        cellStarts = new byte[columns][];
        for (int c = 0; c < columns; c++) {
            cellStarts[c] = ascii("<c r=\"" + CellReference.convertNumToColString(c));
        }
    }

    /**
     * Starts a new row (0-based index), dropping the previous one.
     *
     * @throws IllegalArgumentException past Excel's last row, as POI's createRow: a sheet with more rows would not open
     */
    void start(int rowIndex) {
        if (rowIndex < 0 || rowIndex > LAST_ROW) {
            throw new IllegalArgumentException("Invalid row number (" + rowIndex + ") outside allowable range (0.."
                    + LAST_ROW + ")");
        }
        this.rowIndex = rowIndex;
        firstColumn = Integer.MAX_VALUE;
        lastColumn = -1;
        rowNumber = ascii(Integer.toString(rowIndex + 1));
        length = 0;
        put(ROW_START);
        put(rowNumber);
        put(ROW_START_END);
    }

    /** Ends the row; its bytes stay available until the next {@link #start}. */
    void end() {
        put(ROW_END);
    }

    byte[] bytes() {
        return xml;
    }

    int length() {
        return length;
    }

    int rowIndex() {
        return rowIndex;
    }

    /** Index of the leftmost cell written in this row, {@link Integer#MAX_VALUE} when none. */
    int firstColumn() {
        return firstColumn;
    }

    /** Index of the rightmost cell written in this row, -1 when none. */
    int lastColumn() {
        return lastColumn;
    }

    /** The row so far, for tests and messages. */
    @Override
    public String toString() {
        return new String(xml, 0, length, StandardCharsets.UTF_8);
    }

    /** As {@link Cells#text(org.apache.poi.ss.usermodel.Row, int, String, CellStyle)}. */
    void text(int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            blank(col, style);
            return;
        }
        textCell(col, CellText.clean(value), style);
    }

    /** As {@link Cells#plainText}: no cell for an empty value; the default style writes no style attribute. */
    void plainText(int col, String value, CellStyle plain) {
        if (value == null || value.isEmpty()) {
            return;
        }
        textCell(col, CellText.clean(value), plain);
    }

    /** As {@link Cells#number}: a missing number has no cell. */
    void number(int col, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        numberCell(col, value.doubleValue(), style);
    }

    /** As {@link Cells#dateTime}: whole seconds in the zone; before 1900 the ISO text instead of a serial. */
    void dateTime(int col, Instant value, CellStyle style) {
        if (value == null) {
            return;
        }
        double serial = ExcelDates.serial(value, zone);
        if (serial < 0) {
            LocalDateTime local = LocalDateTime.ofInstant(value, zone.getOffset(value));
            text(col, local.truncatedTo(ChronoUnit.SECONDS).toString(), null);
            return;
        }
        numberCell(col, serial, style);
    }

    /** As {@link Cells#date}. */
    void date(int col, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        double serial = ExcelDates.serial(value);
        if (serial < 0) {
            text(col, value.toString(), null);
            return;
        }
        numberCell(col, serial, style);
    }

    private void blank(int col, CellStyle style) {
        if (style != null) {
            cellStart(col, style);
            put(BLANK_END);
        }
    }

    private void textCell(int col, String text, CellStyle style) {
        cellStart(col, style);
        put(TEXT_START);
        // Text made only of characters CellText removes is an empty text cell, as with POI.
        if (!text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            put(PRESERVE);
        }
        put((byte) '>');
        putEscaped(text);
        put(TEXT_END);
    }

    private void numberCell(int col, double value, CellStyle style) {
        cellStart(col, style);
        // Cell.setCellValue(double) stores what Excel cannot show as a number as an error value.
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            put(ERROR_START);
            put(ascii(Double.isNaN(value) ? "#NUM!" : "#DIV/0!"));
        } else {
            put(NUMBER_START);
            putNumber(value);
        }
        put(VALUE_END);
    }

    private void cellStart(int col, CellStyle style) {
        firstColumn = Math.min(firstColumn, col);
        lastColumn = Math.max(lastColumn, col);
        put(cellStarts[col]);
        put(rowNumber);
        put((byte) '"');
        int index = style == null ? 0 : style.getIndex() & 0xffff;
        if (index != 0) {
            put(styleAttribute(index));
        }
    }

    private byte[] styleAttribute(int index) {
        if (index >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(index + 1, styleAttributes.length * 2));
        }
        byte[] attribute = styleAttributes[index];
        if (attribute == null) {
            attribute = ascii(" s=\"" + index + "\"");
            styleAttributes[index] = attribute;
        }
        return attribute;
    }

    /** Double.toString's text, as POI writes it; whole numbers (counts, row numbers) take a shortcut. */
    private void putNumber(double value) {
        // Below 10^7 Double.toString writes a whole number as its digits and ".0" (from 10^7 on: "1.0E7");
        // -0.0 is left to it for its sign.
        if (Math.abs(value) < 1e7 && value == Math.rint(value) && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            put(ascii(Long.toString((long) value)));
            put((byte) '.');
            put((byte) '0');
        } else {
            put(ascii(Double.toString(value)));
        }
    }

    /**
     * The escaping of POI's SheetDataWriter.outputEscapedString, then UTF-8 as the JDK's encoder writes it
     * (an unpaired surrogate as {@code ?}; CellText.clean has removed those already).
     */
    private void putEscaped(String s) {
        ensure(s.length() * 6); // "&quot;" is the longest a char can become
        byte[] b = xml;
        int at = length;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x80 && c != '<' && c != '>' && c != '&' && c != '"') {
                b[at++] = (byte) c; // nearly every character
                continue;
            }
            switch (c) {
                case '<' -> at = putAscii(b, at, "&lt;");
                case '>' -> at = putAscii(b, at, "&gt;");
                case '&' -> at = putAscii(b, at, "&amp;");
                case '"' -> at = putAscii(b, at, "&quot;");
                case '\n' -> at = putAscii(b, at, "&#xa;");
                case '\r' -> at = putAscii(b, at, "&#xd;");
                case '\t' -> at = putAscii(b, at, "&#x9;");
                case '\u00A0' -> at = putAscii(b, at, "&#xa0;");
                default -> {
                    if (c < ' ' || c >= '\uFFFE') {
                        b[at++] = '?'; // POI's replacement for what XML cannot carry
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        at = RawSheetDataWriter.Utf8.putCodePoint(b, at, Character.toCodePoint(c, s.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        b[at++] = '?';
                    } else {
                        at = RawSheetDataWriter.Utf8.putCodePoint(b, at, c);
                    }
                }
            }
        }
        length = at;
    }

    private static int putAscii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at++] = (byte) s.charAt(i);
        }
        return at;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, xml, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        xml[length++] = b;
    }

    private void ensure(int more) {
        if (xml.length - length < more) {
            xml = Arrays.copyOf(xml, Math.max(xml.length * 2, length + more));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
