package com.leadaudit.scan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table lead: merges the scans of each campaign into leads, set-based (SPEC §5). Rebuilt every run from
 * the scans of files present in the input, so it is always exactly what the input says.
 */
@Repository
public class LeadRepository {

    /**
     * Capture time of a scan: its instant, its wall time in the campaign's zone, or (file without a scan-time column,
     * imported only for campaigns with a register end date) the campaign's last moment.
     */
    private static final String CAPTURE = """
            COALESCE(s.scanned_instant, s.scanned_local AT TIME ZONE c.time_zone,
                     ((c.end_date + 1)::timestamp AT TIME ZONE c.time_zone) - interval '1 millisecond')""";

    private static final String LIVE_SCANS = """
            CREATE TEMP TABLE live_scan ON COMMIT DROP AS
            SELECT s.id, s.campaign_code, s.email_norm, s.badge_id, s.name_key, s.company_key,
                   %s AS captured_at, NULL::text AS lead_key
            FROM scan s
            JOIN source_file f ON f.id = s.file_id AND f.status = 'IMPORTED' AND f.present
            JOIN campaign c ON c.code = s.campaign_code AND c.in_input AND c.purged_at IS NULL
            WHERE s.scanned_instant IS NOT NULL OR s.scanned_local IS NOT NULL OR c.end_date IS NOT NULL
            """.formatted(CAPTURE);

    /** The lead key: normalised email; else badge id; else name + company (SPEC §5). */
    private static final String KEY_BY_EMAIL =
            "UPDATE live_scan SET lead_key = 'e:' || email_norm WHERE email_norm IS NOT NULL";

    /** A scan without email joins the one email lead that has its badge id. */
    private static final String JOIN_BY_BADGE = """
            UPDATE live_scan s SET lead_key = m.lead_key
            FROM (SELECT campaign_code, badge_id, min(lead_key) AS lead_key
                  FROM live_scan WHERE lead_key IS NOT NULL AND badge_id <> ''
                  GROUP BY campaign_code, badge_id HAVING count(DISTINCT lead_key) = 1) m
            WHERE s.lead_key IS NULL AND s.badge_id <> '' AND s.campaign_code = m.campaign_code AND s.badge_id = m.badge_id""";

    /** ...else the one lead with its name and company. */
    private static final String JOIN_BY_NAME = """
            UPDATE live_scan s SET lead_key = m.lead_key
            FROM (SELECT campaign_code, name_key, company_key, min(lead_key) AS lead_key
                  FROM live_scan WHERE lead_key IS NOT NULL AND name_key <> ''
                  GROUP BY campaign_code, name_key, company_key HAVING count(DISTINCT lead_key) = 1) m
            WHERE s.lead_key IS NULL AND s.name_key <> '' AND s.campaign_code = m.campaign_code
              AND s.name_key = m.name_key AND s.company_key = m.company_key""";

    private static final String KEY_BY_BADGE =
            "UPDATE live_scan SET lead_key = 'b:' || badge_id WHERE lead_key IS NULL AND badge_id <> ''";

    private static final String KEY_BY_NAME =
            "UPDATE live_scan SET lead_key = 'n:' || name_key || '|' || company_key WHERE lead_key IS NULL";

    private static final String INSERT_LEADS = """
            INSERT INTO lead (campaign_code, lead_key, email, email_norm, first_name, last_name, company, title, phone,
                              phone_e164, rating, scanned_by, captured_at, capture_estimated, scans, notes, answers,
                              source_file, source_row, name_key, last_name_key, company_key, email_domain)
            SELECT k.campaign_code, k.lead_key,
                   COALESCE((array_agg(s.email ORDER BY k.captured_at, s.id) FILTER (WHERE s.email <> ''))[1], ''),
                   (array_agg(s.email_norm ORDER BY k.captured_at, s.id) FILTER (WHERE s.email_norm IS NOT NULL))[1],
                   COALESCE((array_agg(s.first_name ORDER BY k.captured_at, s.id) FILTER (WHERE s.first_name <> ''))[1], ''),
                   COALESCE((array_agg(s.last_name ORDER BY k.captured_at, s.id) FILTER (WHERE s.last_name <> ''))[1], ''),
                   COALESCE((array_agg(s.company ORDER BY k.captured_at, s.id) FILTER (WHERE s.company <> ''))[1], ''),
                   COALESCE((array_agg(s.title ORDER BY k.captured_at, s.id) FILTER (WHERE s.title <> ''))[1], ''),
                   COALESCE((array_agg(s.phone ORDER BY k.captured_at, s.id) FILTER (WHERE s.phone <> ''))[1], ''),
                   (array_agg(s.phone_e164 ORDER BY k.captured_at, s.id) FILTER (WHERE s.phone_e164 IS NOT NULL))[1],
                   (ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'])[min(array_position(ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'], s.rating))],
                   COALESCE(string_agg(DISTINCT NULLIF(s.scanned_by, ''), ', '), ''),
                   min(k.captured_at),
                   bool_and(s.capture_estimated),
                   count(*),
                   COALESCE((SELECT string_agg(n.notes, ' | ' ORDER BY n.first_at)
                             FROM (SELECT s2.notes, min(k2.captured_at) AS first_at
                                   FROM live_scan k2 JOIN scan s2 ON s2.id = k2.id
                                   WHERE k2.campaign_code = k.campaign_code AND k2.lead_key = k.lead_key AND s2.notes <> ''
                                   GROUP BY s2.notes) n), ''),
                   (SELECT jsonb_object_agg(a.key, a.value)
                    FROM (SELECT DISTINCT ON (e.key) e.key, e.value
                          FROM live_scan k2 JOIN scan s2 ON s2.id = k2.id
                          CROSS JOIN LATERAL jsonb_each_text(s2.answers) e
                          WHERE k2.campaign_code = k.campaign_code AND k2.lead_key = k.lead_key AND e.value <> ''
                          ORDER BY e.key, k2.captured_at, s2.id) a),
                   (array_agg(f.path ORDER BY k.captured_at, s.id))[1],
                   (array_agg(s.row_number ORDER BY k.captured_at, s.id))[1],
                   COALESCE((array_agg(s.name_key ORDER BY k.captured_at, s.id) FILTER (WHERE s.name_key <> ''))[1], ''),
                   COALESCE((array_agg(s.last_name_key ORDER BY k.captured_at, s.id) FILTER (WHERE s.last_name_key <> ''))[1], ''),
                   COALESCE((array_agg(s.company_key ORDER BY k.captured_at, s.id) FILTER (WHERE s.company_key <> ''))[1], ''),
                   split_part((array_agg(s.email_norm ORDER BY k.captured_at, s.id) FILTER (WHERE s.email_norm IS NOT NULL))[1], '@', 2)
            FROM live_scan k
            JOIN scan s ON s.id = k.id
            JOIN source_file f ON f.id = s.file_id
            GROUP BY k.campaign_code, k.lead_key""";

    private static final String LINK_SCANS = """
            UPDATE scan s SET lead_id = l.id
            FROM live_scan k JOIN lead l ON l.campaign_code = k.campaign_code AND l.lead_key = k.lead_key
            WHERE s.id = k.id""";

    private final JdbcTemplate jdbc;

    public LeadRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds every lead; returns how many. Runs in the caller's transaction (the temp table lives in it). */
    public int rebuild() {
        jdbc.execute("TRUNCATE lead, lead_person RESTART IDENTITY");
        jdbc.update("UPDATE scan SET lead_id = NULL WHERE lead_id IS NOT NULL");
        jdbc.execute(LIVE_SCANS);
        jdbc.update(KEY_BY_EMAIL);
        jdbc.update(JOIN_BY_BADGE);
        jdbc.update(JOIN_BY_NAME + " AND s.badge_id <> ''");
        jdbc.update(KEY_BY_BADGE);
        jdbc.update(JOIN_BY_NAME);
        jdbc.update(KEY_BY_NAME);
        int leads = jdbc.update(INSERT_LEADS);
        jdbc.update(LINK_SCANS);
        jdbc.execute("ANALYZE lead");
        return leads;
    }
}
