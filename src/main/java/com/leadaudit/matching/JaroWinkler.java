package com.leadaudit.matching;

/**
 * Jaro–Winkler similarity of two strings, compared char by char, giving the same value, to the last bit, as
 * commons-text's {@code JaroWinklerSimilarity} 1.14 (JaroWinklerTest holds it to that on names with typos and on
 * random strings).
 *
 * <p>Why not that class: since 1.13 it compares every character as a boxed object through a generic input wrapper and
 * allocates four arrays per call. The NAME tier scores millions of pairs a night (every waiting lead against every
 * person of its company), and that call was most of the JVM's time in matchLeads (issue #17's cold run). Here the
 * matched positions of strings up to 64 chars are bits of two longs; longer strings take arrays.
 *
 * <p>The definition, as that class has it: the shorter string's chars are matched in order, each to the first
 * unmatched equal char of the longer one within {@code max(longer / 2 - 1, 0)} positions; {@code m} matches and
 * {@code t} half-transpositions (matched chars that differ when both strings' matched chars are read in order) give
 * {@code j = (m / |a| + m / |b| + (m - t / 2) / m) / 3}; at {@code j >= 0.7} the common prefix of up to four chars
 * {@code p} lifts it to {@code j + 0.1 p (1 - j)}. Of two equally long strings the second counts as the longer;
 * equal strings, even empty ones, are 1.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1d; // two empty strings too
        }
        String max;
        String min;
        if (first.length() > second.length()) {
            max = first;
            min = second;
        } else {
            max = second;
            min = first;
        }
        int[] matchesAndTranspositions = max.length() <= Long.SIZE
                ? matchesInBits(min, max) : matchesInArrays(min, max);
        double m = matchesAndTranspositions[0];
        if (m == 0) {
            return 0d;
        }
        double j = (m / first.length() + m / second.length() + (m - matchesAndTranspositions[1] / 2d) / m) / 3d;
        if (j < 0.7d) {
            return j;
        }
        int prefix = 0;
        for (int i = 0, n = Math.min(4, min.length()); i < n && first.charAt(i) == second.charAt(i); i++) {
            prefix++;
        }
        return j + 0.1d * prefix * (1d - j);
    }

    /** Matches and half-transpositions with the matched positions as bits: no allocation but the result. */
    private static int[] matchesInBits(String min, String max) {
        int range = Math.max(max.length() / 2 - 1, 0);
        long matchedMax = 0L;
        long matchedMin = 0L;
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if ((matchedMax & (1L << xi)) == 0 && c == max.charAt(xi)) {
                    matchedMax |= 1L << xi;
                    matchedMin |= 1L << mi;
                    matches++;
                    break;
                }
            }
        }
        int halfTranspositions = 0;
        long restMin = matchedMin;
        long restMax = matchedMax;
        while (restMin != 0) {
            int i = Long.numberOfTrailingZeros(restMin);
            int x = Long.numberOfTrailingZeros(restMax);
            if (min.charAt(i) != max.charAt(x)) {
                halfTranspositions++;
            }
            restMin &= restMin - 1;
            restMax &= restMax - 1;
        }
        return new int[] {matches, halfTranspositions};
    }

    /** The same for strings longer than 64 chars (rare in names: kept simple). */
    private static int[] matchesInArrays(String min, String max) {
        int range = Math.max(max.length() / 2 - 1, 0);
        boolean[] matchedMax = new boolean[max.length()];
        boolean[] matchedMin = new boolean[min.length()];
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if (!matchedMax[xi] && c == max.charAt(xi)) {
                    matchedMax[xi] = true;
                    matchedMin[mi] = true;
                    matches++;
                    break;
                }
            }
        }
        int halfTranspositions = 0;
        int x = 0;
        for (int i = 0; i < min.length(); i++) {
            if (matchedMin[i]) {
                while (!matchedMax[x]) {
                    x++;
                }
                if (min.charAt(i) != max.charAt(x)) {
                    halfTranspositions++;
                }
                x++;
            }
        }
        return new int[] {matches, halfTranspositions};
    }
}
