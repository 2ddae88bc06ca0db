package com.leadaudit.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The moment an audit is computed for (§2, §8): either an exact instant, or a local date meaning the end of that
 * day in each campaign's own zone. Exactly one of the two is set.
 * <p>
 * Instants are kept to the millisecond, the precision of every other time in the audit (deadlines end at .999),
 * so the default "now" does not carry nanoseconds into the job's identity.
 */
public record AsOf(Instant instant, LocalDate date) {

    public AsOf {
        if ((instant == null) == (date == null)) {
            throw new IllegalArgumentException("as-of is either an instant or a date, not both or neither");
        }
        if (instant != null) {
            instant = instant.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public static AsOf ofInstant(Instant instant) {
        return new AsOf(instant, null);
    }

    public static AsOf ofDate(LocalDate date) {
        return new AsOf(null, date);
    }

    /**
     * Blank means {@code now}. A date-time without an offset is refused rather than guessed: with campaigns in
     * several zones there is no single right zone to read it in.
     */
    public static AsOf parse(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return ofInstant(now);
        }
        String t = text.strip();
        try {
            return ofDate(LocalDate.parse(t));
        } catch (DateTimeParseException notADate) {
            // try the instant forms below
        }
        try {
            return ofInstant(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the zoned form below
        }
        try {
            return ofInstant(ZonedDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notZoned) {
            // fall through to the error messages
        }
        if (isLocalDateTime(t)) {
            throw new IllegalArgumentException("as-of '" + t + "' has no time zone: give an offset or Z, e.g. "
                    + t + "Z or " + t + "+02:00, or a plain date like 2024-05-03");
        }
        throw new IllegalArgumentException("as-of '" + t
                + "' is neither a date like 2024-05-03 nor an instant like 2024-05-03T18:00:00Z");
    }

    private static boolean isLocalDateTime(String t) {
        try {
            LocalDateTime.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public boolean isDate() {
        return date != null;
    }

    /** The as-of moment for a campaign in {@code campaignZone}: a date means the end of that day there. */
    public Instant instantIn(ZoneId campaignZone) {
        return instant != null ? instant : EndOfDay.of(date, campaignZone);
    }

    /** The report folder's date (§11): the date itself, or the instant's UTC date. */
    public LocalDate reportDate() {
        return date != null ? date : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Stable text naming this as-of, used as the job's identity: {@code 2024-05-03} or {@code 2024-05-03T16:00:00Z}. */
    public String canonical() {
        return date != null ? date.toString() : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
