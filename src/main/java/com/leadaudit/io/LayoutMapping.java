package com.leadaudit.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operator-written mapping file (SPEC §4, "anything else works through a mapping file"): what kind of table a
 * layout holds, which header each field is under and, optionally, which headers recognise the layout.
 *
 * @param path           the file as shown to people, e.g. {@code mappings/pipedrive-activities.properties}
 * @param kind           a {@link MappingKind#name()}, e.g. {@code crm-activity}
 * @param settings       kind-specific settings such as {@code source} or {@code channel}, keys lower case
 * @param headersByField field → the header texts it may be under (alternatives written {@code A | B})
 * @param matchHeaders   headers that must all be present for a file to be read with this mapping; when none are
 *                       given, every mapped field must be present
 */
public record LayoutMapping(String path, String sha256, String kind, Map<String, String> settings,
                            Map<String, List<String>> headersByField, List<String> matchHeaders) {

    /** Above every built-in schema: when a mapping recognises a file, the operator's word is final. */
    public static final int PRIORITY = 1;
    private static final String MATCH_ONLY = "match:";

    public LayoutMapping {
        settings = Map.copyOf(settings);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headersByField.forEach((field, headers) -> copy.put(field, List.copyOf(headers)));
        headersByField = java.util.Collections.unmodifiableMap(copy);
        matchHeaders = List.copyOf(matchHeaders);
    }

    /** The table kind recorded for files read with this mapping, naming the mapping so people can find it. */
    public String label() {
        return kind + " (" + path + ")";
    }

    public String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    /**
     * The mapping as a header schema. A match header that is also a mapped field's header requires that field; any
     * other match header becomes a recognition-only column, since one column can only be claimed by one field.
     */
    public TableSchema schema() {
        Map<String, List<String>> synonyms = new LinkedHashMap<>(headersByField);
        Set<String> required = new LinkedHashSet<>();
        if (matchHeaders.isEmpty()) {
            required.addAll(headersByField.keySet());
        }
        List<String> recognitionOnly = new ArrayList<>();
        for (String header : matchHeaders) {
            String field = fieldUnder(header);
            if (field != null) {
                required.add(field);
            } else {
                recognitionOnly.add(header);
            }
        }
        for (int i = 0; i < recognitionOnly.size(); i++) {
            synonyms.put(MATCH_ONLY + (i + 1), List.of(recognitionOnly.get(i)));
            required.add(MATCH_ONLY + (i + 1));
        }
        return new TableSchema(label(), synonyms, required, required.size(), PRIORITY);
    }

    private String fieldUnder(String header) {
        String key = ColumnNames.normalize(header);
        for (Map.Entry<String, List<String>> e : headersByField.entrySet()) {
            if (e.getValue().stream().map(ColumnNames::normalize).anyMatch(key::equals)) {
                return e.getKey();
            }
        }
        return null;
    }
}
