package com.leadaudit.scan;

import com.leadaudit.text.Names;
import com.leadaudit.text.TextKeys;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the many ways badge-scan apps write a lead rating (§5). */
public final class Ratings {

    private static final Map<String, Rating> WORDS = Map.ofEntries(
            Map.entry("hot", Rating.HOT), Map.entry("warm", Rating.WARM), Map.entry("cold", Rating.COLD),
            Map.entry("heiss", Rating.HOT), Map.entry("kalt", Rating.COLD),                   // de (warm is warm)
            Map.entry("chaud", Rating.HOT), Map.entry("tiede", Rating.WARM), Map.entry("froid", Rating.COLD),
            Map.entry("caliente", Rating.HOT), Map.entry("tibio", Rating.WARM), Map.entry("frio", Rating.COLD),
            Map.entry("caldo", Rating.HOT), Map.entry("tiepido", Rating.WARM), Map.entry("freddo", Rating.COLD),
            Map.entry("quente", Rating.HOT), Map.entry("morno", Rating.WARM),                // pt (frio is frio)
            Map.entry("heet", Rating.HOT), Map.entry("lauw", Rating.WARM), Map.entry("koud", Rating.COLD),
            // Letter grades, as Cvent and most lead apps use them.
            Map.entry("a", Rating.HOT), Map.entry("b", Rating.WARM), Map.entry("c", Rating.COLD), Map.entry("d", Rating.COLD),
            // A "qualified" yes/no column. "1"/"0" are not read here: those are the 0–5 scale.
            Map.entry("yes", Rating.HOT), Map.entry("y", Rating.HOT), Map.entry("true", Rating.HOT),
            Map.entry("qualified", Rating.HOT), Map.entry("si", Rating.HOT), Map.entry("ja", Rating.HOT),
            Map.entry("oui", Rating.HOT), Map.entry("sim", Rating.HOT),
            Map.entry("no", Rating.COLD), Map.entry("n", Rating.COLD), Map.entry("false", Rating.COLD),
            Map.entry("not qualified", Rating.COLD), Map.entry("unqualified", Rating.COLD),
            Map.entry("disqualified", Rating.COLD), Map.entry("nein", Rating.COLD), Map.entry("non", Rating.COLD),
            Map.entry("nao", Rating.COLD));

    // Checked before filler words are dropped, so "No rating" is not read as a "no".
    private static final Set<String> NOT_RATED = Set.of(
            "unrated", "unscored", "not rated", "not scored", "no rating", "no score", "none", "n a", "na", "tbd");

    // Words around the rating that do not change it: "Hot lead", "Rating: A", "very hot".
    private static final Set<String> FILLER = Set.of("lead", "leads", "prospect", "rating", "rated", "grade", "very");

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)(?:\\s*(?:/\\s*5|stars?|sterne|etoiles?|estrellas?))?");

    private Ratings() {
    }

    /** Anything not understood is UNRATED rather than an error: a rating never rejects a scan. */
    public static Rating classify(String raw) {
        String squashed = TextKeys.squash(raw);
        if (squashed.isEmpty()) {
            return Rating.UNRATED;
        }
        if (squashed.chars().anyMatch(c -> c == '★')) {
            return onFiveScale(BigDecimal.valueOf(squashed.chars().filter(c -> c == '★').count()));
        }
        Matcher number = NUMBER.matcher(TextKeys.fold(squashed));
        if (number.matches()) {
            return onFiveScale(new BigDecimal(number.group(1).replace(',', '.')));
        }
        String key = Names.key(squashed);
        if (NOT_RATED.contains(key)) {
            return Rating.UNRATED;
        }
        String words = withoutFiller(key);
        Rating whole = WORDS.get(words);
        return whole != null ? whole : agreedByEveryWord(words);
    }

    // "A - Hot" or "Hot (A)": several words are fine as long as they all say the same; any doubt is UNRATED.
    private static Rating agreedByEveryWord(String words) {
        Rating agreed = null;
        for (String word : words.split(" ")) {
            Rating r = WORDS.get(word);
            if (r == null || (agreed != null && r != agreed)) {
                return Rating.UNRATED;
            }
            agreed = r;
        }
        return agreed == null ? Rating.UNRATED : agreed;
    }

    /** The hotter of two ratings; see {@link Rating#best}. */
    public static Rating best(Rating a, Rating b) {
        return Rating.best(a, b);
    }

    /**
     * 5 and 4 hot, 3 and 2 warm, 1 cold, 0 unrated; values between steps (4.5 stars) take the step below.
     * Numbers above 5 are some other scale (a 0–100 score) and are not guessed at.
     */
    private static Rating onFiveScale(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(5)) > 0) {
            return Rating.UNRATED;
        }
        if (value.compareTo(BigDecimal.valueOf(4)) >= 0) {
            return Rating.HOT;
        }
        if (value.compareTo(BigDecimal.valueOf(2)) >= 0) {
            return Rating.WARM;
        }
        return value.compareTo(BigDecimal.ONE) >= 0 ? Rating.COLD : Rating.UNRATED;
    }

    private static String withoutFiller(String key) {
        StringBuilder kept = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!FILLER.contains(word)) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }
}
