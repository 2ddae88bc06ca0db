package com.leadaudit.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: every row of a file, and the texts of a row, for compact assertions. */
final class Rows {

    private Rows() {
    }

    static List<SheetRow> readAll(Path file) throws UnreadableFileException {
        try (RowCursor cursor = SpreadsheetReader.open(file)) {
            List<SheetRow> rows = new ArrayList<>();
            cursor.forEachRemaining(rows::add);
            return rows;
        }
    }

    static List<String> texts(SheetRow row) {
        return row.cells().stream().map(CellValue::text).toList();
    }

    /** Opens and drains the file, returning the failure's sentence whether it came at open or mid-way. */
    static String failureOf(Path file) {
        try {
            readAll(file);
        } catch (UnreadableFileException e) {
            return e.getMessage();
        } catch (UnreadableFileException.Runtime e) {
            return e.getMessage();
        }
        throw new AssertionError("expected " + file.getFileName() + " to be unreadable");
    }
}
