package com.leadaudit.figures;

/**
 * The set-based statements of {@link FiguresRepository}: which campaigns' figures can be copied from an earlier
 * as-of, and the copies themselves, for all campaigns of a share in one statement each. Every statement works off the
 * transaction's temp table figure_campaign (one row per campaign in the input: the basis of its figures and the
 * as-of whose figures have that basis, if any).
 */
final class FiguresSql {

    private FiguresSql() {
    }

    /** An as-of's figures replace those stored for it (computed or copied). */
    static final String REPLACE_FIGURES = """
            ON CONFLICT (campaign_code, as_of) DO UPDATE SET
                as_of_instant = excluded.as_of_instant, computed_at = excluded.computed_at,
                scans_read = excluded.scans_read, rows_rejected = excluded.rows_rejected,
                duplicates = excluded.duplicates, leads = excluded.leads, leads_in_crm = excluded.leads_in_crm,
                on_time = excluded.on_time, late = excluded.late, overdue = excluded.overdue, open = excluded.open,
                sla_compliance = excluded.sla_compliance, followed_up = excluded.followed_up,
                median_hours = excluded.median_hours, p90_hours = excluded.p90_hours""";

    static final String CAMPAIGNS_TABLE = """
            CREATE TEMP TABLE figure_campaign (code TEXT PRIMARY KEY, basis TEXT NOT NULL, same_as_of TEXT)
            ON COMMIT DROP""";

    /**
     * Everything a campaign's figures are computed from besides its statuses' as-of: its lead rows (lead_version,
     * which every change to them renews), its scan files (scans read, rows rejected) and the figures' SQL (the first
     * parameter) — for the campaigns of one share (the second parameter). The as-of of stored figures with that
     * basis, this run's own as-of (the third parameter) first.
     */
    static final String FILL_CAMPAIGNS = """
            INSERT INTO figure_campaign (code, basis, same_as_of)
            WITH b AS (
                SELECT c.code, md5(c.lead_version || '|' || ? || '|' || COALESCE(
                           (SELECT string_agg(f.id || ':' || f.fingerprint || ':' || f.data_rows || ':'
                                              || f.rejected_rows, ',' ORDER BY f.id)
                            FROM source_file f
                            WHERE f.role = 'BADGE_SCAN' AND f.status = 'IMPORTED' AND f.present
                                  AND f.campaign_code = c.code), '')) AS basis
                FROM campaign c WHERE c.in_input AND c.code = ANY (?))
            SELECT b.code, b.basis,
                   (SELECT f.as_of FROM campaign_figures f WHERE f.campaign_code = b.code AND f.basis = b.basis
                    ORDER BY f.as_of = ? DESC, f.computed_at DESC LIMIT 1)
            FROM b""";

    /** Group figures of this as-of (parameters: as-of twice) that copies from another as-of replace. */
    static final String DELETE_COPIED_GROUPS = """
            DELETE FROM group_figures g USING figure_campaign fc
            WHERE g.as_of = ? AND g.campaign_code = fc.code AND fc.same_as_of <> ?""";

    static final String COPY_GROUPS = """
            INSERT INTO group_figures (campaign_code, as_of, dimension, grp, leads, on_time, late, overdue, open,
                                       compliance, median_hours, p90_hours)
            SELECT g.campaign_code, ?, g.dimension, g.grp, g.leads, g.on_time, g.late, g.overdue, g.open, g.compliance,
                   g.median_hours, g.p90_hours
            FROM group_figures g JOIN figure_campaign fc ON fc.code = g.campaign_code AND g.as_of = fc.same_as_of
            WHERE fc.same_as_of <> ?""";

    static final String DELETE_COPIED_OUTCOMES = """
            DELETE FROM outcome_figures o USING figure_campaign fc
            WHERE o.as_of = ? AND o.campaign_code = fc.code AND fc.same_as_of <> ?""";

    static final String COPY_OUTCOMES = """
            INSERT INTO outcome_figures (campaign_code, as_of, dimension, grp, currency, leads, with_opportunity,
                                         pipeline, won)
            SELECT o.campaign_code, ?, o.dimension, o.grp, o.currency, o.leads, o.with_opportunity, o.pipeline, o.won
            FROM outcome_figures o JOIN figure_campaign fc ON fc.code = o.campaign_code AND o.as_of = fc.same_as_of
            WHERE fc.same_as_of <> ?""";

    /**
     * The campaign figures of every campaign with a basis match, copied to this as-of (or, when the match is this
     * as-of, re-stamped in place). Parameters: the as-of, the computing time.
     */
    static final String COPY_FIGURES = """
            INSERT INTO campaign_figures (campaign_code, as_of, as_of_instant, computed_at, scans_read, rows_rejected,
                                          duplicates, leads, leads_in_crm, on_time, late, overdue, open,
                                          sla_compliance, followed_up, median_hours, p90_hours, basis)
            SELECT f.campaign_code, ?, c.as_of_instant, ?, f.scans_read, f.rows_rejected, f.duplicates, f.leads,
                   f.leads_in_crm, f.on_time, f.late, f.overdue, f.open, f.sla_compliance, f.followed_up,
                   f.median_hours, f.p90_hours, f.basis
            FROM campaign_figures f
            JOIN figure_campaign fc ON fc.code = f.campaign_code AND f.as_of = fc.same_as_of
            JOIN campaign c ON c.code = f.campaign_code
            WHERE c.in_input AND c.purged_at IS NULL
            """ + REPLACE_FIGURES + ", basis = excluded.basis";

    static final String COPIED = "SELECT count(*)::int FROM figure_campaign WHERE same_as_of IS NOT NULL";

    /** The computed figures (parameter: the as-of) note what they were computed from. */
    static final String SET_BASIS = """
            UPDATE campaign_figures f SET basis = fc.basis FROM figure_campaign fc
            WHERE f.campaign_code = fc.code AND fc.same_as_of IS NULL AND f.as_of = ?""";
}
