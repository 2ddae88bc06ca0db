package com.leadaudit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Report exports end with lines that are not data: Salesforce adds "Grand Totals (N records)", a confidentiality
 * notice and a copyright line; grouped reports add "Total" rows. Treated as data they would be counted as rejected
 * rows and make a good file look bad.
 */
public final class FooterRows {

    private static final Pattern FOOTER_TEXT = Pattern.compile(String.join("|",
            "(grand\\s+|sub)?totals?\\s*:?\\s*(\\(\\s*[\\d.,\\s]+\\s*records?\\s*\\))?",
            "\\(?\\s*[\\d.,]+\\s+records?\\s*\\)?",
            "confidential\\s+information\\b.*",
            "copyright\\b.*",
            "\\(c\\)\\s*\\d{4}.*",
            "\u00A9.*",
            "(report\\s+)?generated\\s+(by|on|at)\\b.*"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_LABEL = Pattern.compile("(grand\\s+|sub)?totals?\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+(]?\\s*[$\u20AC\u00A3]?\\s*\\d[\\d.,'\\s]*%?\\)?");

    private FooterRows() {
    }

    /**
     * True for footer and total rows; false for blank rows, which callers skip on their own. Every data row of every
     * file passes here, so a row whose first filled cell cannot begin a footer or a total label is let through
     * before any pattern runs (the patterns were 4% of the import threads' samples, issue #17).
     */
    public static boolean isJunk(SheetRow row) {
        for (CellValue cell : row.cells()) {
            if (!cell.isBlank()) {
                return mayBeginJunk(cell.text().strip()) && isJunkByPatterns(row);
            }
        }
        return false;
    }

    /**
     * Whether a row whose first filled cell reads {@code text} can match: both ways need that cell to match a pattern
     * of {@link #FOOTER_TEXT} or {@link #TOTAL_LABEL}, and those begin with g, s, t, r, c (any case), "(" or "©",
     * or, for "123 records", a digit, "." or "," with "record" further on. Case-insensitive as those patterns are,
     * and looser (a non-ASCII first character goes to the patterns): a wrong "maybe" only costs the pattern check.
     */
    static boolean mayBeginJunk(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first >= 0x80) {
            return true;
        }
        return switch (first) {
            case 'g', 'G', 's', 'S', 't', 'T', 'r', 'R', 'c', 'C', '(' -> true;
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ',' -> mentionsRecord(text);
            default -> false;
        };
    }

    private static boolean mentionsRecord(String text) {
        for (int i = 1; i + 6 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i, "record", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** The rule itself: every filled cell a footer text, or a total label followed by numbers only. */
    static boolean isJunkByPatterns(SheetRow row) {
        List<CellValue> filled = new ArrayList<>();
        for (CellValue cell : row.cells()) {
            if (!cell.isBlank()) {
                filled.add(cell);
            }
        }
        if (filled.isEmpty()) {
            return false;
        }
        if (filled.stream().allMatch(cell -> cell.number() == null && FOOTER_TEXT.matcher(cell.text().strip()).matches())) {
            return true;
        }
        return TOTAL_LABEL.matcher(filled.get(0).text().strip()).matches()
                && filled.stream().skip(1).allMatch(FooterRows::isNumber);
    }

    private static boolean isNumber(CellValue cell) {
        return cell.number() != null || NUMBER_TEXT.matcher(cell.text().strip()).matches();
    }
}
