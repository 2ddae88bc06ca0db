package com.leadaudit.report;

import java.time.LocalDate;

/**
 * What the campaign register (or the defaults, §3) says about one campaign, as shown at the top of its workbook.
 *
 * @param timeZone        IANA zone id; every time in the campaign workbook is shown in it (§10)
 * @param sla             as written in the register, e.g. {@code 48h} or {@code 2bd}
 * @param qualifyingTypes {@code ;}-separated channels that count as a touch, or null for the default set
 * @param holidays        {@code ;}-separated ISO dates, or null
 * @param registered      false when the badge-scan folder has no register row and defaults were used
 */
public record CampaignFacts(
        String code,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String sla,
        String country,
        String qualifyingTypes,
        String holidays,
        boolean registered) {
}
