package com.leadaudit.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's cell styles, each created once. A workbook holds at most 64,000 styles and every extra style
 * costs memory, so cells share these instead of getting their own.
 */
final class ReportStyles {

    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final String DATE_TIME_SECONDS_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String PERCENT_FORMAT = "0.0%";
    static final String HOURS_FORMAT = "0.0";
    static final String COUNT_FORMAT = "0";

    /** Light fill and dark text per status, as Excel's Good / Neutral / Bad cell styles (plus blue for OPEN). */
    enum StatusColour {
        ON_TIME("C6EFCE", "006100"),
        LATE("FFEB9C", "9C5700"),
        OVERDUE("FFC7CE", "9C0006"),
        OPEN("DDEBF7", "1F4E78");

        final String fill;
        final String text;

        StatusColour(String fill, String text) {
            this.fill = fill;
            this.text = text;
        }
    }

    /** The workbook's default style (index 0): writes no style attribute, see {@link Cells#plainText}. */
    final CellStyle plain;
    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle note;
    final CellStyle definition;
    final CellStyle header;
    final CellStyle headerRight;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle hours;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle dateTimeSeconds;
    final CellStyle factDate;
    final CellStyle factDateTime;
    final CellStyle headlineLabel;
    final CellStyle headlineCount;
    final CellStyle headlinePercent;
    /** Money (SPEC §14): two decimals, thousands grouped; the currency stands in its own column. */
    final CellStyle amount;
    private final Map<String, CellStyle> statusStyles = new HashMap<>();

    ReportStyles(Workbook wb) {
        plain = wb.getCellStyleAt(0);
        short countFormat = wb.createDataFormat().getFormat(COUNT_FORMAT);
        short percentFormat = wb.createDataFormat().getFormat(PERCENT_FORMAT);

        title = withFont(wb.createCellStyle(), font(wb, 18, true, false, null));
        section = withFont(wb.createCellStyle(), font(wb, 12, true, false, null));
        Font bold = font(wb, 11, true, false, null);
        label = withFont(wb.createCellStyle(), bold);
        note = withFont(wb.createCellStyle(), font(wb, 11, false, true, "9C0006"));
        definition = withFont(wb.createCellStyle(), font(wb, 9, false, true, "595959"));

        header = withFont(wb.createCellStyle(), bold);
        fill(header, "E7E6E6");
        header.setBorderBottom(BorderStyle.THIN);
        // Over a column of numbers, which Excel right-aligns; left-aligned it would sit over the next column's values.
        // Not for filtered tables: there the filter button covers the right end of the header.
        headerRight = withFont(wb.createCellStyle(), bold);
        fill(headerRight, "E7E6E6");
        headerRight.setBorderBottom(BorderStyle.THIN);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);

        count = formatted(wb, COUNT_FORMAT);
        percent = formatted(wb, PERCENT_FORMAT);
        hours = formatted(wb, HOURS_FORMAT);
        date = aligned(formatted(wb, DATE_FORMAT), HorizontalAlignment.CENTER);
        dateTime = aligned(formatted(wb, DATE_TIME_FORMAT), HorizontalAlignment.CENTER);
        // Label/value blocks (Summary facts, Run) read as text: their dates line up left with the other values.
        factDate = aligned(formatted(wb, DATE_FORMAT), HorizontalAlignment.LEFT);
        factDateTime = aligned(formatted(wb, DATE_TIME_FORMAT), HorizontalAlignment.LEFT);
        dateTimeSeconds = aligned(formatted(wb, DATE_TIME_SECONDS_FORMAT), HorizontalAlignment.LEFT);

        headlineLabel = withFont(wb.createCellStyle(), font(wb, 10, false, false, "595959"));
        headlineCount = withFont(wb.createCellStyle(), font(wb, 20, true, false, null));
        headlineCount.setDataFormat(countFormat);
        headlineCount.setAlignment(HorizontalAlignment.LEFT);
        amount = formatted(wb, "#,##0.00");
        headlinePercent = withFont(wb.createCellStyle(), font(wb, 20, true, false, null));
        headlinePercent.setDataFormat(percentFormat);
        headlinePercent.setAlignment(HorizontalAlignment.LEFT);

        for (StatusColour colour : StatusColour.values()) {
            CellStyle style = withFont(wb.createCellStyle(), font(wb, 11, false, false, colour.text));
            fill(style, colour.fill);
            statusStyles.put(colour.name(), style);
        }
    }

    /** The fill for a status cell, or null for a status the report does not know (left unstyled). */
    CellStyle status(String status) {
        return status == null ? null : statusStyles.get(status);
    }

    private static CellStyle formatted(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    // Table dates are centred: right-aligned (Excel's default) a date runs into the number before it,
    // as in "5.8 2026-04-28".
    private static CellStyle aligned(CellStyle style, HorizontalAlignment alignment) {
        style.setAlignment(alignment);
        return style;
    }

    private static CellStyle withFont(CellStyle style, Font font) {
        style.setFont(font);
        return style;
    }

    private static Font font(Workbook wb, int points, boolean bold, boolean italic, String rgb) {
        XSSFFont font = (XSSFFont) wb.createFont();
        // Described like the workbook's default font (name, family, theme scheme); otherwise a reader without
        // Calibri substitutes a different typeface for these cells than for the rest.
        font.setFontName(XSSFFont.DEFAULT_FONT_NAME);
        font.setFamily(FontFamily.SWISS);
        font.setScheme(FontScheme.MINOR);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (rgb != null) {
            font.setColor(colour(rgb));
        }
        return font;
    }

    private static void fill(CellStyle style, String rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(colour(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static XSSFColor colour(String rgb) {
        byte[] bytes = java.util.HexFormat.of().parseHex(rgb);
        return new XSSFColor(bytes, null);
    }
}
