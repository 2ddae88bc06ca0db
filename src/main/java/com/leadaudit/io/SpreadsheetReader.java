package com.leadaudit.io;

import java.nio.file.Path;

/**
 * Opens any supported file as a cursor over the rows of its first sheet in reading order (SPEC §4: the first visible
 * worksheet; chart sheets never count); {@link RowCursor#nextSheet()} moves on to the others.
 */
public final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    public static RowCursor open(Path file) throws UnreadableFileException {
        return open(file, SpreadsheetFormat.detect(file));
    }

    /** For callers that already ran {@link SpreadsheetFormat#detect(Path)} and need not read the head twice. */
    public static RowCursor open(Path file, SpreadsheetFormat format) throws UnreadableFileException {
        return switch (format) {
            case XLSX -> XlsxCursor.open(file);
            case XLS -> XlsCursor.open(file);
            case CSV -> CsvCursor.open(file);
        };
    }
}
