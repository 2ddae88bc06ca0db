package com.leadaudit.importing;

import com.leadaudit.io.MappedRow;

/**
 * What an importer does with the rows of one located table. Implementations buffer rows and write them in batches;
 * {@link #finish()} flushes what is left. Everything runs inside the file's transaction.
 */
public interface RowSink {

    void accept(MappedRow row, RowProblems problems);

    void finish(RowProblems problems);
}
