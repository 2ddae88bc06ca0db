package com.leadaudit.followup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A campaign's follow-up promise: N hours of wall-clock time, or N business days (§3, §8). */
public record Sla(int amount, Unit unit) {

    public enum Unit {
        HOURS("h"),
        BUSINESS_DAYS("bd");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*(h|bd)", Pattern.CASE_INSENSITIVE);

    public Sla {
        if (unit == null) {
            throw new IllegalArgumentException("SLA unit is missing");
        }
        // A zero SLA would make every lead late the moment it is scanned; that is a typo, not a policy.
        if (amount < 1) {
            throw new IllegalArgumentException("SLA amount must be at least 1, was " + amount);
        }
    }

    /**
     * Reads {@code 48h}, {@code 48 h}, {@code 2bd}, {@code 2 BD}. Blank text is an error here on purpose:
     * the caller knows which default applies (campaign register vs configuration), so use {@link #parseOr}.
     */
    public static Sla parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "SLA '" + trimmed + "' is not understood: write hours like 48h or business days like 2bd");
        }
        Unit unit = m.group(2).toLowerCase(Locale.ROOT).equals("h") ? Unit.HOURS : Unit.BUSINESS_DAYS;
        return new Sla(Integer.parseInt(m.group(1)), unit);
    }

    /** {@link #parse}, or {@code fallback} when the text is blank. */
    public static Sla parseOr(String text, Sla fallback) {
        return text == null || text.isBlank() ? fallback : parse(text);
    }

    @Override
    public String toString() {
        return amount + unit.suffix();
    }
}
