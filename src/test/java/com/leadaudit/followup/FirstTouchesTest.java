package com.leadaudit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import com.leadaudit.rebuild.SideBySideWrites;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC §7 as FollowUpRepository's SQL decides it, on a handful of stored rows: which activities are touches (the
 * window from capture to as-of, the channel, direction, mass-marketing and "happened" rules), how date-only touches
 * count and sort, which of two equal touches is first, and the incremental search of a later as-of.
 */
@AuditTest
@DisplayName("SPEC §7 Touches (FollowUpRepository)")
class FirstTouchesTest {

    private static final Instant AS_OF = Instant.parse("2026-04-24T16:00:00Z");
    /** How long a step of the other thread may take at most on a busy machine; waits end as soon as it is done. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction; // the search runs in its step's transaction (its temp tables live in it)

    SeedRows seed;

    @BeforeEach
    void campaignInBerlin() {
        seed = new SeedRows(jdbc);
        seed.campaign("hm", "Europe/Berlin", "2bd", "CALL;EMAIL;MEETING", AS_OF);
    }

    @Test
    void aTouchIsAQualifyingOutboundActivityThatHappenedBetweenCaptureAndAsOf() {
        long lead = lead("anna", "2026-04-20T08:00:00Z");
        exact("anna", "EMAIL", "OUTBOUND", true, "2026-04-20T07:59:59Z"); // before the capture
        exact("anna", "CALL", "OUTBOUND", true, "2026-04-24T16:00:01Z"); // after the as-of
        exact("anna", "EMAIL", "INBOUND", true, "2026-04-20T09:00:00Z"); // the lead wrote to us
        exact("anna", "MASS_EMAIL", "OUTBOUND", true, "2026-04-20T09:10:00Z");
        exact("anna", "MARKETING_EMAIL", "UNKNOWN", true, "2026-04-20T09:20:00Z");
        exact("anna", "TASK", "OUTBOUND", true, "2026-04-20T09:30:00Z"); // not a qualifying channel here
        exact("anna", "CALL", "OUTBOUND", false, "2026-04-20T09:40:00Z"); // a call never placed
        long meeting = exact("anna", "MEETING", "UNKNOWN", true, "2026-04-22T12:00:00Z"); // unknown direction counts
        exact("anna", "CALL", "OUTBOUND", true, "2026-04-23T08:00:00Z");
        long atCapture = lead("ben", "2026-04-21T10:00:00Z");
        long touchAtCapture = exact("ben", "EMAIL", "OUTBOUND", true, "2026-04-21T10:00:00Z");
        long atAsOf = lead("cleo", "2026-04-21T10:00:00Z");
        long touchAtAsOf = exact("cleo", "CALL", "OUTBOUND", true, "2026-04-24T16:00:00Z");

        int[] found = findFirstTouches();

        assertThat(found).containsExactly(3, 3);
        assertThat(firstTouch(lead)).containsEntry("first_touch_id", meeting)
                .containsEntry("first_touch_type", "MEETING").containsEntry("first_touch_by", "Eva Roth")
                .containsEntry("at", "2026-04-22T12:00:00Z").containsEntry("first_touch_date", null);
        // both ends of the window belong to it
        assertThat(firstTouch(atCapture)).containsEntry("first_touch_id", touchAtCapture);
        assertThat(firstTouch(atAsOf)).containsEntry("first_touch_id", touchAtAsOf);
    }

    @Test
    void theCampaignsQualifyingTypesReplaceTheDefaultChannels() {
        jdbc.update("UPDATE campaign SET qualifying_types = 'EMAIL;LINKEDIN;TASK' WHERE code = 'hm'");
        long lead = lead("anna", "2026-04-20T08:00:00Z");
        exact("anna", "CALL", "OUTBOUND", true, "2026-04-20T09:00:00Z");
        long linkedIn = exact("anna", "LINKEDIN", "OUTBOUND", true, "2026-04-20T10:00:00Z");

        findFirstTouches();

        assertThat(firstTouch(lead)).containsEntry("first_touch_id", linkedIn);
    }

    /**
     * Captured 23:30 UTC on 20 April, which is already 21 April in Berlin: a date-only activity of 20 April is before
     * the capture day there (it would not be in UTC), one of 21 April counts, and one on the as-of's local date too.
     */
    @Test
    void aDateOnlyTouchCountsByItsDayInTheCampaignZone() {
        long lateNight = lead("anna", "2026-04-20T23:30:00Z");
        dateOnly("anna", "EMAIL", "2026-04-20");
        long sameDay = dateOnly("anna", "CALL", "2026-04-21");
        long onAsOfDay = lead("ben", "2026-04-23T08:00:00Z");
        dateOnly("ben", "EMAIL", "2026-04-25"); // the day after the as-of
        long asOfDay = dateOnly("ben", "EMAIL", "2026-04-24");

        findFirstTouches();

        assertThat(firstTouch(lateNight)).containsEntry("first_touch_id", sameDay).containsEntry("at", null)
                .containsEntry("first_touch_date", "2026-04-21");
        assertThat(firstTouch(onAsOfDay)).containsEntry("first_touch_id", asOfDay);
    }

    /** The end of 22 April in Berlin (CEST) is 21:59:59.999 UTC. */
    @Test
    void aDateOnlyTouchSortsAsTheEndOfItsDay() {
        long exactWins = lead("anna", "2026-04-20T08:00:00Z");
        dateOnly("anna", "EMAIL", "2026-04-22");
        long beforeMidnight = exact("anna", "CALL", "OUTBOUND", true, "2026-04-22T21:59:00Z");
        long dateWins = lead("ben", "2026-04-20T08:00:00Z");
        long day = dateOnly("ben", "EMAIL", "2026-04-22");
        exact("ben", "CALL", "OUTBOUND", true, "2026-04-22T22:00:00Z"); // already 23 April in Berlin

        findFirstTouches();

        assertThat(firstTouch(exactWins)).containsEntry("first_touch_id", beforeMidnight);
        assertThat(firstTouch(dateWins)).containsEntry("first_touch_id", day);
    }

    /**
     * Equal touches are ordered by the activity's CRM id in the order a full consolidation numbers activities (by its
     * hash, then the id itself), not by the number: an activity that a later delta export adds is numbered after all
     * the others (CrmRepository). That holds for a date-only touch and an exact one at the last millisecond of the
     * same day too. (TouchTime.earliestFirst, deleted as unused, put the exact one first there.) Here each winner is
     * numbered after the activity it ties with, so ordering by number fails this test.
     */
    @Test
    void ofEqualTouchesTheFirstInConsolidationOrderIsFirst() {
        List<String> ids = jdbc.queryForList("""
                SELECT id FROM unnest(ARRAY['SALESFORCE:00TA', 'SALESFORCE:00TB', 'SALESFORCE:00TC', 'SALESFORCE:00TD']) id
                ORDER BY hashtext(id), id COLLATE "C\"""", String.class);
        long sameInstant = lead("anna", "2026-04-20T08:00:00Z");
        activity(ids.get(1), "anna", "EMAIL", "OUTBOUND", true, Map.of("occurred_at", Instant.parse("2026-04-21T09:00:00Z")));
        long first = activity(ids.get(0), "anna", "CALL", "OUTBOUND", true,
                Map.of("occurred_at", Instant.parse("2026-04-21T09:00:00Z")));
        long endOfDay = lead("ben", "2026-04-20T08:00:00Z");
        activity(ids.get(3), "ben", "CALL", "OUTBOUND", true,
                Map.of("occurred_at", Instant.parse("2026-04-22T21:59:59.999Z")));
        long day = activity(ids.get(2), "ben", "EMAIL", "OUTBOUND", true,
                Map.of("occurred_date", LocalDate.parse("2026-04-22")));

        findFirstTouches();

        assertThat(firstTouch(sameInstant)).containsEntry("first_touch_id", first);
        assertThat(firstTouch(endOfDay)).containsEntry("first_touch_id", day);
    }

    /**
     * A later as-of over the same CRM, leads and matches searches only from the activities since the earlier as-of,
     * and only for leads still without a touch: a touched lead keeps its touch, an untouched one finds its new one.
     */
    @Test
    void aLaterAsOfSearchesOnlyTheNewActivitiesForLeadsWithoutATouch() {
        for (String name : new String[] {"crm", "leads:hm", "matches:hm"}) {
            seed.insert("derived_state", Map.of("name", name, "fingerprint", name + "-1"));
        }
        long touched = lead("anna", "2026-04-20T08:00:00Z");
        long annasFirst = exact("anna", "EMAIL", "OUTBOUND", true, "2026-04-21T09:00:00Z");
        exact("anna", "CALL", "OUTBOUND", true, "2026-04-27T09:00:00Z");
        long waiting = lead("ben", "2026-04-20T08:00:00Z");
        long bensFirst = exact("ben", "CALL", "OUTBOUND", true, "2026-04-27T10:00:00Z");
        long neverTouched = lead("cleo", "2026-04-20T08:00:00Z");
        dateOnly("ben", "EMAIL", "2026-04-28"); // also new, but later than the call

        assertThat(findFirstTouches()).as("the first as-of searches every lead").containsExactly(1, 3);
        jdbc.update("UPDATE campaign SET as_of_instant = ? WHERE code = ?",
                java.sql.Timestamp.from(Instant.parse("2026-04-30T16:00:00Z")), "hm");
        int[] later = findFirstTouches();

        // Anna's and Ben's new activities are reached, but only Ben had no touch: one lead looked at, one found
        assertThat(later).containsExactly(1, 1);
        assertThat(firstTouch(touched)).containsEntry("first_touch_id", annasFirst);
        assertThat(firstTouch(waiting)).containsEntry("first_touch_id", bensFirst)
                .containsEntry("at", "2026-04-27T10:00:00Z");
        assertThat(firstTouch(neverTouched)).containsEntry("first_touch_id", null);
    }

    /**
     * The outcomes' step updates lead_state beside this one (the job's tail flow). While it holds their shared lock
     * ({@link SideBySideWrites}), the search runs and its update waits for that lock, not for the lead's row, then
     * lands once the outcomes commit: each lead keeps both its outcome and its touch.
     */
    @Test
    void theUpdateWaitsForTheOutcomesWrittenBesideItThenLands() throws Exception {
        long lead = lead("anna", "2026-04-20T08:00:00Z");
        long call = exact("anna", "CALL", "OUTBOUND", true, "2026-04-21T09:00:00Z");
        CountDownLatch outcomeWritten = new CountDownLatch(1);
        CountDownLatch commitOutcome = new CountDownLatch(1);
        ExecutorService steps = Executors.newFixedThreadPool(2);
        try {
            Future<?> outcomes = steps.submit(() -> transaction.executeWithoutResult(status -> {
                SideBySideWrites.lockForThisTransaction(jdbc);
                jdbc.update("UPDATE lead_state SET outcome_id = 'SALESFORCE:006A', outcome_state = 'OPEN' WHERE id = ?",
                        lead);
                outcomeWritten.countDown();
                try {
                    // longer than this thread's waits below, so that it commits only when told to
                    commitOutcome.await(3 * WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(outcomeWritten.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Future<int[]> touches = steps.submit(this::findFirstTouches);

            long deadline = System.nanoTime() + WAIT.toNanos();
            while (backendsWaitingForAnAdvisoryLock() == 0 && !touches.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(backendsWaitingForAnAdvisoryLock()).as("the touches wait for the lock, not for a lead row")
                    .isEqualTo(1);
            assertThat(touches).isNotDone();

            commitOutcome.countDown();
            outcomes.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(touches.get(WAIT.toSeconds(), TimeUnit.SECONDS)).containsExactly(1, 1);
        } finally {
            commitOutcome.countDown();
            steps.shutdownNow();
        }
        assertThat(firstTouch(lead)).containsEntry("first_touch_id", call);
        assertThat(jdbc.queryForObject("SELECT outcome_id FROM lead_state WHERE id = ?", String.class, lead))
                .isEqualTo("SALESFORCE:006A");
    }

    private int backendsWaitingForAnAdvisoryLock() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'""",
                Integer.class);
    }

    private int[] findFirstTouches() {
        return transaction.execute(status -> followUps.findFirstTouches());
    }

    /** A lead matched to the CRM person of the same name (one person per lead here). */
    private long lead(String person, String capturedAt) {
        long id = seed.lead("hm", "e:" + person + "@elbe.example", Instant.parse(capturedAt), Map.of());
        seed.insert("lead_person", Map.of("lead_id", id, "person_key", person, "tier", "EMAIL"));
        return id;
    }

    private long exact(String person, String channel, String direction, boolean happened, String at) {
        return activity(person, channel, direction, happened, Map.of("occurred_at", Instant.parse(at)));
    }

    private long dateOnly(String person, String channel, String day) {
        return activity(person, channel, "OUTBOUND", true, Map.of("occurred_date", LocalDate.parse(day)));
    }

    private long activity(String person, String channel, String direction, boolean happened, Map<String, Object> when) {
        return activity("SALESFORCE:00T" + System.nanoTime(), person, channel, direction, happened, when);
    }

    private long activity(String crmId, String person, String channel, String direction, boolean happened,
                          Map<String, Object> when) {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("source", "SALESFORCE", "channel", channel,
                "direction", direction, "happened", happened, "owner", "Eva Roth", "subject", ""));
        row.put("crm_id", crmId);
        row.putAll(when);
        long id = seed.insertReturningId("activity", row);
        seed.insert("activity_person", Map.of("activity_id", id, "person_key", person));
        return id;
    }

    private Map<String, Object> firstTouch(long lead) {
        return jdbc.queryForMap("""
                SELECT first_touch_id, first_touch_type, first_touch_by, first_touch_date::text AS first_touch_date,
                       to_char(first_touch_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
                FROM lead_with_state WHERE id = ?""", lead);
    }
}
