package com.leadaudit.io;

/**
 * Makes text from an input safe to store (SPEC §4): PostgreSQL text cannot hold NUL at all, and other control
 * characters or lone surrogates in a rejection reason or a raw value only garble the Data Quality sheet and the log.
 * Applied where input text meets the database, so a bad byte is a rejected row or file, never a failed step.
 */
public final class SafeText {

    /** What an unpaired surrogate becomes: the Unicode replacement character, as a decoder would write it. */
    static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /**
     * Removes control characters other than tab, line feed and carriage return (NUL among them), and replaces each
     * lone surrogate with U+FFFD. Returns the same instance when nothing needs changing, so the common case costs a
     * scan and no copy.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                i++;  // printable ASCII, nearly every character of every cell: no surrogate or control tests
            } else if (isSafeAt(text, i)) {
                i += Character.isHighSurrogate(c) ? 2 : 1;
            } else {
                break;
            }
        }
        if (i >= text.length()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                safe.append(REPLACEMENT);
            } else if (!isUnwantedControl(c)) {
                safe.append(c);
            }
            i++;
        }
        return safe.toString();
    }

    /** {@link #clean} and then at most {@code max} characters, ending in "…" when cut, for quoting input in a message. */
    public static String quote(String text, int max) {
        String safe = clean(text);
        if (safe == null || safe.length() <= max) {
            return safe;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + "…";
    }

    private static boolean isSafeAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) && !isUnwantedControl(c);
    }

    private static boolean isUnwantedControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
