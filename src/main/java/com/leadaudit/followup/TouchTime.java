package com.leadaudit.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * When a touch happened: an exact instant, or only a date (Salesforce {@code ActivityDate}, HubSpot date
 * properties). A date is never shifted into a zone; it stays the calendar day the CRM shows.
 */
public record TouchTime(Instant instant, LocalDate date) {

    public TouchTime {
        if ((instant == null) == (date == null)) {
            throw new IllegalArgumentException("a touch time is either an instant or a date, not both or neither");
        }
    }

    public static TouchTime exact(Instant instant) {
        return new TouchTime(instant, null);
    }

    public static TouchTime dateOnly(LocalDate date) {
        return new TouchTime(null, date);
    }

    public boolean isDateOnly() {
        return date != null;
    }

    /** Where the touch sorts among others: a date-only touch sorts as the end of its day (§7). */
    public Instant orderingInstant(ZoneId zone) {
        return instant != null ? instant : EndOfDay.of(date, zone);
    }

    /** The calendar day of the touch as seen in {@code zone}. */
    public LocalDate localDate(ZoneId zone) {
        return date != null ? date : instant.atZone(zone).toLocalDate();
    }

    /** Earliest first; on a tie the exact touch wins because it carries an hour count. */
    public static Comparator<TouchTime> earliestFirst(ZoneId zone) {
        return Comparator.<TouchTime, Instant>comparing(t -> t.orderingInstant(zone))
                .thenComparing(TouchTime::isDateOnly);
    }
}
