package com.leadaudit.followup;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * First touches and statuses on table lead (SPEC §7, §8). The first touch is found set-based: the earliest qualifying
 * activity of any CRM person matched to the lead, between capture and the campaign's as-of (date-only activities by
 * date in the campaign's zone, ordered as the end of their day). Deadlines and statuses are decided in Java by
 * {@link Deadlines} and {@link StatusRules} and written back in batches.
 */
@Repository
public class FollowUpRepository {

    private static final String FIRST_TOUCH = """
            UPDATE lead l SET first_touch_id = t.activity_id, first_touch_at = t.occurred_at,
                              first_touch_date = t.occurred_date, first_touch_type = t.channel, first_touch_by = t.owner
            FROM (
                SELECT DISTINCT ON (l.id) l.id AS lead_id, a.id AS activity_id, a.occurred_at,
                       CASE WHEN a.occurred_at IS NULL THEN a.occurred_date END AS occurred_date, a.channel, a.owner
                FROM lead l
                JOIN campaign c ON c.code = l.campaign_code
                JOIN lead_person lp ON lp.lead_id = l.id
                JOIN activity_person ap ON ap.person_key = lp.person_key
                JOIN activity a ON a.id = ap.activity_id
                WHERE a.happened
                  AND a.direction <> 'INBOUND'
                  AND a.channel NOT IN ('MASS_EMAIL', 'MARKETING_EMAIL')
                  AND a.channel = ANY (string_to_array(c.qualifying_types, ';'))
                  AND CASE WHEN a.occurred_at IS NOT NULL
                           THEN a.occurred_at >= l.captured_at AND a.occurred_at <= c.as_of_instant
                           ELSE a.occurred_date >= (l.captured_at AT TIME ZONE c.time_zone)::date
                            AND a.occurred_date <= (c.as_of_instant AT TIME ZONE c.time_zone)::date
                      END
                ORDER BY l.id,
                         COALESCE(a.occurred_at,
                                  ((a.occurred_date + 1)::timestamp AT TIME ZONE c.time_zone) - interval '1 millisecond'),
                         a.id
            ) t
            WHERE l.id = t.lead_id""";

    public static final String READ_LEADS = """
            SELECT l.id, l.captured_at, l.first_touch_at, l.first_touch_date, c.time_zone, c.sla, c.holidays,
                   c.as_of_instant
            FROM lead l JOIN campaign c ON c.code = l.campaign_code
            ORDER BY l.id""";

    private final JdbcTemplate jdbc;

    public FollowUpRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void setAsOf(String campaignCode, Instant asOf) {
        jdbc.update("UPDATE campaign SET as_of_instant = ? WHERE code = ?", Timestamp.from(asOf), campaignCode);
    }

    public int findFirstTouches() {
        jdbc.update("""
                UPDATE lead SET first_touch_id = NULL, first_touch_at = NULL, first_touch_date = NULL,
                                first_touch_type = NULL, first_touch_by = NULL
                WHERE first_touch_id IS NOT NULL""");
        return jdbc.update(FIRST_TOUCH);
    }

    public void writeDecisions(List<? extends LeadDecision> decisions) {
        jdbc.batchUpdate("UPDATE lead SET deadline = ?, status = ?, hours_to_touch = ? WHERE id = ?", decisions,
                decisions.size(), (ps, d) -> {
                    ps.setTimestamp(1, Timestamp.from(d.deadline()));
                    ps.setString(2, d.status().name());
                    if (d.hoursToFirstTouch() == null) {
                        ps.setNull(3, Types.NUMERIC);
                    } else {
                        ps.setBigDecimal(3, d.hoursToFirstTouch());
                    }
                    ps.setLong(4, d.leadId());
                });
    }
}
