package com.leadaudit.scan;

import com.leadaudit.campaign.Campaign;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * SPEC §5: a scan time that cannot be true rejects its row ({@code bad scan time}). Badge scanners have existed only
 * since this century and a date beyond 2100 is a typo or a placeholder ({@code 9999-12-31}, {@code 0001-01-01});
 * such a time would become a lead captured in another millennium, and one in year 9999 once gave a deadline in year
 * 10000 that failed the whole status step. For a registered campaign a scan more than 30 days outside its dates is
 * a file in the wrong folder or a device with its clock wrong: counting it would skew the campaign's figures.
 */
final class PlausibleScanTime {

    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;
    static final int DAYS_AROUND_CAMPAIGN = 30;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Campaign campaign;

    PlausibleScanTime(Campaign campaign) {
        this.campaign = campaign;
    }

    /**
     * Part of each scan file's import fingerprint: the rule depends on these, so a corrected register re-reads the
     * campaign's files.
     */
    static String settings(Campaign campaign) {
        return campaign.registered() ? campaign.startDate() + ".." + campaign.endDate() + "@" + campaign.zone() : "-";
    }

    /** Why the scan's time is implausible, or empty when it is plausible (or estimated, so nobody wrote it). */
    Optional<String> problem(Scan scan) {
        LocalDate day;
        String shown;
        if (scan.scannedInstant() != null) {
            // An instant is judged by its date where the campaign took place.
            day = scan.scannedInstant().atZone(campaign.zone()).toLocalDate();
            shown = scan.scannedInstant().toString();
        } else if (scan.scannedLocal() != null) {
            LocalDateTime local = scan.scannedLocal();
            day = local.toLocalDate();
            shown = local.format(LOCAL);
        } else {
            return Optional.empty();
        }
        if (day.getYear() < EARLIEST_YEAR) {
            return Optional.of("bad scan time: " + shown + " is before " + EARLIEST_YEAR);
        }
        if (day.getYear() > LATEST_YEAR) {
            return Optional.of("bad scan time: " + shown + " is after " + LATEST_YEAR);
        }
        if (!campaign.registered()) {
            return Optional.empty(); // its dates come from the scans themselves
        }
        LocalDate start = campaign.startDate();
        LocalDate end = campaign.endDate();
        if (start != null && day.isBefore(start.minusDays(DAYS_AROUND_CAMPAIGN))) {
            return Optional.of("bad scan time: " + shown + " is more than " + DAYS_AROUND_CAMPAIGN
                    + " days before the campaign's start date " + start);
        }
        if (end != null && day.isAfter(end.plusDays(DAYS_AROUND_CAMPAIGN))) {
            return Optional.of("bad scan time: " + shown + " is more than " + DAYS_AROUND_CAMPAIGN
                    + " days after the campaign's end date " + end);
        }
        return Optional.empty();
    }
}
