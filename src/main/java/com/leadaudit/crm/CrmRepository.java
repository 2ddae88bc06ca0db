package com.leadaudit.crm;

import com.leadaudit.io.DerivedState;
import com.leadaudit.io.FileRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of the CRM staging tables (*_row, one set per imported file) and of the consolidated tables person,
 * person_phone, activity and activity_person, which are rebuilt from the staging rows of the files present in
 * the input every run — so overlapping nightly full exports never double-count (SPEC §4).
 */
@Repository
public class CrmRepository {

    static final String PERSON_COLUMNS = """
            crm_person_row (file_id, row_number, source, person_type, crm_id, first_name, last_name, email,
                            email_norm, company, account_id, phones_e164, owner, converted_contact_id,
                            name_key, last_name_key, company_key)""";

    static final String ACTIVITY_COLUMNS = """
            activity_row (file_id, row_number, source, crm_id, channel, direction, happened, occurred_local,
                          occurred_instant, occurred_date, owner, subject, person_ids, contact_email_norm)""";

    static final String ACCOUNT_COLUMNS = "crm_account_row (file_id, crm_id, name, name_key)";

    static final String USER_COLUMNS = "crm_user_row (file_id, crm_id, name)";

    /**
     * Bump when the consolidation SQL changes what it produces from the same staging rows, so an unchanged input is
     * consolidated again once.
     */
    static final String VERSION = "3";

    /** Staging rows of files that count: imported, still in the input folder; the newest file wins per id. */
    private static final String LIVE_FILES = """
            CREATE TEMP TABLE live_crm_file ON COMMIT DROP AS
            SELECT id, imported_at FROM source_file WHERE role = 'CRM' AND status = 'IMPORTED' AND present""";

    /** The newest staging row per person id, materialised once (it was re-derived per row by lateral joins). */
    private static final String LATEST_PEOPLE = """
            CREATE TEMP TABLE latest_person ON COMMIT DROP AS
            SELECT DISTINCT ON (r.crm_id) r.*
            FROM crm_person_row r JOIN live_crm_file f ON f.id = r.file_id
            ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC""";

    private static final String REBUILD_PEOPLE = """
            INSERT INTO person (crm_id, person_key, source, person_type, first_name, last_name, email_norm, company,
                                company_key, name_key, last_name_key, email_domain, owner)
            WITH account AS (
                SELECT DISTINCT ON (a.crm_id) a.crm_id, a.name, a.name_key
                FROM crm_account_row a JOIN live_crm_file f ON f.id = a.file_id
                ORDER BY a.crm_id, f.imported_at DESC, f.id DESC
            ), owner_name AS (
                SELECT DISTINCT ON (u.crm_id) u.crm_id, u.name
                FROM crm_user_row u JOIN live_crm_file f ON f.id = u.file_id
                ORDER BY u.crm_id, f.imported_at DESC, f.id DESC
            )
            SELECT l.crm_id,
                   -- a converted Salesforce lead is the contact it became, when that contact is exported too
                   CASE WHEN c.crm_id IS NOT NULL THEN l.converted_contact_id ELSE l.crm_id END,
                   l.source, l.person_type, l.first_name, l.last_name, l.email_norm,
                   COALESCE(NULLIF(acc.name, ''), l.company),
                   COALESCE(NULLIF(acc.name_key, ''), l.company_key),
                   l.name_key, l.last_name_key,
                   split_part(l.email_norm, '@', 2),
                   COALESCE(o.name, l.owner)
            FROM latest_person l
            LEFT JOIN latest_person c ON c.crm_id = l.converted_contact_id
            LEFT JOIN account acc ON acc.crm_id = l.account_id
            LEFT JOIN owner_name o ON o.crm_id = l.owner""";

    private static final String REBUILD_PHONES = """
            INSERT INTO person_phone (person_key, phone_e164, last_name_key)
            SELECT DISTINCT p.person_key, phone, p.last_name_key
            FROM latest_person l
            JOIN person p ON p.crm_id = l.crm_id
            CROSS JOIN LATERAL unnest(l.phones_e164) AS phone""";

    /**
     * The newest staging row per activity id, numbered in id order: the number becomes activity.id, so ids (the
     * first-touch tie-break) are the same whatever order the files were imported in.
     */
    private static final String LATEST_ACTIVITIES = """
            CREATE TEMP TABLE latest_activity ON COMMIT DROP AS
            SELECT row_number() OVER (ORDER BY l.crm_id) AS id, l.*
            FROM (
                SELECT DISTINCT ON (r.crm_id) r.source, r.crm_id, r.channel, r.direction, r.happened,
                       r.occurred_local, r.occurred_instant, r.occurred_date, r.owner, r.subject, r.person_ids,
                       r.contact_email_norm
                FROM activity_row r JOIN live_crm_file f ON f.id = r.file_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ) l""";

    private static final String REBUILD_ACTIVITIES = """
            INSERT INTO activity (id, source, crm_id, channel, direction, happened, occurred_at, occurred_date, owner,
                                  subject)
            SELECT l.id, l.source, l.crm_id, l.channel, l.direction, l.happened,
                   COALESCE(l.occurred_instant, l.occurred_local AT TIME ZONE ?), l.occurred_date,
                   COALESCE(o.name, l.owner), l.subject
            FROM latest_activity l
            LEFT JOIN (
                SELECT DISTINCT ON (u.crm_id) u.crm_id, u.name
                FROM crm_user_row u JOIN live_crm_file f ON f.id = u.file_id
                ORDER BY u.crm_id, f.imported_at DESC, f.id DESC
            ) o ON o.crm_id = l.owner""";

    /** Activities naming their people by id; with the next statement (activities without ids) each pair once. */
    private static final String LINK_BY_ID = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT DISTINCT l.id, p.person_key
            FROM latest_activity l
            CROSS JOIN LATERAL unnest(l.person_ids) AS pid
            JOIN person p ON p.crm_id = pid""";

    /** SPEC §6: an activity that names its person only by email (Dynamics "Regarding" views) links by that email. */
    private static final String LINK_BY_EMAIL = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT DISTINCT l.id, p.person_key
            FROM latest_activity l
            JOIN person p ON p.email_norm = l.contact_email_norm
            WHERE cardinality(l.person_ids) = 0 AND l.contact_email_norm IS NOT NULL""";

    private final JdbcTemplate jdbc;
    private final DerivedState state;

    public CrmRepository(JdbcTemplate jdbc, DerivedState state) {
        this.jdbc = jdbc;
        this.state = state;
    }

    /**
     * Rebuilds the consolidated CRM unless the CRM files that count and the CRM time zone are what it was built from;
     * returns {people, activities, 1 if rebuilt else 0}. Runs in the caller's transaction (the temp tables live in it).
     */
    public long[] rebuild(String crmTimeZone) {
        String fingerprint = state.inputs(FileRole.CRM, "v" + VERSION + "|zone=" + crmTimeZone);
        var unchanged = state.unchanged(DerivedState.CRM, fingerprint)
                .filter(c -> c[0] == 0 || !state.isEmpty("person"));
        if (unchanged.isPresent()) {
            return new long[] {unchanged.get()[0], unchanged.get()[1], 0};
        }
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        jdbc.execute("TRUNCATE person, person_phone, activity, activity_person RESTART IDENTITY");
        jdbc.execute(LIVE_FILES);
        jdbc.execute(LATEST_PEOPLE);
        jdbc.execute("ANALYZE latest_person");
        long people = jdbc.update(REBUILD_PEOPLE);
        jdbc.update(REBUILD_PHONES);
        jdbc.execute(LATEST_ACTIVITIES);
        jdbc.execute("ANALYZE latest_activity");
        long activities = jdbc.update(REBUILD_ACTIVITIES, crmTimeZone);
        jdbc.queryForObject("SELECT setval('activity_id_seq', GREATEST(?, 1))", Long.class, activities);
        jdbc.update(LINK_BY_ID);
        jdbc.update(LINK_BY_EMAIL);
        jdbc.execute("ANALYZE person; ANALYZE person_phone; ANALYZE activity; ANALYZE activity_person");
        state.record(DerivedState.CRM, fingerprint, people, activities);
        state.forget(DerivedState.MATCHES);
        return new long[] {people, activities, 1};
    }
}
