package com.leadaudit.followup;

import com.leadaudit.campaign.Sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a lead must have been followed up (§8). */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * Hours are elapsed time, so 48h across a DST change is still exactly 48 hours later. Business days follow the
     * campaign's calendar (weekends only when null) and end at the last millisecond of the due day in the
     * campaign's zone.
     */
    public static Instant deadline(Instant capturedAt, ZoneId zone, Sla sla, BusinessCalendar calendar) {
        if (sla.unit() == Sla.Unit.HOURS) {
            return capturedAt.plus(Duration.ofHours(sla.amount()));
        }
        LocalDate captureDate = capturedAt.atZone(zone).toLocalDate();
        BusinessCalendar days = calendar == null ? BusinessCalendar.weekendsOnly() : calendar;
        return EndOfDay.of(days.plusBusinessDays(captureDate, sla.amount()), zone);
    }
}
