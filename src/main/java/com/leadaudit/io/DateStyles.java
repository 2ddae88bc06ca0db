package com.leadaudit.io;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Whether a cell style's number format shows a date. Only the format says so — the stored value is a plain
 * number — and one sheet reuses a handful of styles, so each answer is cached.
 */
final class DateStyles {

    private final StylesTable styles;
    private final Boolean[] cache;

    DateStyles(StylesTable styles) {
        this.styles = styles;
        this.cache = new Boolean[styles == null ? 0 : styles.getNumCellStyles()];
    }

    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= cache.length) {
            return false;
        }
        Boolean known = cache[styleIndex];
        if (known == null) {
            known = lookUp(styleIndex);
            cache[styleIndex] = known;
        }
        return known;
    }

    private boolean lookUp(int styleIndex) {
        try {
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            if (style == null) {
                return false;
            }
            String format = style.getDataFormatString();
            return format != null && DateUtil.isADateFormat(style.getDataFormat() & 0xFFFF, format);
        } catch (RuntimeException damagedStyle) {
            // a broken style only loses date detection for its cells; the numbers themselves are still right
            return false;
        }
    }
}
