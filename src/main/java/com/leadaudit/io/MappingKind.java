package com.leadaudit.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code kind = …} a mapping file may declare, as the package that imports such tables defines it: the field
 * names a mapping may give a header for, and the settings it may carry with their allowed values.
 *
 * @param name     what the operator writes after {@code kind =}, e.g. {@code crm-activity}
 * @param fields   the field names, in the order the README lists them
 * @param settings setting name → allowed values (lower case); an empty set allows any value
 */
public record MappingKind(String name, List<String> fields, Map<String, Set<String>> settings) {

    public MappingKind {
        fields = List.copyOf(fields);
        settings = Map.copyOf(settings);
    }
}
