package com.leadaudit.outcome;

import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of the lead columns outcome_* (SPEC §14): each lead's outcome is its earliest opportunity belonging to a
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

    /** Opportunities that count: of each CRM id, the row of the newest imported file (as for people). */
    private static final String OPPORTUNITIES = """
            CREATE TEMP TABLE outcome_opportunity ON COMMIT DROP AS
            SELECT DISTINCT ON (o.crm_id) o.crm_id, o.name, o.amount, o.currency, o.stage, o.closed, o.won,
                   o.close_date, COALESCE(o.created_instant, o.created_local AT TIME ZONE ?) AS created,
                   o.person_ids, o.contact_email_norm, o.account_id
            FROM opportunity_row o
            JOIN source_file f ON f.id = o.file_id AND f.role = 'CRM' AND f.status = 'IMPORTED' AND f.present
            ORDER BY o.crm_id, f.imported_at DESC, o.row_number DESC""";

    private static final String CANDIDATES = """
            INSERT INTO outcome_candidate (lead_id, crm_id, name, created, amount, currency, stage, closed, won,
                                           close_date)
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
                SELECT o.crm_id, p.person_key
                FROM outcome_opportunity o JOIN person p ON p.email_norm = o.contact_email_norm
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
            ), candidate AS (
                SELECT lp.lead_id, ow.opportunity FROM owned ow JOIN lead_person lp ON lp.person_key = ow.person_key
              UNION
                SELECT min(l.id), o.crm_id
                FROM unowned o
                JOIN account_person a ON a.account_id = o.account_id
                JOIN lead_person lp ON lp.person_key = a.person_key
                JOIN lead l ON l.id = lp.lead_id
                GROUP BY o.crm_id, l.campaign_code
                HAVING count(DISTINCT l.id) = 1
            )
            SELECT DISTINCT l.id, o.crm_id, o.name, o.created, o.amount, o.currency, o.stage, o.closed, o.won,
                   o.close_date
            FROM candidate k
            JOIN lead l ON l.id = k.lead_id
            JOIN outcome_opportunity o ON o.crm_id = k.opportunity
            WHERE o.created >= l.captured_at AND o.created <= l.captured_at + make_interval(days => ?)%s""";

    /** Candidates of leads gone (their campaign's leads were rebuilt) or of the campaigns about to be rebuilt. */
    private static final String FORGET_CANDIDATES = """
            DELETE FROM outcome_candidate k
            WHERE NOT EXISTS (SELECT 1 FROM lead l WHERE l.id = k.lead_id)
               OR k.lead_id IN (SELECT l.id FROM lead l WHERE l.campaign_code = ANY (?))""";

    /** Candidates per campaign, of the campaigns rebuilt (the placeholder), for the state recorded per campaign. */
    private static final String CANDIDATES_PER_CAMPAIGN = """
            SELECT l.campaign_code, count(*) FROM outcome_candidate k JOIN lead l ON l.id = k.lead_id
            WHERE true%s GROUP BY l.campaign_code""";

    /** Tonight's outcome of each lead: its earliest candidate created by the as-of, in its state as of the as-of. */
    private static final String CHOICES = """
            CREATE TEMP TABLE outcome_choice ON COMMIT DROP AS
            SELECT DISTINCT ON (k.lead_id) k.lead_id, k.crm_id, k.name, k.created, k.amount, k.currency, k.stage,
                   CASE WHEN k.closed AND (k.close_date IS NULL
                                           OR k.close_date <= (c.as_of_instant AT TIME ZONE c.time_zone)::date)
                        THEN CASE WHEN k.won THEN 'WON' ELSE 'LOST' END
                        ELSE 'OPEN' END AS state,
                   l.campaign_code
            FROM outcome_candidate k
            JOIN lead l ON l.id = k.lead_id
            JOIN campaign c ON c.code = l.campaign_code
            WHERE k.created <= c.as_of_instant%s
            ORDER BY k.lead_id, k.created, k.crm_id""";

    private static final String APPLY = """
            UPDATE lead l
            SET outcome_id = x.crm_id, outcome_name = x.name, outcome_created = x.created, outcome_amount = x.amount,
                outcome_currency = x.currency, outcome_stage = x.stage, outcome_state = x.state
            FROM (SELECT k.id, ch.crm_id, ch.name, ch.created, ch.amount, ch.currency, ch.stage, ch.state
                  FROM (SELECT lead_id AS id FROM outcome_choice
                        UNION SELECT id FROM lead WHERE outcome_id IS NOT NULL%s) k
                  LEFT JOIN outcome_choice ch ON ch.lead_id = k.id) x
            WHERE x.id = l.id
                  AND (l.outcome_id, l.outcome_name, l.outcome_created, l.outcome_amount, l.outcome_currency,
                       l.outcome_stage, l.outcome_state)
                      IS DISTINCT FROM (x.crm_id, x.name, x.created, x.amount, x.currency, x.stage, x.state)""";

    private final JdbcTemplate jdbc;
    private final DerivedState state;

    public OutcomeRepository(JdbcTemplate jdbc, DerivedState state) {
        this.jdbc = jdbc;
        this.state = state;
    }

    /**
     * What one night's pass did: leads with an outcome, how many leads' outcomes changed, and of how many campaigns
     * the outcomes were chosen again (the others' as-of and candidates were those they were last chosen for).
     */
    public record Found(long withOutcome, int changed, int campaignsChosen, int campaigns) {
    }

    /**
     * Decides every lead's outcome as of each campaign's as-of (campaign.as_of_instant, set by the first-touch step).
     * Runs in the caller's transaction: the temp tables and the update commit or roll back together.
     */
    public Found findOutcomes(String crmZone, int windowDays) {
        rebuildCandidatesIfStale(crmZone, windowDays);
        // A campaign whose outcomes were chosen for its current as-of (and zone) from the same candidates keeps them:
        // a re-run of the night then reads neither its candidates nor its leads.
        List<String> all = new ArrayList<>();
        Map<String, String> asOfs = new HashMap<>();
        jdbc.query("SELECT code, COALESCE(((extract(epoch FROM as_of_instant) * 1000000)::bigint)::text, 'none') "
                + "|| '|' || COALESCE(time_zone, '') FROM campaign", rs -> {
                    all.add(rs.getString(1));
                    asOfs.put(rs.getString(1), rs.getString(2));
                });
        Map<String, String> bases = state.bases(DerivedSet.OUTCOMES, all);
        long keptWith = 0;
        List<String> due = new ArrayList<>();
        for (String code : all) {
            String basis = bases.get(code);
            Long kept = basis == null ? null : state.kept(DerivedSet.OUTCOMES, code, basis + "|" + asOfs.get(code))
                    .map(k -> k.count(0)).orElse(null);
            if (kept == null) {
                due.add(code);
            } else {
                keptWith += kept;
            }
        }
        if (due.isEmpty()) {
            return new Found(keptWith, 0, 0, all.size());
        }
        // Only leads that have an outcome now or had one are looked at: a night is a few thousand rows, not every lead.
        boolean whole = due.size() == all.size();
        Object[] codes = due.toArray();
        jdbc.update(CHOICES.formatted(whole ? "" : " AND l.campaign_code = ANY (?)"), ps -> {
            if (!whole) {
                ps.setArray(1, ps.getConnection().createArrayOf("text", codes));
            }
        });
        jdbc.execute("ANALYZE outcome_choice");
        int changed = jdbc.update(APPLY.formatted(whole ? "" : " AND campaign_code = ANY (?)"), ps -> {
            if (!whole) {
                ps.setArray(1, ps.getConnection().createArrayOf("text", codes));
            }
        });
        Map<String, Long> with = new HashMap<>();
        jdbc.query("SELECT campaign_code, count(*) FROM outcome_choice GROUP BY campaign_code",
                rs -> {
                    with.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, DerivedState.Built> chosen = new LinkedHashMap<>();
        for (String code : due) {
            if (bases.get(code) != null) {
                chosen.put(code, new DerivedState.Built(bases.get(code) + "|" + asOfs.get(code),
                        with.getOrDefault(code, 0L)));
            }
        }
        state.record(DerivedSet.OUTCOMES, chosen);
        return new Found(keptWith + with.values().stream().mapToLong(Long::longValue).sum(), changed, due.size(),
                all.size());
    }

    /**
     * A campaign's candidates depend on its matches (whose fingerprint covers the CRM exports, opportunity exports
     * included, and the campaign's leads), the window and the CRM zone: when none of those changed they are kept, and
     * a night over unchanged exports only applies its as-of. A new badge file rebuilds its campaign's candidates only.
     */
    private void rebuildCandidatesIfStale(String crmZone, int windowDays) {
        List<String> campaigns = state.campaignsOf(DerivedSet.MATCHES);
        Map<String, String> bases = state.bases(DerivedSet.OUTCOME_CANDIDATES, campaigns);
        String settings = "zone=" + crmZone + "|window=" + windowDays + "|";
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
        jdbc.update(OPPORTUNITIES, crmZone);
        jdbc.execute("ANALYZE outcome_opportunity");
        jdbc.update(CANDIDATES.formatted(scope), ps -> {
            ps.setInt(1, windowDays);
            if (!whole) {
                ps.setArray(2, ps.getConnection().createArrayOf("text", codes));
            }
        });
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
