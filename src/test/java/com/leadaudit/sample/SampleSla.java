package com.leadaudit.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The generator's own reading of SPEC §8, used only to place the filler leads' activities well inside or well
 * outside their SLA window (never on an edge). It is test-side arithmetic, not the product's implementation, and
 * the planted leads' expectations in {@link PlantedLeads} were worked out by hand, not with this class.
 */
record SampleSla(ZoneId zone, String sla, Set<LocalDate> holidays) {

    static final LocalDate AS_OF_DATE = LocalDate.of(2026, 10, 30);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    Instant deadline(Instant capture) {
        int n = Integer.parseInt(sla.substring(0, sla.length() - (sla.endsWith("bd") ? 2 : 1)));
        if (sla.endsWith("h")) {
            return capture.plusSeconds(3600L * n);
        }
        LocalDate d = capture.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(d)) {
                counted++;
            }
        }
        return ZonedDateTime.of(d, END_OF_DAY, zone).toInstant();
    }

    /** As-of 2026-10-30 as a local date: the end of that day in this campaign's zone. */
    Instant asOf() {
        return ZonedDateTime.of(AS_OF_DATE, END_OF_DAY, zone).toInstant();
    }
}
