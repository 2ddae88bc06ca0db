package com.leadaudit.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns human-typed text into forms that compare equal when people would call them equal.
 * Shared by every rule that matches words from spreadsheets (names, vendor picklists, localized labels).
 */
public final class TextKeys {

    // Excel and CRM exports are full of no-break and zero-width spaces that Character.isWhitespace ignores.
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B\\u2060\\uFEFF]");
    private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private TextKeys() {
    }

    /** Trimmed, every run of whitespace (including no-break spaces) turned into one space; null gives "". */
    public static String squash(String text) {
        if (text == null) {
            return "";
        }
        if (alreadySquashed(text)) {
            return text;  // the common case, without two regex passes per cell
        }
        String spaced = ODD_SPACE.matcher(text).replaceAll(" ");
        return RUNS_OF_SPACE.matcher(spaced).replaceAll(" ").strip();
    }

    /**
     * {@link #squash} plus lower case without accents. Letters that Unicode decomposition leaves alone
     * (ß, ø, æ, ł …) are spelled out the way people type them on an English keyboard.
     */
    public static String fold(String text) {
        String squashed = squash(text);
        if (isAscii(squashed)) {
            return squashed.toLowerCase(Locale.ROOT);  // nothing to spell out or decompose
        }
        StringBuilder spelled = new StringBuilder(squashed.length());
        for (int i = 0; i < squashed.length(); i++) {
            char c = squashed.charAt(i);
            spelled.append(switch (c) {
                case 'ß', 'ẞ' -> "ss";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} reduced to letters and digits only: for vendor codes written as "Phone Call", "phonecall", "PHONE_CALL". */
    public static String compact(String text) {
        String folded = fold(text);
        if (!isAscii(folded)) {
            return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@link #squash} would return the text unchanged: no leading or trailing whitespace, no whitespace but
     * single plain spaces, no odd spaces. Conservative: anything unusual takes the regex path.
     */
    private static boolean alreadySquashed(String text) {
        int n = text.length();
        boolean previousSpace = true;  // a leading space is not allowed
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (c < ' ' || c == 0x7F || (c >= 0x80 && (c <= 0xA0 || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT))) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return n == 0 || !previousSpace;
    }
}
