package com.leadaudit.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids from {@code min} to {@code max} cut into at most {@code parts} consecutive ranges of equal width, each as
 * inclusive {from, to}: together they hold every id once. The partitions of the status step read a range each.
 */
public final class IdRanges {

    private IdRanges() {
    }

    public static List<long[]> split(long min, long max, int parts) {
        if (parts < 1 || max < min) {
            throw new IllegalArgumentException("cannot cut " + min + ".." + max + " into " + parts);
        }
        // rounded up, so that parts ranges always reach max; fewer ranges when there are fewer ids than parts
        long width = (max - min) / parts + 1;
        List<long[]> ranges = new ArrayList<>();
        for (long from = min; ; from += width) {
            // compared by difference: from + width can overflow near Long.MAX_VALUE
            if (max - from < width) {
                ranges.add(new long[] {from, max});
                return ranges;
            }
            ranges.add(new long[] {from, from + width - 1});
        }
    }
}
