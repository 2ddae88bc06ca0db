package com.leadaudit.io;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a table sits in a file: which schema it matched, on which row its header is and which column holds each
 * field.
 *
 * @param headerIndex     index of the header row in the rows given to {@link HeaderLocator#locate}
 * @param headerRowNumber the header's row number as the spreadsheet shows it
 * @param columnByField   zero-based column of each field found; fields not found are absent
 * @param headers         the header row's texts as written (byte-order mark removed), one per column
 * @param moreColumns     further columns of a field that a vendor splits by record type or repeats
 *                        ({@code Email (Regarding) (Contact)} / {@code (Lead)}): a row's value is the first filled one
 * @param zoneByField     the zone a field's header note names ({@code Scan Date (UTC)}): its times without an offset
 *                        are in that zone, not the file's default
 * @param notes           what a person should know about how the header was read (an ambiguous or weak fit)
 */
public record TableLayout(TableSchema schema, int headerIndex, int headerRowNumber,
                          Map<String, Integer> columnByField, List<String> headers,
                          Map<String, List<Integer>> moreColumns, Map<String, ZoneId> zoneByField, List<String> notes) {

    public TableLayout {
        columnByField = new FieldColumns(columnByField);
        headers = List.copyOf(headers);
        Map<String, List<Integer>> more = new LinkedHashMap<>();
        moreColumns.forEach((field, columns) -> more.put(field, List.copyOf(columns)));
        moreColumns = Collections.unmodifiableMap(more);
        zoneByField = Collections.unmodifiableMap(new LinkedHashMap<>(zoneByField));
        notes = List.copyOf(notes);
    }

    public TableLayout(TableSchema schema, int headerIndex, int headerRowNumber, Map<String, Integer> columnByField,
                       List<String> headers) {
        this(schema, headerIndex, headerRowNumber, columnByField, headers, Map.of(), Map.of(), List.of());
    }

    public boolean has(String field) {
        return columnByField.containsKey(field);
    }

    /** True when some field reads the column (as its own column or as one of its further columns). */
    public boolean reads(int column) {
        return columnByField.containsValue(column)
                || moreColumns.values().stream().anyMatch(columns -> columns.contains(column));
    }

    public Optional<ZoneId> zone(String field) {
        return Optional.ofNullable(zoneByField.get(field));
    }

    /** The field's cell in {@code row}; empty when the file has no such column. */
    public CellValue cell(SheetRow row, String field) {
        int column = ((FieldColumns) columnByField).column(field);  // what the compact constructor made
        if (column < 0) {
            return CellValue.EMPTY;
        }
        CellValue value = row.cell(column);
        // most layouts have no further columns, and most cells of a wide export are blank: no second lookup then
        if (value.isBlank() && !moreColumns.isEmpty()) {
            for (int other : moreColumns.getOrDefault(field, List.of())) {
                CellValue candidate = row.cell(other);
                if (!candidate.isBlank()) {
                    return candidate;
                }
            }
        }
        return value;
    }

    /**
     * How each header was read, for the Run sheet: {@code "Scan Date (UTC)" → scanned at (times in UTC)}, in column
     * order.
     */
    public String describeReading() {
        Map<Integer, String> byColumn = new java.util.TreeMap<>();
        columnByField.forEach((field, column) -> byColumn.put(column, field));
        moreColumns.forEach((field, columns) -> columns.forEach(column -> byColumn.put(column, field)));
        List<String> parts = new ArrayList<>();
        byColumn.forEach((column, field) -> {
            String header = column < headers.size() ? headers.get(column).strip() : "column " + (column + 1);
            String zone = zoneByField.containsKey(field) && columnByField.get(field).equals(column)
                    ? " (times in " + zoneName(zoneByField.get(field)) + ")" : "";
            parts.add("\"" + header + "\" → " + label(field) + zone);
        });
        return String.join("; ", parts);
    }

    /** The schema's fields the header does not have, in the schema's order. */
    public List<String> missingFields() {
        return schema.synonymsByField().keySet().stream().filter(field -> !columnByField.containsKey(field))
                .map(TableLayout::label).collect(Collectors.toList());
    }

    private static String zoneName(ZoneId zone) {
        return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String label(String field) {
        return field.replace('_', ' ');
    }
}
