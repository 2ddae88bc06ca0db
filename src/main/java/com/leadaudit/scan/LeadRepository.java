package com.leadaudit.scan;


import com.leadaudit.importing.ParallelWork;
import com.leadaudit.importing.StagingRows;
import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table lead, and of which leads table lead_state has: merges the scans of each campaign into leads,
 * set-based (SPEC §5). Rebuilt every run from the scans of files present in the input, so it is always exactly what
 * the input says.
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

    /** Scans that count, keyed by normalised email where they have one (SPEC §5). */
    private static final String LIVE_SCANS = """
            CREATE TEMP TABLE live_scan ON COMMIT DROP AS
            SELECT s.id, s.campaign_code, s.email_norm, s.badge_id, s.name_key, s.company_key,
                   %s AS captured_at, f.path, s.row_number,
                   CASE WHEN s.email_norm IS NOT NULL THEN 'e:' || s.email_norm END AS lead_key
            FROM scan s
            JOIN source_file f ON f.id = s.file_id AND f.status = 'IMPORTED' AND f.present
            JOIN campaign c ON c.code = s.campaign_code AND c.in_input AND c.purged_at IS NULL
            WHERE s.campaign_code = ANY (?)
              AND (s.scanned_instant IS NOT NULL OR s.scanned_local IS NOT NULL OR c.end_date IS NOT NULL)
            """.formatted(CAPTURE);

    /**
     * The live scans without a key yet (no email: about 3% of issue #17's realistic shape), with their tuple ids: the
     * joins below work on them alone and write their keys back once ({@link #WRITE_BACK_KEYS}). Run on live_scan, the
     * five passes read its million rows eight times and took 2.7 s together; this way 1.3 s (EXPLAIN ANALYZE, same
     * keys; docs/benchmarks.md session 29).
     */
    private static final String KEYLESS_SCANS = """
            CREATE TEMP TABLE keyless ON COMMIT DROP AS
            SELECT ctid AS tid, campaign_code, badge_id, name_key, company_key, lead_key
            FROM live_scan WHERE lead_key IS NULL""";

    /**
     * The keyed scans that share a badge id, or a name and company, with a keyless one: the only keyed scans the
     * joins can use, gathered in one pass.
     */
    private static final String TWIN_SCANS = """
            CREATE TEMP TABLE twin ON COMMIT DROP AS
            SELECT campaign_code, badge_id, name_key, company_key, lead_key
            FROM live_scan
            WHERE lead_key IS NOT NULL
              AND ((badge_id <> '' AND (campaign_code, badge_id) IN (SELECT campaign_code, badge_id FROM keyless
                                                                     WHERE badge_id <> ''))
                   OR (name_key <> '' AND (campaign_code, name_key, company_key) IN (
                           SELECT campaign_code, name_key, company_key FROM keyless WHERE name_key <> '')))""";

    /**
     * Every keyed scan a join can use: the twins, and the keyless scans keyed by the joins before it (as when the
     * joins ran on live_scan, where those counted as keyed scans too).
     */
    private static final String KEYED = """
            (SELECT campaign_code, badge_id, name_key, company_key, lead_key FROM twin
             UNION ALL
             SELECT campaign_code, badge_id, name_key, company_key, lead_key FROM keyless WHERE lead_key IS NOT NULL)""";

    /**
     * A scan without email joins the one email lead that has its badge id. Only the badge ids of scans still without
     * a key are grouped: grouping every keyed scan sorted a million rows to update a few hundred (2.4 s cold).
     */
    private static final String JOIN_BY_BADGE = """
            UPDATE keyless s SET lead_key = m.lead_key
            FROM (SELECT campaign_code, badge_id, min(lead_key) AS lead_key
                  FROM %s k WHERE badge_id <> ''
                    AND (campaign_code, badge_id) IN (SELECT campaign_code, badge_id FROM keyless
                                                      WHERE lead_key IS NULL AND badge_id <> '')
                  GROUP BY campaign_code, badge_id HAVING count(DISTINCT lead_key) = 1) m
            WHERE s.lead_key IS NULL AND s.badge_id <> '' AND s.campaign_code = m.campaign_code AND s.badge_id = m.badge_id"""
            .formatted(KEYED);

    /** ...else the one lead with its name and company (again grouping only the names still without a key). */
    private static final String JOIN_BY_NAME = """
            UPDATE keyless s SET lead_key = m.lead_key
            FROM (SELECT campaign_code, name_key, company_key, min(lead_key) AS lead_key
                  FROM %s k WHERE name_key <> ''
                    AND (campaign_code, name_key, company_key) IN (SELECT campaign_code, name_key, company_key
                                                                   FROM keyless
                                                                   WHERE lead_key IS NULL AND name_key <> '')
                  GROUP BY campaign_code, name_key, company_key HAVING count(DISTINCT lead_key) = 1) m
            WHERE s.lead_key IS NULL AND s.name_key <> '' AND s.campaign_code = m.campaign_code
              AND s.name_key = m.name_key AND s.company_key = m.company_key""".formatted(KEYED);

    private static final String KEY_BY_BADGE =
            "UPDATE keyless SET lead_key = 'b:' || badge_id WHERE lead_key IS NULL AND badge_id <> ''";

    private static final String KEY_BY_NAME =
            "UPDATE keyless SET lead_key = 'n:' || name_key || '|' || company_key WHERE lead_key IS NULL";

    /** The keys found for the keyless scans, into live_scan (nothing else changed it since {@link #KEYLESS_SCANS}). */
    private static final String WRITE_BACK_KEYS =
            "UPDATE live_scan s SET lead_key = k.lead_key FROM keyless k WHERE s.ctid = k.tid";

    /**
     * Each live scan with the id of its lead (leads numbered in campaign, key order, after the ids in use: the
     * placeholder) and its lead's number of scans, analysed before the lead insert so the planner sees how few scans
     * are re-scans.
     */
    private static final String KEYED_SCANS = """
            CREATE TEMP TABLE keyed_scan ON COMMIT DROP AS
            SELECT k.id, k.campaign_code, k.lead_key, k.captured_at, k.path, k.row_number,
                   %d + dense_rank() OVER (ORDER BY k.campaign_code, k.lead_key) AS lead_id,
                   count(*) OVER (PARTITION BY k.campaign_code, k.lead_key) AS scans
            FROM live_scan k""";

    /**
     * One lead per key, its fields from its scans in capture order (SPEC §5). Ids are numbered in (campaign, key)
     * order, so they, the tie-break of every lead ordering in the workbooks (always within one campaign), do not
     * depend on the plan, nor on which campaigns were rebuilt together. Scans captured
     * at the same moment are ordered by file path and row, not by scan id: ids depend on which files were imported
     * when (and, with files imported in parallel, on timing), the path and row do not.
     *
     * <p>Most leads are one scan: those take its fields as they are, and only the re-scanned ones go through the
     * ordered aggregates. Every ordered aggregate starts a sort per group, and running eighteen of them over every
     * lead took 17.7 s of a 24.7 s lead build for 900k leads (issue #7).
     *
     * <p>Each lead gets its row of lead_state (V24) in the same statement, with nothing decided yet.
     */
    private static final String INSERT_LEADS = """
            WITH built AS (
            INSERT INTO lead (id, campaign_code, lead_key, email, email_norm, first_name, last_name, company, title, phone,
                              phone_e164, rating, scanned_by, captured_at, capture_estimated, scans, notes, answers,
                              source_file, source_row, name_key, last_name_key, company_key, email_domain, staff)
            WITH notes AS (
                SELECT n.lead_id, string_agg(n.notes, ' | ' ORDER BY n.first_at, n.notes) AS notes
                FROM (SELECT k.lead_id, s.notes, min(k.captured_at) AS first_at
                      FROM keyed_scan k JOIN scan s ON s.id = k.id
                      WHERE k.scans > 1 AND s.notes <> ''
                      GROUP BY k.lead_id, s.notes) n
                GROUP BY n.lead_id
            ), answers AS (
                SELECT a.lead_id, jsonb_object_agg(a.key, a.value) AS answers
                FROM (SELECT DISTINCT ON (k.lead_id, e.key) k.lead_id, e.key, e.value
                      FROM keyed_scan k JOIN scan s ON s.id = k.id
                      CROSS JOIN LATERAL jsonb_each_text(s.answers) e
                      WHERE k.scans > 1 AND s.answers IS NOT NULL AND e.value <> ''
                      ORDER BY k.lead_id, e.key, k.captured_at, k.path COLLATE "C", k.row_number) a
                GROUP BY a.lead_id
            ), merged AS (
                SELECT k.lead_id, k.campaign_code, k.lead_key,
                       COALESCE((array_agg(s.email ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.email <> ''))[1], '') AS email,
                       (array_agg(s.email_norm ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.email_norm IS NOT NULL))[1] AS email_norm,
                       COALESCE((array_agg(s.first_name ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.first_name <> ''))[1], '') AS first_name,
                       COALESCE((array_agg(s.last_name ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.last_name <> ''))[1], '') AS last_name,
                       COALESCE((array_agg(s.company ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.company <> ''))[1], '') AS company,
                       COALESCE((array_agg(s.title ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.title <> ''))[1], '') AS title,
                       COALESCE((array_agg(s.phone ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.phone <> ''))[1], '') AS phone,
                       (array_agg(s.phone_e164 ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.phone_e164 IS NOT NULL))[1] AS phone_e164,
                       (ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'])[min(array_position(ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'], s.rating))] AS rating,
                       COALESCE(string_agg(DISTINCT NULLIF(s.scanned_by, ''), ', '), '') AS scanned_by,
                       min(k.captured_at) AS captured_at,
                       bool_and(s.capture_estimated) AS capture_estimated,
                       count(*) AS scans,
                       (array_agg(k.path ORDER BY k.captured_at, k.path COLLATE "C", k.row_number))[1] AS source_file,
                       (array_agg(k.row_number ORDER BY k.captured_at, k.path COLLATE "C", k.row_number))[1] AS source_row,
                       COALESCE((array_agg(s.name_key ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.name_key <> ''))[1], '') AS name_key,
                       COALESCE((array_agg(s.last_name_key ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.last_name_key <> ''))[1], '') AS last_name_key,
                       COALESCE((array_agg(s.company_key ORDER BY k.captured_at, k.path COLLATE "C", k.row_number) FILTER (WHERE s.company_key <> ''))[1], '') AS company_key,
                       array_agg(DISTINCT NULLIF(s.scanned_by, '')) AS staff
                FROM keyed_scan k
                JOIN scan s ON s.id = k.id
                WHERE k.scans > 1
                GROUP BY k.lead_id, k.campaign_code, k.lead_key
            )
            SELECT k.lead_id, k.campaign_code, k.lead_key, s.email, s.email_norm, s.first_name, s.last_name,
                   s.company, s.title, s.phone, s.phone_e164,
                   (ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'])[array_position(ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'],
                                                                            s.rating)],
                   s.scanned_by, k.captured_at, s.capture_estimated, 1, s.notes,
                   -- the answers the aggregate keeps of one scan: those with a value, as text
                   CASE WHEN s.answers IS NOT NULL
                        THEN (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each_text(s.answers) e
                              WHERE e.value <> '') END,
                   k.path, k.row_number, s.name_key, s.last_name_key, s.company_key,
                   split_part(s.email_norm, '@', 2), ARRAY[NULLIF(s.scanned_by, '')]
            FROM keyed_scan k
            JOIN scan s ON s.id = k.id
            WHERE k.scans = 1
            UNION ALL
            SELECT g.lead_id, g.campaign_code, g.lead_key, g.email, g.email_norm, g.first_name, g.last_name, g.company, g.title,
                   g.phone, g.phone_e164, g.rating, g.scanned_by, g.captured_at, g.capture_estimated, g.scans,
                   COALESCE(n.notes, ''), a.answers, g.source_file, g.source_row, g.name_key, g.last_name_key,
                   g.company_key, split_part(g.email_norm, '@', 2), g.staff
            FROM merged g
            LEFT JOIN notes n ON n.lead_id = g.lead_id
            LEFT JOIN answers a ON a.lead_id = g.lead_id
            RETURNING id, campaign_code, captured_at)
            INSERT INTO lead_state (id, campaign_code, captured_at)
            SELECT id, campaign_code, captured_at FROM built""";

    private static final String LINK_SCANS = """
            INSERT INTO lead_scan (lead_id, scan_id)
            SELECT lead_id, id FROM keyed_scan ORDER BY 1, 2""";

    /**
     * What each campaign's leads are built from: its badge-scan files that count and the register fields the build
     * reads. Campaigns not in the input, or purged, have no leads.
     */
    private static final String CAMPAIGN_INPUTS = """
            SELECT c.code,
                   md5(COALESCE(string_agg(f.id || ':' || f.fingerprint || ':' || f.imported_at, ',' ORDER BY f.id), '')
                       || '|' || c.time_zone || ':' || COALESCE(c.end_date::text, '-')) AS inputs
            FROM campaign c
            LEFT JOIN source_file f ON f.campaign_code = c.code AND f.role = 'BADGE_SCAN' AND f.status = 'IMPORTED'
                                       AND f.present
            WHERE c.in_input AND c.purged_at IS NULL
            GROUP BY c.code, c.time_zone, c.end_date
            ORDER BY c.code""";

    /** Leads now, and what this run built: campaigns whose leads were rebuilt (of those with leads) and their leads. */
    public record Result(int leads, boolean rebuilt, int campaignsRebuilt, int campaigns, int leadsBuilt) {
    }

    private final JdbcTemplate jdbc;
    private final DerivedState state;
    private final StagingRows staging;

    public LeadRepository(JdbcTemplate jdbc, DerivedState state, StagingRows staging) {
        this.jdbc = jdbc;
        this.state = state;
        this.staging = staging;
    }

    /**
     * VACUUM of tables lead_state and lead, at the end of a completed run (outside any transaction). Every night
     * updates some lead_state rows (touches, statuses, outcomes), and the embedded server stops when the run ends, so
     * autovacuum seldom finishes a pass over it: its pages were never marked all-visible, and the nightly count of
     * leads with an outcome (an index-only scan of lead_state_with_outcome) read the heap row of each of them. Table
     * lead changes only when leads are built; its pages are marked too, for the index-only scans of a campaign's
     * capture order. After the first pass only the pages a night changed are visited.
     *
     * <p>A table with few dead rows skips the index cleanup: a plain VACUUM spent about 0.7 s on it even with nothing
     * to remove, the pass without it 14 ms (realistic benchmark, next night). Their few pages then stay unmarked until
     * a night with many dead rows (a first run, a lead rebuild) cleans the indexes as well. The tables are never
     * truncated: that waits for a lock other sessions may hold.
     *
     * <p>The two tables are vacuumed at once, on two connections: a VACUUM runs in one backend, and one after the other
     * they left a core idle at the end of every night (issue #17, docs/benchmarks.md session 38).
     */
    public void vacuum() {
        ParallelWork.inOrder(List.<Callable<Void>>of(() -> vacuum("lead_state"), () -> vacuum("lead")), 2, "vacuum");
    }

    private Void vacuum(String table) {
        Boolean manyDead = jdbc.queryForObject("""
                SELECT n_dead_tup > 0.02 * greatest(n_live_tup, 1) FROM pg_stat_user_tables
                WHERE relid = ?::regclass""", Boolean.class, table);
        jdbc.execute((Boolean.FALSE.equals(manyDead) ? "VACUUM (INDEX_CLEANUP OFF, TRUNCATE OFF) "
                : "VACUUM (TRUNCATE OFF) ") + table);
        return null;
    }

    /** Deletes campaigns' leads and their links to scans and people (a purge, a rebuild); returns how many leads. */
    public int deleteCampaigns(List<String> campaignCodes) {
        jdbc.update("DELETE FROM lead_scan ls USING lead l WHERE l.id = ls.lead_id AND l.campaign_code = ANY (?)",
                codes(campaignCodes));
        jdbc.update("DELETE FROM lead_person lp USING lead l WHERE l.id = lp.lead_id AND l.campaign_code = ANY (?)",
                codes(campaignCodes));
        jdbc.update("DELETE FROM lead_state WHERE campaign_code = ANY (?)", codes(campaignCodes));
        return jdbc.update("DELETE FROM lead WHERE campaign_code = ANY (?)", codes(campaignCodes));
    }

    /**
     * Rebuilds the leads of every campaign whose scan files or lead-shaping register fields changed, and deletes those
     * of campaigns no longer in the input; keeps the others. Runs in the caller's transaction (the temp tables live
     * in it). When every campaign must be built (the first night, a new lead build version) the table is emptied and
     * built whole, its index made after the insert.
     */
    public Result rebuild() {
        Map<String, String> inputs = new LinkedHashMap<>();
        jdbc.query(CAMPAIGN_INPUTS, rs -> {
            inputs.put(rs.getString(1), rs.getString(2));
        });
        List<String> stale = new ArrayList<>();
        long kept = 0;
        for (Map.Entry<String, String> campaign : inputs.entrySet()) {
            var before = state.kept(DerivedSet.LEADS, campaign.getKey(), campaign.getValue());
            if (before.isPresent()) {
                kept += before.get().count(0);
            } else {
                stale.add(campaign.getKey());
            }
        }
        List<String> gone = state.campaignsOf(DerivedSet.LEADS).stream().filter(c -> !inputs.containsKey(c)).toList();
        if (stale.isEmpty() && gone.isEmpty()) {
            return new Result((int) kept, false, 0, inputs.size(), 0);
        }
        boolean whole = stale.size() == inputs.size();
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        long offset = 0;
        if (whole) {
            jdbc.execute("TRUNCATE lead, lead_state, lead_person, lead_scan RESTART IDENTITY");
        } else {
            List<String> replaced = new ArrayList<>(stale);
            replaced.addAll(gone);
            deleteCampaigns(replaced);
            // both tables: a lead_state row left by a hand-deleted lead must not collide with a new lead's
            offset = jdbc.queryForObject("SELECT greatest((SELECT COALESCE(max(id), 0) FROM lead), "
                    + "(SELECT COALESCE(max(id), 0) FROM lead_state))", Long.class);
        }
        staging.analyse("scan");
        jdbc.update(LIVE_SCANS, codes(stale));
        jdbc.execute("ANALYZE live_scan");
        jdbc.update(KEYLESS_SCANS);
        jdbc.execute("ANALYZE keyless");
        jdbc.update(TWIN_SCANS);
        jdbc.update(JOIN_BY_BADGE);
        jdbc.update(JOIN_BY_NAME + " AND s.badge_id <> ''");
        jdbc.update(KEY_BY_BADGE);
        jdbc.update(JOIN_BY_NAME);
        jdbc.update(KEY_BY_NAME);
        jdbc.update(WRITE_BACK_KEYS);
        jdbc.execute(KEYED_SCANS.formatted(offset));
        jdbc.execute("ANALYZE keyed_scan");
        if (whole) {
            // built once after the insert rather than kept up to date row by row during it; same definitions as V3, V24
            // (lead_state's primary key too: kept up to date, the insert of issue #17's 813,608 leads took 18.0-19.2 s
            // against 15.0-17.0 s with the key made after it in 0.24 s, EXPLAIN ANALYZE, alternated)
            jdbc.execute("DROP INDEX IF EXISTS lead_campaign_capture");
            jdbc.execute("DROP INDEX IF EXISTS lead_state_campaign");
            jdbc.execute("ALTER TABLE lead_state DROP CONSTRAINT IF EXISTS lead_state_pkey");
        }
        int built = jdbc.update(INSERT_LEADS);
        if (whole) {
            jdbc.execute("CREATE INDEX lead_campaign_capture ON lead (campaign_code, captured_at, id)");
            jdbc.execute("CREATE INDEX lead_state_campaign ON lead_state (campaign_code, captured_at, id)");
            jdbc.execute("ALTER TABLE lead_state ADD CONSTRAINT lead_state_pkey PRIMARY KEY (id)");
        }
        jdbc.queryForObject("SELECT setval('lead_id_seq', GREATEST(?, 1))", Long.class, offset + built);
        jdbc.update(LINK_SCANS);
        jdbc.execute("ANALYZE lead; ANALYZE lead_state; ANALYZE lead_scan");
        Map<String, Long> perCampaign = new LinkedHashMap<>();
        jdbc.query("SELECT campaign_code, count(DISTINCT lead_id) FROM keyed_scan GROUP BY campaign_code",
                rs -> {
                    perCampaign.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, DerivedState.Built> record = new LinkedHashMap<>();
        for (String code : stale) {
            record.put(code, new DerivedState.Built(inputs.get(code), perCampaign.getOrDefault(code, 0L)));
        }
        state.forget(DerivedSet.LEADS, gone);
        state.record(DerivedSet.LEADS, record);
        return new Result((int) (kept + built), true, stale.size(), inputs.size(), built);
    }

    /** Campaign codes as a text[] parameter. */
    private static org.springframework.jdbc.core.PreparedStatementSetter codes(List<String> codes) {
        return ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", codes.toArray()));
    }
}
