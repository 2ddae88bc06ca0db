package com.leadaudit.crm;

import com.leadaudit.followup.TouchSql;
import com.leadaudit.importing.FileRole;
import com.leadaudit.importing.ParallelWork;
import com.leadaudit.importing.StagingRows;
import com.leadaudit.rebuild.DerivedSet;
import com.leadaudit.rebuild.DerivedState;
import com.leadaudit.rebuild.QueryWorkers;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.FutureTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Owner of the CRM staging tables (*_row, one set per imported file) and of the consolidated tables person,
 * person_phone, activity and activity_person, which are rebuilt from the staging rows of the files present in
 * the input every run — so overlapping nightly full exports never double-count (SPEC §4). activity keeps only the
 * activities that can be a touch (SPEC §7); the rebuild is skipped when the CRM files that count are unchanged.
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
    static final String OPPORTUNITY_COLUMNS = """
            opportunity_row (file_id, row_number, source, crm_id, name, amount, currency, stage, closed, won,
                             created_local, created_instant, close_date, person_ids, contact_email_norm, account_id)""";
    static final String CONTACT_ROLE_COLUMNS = "opportunity_contact_row (file_id, row_number, opportunity_id, person_id)";

    static final String OWNER_FORM_COLUMNS = "crm_owner_form (file_id, owner_key, shown)";

    /**
     * {@link #peopleFingerprint}: the people's files (id, content, import time) and the owner forms, with the zone.
     * Whether a file holds such rows is one index probe per file and table ({@link #peopleFingerprint}).
     */
    private static final String PEOPLE_INPUTS = """
            WITH live AS (
                SELECT id, fingerprint, imported_at FROM source_file
                WHERE role = 'CRM' AND status = 'IMPORTED' AND present
            )
            SELECT md5(COALESCE((SELECT string_agg(f.id || ':' || f.fingerprint || ':' || f.imported_at, ',' ORDER BY f.id)
                                 FROM live f
                                 WHERE (SELECT min(r.file_id) FROM crm_person_row r WHERE r.file_id = f.id) IS NOT NULL
                                    OR (SELECT min(r.file_id) FROM crm_account_row r WHERE r.file_id = f.id) IS NOT NULL
                                    OR (SELECT min(r.file_id) FROM crm_user_row r WHERE r.file_id = f.id) IS NOT NULL), '')
                       || '|' || COALESCE((SELECT string_agg(DISTINCT (o.owner_key, o.shown)::text COLLATE "C", ','
                                                             ORDER BY (o.owner_key, o.shown)::text COLLATE "C")
                                           FROM crm_owner_form o JOIN live f ON f.id = o.file_id), '')
                       || '|zone=' || ?)""";

    /** Staging rows of files that count: imported, still in the input folder; the newest file wins per id. */
    private static final String LIVE_FILES = """
            CREATE TEMP TABLE live_crm_file ON COMMIT DROP AS
            SELECT id, imported_at FROM source_file WHERE role = 'CRM' AND status = 'IMPORTED' AND present""";

    /**
     * The newest staging row per person id, materialised once (it was re-derived per row by lateral joins). Which row
     * wins is decided on a narrow sort — id, file order, row position — rather than on whole rows; %1$s is the array
     * of live file ids, newest first, so the file order needs no join. The sort leads with the id's hash: ids share
     * long prefixes ("SALESFORCE:00Q…") that make every string comparison run deep, while the hash groups equal ids
     * just the same. The winning rows are then fetched by their physical position (ctid, stable within this
     * transaction: nothing else writes the staging tables while the job holds the run lock).
     */
    private static final String LATEST_PEOPLE = """
            CREATE TEMP TABLE latest_person ON COMMIT DROP AS
            SELECT r.*
            FROM (SELECT DISTINCT ON (hashtext(r.crm_id), r.crm_id COLLATE "C") r.ctid AS tid
                  FROM crm_person_row r
                  WHERE r.file_id = ANY (%1$s)
                  ORDER BY hashtext(r.crm_id), r.crm_id COLLATE "C", array_position(%1$s, r.file_id), r.row_number DESC) w
            JOIN crm_person_row r ON r.ctid = w.tid""";

    /**
     * SPEC §14: every owner id of the live CRM files, by its key, named by the newest owner export (Salesforce User,
     * HubSpot owners) that names it, else shown as the exports write it: one form per owner, the 18-character
     * Salesforce form when any export wrote it, so an owner is one owner on every sheet. Keys only an owner export
     * knows are kept too (named), so an owner shows the same whichever rows name it.
     */
    private static final String REBUILD_OWNERS = """
            INSERT INTO crm_owner (owner_key, source, shown, named)
            WITH written AS (
                SELECT DISTINCT ON (o.owner_key) o.owner_key, o.shown
                FROM crm_owner_form o JOIN live_crm_file f ON f.id = o.file_id
                ORDER BY o.owner_key, length(o.shown) DESC, o.shown COLLATE "C"
            ), named AS (
                SELECT DISTINCT ON (u.crm_id) u.crm_id, u.name
                FROM crm_user_row u JOIN live_crm_file f ON f.id = u.file_id
                WHERE u.name <> ''
                ORDER BY u.crm_id, f.imported_at DESC, f.id DESC
            )
            SELECT COALESCE(w.owner_key, n.crm_id), split_part(COALESCE(w.owner_key, n.crm_id), ':', 1),
                   COALESCE(n.name, w.shown), n.name IS NOT NULL
            FROM written w FULL JOIN named n ON n.crm_id = w.owner_key""";

    private static final String REBUILD_PEOPLE = """
            INSERT INTO person (crm_id, person_key, source, person_type, first_name, last_name, email_norm, company,
                                company_key, name_key, last_name_key, email_domain, owner)
            WITH account AS (
                SELECT DISTINCT ON (a.crm_id) a.crm_id, a.name, a.name_key
                FROM crm_account_row a JOIN live_crm_file f ON f.id = a.file_id
                ORDER BY a.crm_id, f.imported_at DESC, f.id DESC
            )
            SELECT l.crm_id,
                   -- a converted Salesforce lead is the contact it became, when that contact is exported too
                   CASE WHEN c.crm_id IS NOT NULL THEN l.converted_contact_id ELSE l.crm_id END,
                   l.source, l.person_type, l.first_name, l.last_name, l.email_norm,
                   COALESCE(NULLIF(acc.name, ''), l.company),
                   COALESCE(NULLIF(acc.name_key, ''), l.company_key),
                   l.name_key, l.last_name_key,
                   split_part(l.email_norm, '@', 2),
                   COALESCE(o.shown, l.owner)
            FROM latest_person l
            LEFT JOIN latest_person c ON c.crm_id = l.converted_contact_id
            LEFT JOIN account acc ON acc.crm_id = l.account_id
            LEFT JOIN crm_owner o ON o.owner_key = l.owner""";

    private static final String REBUILD_PHONES = """
            INSERT INTO person_phone (person_key, phone_e164, last_name_key)
            SELECT DISTINCT p.person_key, phone, p.last_name_key
            FROM latest_person l
            JOIN person p ON p.crm_id = l.crm_id
            CROSS JOIN LATERAL unnest(l.phones_e164) AS phone""";

    /**
     * The newest staging row per activity id, decided like {@link #LATEST_PEOPLE} and numbered in that order: the
     * number becomes activity.id, so ids (the first-touch tie-break) are the same whatever order the files were
     * imported in. Each winner also carries whether it can be a touch at all (SPEC §7, {@link TouchSql#CAN_BE_A_TOUCH}:
     * happened, not inbound, not mass marketing; the others are counted but not consolidated, since the first-touch
     * search would only filter them out again) and what the links need, so that the activities are written straight
     * from their staging rows and linked from this table: copying the winners' rows into a temp table first, and
     * reading it twice, cost 3–5 s more of a cold night's consolidation (issue #17, docs/benchmarks.md session 23).
     * A committed table, not a temp one, so that two connections read it at once ({@link #rebuildActivities}); made
     * by each full consolidation (without parallel query workers: {@link QueryWorkers}) and dropped when the activities
     * commit, unlogged as the staging rows are, and read by nothing else.
     */
    private static final String ACTIVITY_WINNERS = """
            CREATE UNLOGGED TABLE activity_winner AS
            SELECT row_number() OVER (ORDER BY w.h, w.crm_id COLLATE "C") AS id, w.tid, w.touch, w.person_ids,
                   w.contact_email_norm
            FROM (SELECT DISTINCT ON (hashtext(a.crm_id), a.crm_id COLLATE "C") hashtext(a.crm_id) AS h, a.crm_id,
                         a.ctid AS tid, (%2$s) AS touch, a.person_ids, a.contact_email_norm
                  FROM activity_row a
                  WHERE a.file_id = ANY (%1$s)
                  ORDER BY hashtext(a.crm_id), a.crm_id COLLATE "C", array_position(%1$s, a.file_id), a.row_number DESC) w""";

    /**
     * The winners that can be a touch, with their staging rows: what {@link #WRITE_ACTIVITIES} reads in a rebuild. The
     * rows are fetched by tuple id, a stretch of the staging table at a time: the winners are grouped by the 128 pages
     * their rows lie in, and each group's rows are fetched by one TID scan and joined back to their numbers by TID.
     * Joined by hash, 4.4M winners were hashed and probed with all 6M staging rows, and the activities' insert took
     * 11.2–12.0 s alone against 9.4–9.6 s by one TID scan per row (issue #17, docs/benchmarks.md session 27). But every
     * TID scan also asks the kernel for the table's size (PostgreSQL checks its TIDs against it): where a system call
     * costs a microsecond, 4.4M of them were about 5.8 CPU seconds of a cold night (perf), and the fetch took 7.5 s
     * this way against 13.8–21.6 s row by row (EXPLAIN ANALYZE, session 33). A TID's page number is read from its text:
     * PostgreSQL 16 has no function for it. OFFSET 0 keeps the planner from merging the fetch into the join. The
     * OFFSET 0 of the whole subquery keeps the owners' join ({@link #WRITE_ACTIVITIES}) out of the groups: planned
     * inside them (it takes each group for ten rows), every group's 3,500 rows were hashed once more to be probed by
     * the 40 owners, and the insert took 18.2–21.3 s against 15.8–18.8 s with the owners hashed once for all rows
     * (EXPLAIN ANALYZE, four of each alternated, session 34).
     */
    private static final String TOUCHABLE_WINNERS = """
            (SELECT u.id, a.source, a.crm_id, a.channel, a.direction, a.happened, a.occurred_local,
                    a.occurred_instant, a.occurred_date, a.owner, a.subject
             FROM (SELECT (w.tid::text::point)[0]::bigint / 128 AS pages, array_agg(w.tid) AS tids,
                          array_agg(w.id) AS ids
                   FROM activity_winner w WHERE w.touch GROUP BY 1 ORDER BY 1) c
             CROSS JOIN LATERAL (SELECT r.ctid AS tid, r.source, r.crm_id, r.channel, r.direction, r.happened,
                                        r.occurred_local, r.occurred_instant, r.occurred_date, r.owner, r.subject
                                 FROM activity_row r WHERE r.ctid = ANY (c.tids) OFFSET 0) a
             JOIN LATERAL unnest(c.tids, c.ids) AS u(tid, id) ON u.tid = a.tid
             OFFSET 0)""";

    /** What the links read in a rebuild: the touchable winners' ids and whom they name. */
    private static final String TOUCHABLE_WINNER_LINKS = """
            (SELECT id, person_ids, contact_email_norm FROM activity_winner WHERE touch)""";

    /** Writes activities from %s (a table or subquery of activity columns, alias l), their owners by name. */
    private static final String WRITE_ACTIVITIES = """
            INSERT INTO activity (id, source, crm_id, channel, direction, happened, occurred_at, occurred_date, owner,
                                  subject)
            SELECT l.id, l.source, l.crm_id, l.channel, l.direction, l.happened,
                   COALESCE(l.occurred_instant, l.occurred_local AT TIME ZONE ?), l.occurred_date,
                   COALESCE(o.shown, l.owner), l.subject
            FROM %s l
            LEFT JOIN crm_owner o ON o.owner_key = l.owner""";

    /**
     * {@link #appendActivities}: the newest row of each activity id the new files hold (%1$s: their ids, newest
     * first). They are newer than every file the activities were built from, so these rows win.
     */
    private static final String APPENDED_WINNERS = """
            CREATE TEMP TABLE appended_winner ON COMMIT DROP AS
            SELECT DISTINCT ON (r.crm_id) r.crm_id, r.ctid AS tid
            FROM activity_row r
            WHERE r.file_id = ANY (%1$s)
            ORDER BY r.crm_id, array_position(%1$s, r.file_id), r.row_number DESC""";

    private static final String REPLACED_ACTIVITIES = """
            CREATE TEMP TABLE replaced_activity (id BIGINT, crm_id TEXT) ON COMMIT DROP""";

    /** The activities of those ids as consolidated before, removed and noted with their numbers. */
    private static final String REPLACE_ACTIVITIES = """
            WITH gone AS (
                DELETE FROM activity a USING appended_winner w WHERE a.crm_id = w.crm_id RETURNING a.id, a.crm_id
            )
            INSERT INTO replaced_activity SELECT id, crm_id FROM gone""";

    /**
     * The winners that can be a touch ({@link TouchSql#CAN_BE_A_TOUCH}), with their staging rows, numbered as before
     * where their id was consolidated before: what the insert and the links read in an append.
     */
    private static final String APPENDED_ACTIVITIES = """
            CREATE TEMP TABLE latest_activity ON COMMIT DROP AS
            SELECT COALESCE(p.id, nextval('activity_id_seq')) AS id, a.source, a.crm_id, a.channel, a.direction,
                   a.happened, a.occurred_local, a.occurred_instant, a.occurred_date, a.owner, a.subject, a.person_ids,
                   a.contact_email_norm
            FROM appended_winner w
            JOIN activity_row a ON a.ctid = w.tid
            LEFT JOIN replaced_activity p ON p.crm_id = w.crm_id
            WHERE
            """ + TouchSql.CAN_BE_A_TOUCH;

    /**
     * Notes the people a statement (%s: a data-modifying statement returning person_key) unlinked from or linked to
     * activities: the first touches of leads matched to them are searched again (table activity_change).
     */
    private static final String NOTED = """
            WITH touched AS (
            %s
            )
            INSERT INTO activity_change (person_key) SELECT DISTINCT person_key FROM touched""";

    /** The new files' ids that were not consolidated before (not a touch then, or new). */
    private static final String UNSEEN_IDS = """
            CREATE TEMP TABLE unseen_id ON COMMIT DROP AS
            SELECT w.crm_id FROM appended_winner w
            WHERE NOT EXISTS (SELECT 1 FROM replaced_activity p WHERE p.crm_id = w.crm_id)""";

    /**
     * Of those, the ids no earlier file holds (%1$s: the new files): what the new files add to the count of distinct
     * activity ids.
     */
    private static final String NEW_ACTIVITY_IDS = """
            SELECT count(*) FROM unseen_id w
            WHERE NOT EXISTS (SELECT 1 FROM activity_row o JOIN source_file f ON f.id = o.file_id
                              WHERE o.crm_id = w.crm_id AND f.role = 'CRM' AND f.status = 'IMPORTED' AND f.present
                                AND o.file_id <> ALL (%1$s))""";

    /**
     * Activities (%1$s: id, person_ids and contact_email_norm of each, alias l) naming their people by id. One id (the
     * usual case: a Salesforce WhoId) gives one pair; several ids can name one person twice (a converted lead and its
     * contact), so only those pairs are de-duplicated. With the next statement (activities without ids) each pair
     * comes once.
     */
    private static final String LINK_BY_ID = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT l.id, p.person_key
            FROM %1$s l JOIN person p ON p.crm_id = l.person_ids[1]
            WHERE cardinality(l.person_ids) = 1
            UNION ALL
            SELECT DISTINCT l.id, p.person_key
            FROM %1$s l
            CROSS JOIN LATERAL unnest(l.person_ids) AS pid
            JOIN person p ON p.crm_id = pid
            WHERE cardinality(l.person_ids) > 1""";

    /**
     * SPEC §6: an activity that names its person only by email (Dynamics "Regarding" views) links by that email (%s
     * as in {@link #LINK_BY_ID}).
     */
    private static final String LINK_BY_EMAIL = """
            INSERT INTO activity_person (activity_id, person_key)
            SELECT DISTINCT l.id, p.person_key
            FROM %s l
            JOIN person p ON p.email_norm = l.contact_email_norm
            WHERE cardinality(l.person_ids) = 0 AND l.contact_email_norm IS NOT NULL""";

    /**
     * A night over unchanged exports searches new first touches only among the activities since the previous as-of
     * (FollowUpRepository): these find them without reading the activity table. Same definitions as V6.
     */
    private static final String ACTIVITY_TIME_INDEXES = """
            CREATE INDEX activity_occurred_at ON activity (occurred_at);
            CREATE INDEX activity_occurred_date ON activity (occurred_date) WHERE occurred_at IS NULL""";

    private final JdbcTemplate jdbc;
    private final DerivedState state;
    private final StagingRows staging;
    /** A transaction of its own: in the caller's thread the caller's is suspended, in another thread there is none. */
    private final TransactionTemplate ownTransaction;

    public CrmRepository(JdbcTemplate jdbc, DerivedState state, StagingRows staging,
                         PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.state = state;
        this.staging = staging;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a rebuild kept or produced: the rows of its table, whether it was rebuilt, and how, where it says. */
    public record Rebuilt(long rows, boolean rebuilt, String how) {
        public Rebuilt(long rows, boolean rebuilt) {
            this(rows, rebuilt, null);
        }
    }

    /**
     * Rebuilds person, person_phone and crm_owner unless what they are built from ({@link #peopleFingerprint}) is as
     * when they were built. Runs in the caller's transaction (the temp tables live in it). Matching reads only these
     * tables, so it can run while {@link #rebuildActivities} consolidates the activities.
     */
    public Rebuilt rebuildPeople(String crmTimeZone) {
        String fingerprint = peopleFingerprint(crmTimeZone);
        var kept = kept(DerivedSet.CRM_PEOPLE, fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        jdbc.execute("TRUNCATE person, person_phone, crm_owner");
        // built after the bulk insert rather than kept up to date row by row during it (see rebuildActivities)
        jdbc.execute("ALTER TABLE person DROP CONSTRAINT IF EXISTS person_pkey");
        jdbc.execute(LIVE_FILES);
        staging.analyse("crm_person_row");
        jdbc.execute(LATEST_PEOPLE.formatted(liveFilesNewestFirst()));
        jdbc.execute("ANALYZE latest_person");
        jdbc.update(REBUILD_OWNERS);
        long people = jdbc.update(REBUILD_PEOPLE);
        jdbc.execute("ALTER TABLE person ADD CONSTRAINT person_pkey PRIMARY KEY (crm_id)");
        jdbc.update(REBUILD_PHONES);
        jdbc.execute("ANALYZE person; ANALYZE person_phone");
        state.record(DerivedSet.CRM_PEOPLE, fingerprint, people);
        return new Rebuilt(people, true);
    }

    /**
     * Rebuilds activity and activity_person unless the CRM files that count and the CRM time zone are what they were
     * built from (derived set {@link DerivedSet#CRM_ACTIVITIES}, which the first touches depend on). Links activities to the
     * people of {@link #rebuildPeople}, so it runs after it; both follow from the same files, and a person's key from
     * its file rows alone, so links made against an equal rebuild of the people stay right, and it reads them as
     * committed (another connection links). Runs in the caller's transaction, except a full rebuild's winners and links:
     * each commits in a transaction of its own, the activities and the record of the set in the caller's. The winners
     * are those {@link #pickActivityWinners} picked ahead when they are still current, else picked here.
     */
    public Rebuilt rebuildActivities(String crmTimeZone) {
        String fingerprint = fingerprint(crmTimeZone);
        var kept = kept(DerivedSet.CRM_ACTIVITIES, fingerprint);
        var appended = kept.isPresent() ? Optional.<DerivedState.Appended>empty() : appendable(crmTimeZone);
        if (kept.isPresent() || appended.isPresent()) {
            // winners picked ahead on a guess that did not hold: not kept on disk (about 300 MB)
            jdbc.execute("DROP TABLE IF EXISTS activity_winner");
        }
        if (kept.isPresent()) {
            return kept.get();
        }
        if (appended.isPresent()) {
            return appendActivities(appended.get(), fingerprint, crmTimeZone);
        }
        long activities = ownTransaction.execute(status -> pickWinners());
        // The links and the activities both come from the winners alone: the links are made on another connection,
        // in its own transaction, while this one writes the activities. One after the other, a core sat idle for
        // the links' 6 s of a cold night (issue #17). Each transaction empties the table it fills, so neither
        // table is also written to PostgreSQL's WAL at wal_level minimal.
        FutureTask<Void> links = new FutureTask<>(() -> ownTransaction.executeWithoutResult(status -> linkWinners()),
                null);
        Thread linker = new Thread(links, "activity-links");
        linker.setDaemon(true);
        linker.start();
        try {
            writeActivities(crmTimeZone, activities);
        } catch (RuntimeException e) {
            // the links' own failure, if any, is attached: this one is reported, and the step ends after both
            try {
                ParallelWork.await(links, "the activities' links");
            } catch (RuntimeException linkFailure) {
                e.addSuppressed(linkFailure);
            }
            throw e;
        }
        ParallelWork.await(links, "the activities' links");
        jdbc.execute("ANALYZE activity");
        // read by nothing else: not kept on disk until the next full rebuild (about 300 MB at issue #17's shape)
        jdbc.execute("DROP TABLE activity_winner");
        state.recordWithNewestFile(DerivedSet.CRM_ACTIVITIES, FileRole.CRM, fingerprint, activities);
        return new Rebuilt(activities, true);
    }

    /** activity from the winners, in the caller's transaction, its key and indexes built after the insert. */
    private void writeActivities(String crmTimeZone, long activities) {
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        jdbc.execute("TRUNCATE activity, activity_append, activity_change RESTART IDENTITY");
        // Built once after the load rather than kept up to date row by row during it. The primary key too: its
        // rows arrive in hash order, and 4.4M random insertions into activity_pkey made the activity insert take
        // 17.7 s where the insert without it and the key's build after it took 4.7 s and 1.7 s (issue #7).
        jdbc.execute("DROP INDEX IF EXISTS activity_occurred_at, activity_occurred_date");
        jdbc.execute("ALTER TABLE activity DROP CONSTRAINT IF EXISTS activity_pkey");
        jdbc.update(WRITE_ACTIVITIES.formatted(TOUCHABLE_WINNERS), crmTimeZone);
        jdbc.execute("ALTER TABLE activity ADD CONSTRAINT activity_pkey PRIMARY KEY (id)");
        jdbc.queryForObject("SELECT setval('activity_id_seq', GREATEST(?, 1))", Long.class, activities);
        jdbc.execute(ACTIVITY_TIME_INDEXES);
    }

    /**
     * The winners of a full consolidation, committed in a transaction of their own (the caller's is suspended), and
     * the set forgotten with them: the links commit before the activities do, so until both have, no record may say
     * that the set was built (a failure in between rebuilds it the next night). Returns how many ids there are.
     */
    private long pickWinners() {
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        QueryWorkers.noneInThisTransaction(jdbc);  // beside the matching
        String winnersSql = winnersSql();
        long winners = winnersPickedAhead(winnersSql).orElseGet(() -> createWinners(winnersSql));
        state.forgetRecord(DerivedSet.CRM_ACTIVITIES);
        return winners;
    }

    /**
     * Step pickActivityWinners: the winners of the full consolidation that {@link #rebuildActivities} will make, picked
     * ahead of it, beside the people's consolidation. They depend on the CRM files alone, not on the people; picked
     * in the activities' step they were its longest statement (20.6 s of a 57 s step on a cold night of issue #17's
     * shape), and the activities' insert then ran alone on one core for 15 s after the matching beside it had ended.
     * The table is tagged with what it was picked from, so the consolidation takes it only when that is still what it
     * would pick from; otherwise (a night whose guess below was wrong, a crash of the server, which empties the
     * unlogged table) it picks them itself. The set's record is left alone here: the consolidation forgets it.
     */
    public Rebuilt pickActivityWinners(String crmTimeZone) {
        if (!fullConsolidationAhead(crmTimeZone)) {
            return new Rebuilt(0, false);
        }
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        QueryWorkers.noneInThisTransaction(jdbc);  // beside the lead build and the people's consolidation
        return new Rebuilt(createWinners(winnersSql()), true);
    }

    /**
     * Whether {@link #rebuildActivities} will consolidate the activities in full, as far as can be told before the
     * people are consolidated: when the people are rebuilt, the activities are (a set built on them); when they are
     * kept, as rebuildActivities decides. A wrong guess costs time, never a wrong result (see pickActivityWinners).
     */
    private boolean fullConsolidationAhead(String crmTimeZone) {
        if (kept(DerivedSet.CRM_PEOPLE, peopleFingerprint(crmTimeZone)).isEmpty()) {
            return true;
        }
        return kept(DerivedSet.CRM_ACTIVITIES, fingerprint(crmTimeZone)).isEmpty() && appendable(crmTimeZone).isEmpty();
    }

    /** The CRM files the activities can be brought up to date from alone ({@link #appendActivities}), if any. */
    private Optional<DerivedState.Appended> appendable(String crmTimeZone) {
        return state.appendedSince(DerivedSet.CRM_ACTIVITIES, FileRole.CRM, "zone=" + crmTimeZone,
                DerivedSet.CRM_PEOPLE);
    }

    /** The statement that picks the winners from the CRM files live now. */
    private String winnersSql() {
        return ACTIVITY_WINNERS.formatted(liveFilesNewestFirst(), TouchSql.CAN_BE_A_TOUCH);
    }

    /** Table activity_winner from {@code winnersSql}, tagged with it and its row count. Returns that count. */
    private long createWinners(String winnersSql) {
        staging.analyse("activity_row");
        jdbc.execute("DROP TABLE IF EXISTS activity_winner");
        // CREATE TABLE AS says how many rows it wrote: no second pass over 5 million rows to count them
        long winners = jdbc.update(winnersSql);
        jdbc.execute("ANALYZE activity_winner");
        jdbc.execute("COMMENT ON TABLE activity_winner IS '" + digest(winnersSql) + " " + winners + "'");
        return winners;
    }

    /**
     * The row count of table activity_winner when step pickActivityWinners left it from {@code winnersSql} (the same
     * files, in the same order, and the same statement) and it still holds its rows; empty otherwise. A file id names
     * one content: a changed file is forgotten and imported under a new id (SourceFiles).
     */
    private OptionalLong winnersPickedAhead(String winnersSql) {
        String tag = jdbc.queryForObject("SELECT obj_description(to_regclass('activity_winner'), 'pg_class')",
                String.class);
        String[] parts = tag == null ? new String[0] : tag.split(" ");
        if (parts.length != 2 || !parts[0].equals(digest(winnersSql))) {
            return OptionalLong.empty();
        }
        long rows = Long.parseLong(parts[1]);
        // unlogged: a crash of the server empties the table and keeps its comment
        if (rows > 0 && !jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM activity_winner)", Boolean.class)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(rows);
    }

    private String digest(String text) {
        return jdbc.queryForObject("SELECT md5(?)", String.class, text);
    }

    /** activity_person from the winners, in the calling thread's own transaction. */
    private void linkWinners() {
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        QueryWorkers.noneInThisTransaction(jdbc);
        jdbc.execute("TRUNCATE activity_person");
        jdbc.update(LINK_BY_ID.formatted(TOUCHABLE_WINNER_LINKS));
        jdbc.update(LINK_BY_EMAIL.formatted(TOUCHABLE_WINNER_LINKS));
        jdbc.execute("ANALYZE activity_person");
    }

    /**
     * Brings activity and activity_person up to date with CRM files imported since they were built, when nothing
     * else they were built from changed ({@link DerivedState#appendedSince}: the earlier files, the zone, the people).
     * A nightly delta export of 20,000 tasks then costs those rows, not a rebuild of five million activities (37.8 s
     * of a 74 s night, issue #17). The new files are newer than every earlier one, so for each id they hold their
     * newest row wins, as in a rebuild; those ids' earlier activities and links are replaced. An activity keeps its
     * number when its id was consolidated before, a new one takes the next: numbers then no longer follow the ids'
     * order, which is why the first-touch tie-break orders by id itself ({@code FollowUpRepository}). The people whose
     * activities changed are noted with the fingerprints before and after (tables activity_change, activity_append),
     * and the first touches found before stay recorded: the search patches them from those people's leads.
     */
    private Rebuilt appendActivities(DerivedState.Appended appended, String fingerprint, String crmTimeZone) {
        List<Long> files = appended.files();
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        String newestFirst = jdbc.queryForList("SELECT id FROM source_file WHERE id = ANY (?) "
                        + "ORDER BY imported_at DESC, id DESC", Long.class, (Object) files.toArray(Long[]::new))
                .stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "ARRAY[", "]::bigint[]"));
        jdbc.execute(APPENDED_WINNERS.formatted(newestFirst));
        jdbc.execute(REPLACED_ACTIVITIES);
        jdbc.update(REPLACE_ACTIVITIES);
        jdbc.execute("TRUNCATE activity_append, activity_change");
        jdbc.update(NOTED.formatted("""
                DELETE FROM activity_person ap USING replaced_activity r WHERE ap.activity_id = r.id
                RETURNING ap.person_key"""));
        jdbc.execute(APPENDED_ACTIVITIES);
        long written = jdbc.update(WRITE_ACTIVITIES.formatted("latest_activity"), crmTimeZone);
        jdbc.update(NOTED.formatted(LINK_BY_ID.formatted("latest_activity") + "\nRETURNING person_key"));
        jdbc.update(NOTED.formatted(LINK_BY_EMAIL.formatted("latest_activity") + "\nRETURNING person_key"));
        long ids = jdbc.queryForObject("SELECT count(*) FROM appended_winner", Long.class);
        // ids consolidated before are not new; only the others are looked for in the earlier files' rows
        jdbc.execute(UNSEEN_IDS);
        long added = jdbc.queryForObject("SELECT count(*) FROM unseen_id", Long.class) == 0 ? 0
                : jdbc.queryForObject(NEW_ACTIVITY_IDS.formatted(newestFirst), Long.class);
        long activities = appended.rows() + added;
        String now = state.recordAppended(DerivedSet.CRM_ACTIVITIES, FileRole.CRM, fingerprint, activities);
        jdbc.update("INSERT INTO activity_append (from_fingerprint, to_fingerprint) VALUES (?, ?)",
                appended.recorded(), now);
        return new Rebuilt(activities, true, activities + " activities (" + ids + " ids of " + files.size()
                + " new CRM file" + (files.size() == 1 ? "" : "s") + " consolidated into them, " + written
                + " of them can be a touch; the earlier files' unchanged)");
    }

    /** Notes the owner ids a file wrote, each in the form it wrote it (SPEC §14); in the file's transaction. */
    static void writeOwnerForms(javax.sql.DataSource dataSource, long fileId, java.util.Map<String, String> forms) {
        if (forms.isEmpty()) {
            return;
        }
        com.leadaudit.importing.CopyRows rows = new com.leadaudit.importing.CopyRows(dataSource, OWNER_FORM_COLUMNS);
        forms.forEach((key, shown) -> rows.add(fileId).add(key).add(shown).endRow());
        rows.finish();
    }

    /** What was built from this fingerprint, unless its table was emptied since (then it is built again). */
    private Optional<Rebuilt> kept(DerivedSet set, String fingerprint) {
        return state.kept(set, fingerprint).map(kept -> new Rebuilt(kept.count(0), false));
    }

    private String fingerprint(String crmTimeZone) {
        return state.inputs(FileRole.CRM, "zone=" + crmTimeZone);
    }

    /**
     * What the people and owners are built from: the live CRM files that hold person, account or user rows, and the
     * owner forms every live file wrote (a task export names owners too). A night whose only new export holds
     * activities or opportunities keeps the people, and with them every campaign's matches: re-matching 800,000
     * leads for a task export took a minute (issue #17's realistic shape).
     */
    private String peopleFingerprint(String crmTimeZone) {
        // Only index probes: the statistics say two or three files share crm_person_row, so the planner expects a
        // sequential scan to meet a file's first row at once, and for a task file (none) read the whole table: 1.5 s
        // of every night instead of 8 ms. Switched back at once: the rebuild that may follow is in this transaction.
        jdbc.execute("SET LOCAL enable_seqscan = off");
        try {
            return jdbc.queryForObject(PEOPLE_INPUTS, String.class, crmTimeZone);
        } finally {
            jdbc.execute("SET LOCAL enable_seqscan = on");
        }
    }

    /** Live CRM files, newest first: the order in which a file's row wins over another file's row for the same id. */
    private String liveFilesNewestFirst() {
        return jdbc.queryForList("""
                SELECT id FROM source_file WHERE role = 'CRM' AND status = 'IMPORTED' AND present
                ORDER BY imported_at DESC, id DESC""", Long.class).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "ARRAY[", "]::bigint[]"));
    }
}
