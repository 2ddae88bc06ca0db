package com.leadaudit.io;

import java.util.Iterator;

/**
 * Rows of one sheet of a file, pulled one at a time so a file of any length is read in constant memory.
 * Rows that exist physically but hold nothing may be returned as blank rows; rows absent from the file are not.
 * Iteration methods throw {@link UnreadableFileException.Runtime} when the file turns out to be damaged midway.
 */
public interface RowCursor extends Iterator<SheetRow>, AutoCloseable {

    /** True when numeric dates count days from 1904-01-01 (old Mac Excel) instead of 1900-01-01. */
    boolean date1904();

    /** The name of the sheet being read; null for a file without sheets (CSV). */
    default String sheetName() {
        return null;
    }

    /** How many sheets {@link #nextSheet()} can visit, the one being read included: 1 for CSV. */
    default int sheetCount() {
        return 1;
    }

    /**
     * Moves to the next sheet in the order SPEC §4 looks for data (visible sheets in workbook order, then hidden
     * ones; chart sheets are never visited), dropping what was left of the current one. Rows then come from the new
     * sheet, numbered as it shows them.
     *
     * @return false when there is no further sheet; the cursor then stays where it was
     * @throws UnreadableFileException.Runtime when the next sheet cannot be opened
     */
    default boolean nextSheet() {
        return false;
    }

    @Override
    void close();
}
