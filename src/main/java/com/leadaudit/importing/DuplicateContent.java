package com.leadaudit.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Files of one scope (one campaign's badge scans, or the CRM folder) whose content is the same (SPEC §4): the same
 * export saved twice under another name ({@code leads.csv}, {@code leads (1).csv}) counts once. Which twin counts
 * must not change from night to night, or every night would replace one file's rows by the other's: the one that
 * counted before keeps counting; among new twins, the shortest name, then the first in alphabetical order.
 */
public final class DuplicateContent {

    /** @param countedBefore the file's own record holds this content and was imported (not skipped or rejected) */
    public record Candidate(String path, String sha256, boolean countedBefore) {
    }

    private static final Comparator<Candidate> WHICH_COUNTS = Comparator
            .comparing((Candidate c) -> !c.countedBefore())
            .thenComparingInt(c -> c.path().length())
            .thenComparing(Candidate::path);

    private DuplicateContent() {
    }

    /** Each file that does not count, mapped to the path of its twin that does. */
    public static Map<String, String> duplicates(List<Candidate> files) {
        Map<String, List<Candidate>> bySha = files.stream()
                .collect(Collectors.groupingBy(Candidate::sha256, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> duplicates = new LinkedHashMap<>();
        for (List<Candidate> twins : bySha.values()) {
            if (twins.size() < 2) {
                continue;
            }
            List<Candidate> ordered = new ArrayList<>(twins);
            ordered.sort(WHICH_COUNTS);
            String counts = ordered.get(0).path();
            ordered.subList(1, ordered.size()).forEach(twin -> duplicates.put(twin.path(), counts));
        }
        return duplicates;
    }
}
