package com.leadaudit.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as the lead key and the first matching tier (§5, §6). */
public final class Emails {

    // Deliberately plainer than RFC 5322: quoted local parts and IP-literal domains never occur on a badge, while
    // typos like "anna@acme" or "anna@@acme.com" do and must not become a lead key.
    private static final Pattern VALID = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,}|xn--[a-z0-9-]{2,})");

    private Emails() {
    }

    /**
     * Trimmed, {@code mailto:} and surrounding angle brackets dropped, lower-cased; empty unless the result is a
     * plausible address. The whole address is lower-cased: mailbox case is never significant in practice, and
     * treating it so would split one person into two leads.
     */
    public static Optional<String> normalize(String raw) {
        String s = TextKeys.squash(raw);
        for (int pass = 0; pass < 2; pass++) {
            if (s.startsWith("<") && s.endsWith(">")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (startsWithMailto(s)) {
                s = s.substring("mailto:".length()).strip();
                int query = s.indexOf('?');
                s = query >= 0 ? s.substring(0, query) : s;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        return isValid(s) ? Optional.of(s) : Optional.empty();
    }

    /** A leading {@code mailto:} in any mix of ASCII upper and lower case. */
    private static boolean startsWithMailto(String s) {
        if (s.length() < 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = s.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != "mailto:".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #VALID}, without the pattern for ASCII addresses (every address of a million-row export passes here; the
     * pattern's nested groups were a visible share of the import threads, issue #17). EmailsTest holds the two to the
     * same answer. Addresses with other characters go to the pattern, which knows Unicode letters and digits.
     */
    static boolean isValid(String s) {
        if (!TextKeys.isAscii(s)) {
            return validByPattern(s);
        }
        int at = s.indexOf('@');
        if (at <= 0 || s.indexOf('@', at + 1) >= 0) {
            return false;
        }
        return validLocalPart(s, at) && validDomain(s, at + 1);
    }

    static boolean validByPattern(String s) {
        return VALID.matcher(s).matches();
    }

    /** Dot-separated runs of atext characters, none empty. */
    private static boolean validLocalPart(String s, int end) {
        boolean afterDot = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0) {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /** One or more labels each followed by a dot, then a top-level domain. */
    private static boolean validDomain(String s, int start) {
        int lastDot = s.lastIndexOf('.');
        if (lastDot < start) {
            return false;
        }
        int labelStart = start;
        for (int i = start; i <= lastDot; i++) {
            if (s.charAt(i) == '.') {
                if (!validLabel(s, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return validTopLevel(s, lastDot + 1);
    }

    /** Letters, digits and hyphens, beginning and ending with a letter or digit. */
    private static boolean validLabel(String s, int start, int end) {
        if (end <= start || !isLetterOrDigit(s.charAt(start)) || !isLetterOrDigit(s.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (!isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Two or more letters, or {@code xn--} and two or more of a-z, 0-9 and hyphen. */
    private static boolean validTopLevel(String s, int start) {
        boolean letters = s.length() - start >= 2;
        for (int i = start; i < s.length() && letters; i++) {
            char c = s.charAt(i);
            letters = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (letters) {
            return true;
        }
        if (!s.startsWith("xn--", start) || s.length() - start - 4 < 2) {
            return false;
        }
        for (int i = start + 4; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The part after the {@code @} of an address from {@link #normalize}. */
    public static String domain(String normalized) {
        int at = normalized == null ? -1 : normalized.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not an email address: " + normalized);
        }
        return normalized.substring(at + 1);
    }
}
