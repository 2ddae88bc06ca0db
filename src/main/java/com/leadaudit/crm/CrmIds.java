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

    /** "1.11015E+11": a long numeric id Excel showed in scientific notation and saved that way; its digits are lost. */
    private static final java.util.regex.Pattern EXCEL_SCIENTIFIC =
            java.util.regex.Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");

    private CrmIds() {
    }

    /** True for an id Excel has turned into a rounded number: it no longer names one record (SPEC §4). */
    static boolean damagedByExcel(String raw) {
        return raw != null && onlyNumberCharacters(raw) && EXCEL_SCIENTIFIC.matcher(raw.strip()).matches();
    }

    /**
     * A cheap necessary condition for {@link #EXCEL_SCIENTIFIC}: every id of every activity row is checked, and a
     * real id (a letter other than e in it) fails here without running the pattern.
     */
    private static boolean onlyNumberCharacters(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!((c >= '0' && c <= '9') || c == 'e' || c == 'E' || c == '.' || c == ',' || c == '+' || c == '-'
                    || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /** Exports re-saved from tools that print nulls carry the text "null" where there is no value. */
    private static boolean blank(String id) {
        return id.isEmpty() || id.equalsIgnoreCase("null");
    }

    static String salesforce(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (blank(id) || id.startsWith("000000000000000") || damagedByExcel(id)) {
            return null;
        }
        return SALESFORCE + ":" + (id.length() == 18 ? id.substring(0, 15) : id);
    }

    static String of(String source, String raw) {
        String id = raw == null ? "" : raw.strip();
        if (id.endsWith(".0") && id.chars().limit(id.length() - 2).allMatch(Character::isDigit)) {
            id = id.substring(0, id.length() - 2);
        }
        return blank(id) || damagedByExcel(id) ? null : source + ":" + id.toLowerCase(java.util.Locale.ROOT);
    }
}
