package com.leadaudit.io;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a cell of a date or date-time column, whatever form the export wrote it in. */
public final class DateTimeValues {

    /**
     * Plain numbers this size in a date column are Excel serials that lost their date format on the way
     * (1954-10-03 to 2119-01-10); outside it they are more likely ids or amounts.
     */
    private static final double MIN_PLAIN_SERIAL = 20_000;
    private static final double MAX_PLAIN_SERIAL = 80_000;
    private static final double MIN_EPOCH_MILLIS = 1e12;
    private static final double MAX_EPOCH_MILLIS = 1e13;
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");

    private DateTimeValues() {
    }

    /**
     * @param date1904   the workbook's date system, for numeric serials
     * @param slashOrder how to read {@code a/b/yyyy} and {@code a-b-yyyy} when both a and b could be the month
     * @return empty when the cell is blank or holds no recognisable date
     */
    public static Optional<ParsedTime> parse(CellValue cell, boolean date1904, DateOrder slashOrder) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return fromNumber(cell.number(), cell.dateFormatted(), date1904);
        }
        String text = clean(cell.text());
        // both patterns begin with five digits: most texts (ISO dates, "03/10/2026") are ruled out without them
        if (fiveDigitsFirst(text) && (EPOCH_MILLIS.matcher(text).matches() || SERIAL.matcher(text).matches())) {
            return fromNumber(Double.parseDouble(text), false, date1904);
        }
        return DateText.parse(text, slashOrder);
    }

    /**
     * The time of day in a column that holds only times (badge exports sometimes split "Scan Date" and
     * "Scan Time"): a time-formatted cell, or text such as {@code 14:30}, {@code 2:30 PM}.
     */
    public static Optional<LocalTime> parseTimeOfDay(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return cell.dateFormatted() || (cell.number() >= 0 && cell.number() < 1)
                    ? ExcelSerials.timeOfDay(cell.number()) : Optional.empty();
        }
        return DateText.parseTime(clean(cell.text()));
    }

    private static Optional<ParsedTime> fromNumber(double number, boolean dateFormatted, boolean date1904) {
        if (dateFormatted) {
            // below 1 a date-formatted cell holds a time of day only: no day to place it on
            return number >= 1 ? fromSerial(number, date1904) : Optional.empty();
        }
        if (number >= MIN_PLAIN_SERIAL && number <= MAX_PLAIN_SERIAL) {
            return fromSerial(number, date1904);
        }
        if (number >= MIN_EPOCH_MILLIS && number < MAX_EPOCH_MILLIS && number == Math.rint(number)) {
            return Optional.of(new ParsedTime.Instant(java.time.Instant.ofEpochMilli((long) number)));
        }
        return Optional.empty();
    }

    /** A whole serial is a date-only column far more often than a scan at exactly midnight. */
    private static Optional<ParsedTime> fromSerial(double serial, boolean date1904) {
        return ExcelSerials.toLocalDateTime(serial, date1904).map(DateTimeValues::dateOrLocal);
    }

    private static ParsedTime dateOrLocal(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? new ParsedTime.DateOnly(value.toLocalDate())
                : new ParsedTime.Local(value);
    }

    private static boolean fiveDigitsFirst(String text) {
        if (text.length() < 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String clean(String text) {
        return text.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
    }
}
