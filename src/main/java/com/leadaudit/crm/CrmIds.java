package com.leadaudit.crm;

/**
 * CRM ids qualified by their source, so ids of two CRMs never collide. Salesforce ids come as 15-character
 * (reports) or 18-character (API) forms of the same record: the first 15 characters identify it. Salesforce weekly
 * exports write {@code 000000000000000AAA} for an empty lookup.
 */
final class CrmIds {

    static final String SALESFORCE = "SALESFORCE";
    static final String HUBSPOT = "HUBSPOT";
    static final String DYNAMICS = "DYNAMICS";

    private CrmIds() {
    }

    static String salesforce(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (id.isEmpty() || id.startsWith("000000000000000")) {
            return null;
        }
        return SALESFORCE + ":" + (id.length() == 18 ? id.substring(0, 15) : id);
    }

    static String of(String source, String raw) {
        String id = raw == null ? "" : raw.strip();
        if (id.endsWith(".0") && id.chars().limit(id.length() - 2).allMatch(Character::isDigit)) {
            id = id.substring(0, id.length() - 2);
        }
        return id.isEmpty() ? null : source + ":" + id.toLowerCase(java.util.Locale.ROOT);
    }
}
