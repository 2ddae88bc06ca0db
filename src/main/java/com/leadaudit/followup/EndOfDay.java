package com.leadaudit.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The last millisecond of a local day, the moment §7 and §8 use for "the end of day d". */
public final class EndOfDay {

    private EndOfDay() {
    }

    /**
     * 23:59:59.999 of {@code date} in {@code zone}. Computed as one millisecond before the next day starts, so a
     * DST change (or a zone that skips midnight) cannot shift it to the wrong instant.
     */
    public static Instant of(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }
}
