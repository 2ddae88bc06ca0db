package com.leadaudit.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any input text safe to store as a cell's text, so that it reads back exactly as it came in:
 * <ul>
 *   <li>characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF) are removed —
 *       POI would otherwise turn them into {@code ?};</li>
 *   <li>{@code _xHHHH_} sequences are escaped as {@code _x005F_xHHHH_}: OOXML readers (Excel, LibreOffice, POI)
 *       decode the raw form into a character, so {@code _x0041_} would otherwise show as {@code A};</li>
 *   <li>text over Excel's 32,767-character cell limit is cut and ends with {@code …} instead of failing the
 *       whole workbook.</li>
 * </ul>
 */
final class CellText {

    static final int MAX_LENGTH = 32_767;
    private static final String ELLIPSIS = "…";
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = needsStripping(text) ? stripIllegal(text) : text;
        if (s.indexOf("_x") >= 0) {
            s = OOXML_ESCAPE.matcher(s).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
        }
        return s.length() > MAX_LENGTH ? truncate(s) : s;
    }

    // A cheap scan first: almost every cell is clean, and the Leads sheet has millions of them.
    private static boolean needsStripping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE) {
                return true;
            }
        }
        return false;
    }

    private static String stripIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(CellText::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static String truncate(String s) {
        int end = MAX_LENGTH - ELLIPSIS.length();
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split an emoji or other supplementary character in half
        }
        return s.substring(0, end) + ELLIPSIS;
    }
}
