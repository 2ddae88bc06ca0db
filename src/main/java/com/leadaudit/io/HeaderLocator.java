package com.leadaudit.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row under title rows, filter descriptions and merged banners: the row, among the first
 * {@link #FIRST_ROWS}, whose cells name the most fields of some schema (of the highest priority that matches).
 */
public final class HeaderLocator {

    public static final int FIRST_ROWS = 30;

    private HeaderLocator() {
    }

    public static Optional<TableLayout> locate(List<SheetRow> firstRows, List<TableSchema> schemas) {
        List<Map<String, Set<String>>> keysBySchema = schemas.stream().map(HeaderLocator::normalizedSynonyms).toList();
        TableLayout best = null;
        for (int rowIndex = 0; rowIndex < Math.min(FIRST_ROWS, firstRows.size()); rowIndex++) {
            SheetRow row = firstRows.get(rowIndex);
            List<String> headerKeys = headerKeys(row);
            for (int s = 0; s < schemas.size(); s++) {
                TableSchema schema = schemas.get(s);
                Map<String, Integer> columns = match(headerKeys, keysBySchema.get(s));
                boolean qualifies = !columns.isEmpty()
                        && columns.size() >= schema.minMatchedFields()
                        && columns.keySet().containsAll(schema.requiredFields());
                // strictly better: on a tie the earlier row, then the earlier schema, keeps its place
                if (qualifies && (best == null || better(schema, columns.size(), best))) {
                    best = new TableLayout(schema, rowIndex, row.rowNumber(), columns, headerTexts(row));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(TableSchema schema, int matched, TableLayout best) {
        int bestPriority = best.schema().priority();
        return schema.priority() > bestPriority
                || (schema.priority() == bestPriority && matched > best.columnByField().size());
    }

    private static Map<String, Set<String>> normalizedSynonyms(TableSchema schema) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        schema.synonymsByField().forEach((field, synonyms) -> {
            Set<String> normalized = new HashSet<>();
            for (String synonym : synonyms) {
                String key = ColumnNames.normalize(synonym);
                if (!key.isEmpty()) {
                    normalized.add(key);
                }
            }
            keys.put(field, normalized);
        });
        return keys;
    }

    /** Comparison key per column; null for blank cells and Dynamics system columns, which never match. */
    private static List<String> headerKeys(SheetRow row) {
        List<String> keys = new ArrayList<>(row.cells().size());
        for (CellValue cell : row.cells()) {
            String key = ColumnNames.isSystemColumn(cell.text()) ? "" : ColumnNames.normalize(cell.text());
            keys.add(key.isEmpty() ? null : key);
        }
        return keys;
    }

    /** Each field takes the leftmost column naming it that no earlier field has taken. */
    private static Map<String, Integer> match(List<String> headerKeys, Map<String, Set<String>> synonymsByField) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        synonymsByField.forEach((field, synonyms) -> {
            for (int column = 0; column < headerKeys.size(); column++) {
                String key = headerKeys.get(column);
                if (key != null && !taken.contains(column) && synonyms.contains(key)) {
                    columns.put(field, column);
                    taken.add(column);
                    return;
                }
            }
        });
        return columns;
    }

    private static List<String> headerTexts(SheetRow row) {
        return row.cells().stream().map(cell -> cell.text().replace("\uFEFF", "")).toList();
    }
}
