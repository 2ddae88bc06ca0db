package com.leadaudit.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Whether an activity falls between a lead's capture and the as-of moment (§7), both ends included. */
public final class TouchWindow {

    private TouchWindow() {
    }

    /**
     * A date-only touch compares by calendar day in the campaign's zone: an email logged as "today" counts for a
     * lead scanned this afternoon, since the CRM never recorded which came first.
     */
    public static boolean counts(TouchTime touch, Instant capturedAt, Instant asOf, ZoneId zone) {
        if (touch.isDateOnly()) {
            LocalDate day = touch.date();
            LocalDate first = capturedAt.atZone(zone).toLocalDate();
            LocalDate last = asOf.atZone(zone).toLocalDate();
            return !day.isBefore(first) && !day.isAfter(last);
        }
        Instant at = touch.instant();
        return !at.isBefore(capturedAt) && !at.isAfter(asOf);
    }
}
