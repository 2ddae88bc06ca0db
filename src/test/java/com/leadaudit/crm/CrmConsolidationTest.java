package com.leadaudit.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC §4 and §6 as CrmRepository consolidates staged CRM rows into people and activities: per CRM id the newest
 * file's row wins (within a file, the later row), a converted Salesforce lead becomes the contact it was converted
 * to, a contact takes its account's name, activities that cannot be a touch are left out, and an activity that
 * names its person only by email is linked by that email.
 */
@AuditTest
@DisplayName("SPEC §4, §6 CRM people and activities (CrmRepository)")
class CrmConsolidationTest {

    @Autowired
    CrmRepository crm;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction; // the rebuild's temp tables live in the step's transaction

    SeedRows seed;
    long monday;
    long tuesday;

    @BeforeEach
    void twoNightlyExports() {
        seed = new SeedRows(jdbc);
        monday = file("crm/Contact-monday.csv", "2026-04-20T02:00:00Z");
        tuesday = file("crm/Contact-tuesday.csv", "2026-04-21T02:00:00Z");
    }

    @Test
    void theNewestFileWinsAndWithinAFileTheLaterRow() {
        person(tuesday, 2, "SALESFORCE:003000000000001", "Weber-Lang", Map.of());
        person(monday, 2, "SALESFORCE:003000000000001", "Weber", Map.of());
        person(monday, 2, "SALESFORCE:003000000000002", "Vogel", Map.of());
        person(monday, 7, "SALESFORCE:003000000000002", "Vogel-Brandt", Map.of());

        assertThat(rebuildPeople()).isEqualTo(2);

        assertThat(lastNames()).containsExactly("SALESFORCE:003000000000001 Weber-Lang",
                "SALESFORCE:003000000000002 Vogel-Brandt");
    }

    @Test
    void aConvertedLeadIsTheContactItBecameWhenThatContactIsExported() {
        person(monday, 2, "SALESFORCE:00Q000000000001", "Weber",
                Map.of("person_type", "LEAD", "converted_contact_id", "SALESFORCE:003000000000001"));
        person(monday, 3, "SALESFORCE:003000000000001", "Weber", Map.of());
        // converted to a contact this export does not hold: the lead stays a person of its own
        person(monday, 4, "SALESFORCE:00Q000000000002", "Vogel",
                Map.of("person_type", "LEAD", "converted_contact_id", "SALESFORCE:003000000000009"));

        rebuildPeople();

        assertThat(jdbc.queryForList("SELECT crm_id || ' ' || person_key FROM person ORDER BY crm_id", String.class))
                .containsExactly("SALESFORCE:003000000000001 SALESFORCE:003000000000001",
                        "SALESFORCE:00Q000000000001 SALESFORCE:003000000000001",
                        "SALESFORCE:00Q000000000002 SALESFORCE:00Q000000000002");
    }

    @Test
    void aContactsCompanyIsTheNameOfItsAccount() {
        seed.insert("crm_account_row", Map.of("file_id", monday, "crm_id", "SALESFORCE:001000000000001",
                "name", "Elbe Robotik GmbH", "name_key", "elbe robotik"));
        person(monday, 2, "SALESFORCE:003000000000001", "Weber",
                Map.of("account_id", "SALESFORCE:001000000000001", "company", ""));

        rebuildPeople();

        assertThat(jdbc.queryForMap("SELECT company, company_key FROM person"))
                .containsEntry("company", "Elbe Robotik GmbH").containsEntry("company_key", "elbe robotik");
    }

    @Test
    void activitiesAreLinkedByIdOrByEmailAndOnlyThoseThatCanBeATouchAreKept() {
        person(monday, 2, "SALESFORCE:00Q000000000001", "Weber", Map.of("person_type", "LEAD",
                "converted_contact_id", "SALESFORCE:003000000000001", "email_norm", "anna@elbe.example"));
        person(monday, 3, "SALESFORCE:003000000000001", "Weber", Map.of("email_norm", "anna@elbe.example"));
        activity(tuesday, 2, "SALESFORCE:00T000000000001", "OUTBOUND", true,
                List.of("SALESFORCE:00Q000000000001"), null);
        activity(tuesday, 3, "DYNAMICS:a1", "OUTBOUND", true, List.of(), "anna@elbe.example");
        activity(tuesday, 4, "HUBSPOT:901", "INBOUND", true, List.of("SALESFORCE:003000000000001"), null);
        activity(tuesday, 5, "HUBSPOT:902", "OUTBOUND", false, List.of("SALESFORCE:003000000000001"), null);
        activity(monday, 6, "SALESFORCE:00T000000000001", "INBOUND", true, List.of(), null); // older row of the first
        // a touch in the older export, inbound in the newer one: the newer row wins, and it cannot be a touch
        activity(monday, 7, "HUBSPOT:903", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"), null);
        activity(tuesday, 8, "HUBSPOT:903", "INBOUND", true, List.of("SALESFORCE:003000000000001"), null);

        rebuildPeople();
        long activities = transaction.execute(status -> crm.rebuildActivities("UTC")).rows();

        assertThat(activities).isEqualTo(5); // five activity ids, two of which can be a touch
        assertThat(jdbc.queryForList("""
                SELECT a.crm_id || ' ' || ap.person_key FROM activity a JOIN activity_person ap ON ap.activity_id = a.id
                ORDER BY 1""", String.class)).containsExactly(
                "DYNAMICS:a1 SALESFORCE:003000000000001",
                "SALESFORCE:00T000000000001 SALESFORCE:003000000000001");
    }

    /**
     * The activities are fetched from their staging rows a stretch of 128 pages at a time: with rows on several hundred
     * pages, every activity must still get its own winning row's values and the number its id gives it.
     */
    @Test
    void activitiesOnManyPagesOfStagingRowsKeepTheirOwnRowsAndNumbers() {
        person(monday, 2, "HUBSPOT:1", "Weber", Map.of());
        String rows = """
                INSERT INTO activity_row (file_id, row_number, source, crm_id, channel, direction, happened,
                                          occurred_instant, subject, person_ids)
                SELECT ?, n, 'HUBSPOT', 'HUBSPOT:' || (900000 + n), 'EMAIL', 'OUTBOUND', true,
                       timestamptz '2026-04-21 09:00:00+00' + n * interval '1 minute', ? || ' ' || n || ' '
                       || repeat('x', 150), '{HUBSPOT:1}'
                FROM generate_series(1, 10000) n WHERE n % ? = 0""";
        jdbc.update(rows, monday, "monday", 1);
        jdbc.update(rows, tuesday, "tuesday", 2); // the newer export holds every second activity
        assertThat(jdbc.queryForObject("SELECT pg_relation_size('activity_row') / 8192", Long.class))
                .isGreaterThan(3 * 128);

        rebuildPeople();
        long activities = transaction.execute(status -> crm.rebuildActivities("UTC")).rows();

        assertThat(activities).isEqualTo(10_000);
        // each activity's subject is its winning row's: the newer export's for even numbers, else the older one's
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM activity
                WHERE split_part(subject, ' ', 2)::int = substr(crm_id, 9)::int - 900000
                  AND split_part(subject, ' ', 1) = CASE WHEN (substr(crm_id, 9)::int - 900000) % 2 = 0
                                                         THEN 'tuesday' ELSE 'monday' END""", Long.class))
                .isEqualTo(10_000);
        // and the number its id gives it (ids in the order of their hash, then the id: the first touch's tie-break)
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM activity a
                JOIN (SELECT crm_id, row_number() OVER (ORDER BY hashtext(crm_id), crm_id COLLATE "C") AS id
                      FROM (SELECT DISTINCT crm_id FROM activity_row) d) e ON e.crm_id = a.crm_id AND e.id = a.id""",
                Long.class)).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity_person", Long.class)).isEqualTo(10_000);
    }

    /**
     * A full rebuild commits its winners and its links before the activities and the record of the set: when it fails
     * in between, a later run with the inputs of the last completed rebuild must rebuild, not keep activities whose
     * links the failed one already replaced.
     */
    @Test
    void aRebuildThatFailedAfterItsLinksCommittedIsNotKeptByTheNextOne() {
        person(monday, 2, "SALESFORCE:003000000000001", "Weber", Map.of());
        activity(tuesday, 2, "SALESFORCE:00T000000000001", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);
        rebuildPeople();
        assertThat(transaction.execute(status -> crm.rebuildActivities("UTC")).rows()).isEqualTo(1);
        assertThat(links()).containsExactly("SALESFORCE:00T000000000001 SALESFORCE:003000000000001");

        // Tuesday's export is moved away and a rebuild starts; its links (none now) commit, then it fails.
        jdbc.update("UPDATE source_file SET present = false WHERE id = ?", tuesday);
        transaction.executeWithoutResult(status -> {
            crm.rebuildActivities("UTC");
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity_person", Long.class)).isZero();

        // The export is back: the inputs are those of the first rebuild, and the activity is linked again.
        jdbc.update("UPDATE source_file SET present = true WHERE id = ?", tuesday);
        CrmRepository.Rebuilt again = transaction.execute(status -> crm.rebuildActivities("UTC"));

        assertThat(again.rebuilt()).isTrue();
        assertThat(links()).containsExactly("SALESFORCE:00T000000000001 SALESFORCE:003000000000001");
    }

    /**
     * Step pickActivityWinners picks a full consolidation's winners ahead, beside the people's consolidation; the
     * consolidation reads that table and drops it after use, or unused when the guess did not hold, and nothing is
     * picked ahead when the activities will be kept or brought up to date from a new export alone.
     */
    @Test
    void winnersPickedAheadAreWhatTheConsolidationReads() {
        person(monday, 2, "SALESFORCE:003000000000001", "Weber", Map.of());
        activity(tuesday, 2, "SALESFORCE:00T000000000001", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);
        activity(tuesday, 3, "SALESFORCE:00T000000000002", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);

        assertThat(pickAhead()).isEqualTo(new CrmRepository.Rebuilt(2, true));
        // a winner taken out of the table picked ahead is missing from the activities: they were built from it
        jdbc.update("DELETE FROM activity_winner WHERE tid = (SELECT ctid FROM activity_row WHERE crm_id = ?)",
                "SALESFORCE:00T000000000002");
        rebuildPeople();
        transaction.execute(status -> crm.rebuildActivities("UTC"));

        assertThat(links()).containsExactly("SALESFORCE:00T000000000001 SALESFORCE:003000000000001");
        assertThat(winnersTable()).isNull();
        assertThat(pickAhead()).as("files unchanged: the activities are kept")
                .isEqualTo(new CrmRepository.Rebuilt(0, false));
        // a guess that does not hold: picked while an export was away, kept once it is back; the table is dropped
        jdbc.update("UPDATE source_file SET present = false WHERE id = ?", tuesday);
        assertThat(pickAhead().rebuilt()).isTrue();
        jdbc.update("UPDATE source_file SET present = true WHERE id = ?", tuesday);
        assertThat(transaction.execute(status -> crm.rebuildActivities("UTC")).rebuilt()).isFalse();
        assertThat(winnersTable()).isNull();
        long wednesday = file("crm/Task-wednesday.csv", "2026-04-22T02:00:00Z");
        activity(wednesday, 2, "SALESFORCE:00T000000000003", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);
        assertThat(pickAhead()).as("a new task export alone: appended, not consolidated in full")
                .isEqualTo(new CrmRepository.Rebuilt(0, false));
        assertThat(winnersTable()).isNull();
    }

    /**
     * Winners picked ahead from other files than the consolidation finds (an export arrived in between), or emptied
     * by a crash of the server (the unlogged table loses its rows and keeps its comment), are picked again.
     */
    @Test
    void winnersPickedAheadThatAreNoLongerCurrentArePickedAgain() {
        person(monday, 2, "SALESFORCE:003000000000001", "Weber", Map.of());
        activity(monday, 3, "SALESFORCE:00T000000000001", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);
        assertThat(pickAhead()).isEqualTo(new CrmRepository.Rebuilt(1, true));
        // a file's rows never change under its id (a changed file is imported anew): a new export is a new file
        long wednesday = file("crm/Task-wednesday.csv", "2026-04-22T02:00:00Z");
        activity(wednesday, 2, "SALESFORCE:00T000000000002", "OUTBOUND", true, List.of("SALESFORCE:003000000000001"),
                null);
        rebuildPeople();

        assertThat(transaction.execute(status -> crm.rebuildActivities("UTC")).rows()).isEqualTo(2);
        assertThat(links()).containsExactly("SALESFORCE:00T000000000001 SALESFORCE:003000000000001",
                "SALESFORCE:00T000000000002 SALESFORCE:003000000000001");

        jdbc.update("UPDATE source_file SET present = false WHERE id = ?", wednesday);
        assertThat(pickAhead()).as("an export gone: consolidated in full")
                .isEqualTo(new CrmRepository.Rebuilt(1, true));
        jdbc.execute("TRUNCATE activity_winner");
        assertThat(transaction.execute(status -> crm.rebuildActivities("UTC")).rows()).isEqualTo(1);
        assertThat(links()).containsExactly("SALESFORCE:00T000000000001 SALESFORCE:003000000000001");
    }

    private CrmRepository.Rebuilt pickAhead() {
        return transaction.execute(status -> crm.pickActivityWinners("UTC"));
    }

    private String winnersTable() {
        return jdbc.queryForObject("SELECT to_regclass('activity_winner')::text", String.class);
    }

    private List<String> links() {
        return jdbc.queryForList("""
                SELECT a.crm_id || ' ' || ap.person_key FROM activity a JOIN activity_person ap ON ap.activity_id = a.id
                ORDER BY 1""", String.class);
    }

    private long rebuildPeople() {
        return transaction.execute(status -> crm.rebuildPeople("UTC")).rows();
    }

    private long file(String path, String importedAt) {
        return seed.insertReturningId("source_file", Map.of("path", path, "role", "CRM", "sha256", path,
                "fingerprint", path, "size_bytes", 1, "status", "IMPORTED", "imported_at", Instant.parse(importedAt)));
    }

    private void person(long file, int row, String crmId, String lastName, Map<String, Object> more) {
        Map<String, Object> columns = new HashMap<>(Map.of("file_id", file, "row_number", row, "source", "SALESFORCE",
                "person_type", "CONTACT", "crm_id", crmId, "first_name", "Anna", "last_name", lastName,
                "name_key", "anna " + lastName.toLowerCase(), "last_name_key", lastName.toLowerCase()));
        columns.putAll(more);
        seed.insert("crm_person_row", columns);
    }

    private void activity(long file, int row, String crmId, String direction, boolean happened, List<String> people,
                          String contactEmail) {
        Map<String, Object> columns = new HashMap<>(Map.of("file_id", file, "row_number", row,
                "source", crmId.substring(0, crmId.indexOf(':')), "crm_id", crmId, "channel", "EMAIL",
                "direction", direction, "happened", happened, "occurred_instant", Instant.parse("2026-04-21T09:00:00Z"),
                "person_ids", people));
        columns.put("contact_email_norm", contactEmail);
        seed.insert("activity_row", columns);
    }

    private List<String> lastNames() {
        return jdbc.queryForList("SELECT crm_id || ' ' || last_name FROM person ORDER BY crm_id", String.class);
    }
}
