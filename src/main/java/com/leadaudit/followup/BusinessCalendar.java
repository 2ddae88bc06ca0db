package com.leadaudit.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/** Working days of one campaign: Monday to Friday minus the campaign's holidays (§8). */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public static BusinessCalendar weekendsOnly() {
        return new BusinessCalendar(Set.of());
    }

    /** Reads the register's {@code holidays} column: {@code ;}-separated ISO dates, blank for none. */
    public static BusinessCalendar parseHolidays(String semicolonList) {
        Set<LocalDate> dates = new HashSet<>();
        if (semicolonList != null) {
            for (String part : semicolonList.split(";")) {
                if (!part.isBlank()) {
                    dates.add(parseDate(part.strip()));
                }
            }
        }
        return new BusinessCalendar(dates);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("holiday '" + text + "' is not an ISO date like 2024-12-25", e);
        }
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The {@code n}th business day after {@code start}. The start never counts, even when it is a business day:
     * a lead scanned on Friday with 2 business days is due Tuesday, and one scanned on Saturday also Tuesday.
     * {@code n == 0} returns {@code start} itself.
     */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("business days must not be negative, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
