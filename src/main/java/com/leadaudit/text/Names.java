package com.leadaudit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Person and company names: a display form and comparison keys (§5, §6). */
public final class Names {

    // Dropped without a trace so "O'Brien" = "OBrien" and "S.A." = "SA"; every other mark separates words,
    // so "Hewlett-Packard" = "Hewlett Packard" and "Acme,Inc" still ends in the word "inc".
    private static final Pattern JOINING_MARKS = Pattern.compile("[.'’‘ʼ`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** Trimmed with inner whitespace collapsed, for display; null gives "". */
    public static String clean(String text) {
        return TextKeys.squash(text);
    }

    /** Lower case, no accents, no punctuation, single spaces: the form names are compared in. */
    public static String key(String text) {
        String folded = TextKeys.fold(text);
        if (isAscii(folded)) {
            return asciiKey(folded);
        }
        String joined = JOINING_MARKS.matcher(folded).replaceAll("");
        return SEPARATORS.matcher(joined).replaceAll(" ").strip();
    }

    /** {@link #key} of folded ASCII text, without the two regex passes: the same result, in one loop. */
    private static String asciiKey(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '.' || c == '\'' || c == '`') {
                continue;  // joining marks vanish
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #key} without trailing legal-form words, removed repeatedly ("GmbH &amp; Co. KG" loses all three).
     * The last remaining word is never removed, so a company called "Limited" keeps its name.
     */
    public static String companyKey(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(key(text).split(" ")));
        boolean removed = true;
        while (removed) {
            removed = false;
            List<List<String>> forms = LegalForms.BY_LAST_WORD.get(words.get(words.size() - 1));
            if (forms == null) {
                break;
            }
            for (List<String> suffix : forms) {
                if (words.size() > suffix.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix)) {
                    words.subList(words.size() - suffix.size(), words.size()).clear();
                    removed = true;
                    break;
                }
            }
        }
        return String.join(" ", words);
    }
}
