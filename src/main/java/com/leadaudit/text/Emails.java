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
    private static final Pattern MAILTO = Pattern.compile("^mailto:", Pattern.CASE_INSENSITIVE);

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
            if (MAILTO.matcher(s).find()) {
                s = MAILTO.matcher(s).replaceFirst("").strip();
                int query = s.indexOf('?');
                s = query >= 0 ? s.substring(0, query) : s;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        return VALID.matcher(s).matches() ? Optional.of(s) : Optional.empty();
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
