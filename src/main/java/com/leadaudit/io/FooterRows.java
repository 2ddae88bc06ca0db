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

    /** True for footer and total rows; false for blank rows, which callers skip on their own. */
    public static boolean isJunk(SheetRow row) {
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
