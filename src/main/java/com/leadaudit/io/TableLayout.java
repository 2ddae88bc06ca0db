package com.leadaudit.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a table sits in a file: which schema it matched, on which row its header is and which column holds each
 * field.
 *
 * @param headerIndex     index of the header row in the rows given to {@link HeaderLocator#locate}
 * @param headerRowNumber the header's row number as the spreadsheet shows it
 * @param columnByField   zero-based column of each field found; fields not found are absent
 * @param headers         the header row's texts as written (byte-order mark removed), one per column
 */
public record TableLayout(TableSchema schema, int headerIndex, int headerRowNumber,
                          Map<String, Integer> columnByField, List<String> headers) {

    public TableLayout {
        columnByField = Collections.unmodifiableMap(new LinkedHashMap<>(columnByField));
        headers = List.copyOf(headers);
    }

    public boolean has(String field) {
        return columnByField.containsKey(field);
    }

    /** The field's cell in {@code row}; empty when the file has no such column. */
    public CellValue cell(SheetRow row, String field) {
        Integer column = columnByField.get(field);
        return column == null ? CellValue.EMPTY : row.cell(column);
    }
}
