package com.leadaudit.followup;

/**
 * The part of SPEC §7 that an activity decides on its own, as one SQL condition: it happened, it is not inbound, and
 * it is not mass marketing. Consolidation keeps only such activities (crm.CrmRepository) and the first-touch search
 * checks them again ({@link FollowUpRepository}); both use this text, so the rule cannot drift between the two.
 */
public final class TouchSql {

    /** On a row of activity or activity_row aliased {@code a}. */
    public static final String CAN_BE_A_TOUCH = """
            a.happened
              AND a.direction <> 'INBOUND'
              AND a.channel NOT IN ('MASS_EMAIL', 'MARKETING_EMAIL')""";

    private TouchSql() {
    }
}
