package com.leadaudit.matching;

/**
 * An upper bound of {@link JaroWinkler#similarity} computed from the letters two strings hold, whatever their order:
 * the NAME tier scores every waiting lead of a company against every person of it, and most of those pairs are two
 * different people whose names share a few letters. Those pairs are ruled out here at a fraction of the similarity's
 * cost (issue #17: the similarity was most of the matching thread's samples in the cold run); the pairs that remain
 * are scored exactly, so which pairs qualify does not change.
 *
 * <p>Why it is a bound: the similarity's matches {@code m} pair equal chars, each char used once, so {@code m} is at
 * most the number of chars the two strings have in common counted with multiplicity; counted per bucket of chars
 * (chars that share a bucket pooled), it can only be larger. With {@code M} that count, {@code m <= M} and a
 * transposition term of at most 1 give {@code j <= (M/|a| + M/|b| + 1) / 3}; the Winkler lift
 * {@code j + 0.1 p (1 - j)} grows with {@code j}, so the lift of that bound with the strings' own common prefix
 * {@code p} bounds the similarity. {@code JaroWinklerBoundTest} holds it above the similarity on names with typos
 * and on random strings.
 */
public final class JaroWinklerBound {

    /** Kept under the true bound's rounding: a pair is ruled out only when it is short of the threshold by more. */
    private static final double ROUNDING = 1e-9;

    private JaroWinklerBound() {
    }

    /** A string with its chars counted in 32 buckets (ASCII letters each in their own, a-z). */
    public static final class Letters {
        private final String text;
        private final int[] counts = new int[32];

        private Letters(String text) {
            this.text = text;
            for (int i = 0; i < text.length(); i++) {
                counts[text.charAt(i) & 31]++;
            }
        }

        public static Letters of(String text) {
            return new Letters(text);
        }
    }

    /** At least {@code JaroWinkler.similarity(a, b)} of the two strings counted. */
    public static double upperBound(Letters a, Letters b) {
        int common = 0;
        for (int i = 0; i < 32; i++) {
            common += Math.min(a.counts[i], b.counts[i]);
        }
        if (common == 0) {
            return a.text.equals(b.text) ? 1d : 0d;  // two empty strings are equal
        }
        double m = common;
        double j = (m / a.text.length() + m / b.text.length() + 1d) / 3d;
        if (j >= 1d) {
            return 1d;
        }
        if (j < 0.7d) {
            return j;
        }
        int prefix = 0;
        for (int i = 0, n = Math.min(4, Math.min(a.text.length(), b.text.length()));
             i < n && a.text.charAt(i) == b.text.charAt(i); i++) {
            prefix++;
        }
        return j + 0.1d * prefix * (1d - j);
    }

    /** False only when the similarity of the two strings is certainly below {@code threshold}. */
    public static boolean mayReach(Letters a, Letters b, double threshold) {
        return upperBound(a, b) >= threshold - ROUNDING;
    }
}
