package com.leadaudit.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Excel stores date-times as days since an epoch. The 1900 system counts a 29 February 1900 that never existed
 * (a Lotus 1-2-3 compatibility bug), so serials before 61 are one day off from a plain count; the 1904 system
 * (old Mac workbooks) has no such gap.
 */
final class ExcelSerials {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1900_BEFORE_FAKE_LEAP_DAY = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;
    /** First serial past 9999-12-31, Excel's last date, in each system. */
    private static final double END_1900 = 2_958_466;
    private static final double END_1904 = END_1900 - 1462;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ExcelSerials() {
    }

    /** The wall-clock date-time of a serial, to the nearest millisecond; empty outside Excel's date range. */
    static Optional<LocalDateTime> toLocalDateTime(double serial, boolean date1904) {
        if (!Double.isFinite(serial) || serial < 0 || serial >= (date1904 ? END_1904 : END_1900)) {
            return Optional.empty();
        }
        long millis = Math.round(serial * MILLIS_PER_DAY);
        long days = millis / MILLIS_PER_DAY;
        long millisOfDay = millis % MILLIS_PER_DAY;
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else if (days < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY) {
            date = EPOCH_1900_BEFORE_FAKE_LEAP_DAY.plusDays(days);
        } else {
            date = EPOCH_1900.plusDays(days);
        }
        return Optional.of(date.atStartOfDay().plus(millisOfDay, ChronoUnit.MILLIS));
    }

    /** Time of day of a serial (its fraction), for cells formatted as a time only. */
    static Optional<LocalTime> timeOfDay(double serial) {
        if (!Double.isFinite(serial) || serial < 0) {
            return Optional.empty();
        }
        long millis = Math.round((serial - Math.floor(serial)) * MILLIS_PER_DAY) % MILLIS_PER_DAY;
        return Optional.of(LocalTime.ofNanoOfDay(millis * 1_000_000L));
    }

    /** Readable text for a date-formatted cell, used where raw values are shown to people (rejections, logs). */
    static String display(double serial, boolean date1904) {
        Optional<LocalDateTime> value = toLocalDateTime(serial, date1904);
        if (value.isEmpty()) {
            return NumberText.of(serial);
        }
        LocalTime time = value.get().toLocalTime();
        String timeText = time.getSecond() == 0 && time.getNano() == 0 ? MINUTES.format(time) : SECONDS.format(time);
        if (serial < 1) {
            return timeText;
        }
        String dateText = value.get().toLocalDate().toString();
        return time.equals(LocalTime.MIDNIGHT) ? dateText : dateText + " " + timeText;
    }
}
