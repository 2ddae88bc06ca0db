package com.leadaudit.followup;

import java.math.BigDecimal;
import java.time.Instant;

/** What SPEC §8 decides for one lead. */
public record LeadDecision(long leadId, Instant deadline, Status status, BigDecimal hoursToFirstTouch) {
}
