package com.leadaudit.bench;

import java.io.IOException;

/** Where the generator's Salesforce tasks go: one split export (issue #7's shape) or quarterly files (issue #17's). */
interface TaskFiles extends AutoCloseable {

    /** Writes task row {@code cells} of activity index {@code k} (the index decides the quarter). */
    void row(long k, String[] cells) throws IOException;

    @Override
    void close() throws IOException;

    static TaskFiles of(BenchData.Split split) {
        return new TaskFiles() {
            @Override
            public void row(long k, String[] cells) throws IOException {
                split.row(cells);
            }

            @Override
            public void close() throws IOException {
                split.close();
            }
        };
    }
}
