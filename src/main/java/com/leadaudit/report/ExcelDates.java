package com.leadaudit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;

/**
 * Excel date serials (1900 date system) from plain numbers, with the same double as POI's
 * {@code DateUtil.getExcelDate(LocalDateTime)} for whole seconds, but without creating a LocalDateTime per cell:
 * a lead table converts two or three times per row, a million rows per sheet.
 */
final class ExcelDates {

    /** What POI returns for a time Excel has no serial for (before 1899-12-31). */
    static final double BAD_DATE = -1.0;

    /** Epoch day of 1899-12-31, Excel's day 0 (its "1900-01-00"). */
    private static final long DAY_ZERO = LocalDate.of(1899, 12, 31).toEpochDay();
    private static final int SECONDS_PER_DAY = 86_400;

    private ExcelDates() {
    }

    /**
     * The serial of an instant's wall-clock time in a zone, to the whole second (as Cells.dateTime truncates).
     *
     * @return the serial, or {@link #BAD_DATE} before 1899-12-31
     */
    static double serial(Instant instant, ZoneRules zone) {
        // getEpochSecond() is the whole second at or before the instant, so this is also the truncation.
        return serial(instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds());
    }

    /**
     * @param localEpochSecond seconds since 1970-01-01T00:00 of the wall-clock time to show (offset already added)
     * @return the serial, or {@link #BAD_DATE} before 1899-12-31
     */
    static double serial(long localEpochSecond) {
        long day = Math.floorDiv(localEpochSecond, SECONDS_PER_DAY) - DAY_ZERO;
        int secondOfDay = (int) Math.floorMod(localEpochSecond, SECONDS_PER_DAY);
        return day < 0 ? BAD_DATE : serial(day, secondOfDay);
    }

    /** The serial of midnight of a date, or {@link #BAD_DATE} before 1899-12-31. */
    static double serial(LocalDate date) {
        long day = date.toEpochDay() - DAY_ZERO;
        return day < 0 ? BAD_DATE : serial(day, 0);
    }

    // The arithmetic in POI's order, so the double (and thus its text in the sheet) is the same: fraction of the
    // day in milliseconds over 86,400,000, plus the day, plus one from 1900-03-01 on for Lotus' 1900-02-29.
    private static double serial(long day, int secondOfDay) {
        double fraction = secondOfDay * 1000.0 / 8.64E7;
        double value = fraction + day;
        if (value >= 60) {
            value++;
        }
        return value;
    }
}
