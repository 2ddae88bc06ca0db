package com.leadaudit.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One opportunity / deal of an export (SPEC §14), as staged in opportunity_row. Its creation time is a wall time
 * (read later in the CRM zone) or an instant; {@code personIds} are the CRM ids it names directly (contact, deal
 * contacts), {@code contactEmailNorm} the email of its contact where the export gives that instead.
 */
record OpportunityRow(int rowNumber, String source, String crmId, String name, BigDecimal amount, String currency,
                      String stage, boolean closed, boolean won, LocalDateTime createdLocal, Instant createdInstant,
                      LocalDate closeDate, List<String> personIds, String contactEmailNorm, String accountId) {
}
