package com.leadaudit.importing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a file lacked and what a rule assumed because of it (SPEC §4, "no silent fallback"): said once per file on
 * the Data Quality sheet and in the log, with how many rows a fallback decided, rather than once per row.
 */
public final class FileNotes {

    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> examples = new LinkedHashMap<>();

    /** A note about the whole file (a missing column and what is assumed instead). */
    public void file(String note) {
        notes.add(note);
    }

    /** One more row decided by the fallback {@code what}; {@code example} (may be null) shows the first such value. */
    public void count(String what, String example) {
        counts.merge(what, 1, Integer::sum);
        if (example != null) {
            examples.putIfAbsent(what, example);
        }
    }

    /** Adds the notes to the file's warnings (TableFileImporter logs each file-level warning once). */
    public void report(RowProblems problems) {
        for (String note : notes) {
            say(problems, note);
        }
        counts.forEach((what, n) -> {
            String example = examples.containsKey(what) ? " (first: '" + examples.get(what) + "')" : "";
            say(problems, n + " " + what + example);
        });
    }

    private static void say(RowProblems problems, String message) {
        problems.warn((Integer) null, message);
    }
}
