package com.leadaudit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Legal-form words that end company names, in {@link Names#key} form. "Company" is deliberately absent: it is part
 * of too many real names ("The Coca-Cola Company", "Ford Motor Company") and would merge unrelated firms.
 */
final class LegalForms {

    private static final List<String> WORDS = List.of(
            // English-speaking
            "inc", "incorporated", "llc", "ltd", "limited", "plc", "corp", "corporation", "co", "lp", "llp", "pllc",
            "ulc", "pty", "pte", "pvt", "bhd", "sdn",
            // German-speaking
            "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ev", "eg",
            // Romance
            "sa", "sas", "sasu", "sarl", "srl", "spa", "sl", "slu", "lda", "ltda", "sac", "sae", "snc", "eurl",
            // Benelux, Nordics
            "bv", "nv", "vof", "cv", "oy", "oyj", "ab", "as", "asa", "aps",
            // Central and Eastern Europe, Asia
            "se", "sro", "zrt", "kft", "doo", "dd", "kk");

    // Forms of more than one word that the one-word list cannot take apart.
    private static final List<String> PHRASES = List.of(
            "sa de cv", "s de rl de cv", "s de rl", "spol s ro", "sp z oo", "s en c");

    /**
     * Longest first, so "sa de cv" goes before "cv". Short letter forms also appear spelled out ("S. A." gives
     * "s a", "A/S" gives "a s"), so each of those is listed in spaced form too.
     */
    static final List<List<String>> SUFFIXES = build();

    /**
     * {@link #SUFFIXES} by their last word, each list in the same order: a name can only end in a form that ends in
     * its last word, so a name's last word picks the few forms to try (most names: none) instead of all 120 of them.
     */
    static final Map<String, List<List<String>>> BY_LAST_WORD = SUFFIXES.stream()
            .collect(Collectors.groupingBy(suffix -> suffix.get(suffix.size() - 1), Collectors.toUnmodifiableList()));

    private LegalForms() {
    }

    private static List<List<String>> build() {
        List<List<String>> all = new ArrayList<>();
        Stream.concat(WORDS.stream(), PHRASES.stream()).distinct().forEach(form -> {
            all.add(Arrays.asList(form.split(" ")));
            if (!form.contains(" ") && form.length() >= 2 && form.length() <= 4) {
                all.add(Arrays.asList(form.split("")));
            }
        });
        all.sort(Comparator.comparingInt((List<String> s) -> s.size()).reversed());
        return List.copyOf(all);
    }
}
