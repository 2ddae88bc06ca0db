package com.leadaudit.rebuild;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives campaigns a new campaign.lead_version whenever their lead rows change, in the transaction that changes them.
 * Figures and workbooks record the version they were made from; an equal version later means the leads are what
 * they were then, so those outputs need not be made again (V8). Every statement that inserts, updates or deletes
 * lead rows must go through here, or an output could be kept that no longer matches its leads.
 */
public final class LeadVersions {

    private static final String NEXT = "lead_version = nextval('lead_version_seq')";

    private LeadVersions() {
    }

    /**
     * Wraps an {@code UPDATE lead l ...} (alias {@code l}, no RETURNING) so that the campaigns of the rows it changed
     * get a new version; the statement then returns one row, the number of lead rows changed, for
     * {@code queryForObject(..., Integer.class)}.
     */
    public static String counting(String updateLeads) {
        return """
                WITH changed AS (%s
                    RETURNING l.campaign_code),
                bumped AS (UPDATE campaign SET %s WHERE code IN (SELECT campaign_code FROM changed))
                SELECT count(*)::int FROM changed""".formatted(updateLeads.strip(), NEXT);
    }

    /** After a rebuild of every lead or match: all campaigns. */
    public static void all(JdbcTemplate jdbc) {
        jdbc.update("UPDATE campaign SET " + NEXT);
    }

    /** After a change to the leads of these campaigns. */
    public static void of(JdbcTemplate jdbc, List<String> codes) {
        if (!codes.isEmpty()) {
            jdbc.update(con -> {
                var ps = con.prepareStatement("UPDATE campaign SET " + NEXT + " WHERE code = ANY (?)");
                ps.setArray(1, con.createArrayOf("text", codes.toArray()));
                return ps;
            });
        }
    }
}
