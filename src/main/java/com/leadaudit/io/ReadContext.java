package com.leadaudit.io;

/** What a row mapper needs to know about the file it reads: how its dates are written. */
public record ReadContext(String path, SpreadsheetFormat format, boolean date1904, DateOrder slashOrder) {
}
