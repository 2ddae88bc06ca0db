package com.leadaudit.io;

import java.util.Iterator;

/**
 * Rows of a file's first sheet, pulled one at a time so a file of any length is read in constant memory.
 * Rows that exist physically but hold nothing may be returned as blank rows; rows absent from the file are not.
 * Iteration methods throw {@link UnreadableFileException.Runtime} when the file turns out to be damaged midway.
 */
public interface RowCursor extends Iterator<SheetRow>, AutoCloseable {

    /** True when numeric dates count days from 1904-01-01 (old Mac Excel) instead of 1900-01-01. */
    boolean date1904();

    @Override
    void close();
}
