package com.leadaudit.report;

/** The SQL behind the workbooks, beside {@link ReportRepository} which runs it. */
final class ReportQueries {

    private ReportQueries() {
    }

    static final String FACTS = """
            SELECT code, name, start_date, end_date, time_zone, sla, country, qualifying_types, holidays, registered,
                   as_of_instant
            FROM campaign WHERE code = ?""";

    static final String FIGURES = """
            SELECT scans_read, rows_rejected, duplicates, leads, leads_in_crm, on_time, late, overdue, open,
                   sla_compliance, followed_up, median_hours, p90_hours
            FROM campaign_figures WHERE campaign_code = ? AND as_of = ?""";

    static final String GROUP_FIGURES = """
            SELECT grp, leads, on_time, late, overdue, open, compliance, median_hours, p90_hours
            FROM group_figures WHERE campaign_code = ? AND as_of = ? AND dimension = ?""";

    /** Custom questions become Leads columns; 200 keeps the sheet usable (and far inside Excel's 16,384). */
    static final String ANSWER_COLUMNS = """
            SELECT k FROM lead l CROSS JOIN LATERAL jsonb_object_keys(l.answers) k
            WHERE l.campaign_code = ? AND l.answers IS NOT NULL
            GROUP BY k ORDER BY min(l.id), k
            LIMIT 200""";

    /**
     * Read by position in ReportRepository.lead: keep the two in the same order. The phone shows normalised (E.164,
     * SPEC §4/§5) where it could be read, else as the visitor typed it; the raw value stays with the scan. The
     * lead's id comes last: it orders the Leads sheet with the capture time.
     */
    private static final String LEAD_VALUES = """
            l.email, l.first_name, l.last_name, l.company, l.title, COALESCE(l.phone_e164, l.phone) AS phone,
                   l.rating, l.scanned_by,
                   l.captured_at, l.scans, s.match_tier, s.crm_owner, s.first_touch_at, s.first_touch_date,
                   s.first_touch_type, s.first_touch_by, s.hours_to_touch, s.deadline, s.status, l.notes,
                   ARRAY(SELECT COALESCE(l.answers ->> c.k, '') FROM unnest(?::text[]) WITH ORDINALITY AS c(k, n)
                         ORDER BY c.n) AS answers,
                   l.source_file, l.source_row,
                   s.outcome_id, s.outcome_name, s.outcome_created, s.outcome_amount, s.outcome_currency,
                   s.outcome_stage, s.outcome_state, l.id""";

    /** A lead (l) with what the nights decided about it (s). */
    private static final String LEAD_AND_STATE = "lead l JOIN lead_state s ON s.id = l.id";

    /**
     * A Leads row's hash ({@link LeadBlocks}): of every column of lead and lead_state that {@link #LEAD_VALUES}
     * shows, as stored (all the answers, not only the columns shown: those are part of the sheet's basis), hashed by
     * type without formatting them as text. 64 bits: a changed row hashes as before about once in 10^19.
     * ReportQueriesTest checks that every column shown is hashed.
     */
    static final String ROW_HASH = """
            hash_record_extended(ROW(l.email, l.first_name, l.last_name, l.company, l.title, l.phone_e164, l.phone,
                                     l.rating, l.scanned_by, l.captured_at, l.scans, s.match_tier, s.crm_owner,
                                     s.first_touch_at, s.first_touch_date, s.first_touch_type, s.first_touch_by,
                                     s.hours_to_touch, s.deadline, s.status, l.notes, l.answers, l.source_file,
                                     l.source_row, s.outcome_id, s.outcome_name, s.outcome_created, s.outcome_amount,
                                     s.outcome_currency, s.outcome_stage, s.outcome_state, l.id), 0)""";

    /** The Leads sheet's rows, in its order, each followed by its {@link #ROW_HASH}. */
    static final String LEADS = "SELECT " + LEAD_VALUES + ", " + ROW_HASH
            + " FROM " + LEAD_AND_STATE + " WHERE l.campaign_code = ? ORDER BY l.captured_at, l.id";

    /**
     * The Leads sheet's blocks of ? rows: block number (from 0), rows, and hash — the MD5 of the block's row hashes
     * in sheet order, joined by ',' as {@link LeadBlocks#blockHash} joins them. The hashes are computed before the
     * rows are numbered (OFFSET 0 keeps the planner from merging the two), so that only they are sorted, not rows.
     */
    static final String LEAD_BLOCK_HASHES = """
            SELECT (n - 1) / ? AS block, count(*)::int, md5(string_agg(h::text, ',' ORDER BY n))
            FROM (SELECT row_number() OVER (ORDER BY x.captured_at, x.id) AS n, x.h
                  FROM (SELECT l.captured_at, l.id, %s AS h FROM %s WHERE l.campaign_code = ? OFFSET 0) x) r
            GROUP BY 1 ORDER BY 1""".formatted(ROW_HASH, LEAD_AND_STATE);

    /**
     * The rows of {@link #LEADS} in the given blocks only (parameters: the answer columns, the campaign, rows per
     * block, block numbers, the campaign again): the blocks are numbered over the index of capture times and ids, and
     * only their leads' rows are read.
     */
    static final String LEADS_OF_BLOCKS = """
            SELECT %s, %s
            FROM %s
            JOIN (SELECT x.id FROM (SELECT i.id, row_number() OVER (ORDER BY i.captured_at, i.id) AS n
                                    FROM lead i WHERE i.campaign_code = ?) x
                  WHERE (x.n - 1) / ? = ANY (?::int[])) b ON b.id = l.id
            WHERE l.campaign_code = ?
            ORDER BY l.captured_at, l.id""".formatted(LEAD_VALUES, ROW_HASH, LEAD_AND_STATE);

    /**
     * The Leads sheet's blocks of ? rows holding a lead changed after a lead_version (V20's lead_change), and the
     * campaign's lead count; no row when the campaign's change log does not reach back to that version (parameters:
     * rows per block, campaign, version, campaign, version). Only the index of capture times and ids is read to number
     * the rows, not the leads themselves.
     */
    static final String CHANGED_LEAD_BLOCKS = """
            SELECT (SELECT count(*)::int FROM lead WHERE campaign_code = g.campaign_code) AS leads,
                   ARRAY(SELECT DISTINCT ((x.n - 1) / ?)::int
                         FROM (SELECT i.id, row_number() OVER (ORDER BY i.captured_at, i.id) AS n
                               FROM lead i WHERE i.campaign_code = g.campaign_code) x
                         JOIN (SELECT DISTINCT lead_id FROM lead_change
                               WHERE campaign_code = g.campaign_code AND version > ?) c ON c.lead_id = x.id
                         ORDER BY 1) AS blocks
            FROM lead_change_log g
            WHERE g.campaign_code = ? AND g.from_version <= ?""";

    /**
     * Read from lead_state first (its own campaign index, V24's copy of the lead's campaign) and joined to lead only
     * for the open and overdue leads: from lead first, every lead of the campaign was fetched to be filtered out by
     * its status (100 campaigns of issue #17's realistic shape: 1.1-1.5 s against 0.72-0.76 s, EXPLAIN ANALYZE,
     * docs/benchmarks.md session 29).
     */
    static final String ACTION_LIST = "SELECT " + LEAD_VALUES + " FROM lead_state s JOIN lead l ON l.id = s.id"
            + " WHERE s.campaign_code = ?" + """
             AND s.status IN ('OVERDUE', 'OPEN')
            ORDER BY array_position(ARRAY['HOT', 'WARM', 'COLD', 'UNRATED'], l.rating), s.deadline, l.id""";

    /** Files that concern a campaign: its own badge-scan files and every CRM file. */
    private static final String CAMPAIGN_FILES = """
            SELECT * FROM source_file
            WHERE present AND ((role = 'BADGE_SCAN' AND campaign_code = ?) OR role = 'CRM')""";

    /**
     * SPEC §14: the CRMs whose owner ids this campaign's leads show for want of an owner export (CRM Owner holds the
     * owners of every matched record, joined by ", "), one row per CRM. Few distinct owner pairs per campaign, so the
     * leads are reduced to those first.
     */
    static final String UNNAMED_OWNER_SOURCES = """
            SELECT DISTINCT o.source
            FROM (SELECT DISTINCT s.crm_owner, s.first_touch_by FROM lead_state s WHERE s.campaign_code = ?) d
            CROSS JOIN LATERAL unnest(string_to_array(d.crm_owner, ', ') || d.first_touch_by) AS shown(owner)
            JOIN crm_owner o ON o.shown = shown.owner AND NOT o.named""";

    /** Which export would give names instead of ids, per CRM (the column source of UNNAMED_OWNER_SOURCES). */
    private static final String UNNAMED_OWNER_WARNING = """
            CASE unnamed.source
                WHEN 'SALESFORCE' THEN 'owners are shown by their Salesforce user ids: add a User export (Id, Name) to '
                                       || 'input/crm/ to show names'
                ELSE 'owners are shown by their HubSpot owner ids: add a HubSpot owners export (Owner ID, First Name, '
                     || 'Last Name, Email) to input/crm/ to show names'
            END""";

    static final String DATA_QUALITY = """
            SELECT category, file, row_number, reason, raw_values FROM (
                SELECT 0 AS ord, 'Warning' AS category, NULL AS file, NULL::int AS row_number, w AS reason,
                       NULL AS raw_values, 0 AS n
                FROM campaign c CROSS JOIN LATERAL unnest(c.warnings) WITH ORDINALITY AS t(w, n0)
                WHERE c.code = ?
              UNION ALL
                SELECT 0, 'Warning', NULL, NULL, %2$s, NULL, 0
                FROM (%3$s) unnamed
              UNION ALL
                SELECT 1, CASE f.status WHEN 'REJECTED' THEN 'File rejected' ELSE 'File skipped' END, f.path, NULL,
                       f.reason, NULL, 0
                FROM (%1$s) f WHERE f.status IN ('REJECTED', 'DUPLICATE')
              UNION ALL
                SELECT 2, 'Row rejected', f.path, r.row_number, r.reason, r.raw_values, 0
                FROM (%1$s) f JOIN rejected_row r ON r.file_id = f.id
              UNION ALL
                SELECT 3, 'Warning', f.path, w.row_number, w.message, NULL, 0
                FROM (%1$s) f JOIN import_warning w ON w.file_id = f.id
              UNION ALL
                SELECT 4, 'Duplicate merged', f.path, s.row_number,
                       'scan merged into the lead first scanned at ' || l.source_file || ' row ' || l.source_row
                       || ' (' || COALESCE(NULLIF(l.email, ''), NULLIF(trim(l.first_name || ' ' || l.last_name), ''), l.lead_key) || ')',
                       NULL, 0
                FROM lead l JOIN lead_scan ls ON ls.lead_id = l.id JOIN scan s ON s.id = ls.scan_id
                JOIN source_file f ON f.id = s.file_id
                WHERE l.campaign_code = ? AND l.scans > 1 AND NOT (f.path = l.source_file AND s.row_number = l.source_row)
            ) dq
            ORDER BY ord, file NULLS FIRST, row_number NULLS FIRST, reason""".formatted(CAMPAIGN_FILES,
            ReportQueries.UNNAMED_OWNER_WARNING, ReportQueries.UNNAMED_OWNER_SOURCES);

    static final String TREND = """
            SELECT as_of, sla_compliance, followed_up, leads FROM campaign_figures
            WHERE campaign_code = ? ORDER BY as_of_instant, as_of""";

    static final String INPUT_FILES = """
            SELECT path, kind, sha256, data_rows, rejected_rows, status, reason, reading, missing_fields FROM (%s) f
            ORDER BY role, path""".formatted(CAMPAIGN_FILES);

    static final String ALL_TRENDS = """
            SELECT f.campaign_code, f.as_of, f.sla_compliance, f.followed_up, f.leads
            FROM campaign_figures f JOIN campaign c ON c.code = f.campaign_code AND c.in_input
            ORDER BY f.campaign_code, f.as_of_instant, f.as_of""";
}
