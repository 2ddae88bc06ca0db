package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.run.LeadAuditProcess.Child;
import com.leadaudit.run.LeadAuditProcess.Reference;
import com.leadaudit.run.LeadAuditProcess.Result;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §11/§12 when the PostgreSQL server itself restarts mid-run (an upgrade, a failover, a crash), not only when
 * the connections are cut: the run stops with exit 1 and a sentence, whether the server is back by then or still
 * down, and the next run resumes to exactly the uninterrupted run's workbooks and database. The server here is a
 * PostgreSQL of this test's own (on its own port and data directory), which the test stops and starts; leadaudit
 * sees it as any configured server. Issue 14 item 13.
 */
class ServerRestartTest {

    @TempDir
    Path temp;

    private EmbeddedPostgres server;
    private LeadAuditProcess audit;

    @AfterEach
    void stopEverything() throws IOException {
        if (audit != null) {
            audit.cleanUp();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRunWhoseServerRestartsStopsWithExitOneAndTheNextRunCompletesIt() throws IOException {
        Reference uninterrupted = LeadAuditProcess.reference();
        Path input = LeadAuditProcess.sampleInput(temp);
        Path reports = temp.resolve("reports");
        Path pgData = temp.resolve("server");
        int port = OwnServer.freePort();
        server = OwnServer.start(pgData, port);
        String url = OwnServer.url(port);
        audit = LeadAuditProcess.onServer(url, "unused", temp.resolve("markers"));

        // 1. The server restarts while the run is inside the lead build (its transaction open): back before the run
        //    next needs it, yet the run's connections are gone.
        Child first = audit.auditPausedInside("buildLeads", input, reports);
        server.close();
        server = OwnServer.start(pgData, port);
        first.resume();
        Result lost = first.await();
        assertStoppedWithExitOne(lost, "the database connection was lost, so the run for as-of 2026-10-30 stopped; "
                + "nothing is lost: run the same command again to resume it");
        assertThat(lost.out()).contains("step buildLeads stopped: the database connection was lost");

        // 2. The next run resumes, and the server goes down while it waits before the status step, and stays down
        //    until the run has given up: it cannot even record its failure. Which of two true sentences it says
        //    depends on timing, not on the code: a pooled connection used less than half a second before is handed
        //    out unchecked and breaks ("lost"); an older one is checked first, fails, and the new connection the
        //    pool then opens is refused ("cannot reach"). On a busy machine either happens (the suite saw both).
        Child second = audit.auditPausedBefore("decideStatuses", input, reports);
        server.close();
        server = null;
        second.resume();
        // When its new connections are refused, the run waits out the pool's connection timeout (30 s by default)
        // for the step, and longer while it tries to record the failure: by hand, with the server stopped while the
        // run was paused before decideStatuses, the step failed after 30.6 s and the run exited 120.2 s after the
        // stop (docs/benchmarks.md session 32) — the 120 s a child is given by default. What is asserted is how it
        // ends, not how soon.
        Result down = second.await(Duration.ofMinutes(6));
        assertThat(down.code()).as(down.toString()).isEqualTo(ExitCode.FAILED.code);
        assertThat(down.err()).as(down.toString()).containsAnyOf(
                "cannot reach the database (Connection refused). Check that PostgreSQL is running",
                "the database connection was lost, so the run")
                .doesNotContain("\tat ");
        assertThat(down.out()).doesNotContain("\tat ");

        // 3. The server is back; the next run resumes and ends as if nothing had happened.
        server = OwnServer.start(pgData, port);
        Result resumed = audit.audit(input, reports);

        assertThat(resumed.code()).as(resumed.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(resumed.out()).contains("step decideStatuses started").doesNotContain("step importScans started")
                .doesNotContain("\tat ");
        Result status = audit.command("status");
        assertThat(status.out()).containsPattern("run 3  as-of 2026-10-30  COMPLETED");
        assertThat(LeadAuditProcess.workbookCells(reports)).isEqualTo(uninterrupted.cells());
        assertThat(LeadAuditProcess.countsOnServer(url)).isEqualTo(uninterrupted.counts());
    }

    /**
     * The states a server restart can leave, made on purpose so the test does not depend on timing: the run FAILED
     * with one step UNKNOWN (cut off in its commit: Spring Batch refuses to restart it, "manual intervention") and
     * one step of the other branch still STARTED (it could not record its end: "already running"). The next run
     * marks them failed and redoes them, and ends as an uninterrupted run.
     */
    @Test
    @EmbeddedDatabaseOnly
    void stepsLeftUnknownOrStartedByALostServerAreRedoneByTheNextRun() {
        Reference uninterrupted = LeadAuditProcess.reference();
        Path input = LeadAuditProcess.sampleInput(temp);
        Path reports = temp.resolve("reports");
        audit = LeadAuditProcess.embedded(temp.resolve("data"));
        assertThat(audit.audit(input, reports).code()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        audit.query(jdbc -> {
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED'");
            jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' "
                    + "WHERE STEP_NAME = 'matchLeads'");
            return jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', "
                    + "END_TIME = NULL WHERE STEP_NAME = 'consolidateActivities'");
        });

        Result resumed = audit.audit(input, reports);

        assertThat(resumed.code()).as(resumed.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(resumed.out()).contains("The run for as-of 2026-10-30 stopped while its database was away; "
                        + "resuming it").contains("step matchLeads started").contains("step consolidateActivities started")
                .doesNotContain("step buildLeads started").doesNotContain("\tat ");
        assertThat(LeadAuditProcess.workbookCells(reports)).isEqualTo(uninterrupted.cells());
        assertThat(audit.query(LeadAuditProcess::counts)).isEqualTo(uninterrupted.counts());
    }

    private static void assertStoppedWithExitOne(Result result, String sentence) {
        assertThat(result.code()).as(result.toString()).isEqualTo(ExitCode.FAILED.code);
        assertThat(result.err()).as(result.toString()).contains(sentence).doesNotContain("\tat ");
        assertThat(result.out()).doesNotContain("\tat ");
    }
}
