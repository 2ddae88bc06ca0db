package com.leadaudit.matching;

import com.leadaudit.rebuild.QueryWorkers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table lead_person: which CRM people each lead is (SPEC §6). EMAIL and PHONE tiers are single set-based
 * statements (hash joins at scale); the NAME tier's candidates are blocked here by company and by work email domain
 * and scored in Java by {@link NameTier}.
 */
@Repository
public class MatchRepository {

    /**
     * The first tier fills an empty lead_person (a full pass) or adds to the rows other campaigns kept: its pairs are
     * inserted in key order, so that the primary key (lead_id, person_key) grows at its right edge instead of taking
     * half a million insertions at random places. De-duplicated by a hash, the same pairs arrived in hash order, and
     * the statement took 2.7-3.4 s against 1.7-2.0 s sorted (issue #17's realistic shape, 504,670 pairs, EXPLAIN
     * ANALYZE alternated, at 4 MB and 128 MB of work_mem; docs/benchmarks.md session 34).
     */
    private static final String EMAIL_TIER = """
            INSERT INTO lead_person (lead_id, person_key, tier)
            SELECT DISTINCT l.id, p.person_key, 'EMAIL'
            FROM lead l JOIN person p ON p.email_norm = l.email_norm
            WHERE l.email_norm IS NOT NULL%s
            ORDER BY 1, 2""";

    /**
     * The leads without an EMAIL match are picked first, on their own (OFFSET 0 keeps the planner from merging the
     * two): planned as one join, the pairs of phone and last name were estimated at a few thousand where there were
     * 545,257, and each was then looked up in lead_person's key to drop the 504,670 leads the EMAIL tier had matched.
     * Alone 3.2-3.6 s against 1.2-1.4 s this way (the same 40,587 pairs; EXPLAIN ANALYZE alternated); in a cold night,
     * beside the activities' consolidation, 2.5-2.8 s against 2.0-2.5 s (issue #17's realistic shape,
     * docs/benchmarks.md session 36).
     */
    private static final String PHONE_TIER = """
            INSERT INTO lead_person (lead_id, person_key, tier)
            SELECT DISTINCT l.id, pp.person_key, 'PHONE'
            FROM (SELECT l.id, l.phone_e164, l.last_name_key FROM lead l
                  WHERE l.phone_e164 IS NOT NULL AND l.last_name_key <> ''
                    AND NOT EXISTS (SELECT 1 FROM lead_person m WHERE m.lead_id = l.id)%s
                  OFFSET 0) l
            JOIN person_phone pp ON pp.phone_e164 = l.phone_e164 AND pp.last_name_key = l.last_name_key""";

    /** Leads the NAME tier looks at: a name and no match at an earlier tier. */
    private static final String NAME_TODO = """
            CREATE TEMP TABLE name_todo ON COMMIT DROP AS
            SELECT l.id, l.name_key, l.company_key, COALESCE(l.email_domain, '') AS email_domain
            FROM lead l
            WHERE l.name_key <> '' AND NOT EXISTS (SELECT 1 FROM lead_person m WHERE m.lead_id = l.id)%s""";

    /**
     * NAME tier blocks (SPEC §6): a person can only qualify with the same company key or the same work email domain,
     * so each block is a company (or a domain) with its waiting leads first, then its people. %1$s is the block
     * column; ? are the free-mail domains, never a block (they confirm nothing and would put every gmail lead
     * with every gmail person). Sent sorted by block: each lead and person once, not once per candidate pair.
     */
    private static final String NAME_BLOCKS = """
            SELECT k, side, id, person_key, name_key, company_key, email_domain FROM (
                SELECT t.%1$s AS k, 0 AS side, t.id, NULL AS person_key, t.name_key, t.company_key, t.email_domain
                FROM name_todo t
                WHERE t.%1$s <> '' AND t.%1$s <> ALL (?)
                UNION ALL
                SELECT p.%1$s, 1, NULL, p.person_key, p.name_key, p.company_key, COALESCE(p.email_domain, '')
                FROM person p
                WHERE p.name_key <> '' AND p.%1$s IN (SELECT t.%1$s FROM name_todo t WHERE t.%1$s <> '' AND t.%1$s <> ALL (?))
            ) b
            ORDER BY k, side""";

    /** A lead matches at the NAME tier when exactly one person qualified, in its company and domain blocks together. */
    private static final String NAME_MATCHES = """
            INSERT INTO lead_person (lead_id, person_key, tier)
            SELECT lead_id, min(person_key), 'NAME' FROM name_hit
            GROUP BY lead_id HAVING count(DISTINCT person_key) = 1""";

    /** Email domains of the leads the NAME tier looks at; the free-mail ones among them are no block. */
    private static final String LEAD_DOMAINS = "SELECT DISTINCT email_domain FROM name_todo WHERE email_domain <> ''";

    /**
     * Each matched lead's tier and owners, written only where they differ: a night that matches every lead again (new
     * CRM exports) mostly finds what it found before, and a lead row updated to the values it had still counts as a
     * changed lead for its campaign's workbook (lead_version, the lead change log) — every Leads sheet was then
     * written again in full.
     */
    private static final String SUMMARISE = """
            UPDATE lead_state l SET match_tier = m.tier, crm_owner = m.owners
            FROM (SELECT lp.lead_id, min(lp.tier) AS tier,
                         string_agg(DISTINCT NULLIF(p.owner, ''), ', ') AS owners
                  FROM lead_person lp JOIN person p ON p.person_key = lp.person_key
                  %s
                  GROUP BY lp.lead_id) m
            WHERE l.id = m.lead_id%s AND (l.match_tier, l.crm_owner) IS DISTINCT FROM (m.tier, m.owners)""";

    /** Leads that lost every match: no tier, no owner. */
    private static final String UNMATCHED = """
            UPDATE lead_state l SET match_tier = NULL, crm_owner = NULL
            WHERE (l.match_tier IS NOT NULL OR l.crm_owner IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM lead_person lp WHERE lp.lead_id = l.id)%s""";

    /** The rows each tier found per campaign (of the campaigns matched), for the state recorded per campaign. */
    private static final String FOUND = """
            SELECT l.campaign_code, lp.tier, count(*) FROM lead_person lp JOIN lead_state l ON l.id = lp.lead_id
            WHERE true%s
            GROUP BY l.campaign_code, lp.tier""";

    private final JdbcTemplate jdbc;

    public MatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which leads a pass matches: all, or those of some campaigns (their leads were rebuilt). */
    public record Scope(List<String> campaigns) {
        public static final Scope ALL = new Scope(null);

        /** A condition on lead alias {@code alias}, appended to a WHERE clause (empty for all leads). */
        String and(String alias) {
            return campaigns == null ? "" : " AND " + alias + ".campaign_code IN (SELECT code FROM match_scope)";
        }
    }

    /**
     * Makes the scope's campaigns readable to the statements of this transaction (temp table match_scope), analysed:
     * unanalysed, the planner took the table for 1,360 campaigns and read every lead to find one campaign's, in each
     * of the statements that look at the scope's leads (0.6-1.2 s each, six of them, on issue #17's realistic shape
     * for a night with one new badge file); knowing it holds one, it reads that campaign's leads through their index.
     * The matching runs beside the activities' consolidation, so its statements run without parallel query workers.
     */
    public void open(Scope scope) {
        QueryWorkers.noneInThisTransaction(jdbc);
        if (scope.campaigns() != null) {
            jdbc.update("CREATE TEMP TABLE match_scope ON COMMIT DROP AS SELECT unnest(?::text[]) AS code",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", scope.campaigns().toArray())));
            jdbc.execute("ANALYZE match_scope");
        }
    }

    /**
     * Forgets the matches of the leads in scope. Their match_tier and crm_owner stay until {@link #summarise} sets
     * them from the new matches: the tiers look only at lead_person.
     */
    public void clear(Scope scope) {
        if (scope.campaigns() == null) {
            jdbc.execute("TRUNCATE lead_person");
        } else {
            jdbc.update("DELETE FROM lead_person lp USING lead_state l WHERE l.id = lp.lead_id" + scope.and("l"));
        }
    }

    public int emailTier(Scope scope) {
        return jdbc.update(EMAIL_TIER.formatted(scope.and("l")));
    }

    public int phoneTier(Scope scope) {
        return jdbc.update(PHONE_TIER.formatted(scope.and("l")));
    }

    /**
     * The NAME tier: streams the company blocks, then the work-domain blocks, through {@link NameTier}, collects the
     * qualifying pairs in a temp table and keeps the leads with exactly one qualifying person; returns how many.
     * Runs in the caller's transaction.
     */
    public int nameTier(Scope scope) {
        jdbc.execute("SET LOCAL work_mem = '128MB'");
        jdbc.execute(NAME_TODO.formatted(scope.and("l")));
        jdbc.execute("ANALYZE name_todo");
        jdbc.execute("CREATE TEMP TABLE name_hit (lead_id BIGINT NOT NULL, person_key TEXT NOT NULL) ON COMMIT DROP");
        List<String> freeMail = new ArrayList<>();
        jdbc.query(LEAD_DOMAINS, rs -> {
            String domain = rs.getString(1);
            if (FreeMailDomains.isFreeMail(domain)) {
                freeMail.add(domain);
            }
        });
        streamBlocks("company_key", List.of(), new NameTier(false, this::insertHits));
        streamBlocks("email_domain", freeMail, new NameTier(true, this::insertHits));
        return jdbc.update(NAME_MATCHES);
    }

    private void streamBlocks(String column, List<String> excluded, NameTier tier) {
        jdbc.query(con -> {
            var ps = con.prepareStatement(NAME_BLOCKS.formatted(column));
            ps.setFetchSize(5000);
            ps.setArray(1, con.createArrayOf("text", excluded.toArray()));
            ps.setArray(2, con.createArrayOf("text", excluded.toArray()));
            return ps;
        }, rs -> {
            String block = rs.getString(1);
            NameTier.Keys keys = new NameTier.Keys(rs.getString(5), rs.getString(6), rs.getString(7));
            if (rs.getInt(2) == 0) {
                tier.lead(block, rs.getLong(3), keys);
            } else {
                tier.person(block, rs.getString(4), keys);
            }
        });
        tier.finish();
    }

    private void insertHits(List<NameTier.Hit> hits) {
        jdbc.batchUpdate("INSERT INTO name_hit (lead_id, person_key) VALUES (?, ?)", hits, hits.size(), (ps, h) -> {
            ps.setLong(1, h.leadId());
            ps.setString(2, h.personKey());
        });
    }

    /**
     * Sets lead_state.match_tier and crm_owner from the lead's matches, NULL for a lead without one, where they differ;
     * tiers sort EMAIL < NAME < PHONE but a lead only ever has one tier.
     */
    public void summarise(Scope scope) {
        String leads = scope.campaigns() == null ? ""
                : "WHERE lp.lead_id IN (SELECT l2.id FROM lead_state l2 WHERE true" + scope.and("l2") + ")";
        if (scope.campaigns() == null) {
            // Every lead's matches were just written: without statistics the planner took the summary's 570,452
            // groups for 200 and probed the lead index once per group (16.3 s cold, EXPLAIN ANALYZE).
            jdbc.execute("ANALYZE lead_person");
        }
        // The unmatched first: the two sets of leads are disjoint, and before the summary only the leads matched on an
        // earlier night have a tier to lose. Run after it, the search probed lead_person for every lead just matched
        // (570,452 probes, 4.5 s of a cold run that cleared nothing).
        jdbc.update(UNMATCHED.formatted(scope.and("l")));
        jdbc.update(SUMMARISE.formatted(leads, scope.and("l")));
    }

    /** Per campaign in scope, the lead_person rows found by each tier: {email, phone, name}. */
    public java.util.Map<String, long[]> found(Scope scope) {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        jdbc.query(FOUND.formatted(scope.and("l")), rs -> {
            long[] counts = out.computeIfAbsent(rs.getString(1), code -> new long[3]);
            counts[switch (rs.getString(2)) {
                case "EMAIL" -> 0;
                case "PHONE" -> 1;
                default -> 2;
            }] = rs.getLong(3);
        });
        return out;
    }
}
