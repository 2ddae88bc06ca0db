package com.leadaudit.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.SeedRows;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign's lead_version changes with every statement that changes its leads, whoever writes them (the triggers
 * of V16): figures and kept workbooks compare it, so a writer that could forget it would leave a stale workbook.
 */
@AuditTest
class LeadVersionTriggerTest {

    private static final Instant CAPTURED = Instant.parse("2026-04-28T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    SeedRows seed;

    @BeforeEach
    void campaigns() {
        seed = new SeedRows(jdbc);
        for (String code : new String[] {"hm", "ces", "ifa"}) {
            seed.campaign(code, "Europe/Berlin", "2bd", "CALL", Instant.parse("2026-04-30T16:00:00Z"));
        }
    }

    @Test
    void insertingLeadsGivesTheirCampaignsANewVersion() {
        long hm = version("hm");
        long ces = version("ces");
        long ifa = version("ifa");

        seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());

        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(version("ifa")).isEqualTo(ifa);
    }

    @Test
    void anUpdateBumpsOnlyTheCampaignsOfTheRowsItChanged() {
        long anna = seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        long hm = version("hm");
        long ces = version("ces");

        jdbc.update("UPDATE lead_state SET status = 'OPEN' WHERE id = ?", anna);
        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isEqualTo(ces);

        long hmAfter = version("hm");
        jdbc.update("UPDATE lead_state SET status = 'OPEN' WHERE status IS DISTINCT FROM 'OPEN' "
                + "AND campaign_code = 'hm'");
        assertThat(version("hm")).as("a statement that changed no row").isEqualTo(hmAfter);
    }

    @Test
    void deletingAndTruncatingLeadsBumpTheirCampaigns() {
        seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        long hm = version("hm");
        long ces = version("ces");

        jdbc.update("DELETE FROM lead WHERE campaign_code = 'ces'");
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(version("hm")).isEqualTo(hm);

        long ifa = version("ifa");
        jdbc.execute("TRUNCATE lead, lead_state, lead_person, lead_scan RESTART IDENTITY");
        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ifa")).as("a rebuild of every lead: every campaign").isGreaterThan(ifa);
    }

    /**
     * On one connection, an update that changed nothing and then one that changed leads of two campaigns (the trigger
     * planned on its first call, for no rows, must still see the second call's): both campaigns get a new version,
     * and only the one with a change log has its leads listed (V20, V22).
     */
    @Test
    void anUpdateAfterOneThatChangedNothingOnTheSameConnectionIsNoted() {
        long anna = seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        long jonas = seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        jdbc.update("INSERT INTO lead_change_log (campaign_code, from_version) SELECT code, lead_version FROM campaign"
                + " WHERE code = 'hm'");
        long hm = version("hm");
        long ces = version("ces");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("UPDATE lead_state SET status = 'OPEN' WHERE false");
            jdbc.update("UPDATE lead_state SET status = 'OVERDUE'");
        });

        assertThat(version("hm")).isGreaterThan(hm);
        assertThat(version("ces")).isGreaterThan(ces);
        assertThat(jdbc.queryForList("SELECT lead_id FROM lead_change WHERE version > ?", Long.class, hm))
                .containsExactly(anna)
                .doesNotContain(jonas);
    }

    /**
     * Two statements that change leads of the same campaigns, in transactions side by side (the partitions of the
     * status step), lock those campaigns in code order (V23), so neither can hold a campaign the other holds one
     * after: a deadlock would fail the night. Here "hm" is held elsewhere; an update of both campaigns' leads then
     * waits for it holding "ces", which comes first — whatever order the bump's plan reads the campaigns in.
     */
    @Test
    void anUpdateLocksItsCampaignsInCodeOrderBeforeBumpingThem() throws Exception {
        seed.lead("hm", "anna@elbe.example", CAPTURED, Map.of());
        seed.lead("ces", "jonas@weser.example", CAPTURED, Map.of());
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("SELECT 1 FROM campaign WHERE code = 'hm' FOR UPDATE");
            int writerPid = pid(writer);
            Future<Integer> update = thread.submit(() -> writer.createStatement()
                    .executeUpdate("UPDATE lead_state SET status = 'OPEN'"));

            waitUntilWaitingForALock(writerPid, update);
            assertThat(jdbc.queryForList("SELECT code FROM campaign WHERE code IN ('ces', 'ifa') FOR UPDATE SKIP LOCKED",
                    String.class)).as("campaigns the waiting update holds are skipped").containsExactly("ifa");

            holder.commit();
            assertThat(update.get(60, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            thread.shutdownNow();
        }
    }

    private static int pid(Connection connection) throws Exception {
        try (var rs = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Polls rather than sleeps a fixed time: on a busy machine the update may take a while to reach the lock. */
    private void waitUntilWaitingForALock(int pid, Future<?> update) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?", Boolean.class, pid))) {
            assertThat(update.isDone()).as("the update waits for the campaign held elsewhere").isFalse();
            assertThat(System.nanoTime()).as("the update reached the lock within a minute").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private long version(String code) {
        return jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = ?", Long.class, code);
    }
}
