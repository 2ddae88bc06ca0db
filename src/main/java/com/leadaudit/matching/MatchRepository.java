package com.leadaudit.matching;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table lead_person: which CRM people each lead is (SPEC §6). EMAIL and PHONE tiers are single set-based
 * statements over indexed keys; the NAME tier's candidates are blocked here (same last name or same company) and
 * scored in Java by {@link NameTier}.
 */
@Repository
public class MatchRepository {

    private static final String EMAIL_TIER = """
            INSERT INTO lead_person (lead_id, person_key, tier)
            SELECT DISTINCT l.id, p.person_key, 'EMAIL'
            FROM lead l JOIN person p ON p.email_norm = l.email_norm
            WHERE l.email_norm IS NOT NULL""";

    private static final String PHONE_TIER = """
            INSERT INTO lead_person (lead_id, person_key, tier)
            SELECT DISTINCT l.id, pp.person_key, 'PHONE'
            FROM lead l JOIN person_phone pp ON pp.phone_e164 = l.phone_e164 AND pp.last_name_key = l.last_name_key
            WHERE l.phone_e164 IS NOT NULL AND l.last_name_key <> ''
              AND NOT EXISTS (SELECT 1 FROM lead_person m WHERE m.lead_id = l.id)""";

    /**
     * NAME tier candidates (SPEC §6): a person can only qualify with the same company key or the same work email
     * domain, so those are the two blocks, each an equi-join PostgreSQL can hash (an OR of two join conditions could
     * only be a nested loop). The domain block leaves out pairs the company block already gave, so every pair comes
     * once without a de-duplicating pass, and leaves out free-mail domains (they never confirm a match and would pair
     * every gmail lead with every gmail person), passed in as ?. Pairs whose name keys differ in length by more than
     * the Jaro–Winkler threshold allows (a ratio under 0.6; 0.93 needs at least 0.65) are dropped here too.
     * Candidates arrive grouped by lead.
     */
    private static final String NAME_CANDIDATES = """
            WITH todo AS MATERIALIZED (
                SELECT l.id, l.name_key, l.company_key, COALESCE(l.email_domain, '') AS email_domain
                FROM lead l
                WHERE l.name_key <> '' AND NOT EXISTS (SELECT 1 FROM lead_person m WHERE m.lead_id = l.id)
            )
            SELECT * FROM (
                SELECT t.id, t.name_key, t.company_key, t.email_domain,
                       p.person_key, p.name_key AS person_name, p.company_key AS person_company,
                       p.email_domain AS person_domain
                FROM todo t JOIN person p ON p.company_key = t.company_key
                WHERE t.company_key <> '' AND p.name_key <> ''
                  AND length(p.name_key) >= 0.6 * length(t.name_key) AND length(t.name_key) >= 0.6 * length(p.name_key)
                UNION ALL
                SELECT t.id, t.name_key, t.company_key, t.email_domain,
                       p.person_key, p.name_key, p.company_key, p.email_domain
                FROM todo t JOIN person p ON p.email_domain = t.email_domain
                WHERE t.email_domain <> '' AND t.email_domain <> ALL (?) AND p.name_key <> ''
                  AND NOT (t.company_key <> '' AND p.company_key = t.company_key)
                  AND length(p.name_key) >= 0.6 * length(t.name_key) AND length(t.name_key) >= 0.6 * length(p.name_key)
            ) c
            ORDER BY c.id""";

    /** Email domains of the leads the NAME tier looks at; the free-mail ones among them are excluded from blocking. */
    private static final String LEAD_DOMAINS = """
            SELECT DISTINCT l.email_domain FROM lead l
            WHERE l.name_key <> '' AND l.email_domain <> ''
              AND NOT EXISTS (SELECT 1 FROM lead_person m WHERE m.lead_id = l.id)""";

    private static final String SUMMARISE = """
            UPDATE lead l SET match_tier = m.tier, crm_owner = m.owners
            FROM (SELECT lp.lead_id, min(lp.tier) AS tier,
                         string_agg(DISTINCT NULLIF(p.owner, ''), ', ') AS owners
                  FROM lead_person lp JOIN person p ON p.person_key = lp.person_key
                  GROUP BY lp.lead_id) m
            WHERE l.id = m.lead_id""";

    private final JdbcTemplate jdbc;

    public MatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.execute("TRUNCATE lead_person");
        jdbc.update("UPDATE lead SET match_tier = NULL, crm_owner = NULL WHERE match_tier IS NOT NULL OR crm_owner IS NOT NULL");
    }

    public int emailTier() {
        return jdbc.update(EMAIL_TIER);
    }

    public int phoneTier() {
        return jdbc.update(PHONE_TIER);
    }

    public void forEachNameCandidate(Consumer<NameTier.Candidate> consumer) {
        java.util.List<String> freeMail = new java.util.ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(LEAD_DOMAINS);
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            String domain = rs.getString(1);
            if (FreeMailDomains.isFreeMail(domain)) {
                freeMail.add(domain);
            }
        });
        jdbc.query(con -> {
            var ps = con.prepareStatement(NAME_CANDIDATES);
            ps.setFetchSize(5000);
            ps.setArray(1, con.createArrayOf("text", freeMail.toArray()));
            return ps;
        }, rs -> {
            consumer.accept(new NameTier.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        });
    }

    public void insertNameMatches(List<NameTier.Match> matches) {
        jdbc.batchUpdate("INSERT INTO lead_person (lead_id, person_key, tier) VALUES (?, ?, 'NAME') ON CONFLICT DO NOTHING",
                matches, 1000, (ps, m) -> {
                    ps.setLong(1, m.leadId());
                    ps.setString(2, m.personKey());
                });
    }

    /** Sets lead.match_tier and crm_owner; tiers sort EMAIL < NAME < PHONE but a lead only ever has one tier. */
    public void summarise() {
        jdbc.update(SUMMARISE);
    }
}
