package com.leadaudit.followup;

import java.sql.Timestamp;
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

    /** The first touch of every lead that has one, computed once into a temp table. */
    private static final String FIRST_TOUCH = """
            CREATE TEMP TABLE first_touch ON COMMIT DROP AS
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
                     a.id""";

    /** Writes first touches where they changed (a lead that lost its touch gets NULLs): most rows stay untouched. */
    private static final String APPLY_FIRST_TOUCH = """
            UPDATE lead l SET first_touch_id = t.activity_id, first_touch_at = t.occurred_at,
                              first_touch_date = t.occurred_date, first_touch_type = t.channel, first_touch_by = t.owner
            FROM lead l2 LEFT JOIN first_touch t ON t.lead_id = l2.id
            WHERE l.id = l2.id
              AND (l.first_touch_id IS DISTINCT FROM t.activity_id OR l.first_touch_at IS DISTINCT FROM t.occurred_at
                   OR l.first_touch_date IS DISTINCT FROM t.occurred_date OR l.first_touch_type IS DISTINCT FROM t.channel
                   OR l.first_touch_by IS DISTINCT FROM t.owner)""";

    /** Statuses of one chunk, written where they changed. */
    private static final String APPLY_DECISIONS = """
            UPDATE lead l SET deadline = d.deadline, status = d.status, hours_to_touch = d.hours
            FROM unnest(?::bigint[], ?::text[]::timestamptz[], ?::text[], ?::text[]::numeric[]) AS d(id, deadline, status, hours)
            WHERE l.id = d.id
              AND (l.deadline IS DISTINCT FROM d.deadline OR l.status IS DISTINCT FROM d.status
                   OR l.hours_to_touch IS DISTINCT FROM d.hours)""";

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

    /** Finds every lead's first touch for the campaigns' as-of; returns how many leads have one. */
    public int findFirstTouches() {
        jdbc.execute("SET LOCAL work_mem = '128MB'");
        jdbc.execute(FIRST_TOUCH);
        jdbc.update(APPLY_FIRST_TOUCH);
        return jdbc.queryForObject("SELECT count(*) FROM first_touch", Integer.class);
    }

    /** One statement per chunk (arrays as parameters), touching only leads whose status, deadline or hours changed. */
    public void writeDecisions(List<? extends LeadDecision> decisions) {
        Long[] ids = new Long[decisions.size()];
        // Instants and decimals travel as ISO / plain text: no session time zone or locale can bend them.
        String[] deadlines = new String[decisions.size()];
        String[] statuses = new String[decisions.size()];
        String[] hours = new String[decisions.size()];
        for (int i = 0; i < decisions.size(); i++) {
            LeadDecision d = decisions.get(i);
            ids[i] = d.leadId();
            deadlines[i] = d.deadline().toString();
            statuses[i] = d.status().name();
            hours[i] = d.hoursToFirstTouch() == null ? null : d.hoursToFirstTouch().toPlainString();
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement(APPLY_DECISIONS);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            ps.setArray(2, con.createArrayOf("text", deadlines));
            ps.setArray(3, con.createArrayOf("text", statuses));
            ps.setArray(4, con.createArrayOf("text", hours));
            return ps;
        });
    }
}
