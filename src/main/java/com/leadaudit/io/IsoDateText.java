package com.leadaudit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The shapes nearly every CRM date comes in, read without a regular expression: {@code 2024-01-23},
 * {@code 2024-01-23T17:50:51.000+0000} (Salesforce), {@code 2024-01-23 17:50[:51]} with an optional fraction and an
 * optional {@code Z} or {@code ±hh[:]mm} offset. Each of the millions of activity rows carries two such dates, and
 * the patterns of {@link DateText} took a third of mapping a task row (JFR, issue #17). Anything else, a one-digit
 * month, AM/PM, a zone name or a space before the offset, is left to {@link DateText}: this answers null then, and
 * where it answers, it answers as {@link DateText#parseWithPatterns} does.
 */
final class IsoDateText {

    private IsoDateText() {
    }

    /** The value, empty for a date no calendar has (as the patterns say), or null: not one of these shapes. */
    static Optional<ParsedTime> parse(String text) {
        int n = text.length();
        if (n < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2)) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        if (n == 10) {
            return date(year, month, day).map(ParsedTime.DateOnly::new);
        }
        char separator = text.charAt(10);
        if ((separator != 'T' && separator != ' ') || n < 16 || !digits(text, 11, 2) || text.charAt(13) != ':'
                || !digits(text, 14, 2)) {
            return null;
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = 0;
        int nanos = 0;
        int at = 16;
        if (at < n && text.charAt(at) == ':') {
            if (at + 3 > n || !digits(text, at + 1, 2)) {
                return null;
            }
            second = number(text, at + 1, 2);
            at += 3;
            if (at < n && (text.charAt(at) == '.' || text.charAt(at) == ',')) {
                int start = at + 1;
                int end = start;
                while (end < n && end - start < 10 && isDigit(text.charAt(end))) {
                    end++;
                }
                int length = end - start;
                if (length < 1 || length > 9) {
                    return null;
                }
                nanos = number(text, start, length);
                for (int i = length; i < 9; i++) {
                    nanos *= 10;
                }
                at = end;
            }
        }
        int offsetSeconds = 0;
        if (at < n) {
            offsetSeconds = offsetSeconds(text, at);
            if (offsetSeconds == NOT_AN_OFFSET) {
                return null;
            }
        }
        Optional<LocalDate> date = date(year, month, day);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = date.get().atTime(LocalTime.of(hour, minute, second, nanos));
            if (at == n) {
                return Optional.of(new ParsedTime.Local(local));
            }
            return Optional.of(new ParsedTime.Instant(local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds))));
        } catch (DateTimeException e) {
            return Optional.empty();  // 25:00, or an offset no clock has (+19:00): as the patterns, no value
        }
    }

    private static final int NOT_AN_OFFSET = Integer.MIN_VALUE;

    /**
     * {@code Z}, {@code ±hhmm} or {@code ±hh:mm} running to the end, in seconds (out of range when no clock has it);
     * {@link #NOT_AN_OFFSET} for anything else.
     */
    private static int offsetSeconds(String text, int at) {
        int left = text.length() - at;
        char sign = text.charAt(at);
        if (left == 1 && (sign == 'Z' || sign == 'z')) {
            return 0;
        }
        if (sign != '+' && sign != '-' || !digits(text, at + 1, 2)) {
            return NOT_AN_OFFSET;
        }
        int minutesAt;
        if (left == 5 && digits(text, at + 3, 2)) {
            minutesAt = at + 3;
        } else if (left == 6 && text.charAt(at + 3) == ':' && digits(text, at + 4, 2)) {
            minutesAt = at + 4;
        } else {
            return NOT_AN_OFFSET;
        }
        int minutes = number(text, minutesAt, 2);
        if (minutes > 59) {
            return 100_000;  // ZoneOffset.of refuses it: out of range on purpose
        }
        int seconds = number(text, at + 1, 2) * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
