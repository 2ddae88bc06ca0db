package com.leadaudit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One lead as shown on the Leads and Action List sheets.
 *
 * @param match          {@code EMAIL}, {@code PHONE}, {@code NAME} or null when not in CRM
 * @param firstTouchAt   first touch of an activity with a time; null when none or when the touch is date-only
 * @param firstTouchDate first touch of a date-only activity (§7); set only when {@code firstTouchAt} is null
 * @param status         {@code ON_TIME}, {@code LATE}, {@code OVERDUE} or {@code OPEN}
 * @param answers        answers to the campaign's custom questions, aligned with
 *                       {@link CampaignReportSource#answerColumns()}; entries may be null
 * @param sourceRow      row number as the source spreadsheet shows it
 */
public record LeadRow(
        String email,
        String firstName,
        String lastName,
        String company,
        String title,
        String phone,
        String rating,
        String scannedBy,
        Instant capturedAt,
        int scans,
        boolean inCrm,
        String match,
        String crmOwner,
        Instant firstTouchAt,
        LocalDate firstTouchDate,
        String firstTouchType,
        String firstTouchBy,
        Double hoursToFirstTouch,
        Instant deadline,
        String status,
        String notes,
        List<String> answers,
        String sourceFile,
        int sourceRow,
        Outcome outcome) {

    /**
     * A lead's outcome (SPEC §14): its earliest opportunity on a matched CRM person within the outcome window.
     *
     * @param state {@code OPEN}, {@code WON} or {@code LOST} as of the as-of
     */
    public record Outcome(String name, Instant created, java.math.BigDecimal amount, String currency, String stage,
                          String state) {
    }

    /** A lead without an outcome. */
    public LeadRow(String email, String firstName, String lastName, String company, String title, String phone,
                   String rating, String scannedBy, Instant capturedAt, int scans, boolean inCrm, String match,
                   String crmOwner, Instant firstTouchAt, LocalDate firstTouchDate, String firstTouchType,
                   String firstTouchBy, Double hoursToFirstTouch, Instant deadline, String status, String notes,
                   List<String> answers, String sourceFile, int sourceRow) {
        this(email, firstName, lastName, company, title, phone, rating, scannedBy, capturedAt, scans, inCrm, match,
                crmOwner, firstTouchAt, firstTouchDate, firstTouchType, firstTouchBy, hoursToFirstTouch, deadline,
                status, notes, answers, sourceFile, sourceRow, null);
    }

    public LeadRow {
        // Not copied: rows are streamed by the hundred thousand and dropped right after writing.
        answers = answers == null ? List.of() : answers;
    }
}
