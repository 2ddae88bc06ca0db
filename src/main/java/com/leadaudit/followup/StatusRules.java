package com.leadaudit.followup;

import java.time.Instant;
import java.time.ZoneId;

/** Decides a lead's {@link Status} from its deadline and first touch (§8). */
public final class StatusRules {

    private StatusRules() {
    }

    /**
     * Boundaries are generous to the rep: a touch exactly at the deadline is on time, and a lead is only overdue
     * once as-of is strictly past the deadline. A date-only touch cannot be placed within its day, so any touch on
     * the deadline's local date is on time. {@code firstTouch} must already lie between capture and as-of.
     */
    public static Status decide(Instant deadline, TouchTime firstTouch, Instant asOf, ZoneId zone) {
        if (firstTouch == null) {
            return asOf.isAfter(deadline) ? Status.OVERDUE : Status.OPEN;
        }
        boolean inTime = firstTouch.isDateOnly()
                ? !firstTouch.date().isAfter(deadline.atZone(zone).toLocalDate())
                : !firstTouch.instant().isAfter(deadline);
        return inTime ? Status.ON_TIME : Status.LATE;
    }
}
