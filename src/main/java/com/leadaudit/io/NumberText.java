package com.leadaudit.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text a person would type for a stored number. Phone numbers and ids are often stored as numbers, so
 * "4155550100" must not come out as "4.15555E9" or "4155550100.0".
 */
final class NumberText {

    /** Excel shows at most 15 significant digits; beyond that a double only carries binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
