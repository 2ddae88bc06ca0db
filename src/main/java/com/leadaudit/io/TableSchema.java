package com.leadaudit.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One kind of table a file may hold (a badge-scan export, a Salesforce Task export, …), described by the header
 * names each field goes by. Field order is kept: it decides which field claims a column that two could match.
 *
 * @param kind             a name for the kind, e.g. "scans" or "salesforce-task"
 * @param synonymsByField  field → header texts that mean it (compared via {@link ColumnNames#normalize})
 * @param requiredFields   fields that must all be present for the schema to match
 * @param minMatchedFields how many fields at least must be found in a header row
 * @param priority         a schema of higher priority wins over any of lower priority that also matches, however
 *                         many columns those match: an operator's mapping file states what a layout is, the
 *                         built-in synonyms only guess
 */
public record TableSchema(String kind, Map<String, List<String>> synonymsByField, Set<String> requiredFields,
                          int minMatchedFields, int priority) {

    /** A built-in schema: priority 0. */
    public TableSchema(String kind, Map<String, List<String>> synonymsByField, Set<String> requiredFields,
                       int minMatchedFields) {
        this(kind, synonymsByField, requiredFields, minMatchedFields, 0);
    }

    public TableSchema {
        Objects.requireNonNull(kind, "kind");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        synonymsByField.forEach((field, synonyms) -> copy.put(field, List.copyOf(synonyms)));
        synonymsByField = Collections.unmodifiableMap(copy);
        requiredFields = Collections.unmodifiableSet(new LinkedHashSet<>(requiredFields));
        for (String required : requiredFields) {
            if (!synonymsByField.containsKey(required)) {
                throw new IllegalArgumentException("required field " + required + " has no synonyms in " + kind);
            }
        }
    }

    /**
     * A few header names a person could look for, for "no header row found" messages: the first synonym of each
     * required field (or of each field, when none is required), in field order so the message is stable.
     */
    List<String> exampleHeaders(int limit) {
        List<String> examples = new ArrayList<>();
        synonymsByField.forEach((field, synonyms) -> {
            boolean wanted = requiredFields.isEmpty() || requiredFields.contains(field);
            if (wanted && !synonyms.isEmpty() && examples.size() < limit) {
                examples.add(synonyms.get(0));
            }
        });
        return examples;
    }
}
