package com.leadaudit.report;

/**
 * A campaign's headline figures as computed by one run.
 *
 * @param asOf canonical as-of text of that run (an ISO date or an ISO instant)
 */
public record TrendPoint(String asOf, Double slaCompliance, Double followedUp, long leads) {
}
