package com.leadaudit.outcome;

import com.leadaudit.figures.FiguresRepository;
import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import com.leadaudit.rebuild.QueryWorkers;
import com.leadaudit.rebuild.SideBySideWrites;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of the lead_state columns outcome_* (SPEC §14): each lead's outcome is its earliest opportunity belonging to a
 * CRM person matched to it, created at or after its capture, within the outcome window and at or before the as-of;
 * its state (open / won / lost) is as of the as-of. Set-based, one pass a night: only leads whose outcome changed are
 * written, and their campaigns get a new lead version, so figures and lead sheets follow.
 *
 * <p>An opportunity belongs to a person through a contact role, the deal's associated contacts, its contact (id or
 * email); failing all of those, through the person's account, but only when that account has exactly one matched
 * lead of the campaign (an account of several visitors says nothing about which of them it came from).
 */
@Repository
public class OutcomeRepository {

    /**
     * The opportunity and contact-role exports that count (id, content, import time): the matches no longer cover
     * them, since the people are kept over a night whose new exports hold no person.
     */
    private static final String OPPORTUNITY_INPUTS = """
            SELECT md5(COALESCE(string_agg(f.id || ':' || f.fingerprint || ':' || f.imported_at, ',' ORDER BY f.id), ''))
            FROM source_file f
            WHERE f.role = 'CRM' AND f.status = 'IMPORTED' AND f.present
              -- asked per file (tables of tens of thousands of rows; see CrmRepository's PEOPLE_INPUTS for large ones)
              AND ((SELECT min(r.file_id) FROM opportunity_row r WHERE r.file_id = f.id) IS NOT NULL
                   OR (SELECT min(r.file_id) FROM opportunity_contact_row r WHERE r.file_id = f.id) IS NOT NULL)""";

    /** Opportunities that count: of each CRM id, the row of the newest imported file (as for people). */
    private static final String OPPORTUNITIES = """
            CREATE TEMP TABLE outcome_opportunity ON COMMIT DROP AS
            SELECT DISTINCT ON (o.crm_id) o.crm_id, o.name, o.amount, o.currency, o.stage, o.closed, o.won,
                   o.close_date, COALESCE(o.created_instant, o.created_local AT TIME ZONE ?) AS created,
                   o.person_ids, o.contact_email_norm, o.account_id
            FROM opportunity_row o
            JOIN source_file f ON f.id = o.file_id AND f.role = 'CRM' AND f.status = 'IMPORTED' AND f.present
            ORDER BY o.crm_id, f.imported_at DESC, o.row_number DESC""";

    /**
     * The lead and opportunity pairs of the campaigns rebuilt (temp table outcome_pair): %1$s joins the owned pairs'
     * leads to those campaigns, %2$s picks those campaigns' leads for the account pairs (both empty when every
     * campaign is rebuilt). Kept apart from {@link #CANDIDATES} and analysed: planned as one statement, the estimates
     * of these pairs (unnest of the contact ids: ten a row; lead_person's statistics of the night before) were off by
     * thousands, and for one rebuilt campaign the planner paired every opportunity with every lead of the campaign
     * (25 million rows sorted on disk, 54 s; issue #17's realistic night with one new badge file).
     */
    private static final String PAIRS = """
            CREATE TEMP TABLE outcome_pair ON COMMIT DROP AS
            WITH owned AS (
                SELECT o.crm_id AS opportunity, p.person_key
                FROM outcome_opportunity o CROSS JOIN LATERAL unnest(o.person_ids) AS named(crm_id)
                JOIN person p ON p.crm_id = named.crm_id
              UNION
                SELECT r.opportunity_id, p.person_key
                FROM opportunity_contact_row r
                JOIN source_file f ON f.id = r.file_id AND f.status = 'IMPORTED' AND f.present
                JOIN person p ON p.crm_id = r.person_id
              UNION
                -- the filter says what the join implies: the planner then hashes the few opportunities that name
                -- their contact by email (none in a Salesforce export) instead of the million people (0.4-0.6 s)
                SELECT o.crm_id, p.person_key
                FROM outcome_opportunity o JOIN person p ON p.email_norm = o.contact_email_norm
                WHERE o.contact_email_norm IS NOT NULL
            ), unowned AS (
                SELECT o.crm_id, o.account_id FROM outcome_opportunity o
                WHERE o.account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM owned ow WHERE ow.opportunity = o.crm_id)
            ), account_person AS (
                -- only the accounts an unowned opportunity names: the people of every account are a million rows
                SELECT DISTINCT p.person_key, r.account_id
                FROM crm_person_row r
                JOIN source_file f ON f.id = r.file_id AND f.status = 'IMPORTED' AND f.present
                JOIN person p ON p.crm_id = r.crm_id
                WHERE r.account_id IN (SELECT account_id FROM unowned)
            )
            SELECT lp.lead_id, ow.opportunity FROM owned ow JOIN lead_person lp ON lp.person_key = ow.person_key%1$s
            UNION
            SELECT min(l.id), o.crm_id
            FROM unowned o
            JOIN account_person a ON a.account_id = o.account_id
            JOIN lead_person lp ON lp.person_key = a.person_key
            JOIN lead_state l ON l.id = lp.lead_id%2$s
            GROUP BY o.crm_id, l.campaign_code
            HAVING count(DISTINCT l.id) = 1""";

    /** The pairs whose opportunity was created within the window after the lead's capture (SPEC §14). */
    private static final String CANDIDATES = """
            INSERT INTO outcome_candidate (lead_id, crm_id, name, created, amount, currency, stage, closed, won,
                                           close_date)
            SELECT DISTINCT l.id, o.crm_id, o.name, o.created, o.amount, o.currency, o.stage, o.closed, o.won,
                   o.close_date
            FROM outcome_pair k
            JOIN lead_state l ON l.id = k.lead_id
            JOIN outcome_opportunity o ON o.crm_id = k.opportunity
            WHERE o.created >= l.captured_at AND o.created <= l.captured_at + make_interval(days => ?)""";

    /**
     * Candidates of leads gone (their campaign's leads were rebuilt) or of the campaigns about to be rebuilt: all but
     * those whose lead is of another campaign. One anti-join: written as "no lead OR lead IN (the campaigns' leads)",
     * the IN became a subplan that, once the campaigns' leads outgrew work_mem, was searched row by row for every
     * candidate (514 s for four rebuilt campaigns of 90,000 leads, classic benchmark).
     */
    private static final String FORGET_CANDIDATES = """
            DELETE FROM outcome_candidate k
            WHERE NOT EXISTS (SELECT 1 FROM lead_state l WHERE l.id = k.lead_id AND l.campaign_code <> ALL (?))""";

    /** Candidates per campaign, of the campaigns rebuilt (the placeholder), for the state recorded per campaign. */
    private static final String CANDIDATES_PER_CAMPAIGN = """
            SELECT l.campaign_code, count(*) FROM outcome_candidate k JOIN lead_state l ON l.id = k.lead_id
            WHERE true%s GROUP BY l.campaign_code""";

    /**
     * The leads whose outcome is chosen tonight (temp table outcome_lead). Of the campaigns chosen in full (their
     * codes, four times), every lead with a candidate or an outcome. Of the campaigns whose as-of only moved on from
     * the one their outcomes were chosen for (their codes, and those earlier as-ofs as ISO text), the leads with a
     * candidate that the move can change: created after the earlier as-of, or closed on a later local date. Every
     * other lead's earliest candidate and its state are the same at both as-ofs. Last, the earliest of those as-ofs
     * (ISO text) and its UTC date less a day.
     *
     * <p>The cardinality tests let the planner drop the first two branches on a night with no campaign chosen in
     * full: "campaign_code = ANY" over an empty array alone still read the row of every lead with an outcome
     * through index lead_state_with_outcome (1.3 s of a next night on the realistic benchmark, cold buffers).
     */
    private static final String LEADS_TO_CHOOSE = """
            CREATE TEMP TABLE outcome_lead ON COMMIT DROP AS
            SELECT k.lead_id FROM outcome_candidate k JOIN lead_state l ON l.id = k.lead_id
            WHERE cardinality(?::text[]) > 0 AND l.campaign_code = ANY (?)
            UNION
            SELECT l.id FROM lead_state l
            WHERE cardinality(?::text[]) > 0 AND l.outcome_id IS NOT NULL AND l.campaign_code = ANY (?)
            UNION
            SELECT k.lead_id
            FROM outcome_candidate k
            JOIN lead_state l ON l.id = k.lead_id
            JOIN (SELECT unnest(?::text[]) AS code, unnest(?::text[]::timestamptz[]) AS since) w
                ON w.code = l.campaign_code
            JOIN campaign c ON c.code = l.campaign_code
            WHERE (k.created > w.since AND k.created <= c.as_of_instant
                   OR k.closed AND k.close_date > (w.since AT TIME ZONE c.time_zone)::date
                               AND k.close_date <= (c.as_of_instant AT TIME ZONE c.time_zone)::date)
              -- the same bound for all of them (the earliest earlier as-of, a day to spare for zones), which the scan
              -- of the candidates applies before looking up each one's lead
              AND (k.created > ?::timestamptz OR k.closed AND k.close_date >= ?::date)""";

    /** {@link #LEADS_TO_CHOOSE} when every campaign is chosen in full (a first night, new exports). */
    private static final String EVERY_LEAD_TO_CHOOSE = """
            CREATE TEMP TABLE outcome_lead ON COMMIT DROP AS
            SELECT lead_id FROM outcome_candidate
            UNION
            SELECT id FROM lead_state WHERE outcome_id IS NOT NULL""";

    /**
     * Tonight's outcome of each lead of outcome_lead: its earliest candidate created by the as-of, in its state as of
     * the as-of.
     */
    private static final String CHOICES = """
            CREATE TEMP TABLE outcome_choice ON COMMIT DROP AS
            SELECT DISTINCT ON (k.lead_id) k.lead_id, k.crm_id, k.name, k.created, k.amount, k.currency, k.stage,
                   CASE WHEN k.closed AND (k.close_date IS NULL
                                           OR k.close_date <= (c.as_of_instant AT TIME ZONE c.time_zone)::date)
                        THEN CASE WHEN k.won THEN 'WON' ELSE 'LOST' END
                        ELSE 'OPEN' END AS state
            FROM outcome_candidate k
            JOIN outcome_lead o ON o.lead_id = k.lead_id
            JOIN lead_state l ON l.id = k.lead_id
            JOIN campaign c ON c.code = l.campaign_code
            WHERE k.created <= c.as_of_instant
            ORDER BY k.lead_id, k.created, k.crm_id""";

    /** Writes tonight's outcome of each lead of outcome_lead where it changed (none: NULLs). */
    private static final String APPLY = """
            UPDATE lead_state l
            SET outcome_id = x.crm_id, outcome_name = x.name, outcome_created = x.created, outcome_amount = x.amount,
                outcome_currency = x.currency, outcome_stage = x.stage, outcome_state = x.state
            FROM (SELECT o.lead_id AS id, ch.crm_id, ch.name, ch.created, ch.amount, ch.currency, ch.stage, ch.state
                  FROM outcome_lead o LEFT JOIN outcome_choice ch ON ch.lead_id = o.lead_id) x
            WHERE x.id = l.id
                  AND (l.outcome_id, l.outcome_name, l.outcome_created, l.outcome_amount, l.outcome_currency,
                       l.outcome_stage, l.outcome_state)
                      IS DISTINCT FROM (x.crm_id, x.name, x.created, x.amount, x.currency, x.stage, x.state)""";

    private final JdbcTemplate jdbc;
    private final DerivedState state;
    private final FiguresRepository figures;

    public OutcomeRepository(JdbcTemplate jdbc, DerivedState state, FiguresRepository figures) {
        this.jdbc = jdbc;
        this.state = state;
        this.figures = figures;
    }

    /**
     * What one night's pass did: leads with an outcome, leads whose outcome changed, leads whose outcome was chosen
     * again, and of how many campaigns every lead was looked at ({@code inFull}), only the leads a later as-of can
     * change ({@code movedOn}), or none (the rest: same as-of, same candidates).
     */
    public record Found(long withOutcome, int changed, long lookedAt, int inFull, int movedOn, int campaigns) {
    }

    /**
     * Decides every lead's outcome as of each campaign's as-of (campaign.as_of_instant, set by its step first).
     * Runs in the caller's transaction: the temp tables and the update commit or roll back together.
     */
    public Found findOutcomes(String crmZone, int windowDays) {
        rebuildCandidatesIfStale(crmZone, windowDays);
        // Per campaign, what its outcomes were last chosen from (its candidates and zone) and for which as-of: the same
        // as-of keeps them, a later one only looks at the candidates the move can change, anything else chooses again.
        List<String> all = new ArrayList<>();
        Map<String, Long> asOfs = new HashMap<>();
        Map<String, String> zones = new HashMap<>();
        jdbc.query("SELECT code, (extract(epoch FROM as_of_instant) * 1000000)::bigint, time_zone FROM campaign",
                rs -> {
                    all.add(rs.getString(1));
                    asOfs.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2));
                    zones.put(rs.getString(1), rs.getString(3));
                });
        Map<String, String> bases = state.bases(DerivedSet.OUTCOMES, all);
        Map<String, Long> lastNight = figures.lastNightAsOfMicros();
        Map<String, String> chosenFrom = new HashMap<>();
        Set<String> full = new LinkedHashSet<>();
        Map<String, Long> movedOn = new LinkedHashMap<>();  // the as-of their outcomes were chosen for
        for (String code : all) {
            Long asOf = asOfs.get(code);
            DerivedState.Kept kept = null;
            if (bases.get(code) != null && asOf != null) {
                chosenFrom.put(code, bases.get(code) + "|" + zones.get(code));
                kept = state.kept(DerivedSet.OUTCOMES, code, chosenFrom.get(code)).orElse(null);
            }
            // A record is trusted only while the last night was the one it was made for: a night run in between by a
            // build that keeps no record (an older release) may have chosen outcomes for another as-of.
            if (kept == null || kept.count(0) > asOf || !Long.valueOf(kept.count(0)).equals(lastNight.get(code))) {
                full.add(code);
            } else if (kept.count(0) < asOf) {
                movedOn.put(code, kept.count(0));
            }
        }
        if (full.isEmpty() && movedOn.isEmpty()) {
            return new Found(withOutcome(), 0, 0, 0, 0, all.size());
        }
        if (full.size() == all.size()) {
            jdbc.execute(EVERY_LEAD_TO_CHOOSE);
        } else {
            jdbc.update(LEADS_TO_CHOOSE, ps -> {
                for (int i = 1; i <= 4; i++) {
                    ps.setArray(i, ps.getConnection().createArrayOf("text", full.toArray()));
                }
                ps.setArray(5, ps.getConnection().createArrayOf("text", movedOn.keySet().toArray()));
                // Instants travel as ISO text: no session or JVM time zone can move them.
                ps.setArray(6, ps.getConnection().createArrayOf("text", movedOn.values().stream()
                        .map(since -> micros(since).toString()).toArray()));
                // (with none moved on, the join to w leaves no row whatever the bound)
                Instant earliest = movedOn.values().stream().map(OutcomeRepository::micros)
                        .min(Instant::compareTo).orElse(Instant.EPOCH);
                ps.setString(7, earliest.toString());
                ps.setDate(8, java.sql.Date.valueOf(earliest.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1)));
            });
        }
        // Analysed so the planner sees how few leads a night over unchanged exports looks at, and joins by key.
        jdbc.execute("ANALYZE outcome_lead");
        long lookedAt = jdbc.queryForObject("SELECT count(*) FROM outcome_lead", Long.class);
        jdbc.update(CHOICES);
        jdbc.execute("ANALYZE outcome_choice");
        SideBySideWrites.lockForThisTransaction(jdbc);  // the first touches update lead_state beside this step
        int changed = jdbc.update(APPLY);
        Map<String, DerivedState.Built> record = new LinkedHashMap<>();
        for (String code : all) {
            if ((full.contains(code) || movedOn.containsKey(code)) && chosenFrom.containsKey(code)) {
                record.put(code, new DerivedState.Built(chosenFrom.get(code), asOfs.get(code)));
            }
        }
        state.record(DerivedSet.OUTCOMES, record);
        return new Found(withOutcome(), changed, lookedAt, full.size(), movedOn.size(), all.size());
    }

    private static Instant micros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** Leads with an outcome, counted from the rows (index lead_state_with_outcome), not from what earlier nights noted. */
    private long withOutcome() {
        return jdbc.queryForObject("SELECT count(*) FROM lead_state WHERE outcome_id IS NOT NULL", Long.class);
    }

    /**
     * A campaign's candidates depend on its matches (whose fingerprint covers the campaign's leads and the CRM people),
     * the opportunity exports, the window and the CRM zone: when none of those changed they are kept, and a night
     * over unchanged exports only applies its as-of. A new badge file rebuilds its campaign's candidates only.
     */
    private void rebuildCandidatesIfStale(String crmZone, int windowDays) {
        List<String> campaigns = state.campaignsOf(DerivedSet.MATCHES);
        Map<String, String> bases = state.bases(DerivedSet.OUTCOME_CANDIDATES, campaigns);
        String settings = "zone=" + crmZone + "|window=" + windowDays + "|opportunities="
                + jdbc.queryForObject(OPPORTUNITY_INPUTS, String.class) + "|";
        List<String> stale = new ArrayList<>();
        for (String code : campaigns) {
            String basis = bases.get(code);
            if (basis == null || state.kept(DerivedSet.OUTCOME_CANDIDATES, code, settings + basis).isEmpty()) {
                stale.add(code);
            }
        }
        List<String> gone = state.campaignsOf(DerivedSet.OUTCOME_CANDIDATES).stream()
                .filter(code -> !bases.containsKey(code)).toList();
        state.forget(DerivedSet.OUTCOME_CANDIDATES, gone);
        if (stale.isEmpty() && gone.isEmpty() && !campaigns.isEmpty()) {
            return;
        }
        boolean whole = stale.size() == campaigns.size();
        String scope = whole ? "" : " AND l.campaign_code = ANY (?)";
        Object[] codes = stale.toArray();
        if (whole) {
            jdbc.execute("TRUNCATE outcome_candidate");
        } else {
            jdbc.update(FORGET_CANDIDATES, ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", codes)));
        }
        QueryWorkers.noneInThisTransaction(jdbc);  // beside the first touches
        jdbc.update(OPPORTUNITIES, crmZone);
        jdbc.execute("ANALYZE outcome_opportunity");
        jdbc.update(whole ? PAIRS.formatted("", "") : PAIRS.formatted(
                "\n    JOIN lead_state l ON l.id = lp.lead_id AND l.campaign_code = ANY (?)",
                "\nWHERE l.campaign_code = ANY (?)"), ps -> {
                    if (!whole) {
                        ps.setArray(1, ps.getConnection().createArrayOf("text", codes));
                        ps.setArray(2, ps.getConnection().createArrayOf("text", codes));
                    }
                });
        jdbc.execute("ANALYZE outcome_pair");
        jdbc.update(CANDIDATES, windowDays);
        jdbc.execute("ANALYZE outcome_candidate");
        Map<String, Long> built = new HashMap<>();
        jdbc.query(CANDIDATES_PER_CAMPAIGN.formatted(scope), ps -> {
            if (!whole) {
                ps.setArray(1, ps.getConnection().createArrayOf("text", codes));
            }
        }, rs -> {
            built.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, DerivedState.Built> record = new LinkedHashMap<>();
        for (String code : stale) {
            if (bases.get(code) != null) {
                record.put(code, new DerivedState.Built(settings + bases.get(code), built.getOrDefault(code, 0L)));
            }
        }
        state.record(DerivedSet.OUTCOME_CANDIDATES, record);
    }

    /** True when some opportunity export counts (SPEC §14: without one, no outcome figures, never zeros). */
    public static final String HAS_OPPORTUNITY_EXPORT = """
            SELECT EXISTS (SELECT 1 FROM source_file WHERE role = 'CRM' AND status = 'IMPORTED' AND present
                                                        AND kind IN ('salesforce-opportunity', 'hubspot-deals',
                                                                     'dynamics-opportunities'))""";
}
