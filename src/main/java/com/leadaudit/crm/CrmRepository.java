package com.leadaudit.crm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of the CRM staging tables (*_row, one set per imported file) and of the consolidated tables person,
 * person_phone, activity and activity_person, which are rebuilt from the staging rows of the files present in
 * the input every run — so overlapping nightly full exports never double-count (SPEC §4).
 */
@Repository
public class CrmRepository {

    static final String INSERT_PERSON = """
            INSERT INTO crm_person_row (file_id, row_number, source, person_type, crm_id, first_name, last_name, email,
                                        email_norm, company, account_id, phones_e164, owner, converted_contact_id,
                                        name_key, last_name_key, company_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_ACTIVITY = """
            INSERT INTO activity_row (file_id, row_number, source, crm_id, channel, direction, happened, occurred_local,
                                      occurred_instant, occurred_date, owner, subject, person_ids, contact_email_norm)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_ACCOUNT = "INSERT INTO crm_account_row (file_id, crm_id, name, name_key) VALUES (?, ?, ?, ?)";

    static final String INSERT_USER = "INSERT INTO crm_user_row (file_id, crm_id, name) VALUES (?, ?, ?)";

    /** Staging rows of files that count: imported, still in the input folder; the newest file wins per id. */
    private static final String LIVE_FILES = "SELECT id, imported_at FROM source_file WHERE role = 'CRM' AND status = 'IMPORTED' AND present";

    private static final String REBUILD_PEOPLE = """
            INSERT INTO person (crm_id, person_key, source, person_type, first_name, last_name, email_norm, company,
                                company_key, name_key, last_name_key, email_domain, owner)
            WITH latest AS (
                SELECT DISTINCT ON (r.crm_id) r.*
                FROM crm_person_row r JOIN (%1$s) f ON f.id = r.file_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ), account AS (
                SELECT DISTINCT ON (a.crm_id) a.crm_id, a.name, a.name_key
                FROM crm_account_row a JOIN (%1$s) f ON f.id = a.file_id
                ORDER BY a.crm_id, f.imported_at DESC, f.id DESC
            ), owner_name AS (
                SELECT DISTINCT ON (u.crm_id) u.crm_id, u.name
                FROM crm_user_row u JOIN (%1$s) f ON f.id = u.file_id
                ORDER BY u.crm_id, f.imported_at DESC, f.id DESC
            )
            SELECT l.crm_id,
                   -- a converted Salesforce lead is the contact it became, when that contact is exported too
                   CASE WHEN l.converted_contact_id IS NOT NULL
                             AND EXISTS (SELECT 1 FROM latest c WHERE c.crm_id = l.converted_contact_id)
                        THEN l.converted_contact_id ELSE l.crm_id END,
                   l.source, l.person_type, l.first_name, l.last_name, l.email_norm,
                   COALESCE(NULLIF(acc.name, ''), l.company),
                   COALESCE(NULLIF(acc.name_key, ''), l.company_key),
                   l.name_key, l.last_name_key,
                   split_part(l.email_norm, '@', 2),
                   COALESCE(o.name, l.owner)
            FROM latest l
            LEFT JOIN account acc ON acc.crm_id = l.account_id
            LEFT JOIN owner_name o ON o.crm_id = l.owner
            """.formatted(LIVE_FILES);

    private static final String REBUILD_PHONES = """
            INSERT INTO person_phone (person_key, phone_e164, last_name_key)
            SELECT DISTINCT p.person_key, phone, p.last_name_key
            FROM person p
            JOIN LATERAL (
                SELECT DISTINCT ON (r.crm_id) r.phones_e164
                FROM crm_person_row r JOIN (%s) f ON f.id = r.file_id
                WHERE r.crm_id = p.crm_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ) latest ON TRUE
            CROSS JOIN LATERAL unnest(latest.phones_e164) AS phone
            ON CONFLICT DO NOTHING
            """.formatted(LIVE_FILES);

    private static final String REBUILD_ACTIVITIES = """
            INSERT INTO activity (source, crm_id, channel, direction, happened, occurred_at, occurred_date, owner, subject)
            SELECT l.source, l.crm_id, l.channel, l.direction, l.happened,
                   COALESCE(l.occurred_instant, l.occurred_local AT TIME ZONE ?), l.occurred_date,
                   COALESCE(o.name, l.owner), l.subject
            FROM (
                SELECT DISTINCT ON (r.crm_id) r.*
                FROM activity_row r JOIN (%1$s) f ON f.id = r.file_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ) l
            LEFT JOIN (
                SELECT DISTINCT ON (u.crm_id) u.crm_id, u.name
                FROM crm_user_row u JOIN (%1$s) f ON f.id = u.file_id
                ORDER BY u.crm_id, f.imported_at DESC, f.id DESC
            ) o ON o.crm_id = l.owner
            """.formatted(LIVE_FILES);

    private static final String LINK_BY_ID = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT DISTINCT a.id, p.person_key
            FROM activity a
            JOIN LATERAL (
                SELECT DISTINCT ON (r.crm_id) r.person_ids
                FROM activity_row r JOIN (%s) f ON f.id = r.file_id
                WHERE r.crm_id = a.crm_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ) latest ON TRUE
            CROSS JOIN LATERAL unnest(latest.person_ids) AS pid
            JOIN person p ON p.crm_id = pid
            ON CONFLICT DO NOTHING
            """.formatted(LIVE_FILES);

    /** SPEC §6: an activity that names its person only by email (Dynamics "Regarding" views) links by that email. */
    private static final String LINK_BY_EMAIL = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT DISTINCT a.id, p.person_key
            FROM activity a
            JOIN LATERAL (
                SELECT DISTINCT ON (r.crm_id) r.person_ids, r.contact_email_norm
                FROM activity_row r JOIN (%s) f ON f.id = r.file_id
                WHERE r.crm_id = a.crm_id
                ORDER BY r.crm_id, f.imported_at DESC, f.id DESC, r.row_number DESC
            ) latest ON TRUE
            JOIN person p ON p.email_norm = latest.contact_email_norm
            WHERE cardinality(latest.person_ids) = 0 AND latest.contact_email_norm IS NOT NULL
            ON CONFLICT DO NOTHING
            """.formatted(LIVE_FILES);

    private final JdbcTemplate jdbc;

    public CrmRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the consolidated CRM; returns {people, activities}. Runs in the caller's transaction. */
    public long[] rebuild(String crmTimeZone) {
        jdbc.execute("TRUNCATE person, person_phone, activity, activity_person RESTART IDENTITY");
        long people = jdbc.update(REBUILD_PEOPLE);
        jdbc.update(REBUILD_PHONES);
        long activities = jdbc.update(REBUILD_ACTIVITIES, crmTimeZone);
        jdbc.update(LINK_BY_ID);
        jdbc.update(LINK_BY_EMAIL);
        jdbc.execute("ANALYZE person; ANALYZE person_phone; ANALYZE activity; ANALYZE activity_person");
        return new long[] {people, activities};
    }
}
