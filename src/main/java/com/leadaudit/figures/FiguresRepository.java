package com.leadaudit.figures;

import com.leadaudit.importing.ParallelWork;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table campaign_figures: the SPEC §9 figures of every run per campaign and as-of, kept so trends across
 * nights can be shown. Percentiles use PostgreSQL's percentile_cont, which interpolates exactly as Excel's
 * PERCENTILE.INC, over the one-decimal hours the Leads sheet shows — so a reader can recompute them in Excel.
 * Purged campaigns keep the figures they had: a later run neither overwrites them nor adds nights of zeros.
 */
@Repository
public class FiguresRepository {

    /** What outcome_figures calls amounts whose export named no currency (the Outcomes sheet shows no currency). */
    public static final String NO_CURRENCY = "(no currency)";

    private static final String UPSERT = """
            INSERT INTO campaign_figures (campaign_code, as_of, as_of_instant, computed_at, scans_read, rows_rejected,
                                          duplicates, leads, leads_in_crm, on_time, late, overdue, open,
                                          sla_compliance, followed_up, median_hours, p90_hours)
            SELECT c.code, ?, c.as_of_instant, ?,
                   COALESCE(sc.scans_read, 0), COALESCE(sc.rows_rejected, 0),
                   COALESCE(ld.scans, 0) - COALESCE(ld.leads, 0),
                   COALESCE(ld.leads, 0), COALESCE(ld.in_crm, 0), COALESCE(ld.on_time, 0), COALESCE(ld.late, 0),
                   COALESCE(ld.overdue, 0), COALESCE(ld.open, 0),
                   ld.on_time::float8 / NULLIF(ld.on_time + ld.late + ld.overdue, 0),
                   (ld.on_time + ld.late)::float8 / NULLIF(ld.leads, 0),
                   round(ld.median::numeric, 1)::float8, round(ld.p90::numeric, 1)::float8
            FROM campaign c
            LEFT JOIN (SELECT campaign_code, sum(data_rows) AS scans_read, sum(rejected_rows) AS rows_rejected
                       FROM source_file WHERE role = 'BADGE_SCAN' AND status = 'IMPORTED' AND present
                       GROUP BY campaign_code) sc ON sc.campaign_code = c.code
            LEFT JOIN (SELECT campaign_code, sum(scans) AS scans, count(*) AS leads,
                              count(*) FILTER (WHERE match_tier IS NOT NULL) AS in_crm,
                              count(*) FILTER (WHERE status = 'ON_TIME') AS on_time,
                              count(*) FILTER (WHERE status = 'LATE') AS late,
                              count(*) FILTER (WHERE status = 'OVERDUE') AS overdue,
                              count(*) FILTER (WHERE status = 'OPEN') AS open,
                              percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_touch) AS median,
                              percentile_cont(0.9) WITHIN GROUP (ORDER BY hours_to_touch) AS p90
                       FROM lead_figure_row WHERE first GROUP BY campaign_code) ld ON ld.campaign_code = c.code
            WHERE c.code IN (SELECT code FROM figure_campaign WHERE same_as_of IS NULL) AND c.in_input
                  AND c.purged_at IS NULL
            """ + FiguresSql.REPLACE_FIGURES;

    /**
     * Figures of each group of one dimension; %1$s is the group expression, %2$s the FROM clause giving alias l.
     * Groups compare byte-wise (COLLATE "C"): equality is the same under any deterministic collation, and the sort
     * behind the percentiles is cheaper.
     */
    private static final String GROUPS = """
            INSERT INTO group_figures (campaign_code, as_of, dimension, grp, leads, on_time, late, overdue, open,
                                       compliance, median_hours, p90_hours)
            SELECT g.campaign_code, ?, ?, g.grp, g.leads, g.on_time, g.late, g.overdue, g.open,
                   g.on_time::float8 / NULLIF(g.on_time + g.late + g.overdue, 0), g.median, g.p90
            FROM (SELECT l.campaign_code COLLATE "C" AS campaign_code, (%1$s) COLLATE "C" AS grp, count(*) AS leads,
                         count(*) FILTER (WHERE l.status = 'ON_TIME') AS on_time,
                         count(*) FILTER (WHERE l.status = 'LATE') AS late,
                         count(*) FILTER (WHERE l.status = 'OVERDUE') AS overdue,
                         count(*) FILTER (WHERE l.status = 'OPEN') AS open,
                         round((percentile_cont(0.5) WITHIN GROUP (ORDER BY l.hours_to_touch))::numeric, 1)::float8 AS median,
                         round((percentile_cont(0.9) WITHIN GROUP (ORDER BY l.hours_to_touch))::numeric, 1)::float8 AS p90
                  FROM %2$s
                  GROUP BY 1, 2) g""";

    /**
     * What the figures need of each lead of the campaigns computed (%1$s, a subquery), in one pass over their rows of
     * lead (d: rating, scans, staff) and lead_state (l: the rest): the four aggregations below then read this narrow
     * copy instead of those rows four times. One row per lead and booth staff member who scanned it (one row with no
     * staff member when none was recorded), {@code first} on the first of them: the staff figures count a lead for
     * every member who scanned it, the others count each lead once. Leads without a touch count for the owner of
     * their CRM record, so an owner's overdue leads show too. Hours as float8, which the percentiles take anyway.
     */
    private static final String NARROW_LEADS = """
            CREATE TEMP TABLE lead_figure_row ON COMMIT DROP AS
            SELECT l.campaign_code, d.rating, l.status, l.hours_to_touch::float8 AS hours_to_touch, d.scans,
                   l.match_tier, l.outcome_id, l.outcome_amount, l.outcome_currency, l.outcome_state,
                   COALESCE(NULLIF(l.first_touch_by, ''), NULLIF(l.crm_owner, ''),
                            CASE WHEN l.match_tier IS NULL THEN '(not in CRM)' ELSE '(no owner)' END) AS owner_group,
                   unnest(CASE WHEN cardinality(d.staff) = 0 THEN ARRAY[NULL]::text[] ELSE d.staff END)
                       AS staff_member,
                   generate_series(1, greatest(cardinality(d.staff), 1)) = 1 AS first
            FROM lead_state l JOIN lead d ON d.id = l.id
            WHERE l.campaign_code IN %1$s AND d.campaign_code IN %1$s""";

    private static final String BY_RATING = GROUPS.formatted("l.rating", "lead_figure_row l WHERE l.first");

    private static final String BY_OWNER = GROUPS.formatted("l.owner_group", "lead_figure_row l WHERE l.first");

    private static final String BY_STAFF = GROUPS.formatted("COALESCE(l.staff_member, '(not recorded)')",
            "lead_figure_row l");

    /**
     * Bump when the figures' SQL changes what it produces from the same leads, so figures stored by an earlier build
     * are computed again instead of copied.
     */
    static final String VERSION = "2";

    /**
     * SPEC §14 figures of one campaign: per dimension (ALL; STATUS: ON_TIME, LATE, NEVER; SPEED: first touch within
     * 1 h, within 24 h, within the SLA, later, never) the leads and those with an opportunity (currency ''), and per
     * currency the leads with an opportunity in it, its pipeline (open, won and lost) and what was won. Hours are the
     * one-decimal hours of the Leads sheet; a date-only touch counts by its status alone.
     */
    private static final String OUTCOMES = """
            INSERT INTO outcome_figures (campaign_code, as_of, dimension, grp, currency, leads, with_opportunity,
                                         pipeline, won)
            WITH f AS (
                -- first the leads by campaign, status group, speed group and outcome currency: a few rows per
                -- campaign to spread over the dimensions below, instead of three rows per lead (3 s of hashing for
                -- 490,000 leads, EXPLAIN ANALYZE, issue #17)
                SELECT l.campaign_code,
                       CASE WHEN l.status IN ('ON_TIME', 'LATE') THEN l.status ELSE 'NEVER' END AS by_status,
                       CASE WHEN l.hours_to_touch <= 1 THEN 'WITHIN_1H'
                            WHEN l.hours_to_touch <= 24 THEN 'WITHIN_24H'
                            WHEN l.status = 'ON_TIME' THEN 'WITHIN_SLA'
                            WHEN l.status = 'LATE' THEN 'LATER'
                            ELSE 'NEVER' END AS by_speed,
                       l.outcome_id IS NOT NULL AS with_opportunity, COALESCE(l.outcome_currency, '%1$s') AS currency,
                       count(*) AS leads, sum(l.outcome_amount) AS pipeline,
                       sum(l.outcome_amount) FILTER (WHERE l.outcome_state = 'WON') AS won
                FROM lead_figure_row l WHERE l.first
                GROUP BY 1, 2, 3, 4, 5),
            g AS (
                SELECT f.*, d.dimension, d.grp
                FROM f CROSS JOIN LATERAL (VALUES ('ALL', 'ALL'), ('STATUS', f.by_status), ('SPEED', f.by_speed))
                    AS d(dimension, grp))
            SELECT campaign_code, ?, dimension, grp, '', sum(leads),
                   COALESCE(sum(leads) FILTER (WHERE with_opportunity), 0), 0, 0
            FROM g GROUP BY campaign_code, dimension, grp
            UNION ALL
            SELECT campaign_code, ?, dimension, grp, currency, 0, sum(leads), COALESCE(sum(pipeline), 0),
                   COALESCE(sum(won), 0)
            FROM g WHERE with_opportunity GROUP BY campaign_code, dimension, grp, currency""".formatted(NO_CURRENCY);

    /**
     * Per campaign, the as-of instant (epoch microseconds) of the figures stored last, by any run of any build: the
     * last night that got as far as its figures. A pass that keeps per-campaign state for an as-of trusts that state
     * only while it is still the last night's; a night run in between by a build that does not keep it (an older
     * release) then makes the pass work in full again.
     */
    public Map<String, Long> lastNightAsOfMicros() {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (campaign_code) campaign_code, (extract(epoch FROM as_of_instant) * 1000000)::bigint
                FROM campaign_figures ORDER BY campaign_code, computed_at DESC""", rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** What {@link #record} did: campaigns with figures, and how many of them were copied rather than computed. */
    public record Recorded(int campaigns, int copied) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    /** Shares of the campaigns computed at once (leadaudit.report.threads, default 2), each in its own transaction. */
    private final int threads;

    public FiguresRepository(JdbcTemplate jdbc, TransactionTemplate tx,
                             @Value("${leadaudit.report.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.threads = Math.max(1, threads);
    }

    /**
     * Stores this run's figures per campaign and per group, in set-based passes over many campaigns at once (issue
     * #17: one statement per figure kind and share of campaigns, not one per campaign and kind, which cost 200 round trips, plans and index
     * scans each on 200 campaigns). A campaign whose leads, scan files and figures' SQL are what an earlier as-of's
     * figures were computed from has those figures: statuses are the only way the as-of enters them, and they are
     * part of the leads. Those are copied (or, for this very as-of, kept) instead of aggregated again, which is most
     * campaigns on a night over unchanged exports; the others are aggregated from one narrow copy of their leads.
     * The campaigns are dealt round-robin into {@code threads} shares, each share passed over in its own
     * transaction on its own connection, side by side: an INSERT ... SELECT runs on one core (PostgreSQL plans no
     * parallel workers for it), and one share for all campaigns left the second core idle (cold computeFigures: 7.9 s
     * campaign by campaign on two threads, 10.1 s in one pass over all of them). A run that stops half-way leaves every campaign's figures
     * whole, and the restarted step does them all again.
     */
    public Recorded record(String asOf, Instant computedAt) {
        List<String> codes = jdbc.queryForList("SELECT code FROM campaign WHERE in_input ORDER BY code", String.class);
        List<Callable<Integer>> shares = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, codes.size())); t++) {
            List<String> share = new ArrayList<>();
            for (int i = t; i < codes.size(); i += threads) {
                share.add(codes.get(i));
            }
            shares.add(() -> tx.execute(status -> recordShare(share, asOf, computedAt)));
        }
        int copied = ParallelWork.inOrder(shares, threads, "figures").stream().mapToInt(Integer::intValue).sum();
        int stored = jdbc.queryForObject("""
                SELECT count(*)::int FROM campaign_figures f JOIN campaign c ON c.code = f.campaign_code
                WHERE f.as_of = ? AND c.in_input""", Integer.class, asOf);
        return new Recorded(stored, copied);
    }

    /** One share of the campaigns, in the caller's transaction; returns how many of them were copied. */
    private int recordShare(List<String> codes, String asOf, Instant computedAt) {
        jdbc.execute(FiguresSql.CAMPAIGNS_TABLE);
        jdbc.update(FiguresSql.FILL_CAMPAIGNS, ps -> {
            ps.setString(1, "v" + VERSION + "|" + SoftwareVersion.version());
            ps.setArray(2, ps.getConnection().createArrayOf("text", codes.toArray()));
            ps.setString(3, asOf);
        });
        jdbc.execute("ANALYZE figure_campaign");
        copy(asOf, computedAt);
        compute(asOf, computedAt);
        return jdbc.queryForObject(FiguresSql.COPIED, Integer.class);
    }

    /** Campaigns with figures of the same basis: copied from that as-of (or only re-stamped when it is this one). */
    private void copy(String asOf, Instant computedAt) {
        jdbc.update(FiguresSql.DELETE_COPIED_GROUPS, asOf, asOf);
        jdbc.update(FiguresSql.COPY_GROUPS, asOf, asOf);
        jdbc.update(FiguresSql.DELETE_COPIED_OUTCOMES, asOf, asOf);
        jdbc.update(FiguresSql.COPY_OUTCOMES, asOf, asOf);
        jdbc.update(FiguresSql.COPY_FIGURES, asOf, Timestamp.from(computedAt));
    }

    /** The other campaigns: one narrow copy of their leads, then each kind of figure for all of them at once. */
    private void compute(String asOf, Instant computedAt) {
        jdbc.execute("SET LOCAL work_mem = '128MB'");
        jdbc.execute(NARROW_LEADS.formatted("(SELECT code FROM figure_campaign WHERE same_as_of IS NULL)"));
        jdbc.update("DELETE FROM group_figures WHERE as_of = ? AND campaign_code IN "
                + "(SELECT code FROM figure_campaign WHERE same_as_of IS NULL)", asOf);
        jdbc.update(BY_RATING, asOf, "RATING");
        jdbc.update(BY_OWNER, asOf, "OWNER");
        jdbc.update(BY_STAFF, asOf, "STAFF");
        jdbc.update("DELETE FROM outcome_figures WHERE as_of = ? AND campaign_code IN "
                + "(SELECT code FROM figure_campaign WHERE same_as_of IS NULL)", asOf);
        jdbc.update(OUTCOMES, asOf, asOf);
        jdbc.update(UPSERT, asOf, Timestamp.from(computedAt));
        jdbc.update(FiguresSql.SET_BASIS, asOf);
    }
}
