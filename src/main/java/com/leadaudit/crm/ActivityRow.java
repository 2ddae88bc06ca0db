package com.leadaudit.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One CRM activity as exported. Exactly one of the three times is set: an instant (the export had an offset), a wall
 * time (the configured CRM zone applies) or a date (date-only, never shifted).
 */
record ActivityRow(int rowNumber, String source, String crmId, String channel, String direction, boolean happened,
                   LocalDateTime occurredLocal, Instant occurredInstant, LocalDate occurredDate, String owner,
                   String subject, List<String> personIds, String contactEmailNorm) {
}
