package com.leadaudit.figures;

/**
 * The §9 figures of one slice of a campaign's leads: one rating, one first-touch owner or one booth staff member.
 * {@code group} is the rating, owner or staff name; null or blank when the slice has no name (e.g. no owner yet).
 */
public record GroupFigures(
        String group,
        long leads,
        long onTime,
        long late,
        long overdue,
        long open,
        Double compliance,
        Double medianHours,
        Double p90Hours) {
}
