package com.leadaudit.io;

import java.time.ZoneId;
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
 * <p>
 * A header is compared as written first, then without its trailing bracketed notes (SPEC §4: {@code Scan Date (UTC)}
 * is {@code Scan Date}); a note that names a zone becomes the zone of that field's times. Hidden Dynamics
 * {@code (Do Not Modify)} columns match only synonyms that are themselves such columns.
 */
public final class HeaderLocator {

    public static final int FIRST_ROWS = 30;
    /** Marks the comparison key of a hidden system column, so that only a system-column synonym can match it. */
    private static final String SYSTEM = "\u0000";

    private HeaderLocator() {
    }

    /** One schema's reading of one candidate header row. */
    private record Fit(TableSchema schema, int rowIndex, Reading reading) {
        int matched() {
            return reading.primary.size();
        }
    }

    private record Reading(Map<String, Integer> primary, Map<String, List<Integer>> more, Map<String, ZoneId> zones) {
    }

    public static Optional<TableLayout> locate(List<SheetRow> firstRows, List<TableSchema> schemas) {
        List<Map<String, Set<String>>> keysBySchema = schemas.stream().map(HeaderLocator::normalizedSynonyms).toList();
        Fit best = null;
        List<List<Fit>> fitsByRow = new ArrayList<>();
        for (int rowIndex = 0; rowIndex < Math.min(FIRST_ROWS, firstRows.size()); rowIndex++) {
            SheetRow row = firstRows.get(rowIndex);
            List<HeaderKeys> headerKeys = headerKeys(row);
            List<Fit> fits = new ArrayList<>();
            for (int s = 0; s < schemas.size(); s++) {
                TableSchema schema = schemas.get(s);
                Reading reading = match(headerKeys, keysBySchema.get(s));
                boolean qualifies = !reading.primary.isEmpty()
                        && reading.primary.size() >= schema.minMatchedFields()
                        && reading.primary.keySet().containsAll(schema.requiredFields());
                if (!qualifies) {
                    continue;
                }
                Fit fit = new Fit(schema, rowIndex, reading);
                fits.add(fit);
                // strictly better: on a tie the earlier row, then the earlier schema, keeps its place
                if (best == null || better(fit, best)) {
                    best = fit;
                }
            }
            fitsByRow.add(fits);
        }
        if (best == null) {
            return Optional.empty();
        }
        SheetRow row = firstRows.get(best.rowIndex);
        return Optional.of(new TableLayout(best.schema, best.rowIndex, row.rowNumber(), best.reading.primary,
                headerTexts(row), best.reading.more, best.reading.zones, notes(best, fitsByRow.get(best.rowIndex))));
    }

    private static boolean better(Fit fit, Fit best) {
        int bestPriority = best.schema.priority();
        return fit.schema.priority() > bestPriority
                || (fit.schema.priority() == bestPriority && fit.matched() > best.matched());
    }

    /**
     * An ambiguous fit (another kind reads the same header row with as many columns) or a weak one (no more columns
     * than the kind's minimum) is said, so a person can check the reading; an operator's mapping (a higher
     * priority) states the kind and is never ambiguous.
     */
    private static List<String> notes(Fit best, List<Fit> sameRow) {
        List<String> notes = new ArrayList<>();
        for (Fit other : sameRow) {
            if (!other.schema.kind().equals(best.schema.kind()) && other.schema.priority() == best.schema.priority()
                    && other.matched() >= best.matched()
                    && notes.stream().noneMatch(n -> n.contains("\"" + other.schema.kind() + "\""))) {
                notes.add("ambiguous header: it fits \"" + other.schema.kind() + "\" (" + other.matched()
                        + " columns) as well as \"" + best.schema.kind() + "\" (" + best.matched()
                        + " columns); read as \"" + best.schema.kind() + "\". If that is wrong, add a mapping file");
            }
        }
        if (best.schema.priority() == 0 && best.matched() <= best.schema.minMatchedFields()) {
            notes.add("weak fit: only " + best.matched() + " columns were recognised as \"" + best.schema.kind()
                    + "\" columns; check the Run sheet's reading of this file");
        }
        return notes;
    }

    private static Map<String, Set<String>> normalizedSynonyms(TableSchema schema) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        schema.synonymsByField().forEach((field, synonyms) -> {
            Set<String> normalized = new HashSet<>();
            for (String synonym : synonyms) {
                String key = key(synonym);
                if (!key.isEmpty()) {
                    normalized.add(key);
                }
            }
            keys.put(field, normalized);
        });
        return keys;
    }

    private static String key(String header) {
        String key = ColumnNames.normalize(header);
        return ColumnNames.isSystemColumn(header) && !key.isEmpty() ? SYSTEM + key : key;
    }

    /**
     * A column's comparison keys: as written, then without one, two, … trailing notes; and the zone the first
     * zone-naming note says. Blank cells have no keys.
     */
    private record HeaderKeys(List<String> keys, ZoneId zone) {
        boolean blank() {
            return keys.isEmpty();
        }

        /** The header without its last note: columns split by record type share it. */
        String family() {
            return keys.size() > 1 ? keys.get(1) : keys.get(0);
        }
    }

    private static List<HeaderKeys> headerKeys(SheetRow row) {
        List<HeaderKeys> all = new ArrayList<>(row.cells().size());
        for (CellValue cell : row.cells()) {
            String header = cell.text();
            List<String> keys = new ArrayList<>();
            ZoneId zone = null;
            String exact = key(header);
            if (!exact.isEmpty()) {
                keys.add(exact);
                if (!ColumnNames.isSystemColumn(header)) {
                    for (String rest = header; ColumnNames.withoutNote(rest) != null; ) {
                        if (zone == null) {
                            zone = ColumnNames.zoneOf(ColumnNames.note(rest)).orElse(null);
                        }
                        rest = ColumnNames.withoutNote(rest);
                        String stripped = ColumnNames.normalize(rest);
                        if (stripped.isEmpty()) {
                            break;
                        }
                        keys.add(stripped);
                    }
                }
            }
            all.add(new HeaderKeys(keys, zone));
        }
        return all;
    }

    /**
     * Each field takes the leftmost column naming it as written that no earlier field has taken, else the leftmost
     * naming it once its notes are dropped. Then every column left that repeats a taken column's header, or differs
     * from it only in its note ({@code Email (Regarding) (Lead)} beside {@code (Contact)}), is read with it.
     */
    private static Reading match(List<HeaderKeys> headerKeys, Map<String, Set<String>> synonymsByField) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        synonymsByField.forEach((field, synonyms) -> {
            int found = find(headerKeys, synonyms, taken, true);
            if (found < 0) {
                found = find(headerKeys, synonyms, taken, false);
            }
            if (found >= 0) {
                columns.put(field, found);
                taken.add(found);
                if (headerKeys.get(found).zone() != null) {
                    zones.put(field, headerKeys.get(found).zone());
                }
            }
        });
        Map<String, List<Integer>> more = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            HeaderKeys own = headerKeys.get(column);
            for (int c = 0; c < headerKeys.size(); c++) {
                HeaderKeys other = headerKeys.get(c);
                if (!taken.contains(c) && !other.blank() && !other.keys().get(0).startsWith(SYSTEM)
                        && (other.keys().get(0).equals(own.keys().get(0))
                        || (other.keys().size() > 1 && own.keys().size() > 1 && other.family().equals(own.family())))) {
                    more.computeIfAbsent(field, f -> new ArrayList<>()).add(c);
                    taken.add(c);
                }
            }
        });
        return new Reading(columns, more, zones);
    }

    private static int find(List<HeaderKeys> headerKeys, Set<String> synonyms, Set<Integer> taken, boolean asWritten) {
        for (int column = 0; column < headerKeys.size(); column++) {
            HeaderKeys keys = headerKeys.get(column);
            if (keys.blank() || taken.contains(column)) {
                continue;
            }
            List<String> candidates = asWritten ? keys.keys().subList(0, 1) : keys.keys().subList(1, keys.keys().size());
            for (String key : candidates) {
                if (synonyms.contains(key)) {
                    return column;
                }
            }
        }
        return -1;
    }

    private static List<String> headerTexts(SheetRow row) {
        return row.cells().stream().map(cell -> cell.text().replace("\uFEFF", "")).toList();
    }
}
