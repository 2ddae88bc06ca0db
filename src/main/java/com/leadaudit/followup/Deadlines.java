package com.leadaudit.followup;

import com.leadaudit.followup.Sla;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a lead must have been followed up (§8). */
public final class Deadlines {

    /**
     * The latest deadline there is. Java writes a later instant as {@code +10000-…}, which PostgreSQL refuses, and
     * a year-10000 deadline means "never" to anyone reading the workbook anyway.
     */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Deadlines() {
    }

    /**
     * Hours are elapsed time, so 48h across a DST change is still exactly 48 hours later. Business days follow the
     * campaign's calendar (weekends only when null) and end at the last millisecond of the due day in the
     * campaign's zone. Never later than {@link #LATEST}, so no input can make a deadline that cannot be stored.
     */
    public static Instant deadline(Instant capturedAt, ZoneId zone, Sla sla, BusinessCalendar calendar) {
        Instant deadline;
        try {
            deadline = unclamped(capturedAt, zone, sla, calendar);
        } catch (DateTimeException | ArithmeticException e) {
            return LATEST; // beyond what java.time can count: later than any storable deadline
        }
        return deadline.isAfter(LATEST) ? LATEST : deadline;
    }

    private static Instant unclamped(Instant capturedAt, ZoneId zone, Sla sla, BusinessCalendar calendar) {
        if (sla.unit() == Sla.Unit.HOURS) {
            return capturedAt.plus(Duration.ofHours(sla.amount()));
        }
        LocalDate captureDate = capturedAt.atZone(zone).toLocalDate();
        BusinessCalendar days = calendar == null ? BusinessCalendar.weekendsOnly() : calendar;
        return EndOfDay.of(days.plusBusinessDays(captureDate, sla.amount()), zone);
    }
}
