package com.leadaudit.figures;

/**
 * The §9 figures of one campaign for one as-of. Rates are fractions 0..1 and null when their denominator is zero;
 * hours are rounded to one decimal and null when no lead has a timed first touch.
 */
public record Figures(
        long scansRead,
        long rowsRejected,
        long duplicateScansMerged,
        long leads,
        long leadsInCrm,
        long onTime,
        long late,
        long overdue,
        long open,
        Double slaCompliance,
        Double followedUp,
        Double medianHours,
        Double p90Hours) {

    /** Share of leads matched to a CRM person; null when there are no leads (nothing to divide by). */
    public Double inCrmShare() {
        return leads == 0 ? null : (double) leadsInCrm / leads;
    }
}
