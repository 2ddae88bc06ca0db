package com.leadaudit.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Hands out a sheet's rows top to bottom, the only order a streaming sheet allows. */
final class NextRow {

    private final Sheet sheet;
    private int next;

    NextRow(Sheet sheet) {
        this.sheet = sheet;
    }

    Row next() {
        return sheet.createRow(next++);
    }

    void skip(int rows) {
        next += rows;
    }

    /** Index of the row {@link #next()} will create. */
    int position() {
        return next;
    }

    Sheet sheet() {
        return sheet;
    }
}
