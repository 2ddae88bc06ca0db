package com.leadaudit.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a touch happened: an exact instant, or only a date (Salesforce {@code ActivityDate}, HubSpot date
 * properties). A date is never shifted into a zone; it stays the calendar day the CRM shows. Which touch is the first
 * is decided in SQL ({@link FollowUpRepository}), not here.
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
}
