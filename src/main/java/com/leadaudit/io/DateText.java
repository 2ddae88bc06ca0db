package com.leadaudit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as text, in the shapes real exports use: ISO 8601 and its relatives (Salesforce
 * {@code 2024-01-23T17:50:51.000+0000}, HubSpot {@code 2024-03-05 14:30}), US {@code 1/23/2024, 5:50 PM} and
 * European {@code 23.01.2024 17:50}. One pattern per date layout, sharing one time-and-zone tail, rather than a
 * list of formatters to try in turn: fewer places for a new variant to be forgotten.
 */
final class DateText {

    private static final String TIME_AND_ZONE = "(?:(?:[Tt]|\\s*,\\s*|\\s+)"
            + "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<fraction>\\d{1,9}))?)?"
            + "(?:\\s*(?<half>[AaPp])\\.?\\s*[Mm]\\.?)?"
            + "(?:\\s*(?<zone>[Zz]|(?:UTC|GMT)?[+-]\\d{2}(?::?\\d{2})?|UTC|GMT))?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + TIME_AND_ZONE);
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<part1>\\d{1,2})(?<sep>[-/.])(?<part2>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})" + TIME_AND_ZONE);
    private static final Pattern TIME_ONLY = Pattern.compile(
            "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<fraction>\\d{1,9}))?)?"
                    + "(?:\\s*(?<half>[AaPp])\\.?\\s*[Mm]\\.?)?");

    private DateText() {
    }

    static Optional<ParsedTime> parse(String text, DateOrder slashOrder) {
        Optional<ParsedTime> iso = IsoDateText.parse(text);
        return iso != null ? iso : parseWithPatterns(text, slashOrder);
    }

    /** The general rule, every shape; {@link IsoDateText} answers the commonest ones as this would. */
    static Optional<ParsedTime> parseWithPatterns(String text, DateOrder slashOrder) {
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return date(m.group("year"), m.group("month"), m.group("day")).flatMap(date -> withTime(date, m));
        }
        Matcher l = YEAR_LAST.matcher(text);
        if (l.matches()) {
            // dotted dates are European everywhere; slashes and dashes depend on the file
            DateOrder preferred = l.group("sep").equals(".") ? DateOrder.DAY_FIRST : slashOrder;
            String year = fourDigitYear(l.group("year"));
            return yearLast(year, l.group("part1"), l.group("part2"), preferred).flatMap(date -> withTime(date, l));
        }
        return Optional.empty();
    }

    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME_ONLY.matcher(text);
        return m.matches() ? time(m) : Optional.empty();
    }

    /** A value no calendar allows in the preferred order (e.g. month 25) is read the other way round. */
    private static Optional<LocalDate> yearLast(String year, String first, String second, DateOrder preferred) {
        Optional<LocalDate> monthFirst = date(year, first, second);
        Optional<LocalDate> dayFirst = date(year, second, first);
        return preferred == DateOrder.DAY_FIRST ? dayFirst.or(() -> monthFirst) : monthFirst.or(() -> dayFirst);
    }

    /** Two-digit years: 00–68 are 2000s, 69–99 the 1900s, as POSIX and most spreadsheets read them. */
    private static String fourDigitYear(String year) {
        if (year.length() == 4) {
            return year;
        }
        int yy = Integer.parseInt(year);
        return Integer.toString(yy < 69 ? 2000 + yy : 1900 + yy);
    }

    private static Optional<ParsedTime> withTime(LocalDate date, Matcher m) {
        if (m.group("hour") == null) {
            return Optional.of(new ParsedTime.DateOnly(date));
        }
        Optional<LocalTime> time = time(m);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = date.atTime(time.get());
        String zone = m.group("zone");
        if (zone == null) {
            return Optional.of(new ParsedTime.Local(local));
        }
        return offset(zone).map(offset -> new ParsedTime.Instant(local.toInstant(offset)));
    }

    private static Optional<LocalTime> time(Matcher m) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        String fraction = m.group("fraction");
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        String half = m.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        try {
            return Optional.of(LocalTime.of(hour, minute, second, nanos));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.startsWith("UTC") || z.startsWith("GMT")) {
            z = z.substring(3);
        }
        if (z.isEmpty() || z.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneOffset.of(z));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
