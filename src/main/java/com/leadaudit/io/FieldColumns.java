package com.leadaudit.io;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column of each field a header was found to have, read-only, in the order the fields were found. Every data
 * row asks it for each of its fields (a Salesforce task row about fifteen times), so the lookup is an open-addressing
 * probe of two flat arrays: behind an unmodifiable LinkedHashMap the same lookup went through two wrappers, a hash
 * node and a boxed column, and was 5% of the import threads' samples at issue #17's shape.
 */
final class FieldColumns extends AbstractMap<String, Integer> {

    private final String[] fields;
    private final int[] columns;
    private final String[] slotFields;
    private final int[] slotColumns;
    private final int mask;

    FieldColumns(Map<String, Integer> columnByField) {
        int size = columnByField.size();
        fields = new String[size];
        columns = new int[size];
        // at most half full, so a probe ends after a slot or two
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        slotFields = new String[capacity];
        slotColumns = new int[capacity];
        mask = capacity - 1;
        int i = 0;
        for (Map.Entry<String, Integer> entry : columnByField.entrySet()) {
            fields[i] = entry.getKey();
            columns[i] = entry.getValue();
            int slot = entry.getKey().hashCode() & mask;
            while (slotFields[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slotFields[slot] = entry.getKey();
            slotColumns[slot] = entry.getValue();
            i++;
        }
    }

    /** The field's zero-based column, -1 when the header has no such field. */
    int column(String field) {
        int slot = field.hashCode() & mask;
        while (true) {
            String candidate = slotFields[slot];
            if (candidate == null) {
                return -1;
            }
            // the callers pass the schema's own constants, so the first comparison nearly always decides
            if (candidate == field || candidate.equals(field)) {
                return slotColumns[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public Integer get(Object key) {
        if (!(key instanceof String field)) {
            return null;
        }
        int column = column(field);
        return column < 0 ? null : column;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String field && column(field) >= 0;
    }

    @Override
    public int size() {
        return fields.length;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        List<Map.Entry<String, Integer>> entries = new AbstractList<>() {
            @Override
            public Map.Entry<String, Integer> get(int index) {
                return Map.entry(fields[index], columns[index]);
            }

            @Override
            public int size() {
                return fields.length;
            }
        };
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return fields.length;
            }
        };
    }
}
