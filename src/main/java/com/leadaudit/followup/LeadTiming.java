package com.leadaudit.followup;

import java.time.Instant;
import java.time.ZoneId;

/** One lead as the status step reads it: when it was captured, its first touch, and its campaign's rules. */
public record LeadTiming(long leadId, Instant capturedAt, TouchTime firstTouch, ZoneId zone, String sla,
                         String holidays, Instant asOf) {
}
