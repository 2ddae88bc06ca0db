package com.leadaudit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.OptionalDouble;

/** The statistics of §9, defined so a marketer can reproduce them in Excel. */
public final class Stats {

    // Excel shows and rounds at 15 significant digits; doing the same first keeps interpolation noise
    // (2.2499999999999996) from flipping a half that a person computing by hand sees as 2.25.
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private Stats() {
    }

    /**
     * Excel's {@code PERCENTILE.INC}: rank {@code p*(n-1)} into the sorted values, interpolating linearly between
     * the two closest ranks. Empty input gives an empty result rather than NaN, so a missing figure is a blank cell
     * and never a number. The input array is not modified.
     */
    public static OptionalDouble percentileInc(double[] values, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("percentile must be between 0 and 1, was " + p);
        }
        if (values == null || values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("values must not contain NaN");
        }
        double rank = p * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        if (lower >= sorted.length - 1) {
            return OptionalDouble.of(sorted[sorted.length - 1]);
        }
        double fraction = rank - lower;
        return OptionalDouble.of(sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]));
    }

    public static OptionalDouble median(double[] values) {
        return percentileInc(values, 0.5);
    }

    /** One decimal, half away from zero on the decimal value people see: 2.25 gives 2.3. NaN and infinities pass through. */
    public static double roundHalfUp1(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(Double.toString(value))
                .round(EXCEL_PRECISION)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** {@code num / den}, empty when there is nothing to divide by (a rate over zero leads is no rate at all). */
    public static OptionalDouble ratio(long num, long den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
