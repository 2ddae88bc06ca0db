package com.leadaudit.report;

/**
 * The lead attributes a lead table can show, with their header text and the width their content usually needs.
 * The first nineteen, in declaration order, are the fixed leading columns of the Leads sheet (§10).
 */
enum LeadField {
    EMAIL("Email", 30),
    FIRST_NAME("First Name", 12),
    LAST_NAME("Last Name", 14),
    COMPANY("Company", 26),
    TITLE("Title", 24),
    PHONE("Phone", 17),
    RATING("Rating", 9),
    SCANNED_BY("Scanned By", 20),
    CAPTURED_AT("Captured At", 17),
    SCANS("Scans", 6),
    IN_CRM("In CRM", 6),
    MATCH("Match", 7),
    CRM_OWNER("CRM Owner", 18),
    FIRST_TOUCH_AT("First Touch At", 17),
    FIRST_TOUCH_TYPE("First Touch Type", 9),
    FIRST_TOUCH_BY("First Touch By", 18),
    HOURS_TO_FIRST_TOUCH("Hours To First Touch", 6),
    DEADLINE("Deadline", 17),
    STATUS("Status", 10),
    NOTES("Notes", 40),
    SOURCE_FILE("Source File", 30),
    SOURCE_ROW("Source Row", 6),
    // SPEC §14, after the fixed columns when the campaign's CRM has opportunity exports
    OUTCOME_NAME("Opportunity", 28),
    OUTCOME_CREATED("Opportunity Created", 17),
    OUTCOME_AMOUNT("Amount", 12),
    OUTCOME_CURRENCY("Currency", 8),
    OUTCOME_STAGE("Stage", 16),
    OUTCOME_STATE("Outcome", 8);

    final String header;
    final int contentChars;

    LeadField(String header, int contentChars) {
        this.header = header;
        this.contentChars = contentChars;
    }
}
