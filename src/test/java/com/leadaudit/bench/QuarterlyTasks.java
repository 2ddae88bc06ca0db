package com.leadaudit.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Tasks as the customer exports them: five quarterly Data Loader files of growing size (the CRM's use grew:
 * 7% of the tasks in the oldest quarter, 26% in the newest, 0.3M to 1.1M rows at 5M activities) and a delta export
 * that repeats nine in ten rows of the newest quarter, so about a fifth of the task rows arrive twice and the import
 * must de-duplicate them by id. (A delta repeating the whole quarter would be a byte-identical twin of its file,
 * which the import skips outright: no de-duplication would be measured.) Which file a task goes to follows its activity index, not its date: the generator's dates
 * are a pure function of the index and the file split only has to reproduce the sizes.
 */
final class QuarterlyTasks implements TaskFiles {

    /** Upper bounds (share of all activity indexes) of the five quarters; the last quarter is also the delta's. */
    private static final double[] ENDS = {0.07, 0.26, 0.49, 0.74, 1.0};
    private static final String[] NAMES = {"Task_2025Q2", "Task_2025Q3", "Task_2025Q4", "Task_2026Q1", "Task_2026Q2"};

    private final BenchData.Split[] quarters = new BenchData.Split[ENDS.length];
    private final BenchData.Split delta;
    private final long[] bounds = new long[ENDS.length];

    QuarterlyTasks(Path crm, String[] header, long activities) {
        for (int q = 0; q < ENDS.length; q++) {
            // one file per quarter however large: the quarterly export is not split
            quarters[q] = new BenchData.Split(crm, NAMES[q], Integer.MAX_VALUE, true, header);
            bounds[q] = (long) (activities * ENDS[q]);
        }
        delta = new BenchData.Split(crm, "Task_delta_since_2026Q2", Integer.MAX_VALUE, true, header);
    }

    @Override
    public void row(long k, String[] cells) throws IOException {
        int q = 0;
        while (q < bounds.length - 1 && k >= bounds[q]) {
            q++;
        }
        quarters[q].row(cells);
        if (q == bounds.length - 1 && BenchData.pick(k, 29, 10) != 0) {
            delta.row(cells);
        }
    }

    @Override
    public void close() throws IOException {
        for (BenchData.Split quarter : quarters) {
            quarter.close();
        }
        delta.close();
    }
}
