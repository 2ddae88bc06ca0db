package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.run.LeadAuditProcess.Child;
import com.leadaudit.run.LeadAuditProcess.Reference;
import com.leadaudit.run.LeadAuditProcess.Result;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging tables are unlogged (V25): when PostgreSQL crashes, its recovery empties them. The next run must notice,
 * read every file again and end with what a run that never crashed gives, whether the crash came after a completed
 * night or in the middle of a run whose first steps had finished (a restart would skip those steps, and rebuild the
 * leads from no scans). The crash is real: the test's own server is sent SIGQUIT (PostgreSQL's immediate shutdown,
 * which leaves recovery to the next start), so the test also shows that PostgreSQL does empty the tables.
 */
class StagingRowsLostTest {

    @TempDir
    Path temp;

    private Reference uninterrupted;
    private Path input;
    private Path pgData;
    private int port;
    private String url;
    private EmbeddedPostgres server;
    private LeadAuditProcess audit;

    @BeforeEach
    void startOwnServer() throws IOException {
        uninterrupted = LeadAuditProcess.reference();
        input = LeadAuditProcess.sampleInput(temp);
        pgData = temp.resolve("server");
        port = OwnServer.freePort();
        server = OwnServer.start(pgData, port);
        url = OwnServer.url(port);
        audit = LeadAuditProcess.onServer(url, "unused", temp.resolve("markers"));
    }

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
    void aCrashAfterACompletedNightMakesTheNextRunReadEveryFileAgain() throws Exception {
        Result first = audit.audit(input, temp.resolve("reports"));
        assertThat(first.code()).as(first.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(LeadAuditProcess.countsOnServer(url).get("scan")).isNotEqualTo(0L);

        crash();
        Map<String, Object> afterCrash = LeadAuditProcess.countsOnServer(url);
        assertThat(afterCrash.get("scan")).as("PostgreSQL's recovery empties the unlogged staging tables")
                .isEqualTo(0L);
        assertThat(afterCrash.get("activity_row")).isEqualTo(0L);
        assertThat(afterCrash.get("source_file")).isEqualTo(uninterrupted.counts().get("source_file"));

        Path reports = temp.resolve("reports-after-crash");
        Result again = audit.audit(input, reports);

        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(again.out()).contains("The database lost the rows read from the input files since the last run")
                .contains("step importScans started").doesNotContain("\tat ");
        assertThat(LeadAuditProcess.workbookCells(reports)).isEqualTo(uninterrupted.cells());
        assertThat(LeadAuditProcess.countsOnServer(url)).isEqualTo(uninterrupted.counts());
    }

    @Test
    void aCrashInsideARunMakesTheNextRunStartItOverFromTheFirstStep() throws Exception {
        Path reports = temp.resolve("reports");
        // the scans are imported and committed; the lead build has begun
        Child cut = audit.auditPausedInside("buildLeads", input, reports);
        crash();
        cut.resume();
        assertThat(cut.await().code()).isEqualTo(ExitCode.FAILED.code);

        Result again = audit.audit(input, reports);

        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(again.out()).contains("The interrupted run for as-of 2026-10-30 starts over from its first step")
                .contains("step importScans started").doesNotContain("\tat ");
        // (the numbers are execution ids: after a crash recovery PostgreSQL's sequences go on 32 further)
        assertThat(audit.command("status").out())
                .containsPattern("run \\d+  as-of 2026-10-30  ABANDONED  started [-0-9 :.]+  took -\n    abandoned: "
                        + "the database lost the rows it had read from the input files; the next run of its as-of "
                        + "started over from the first step")
                .containsPattern("run \\d+  as-of 2026-10-30  COMPLETED");
        assertThat(LeadAuditProcess.workbookCells(reports)).isEqualTo(uninterrupted.cells());
        assertThat(LeadAuditProcess.countsOnServer(url)).isEqualTo(uninterrupted.counts());
    }

    /** SIGQUIT to the postmaster (an immediate shutdown, as in a crash), then a start, which recovers. */
    private void crash() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
        Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (postmaster != null && postmaster.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        try {
            server.close();  // its postmaster is gone; this only lets go of the handle
        } catch (IOException | RuntimeException alreadyStopped) {
            // expected: nothing left to stop
        }
        server = OwnServer.start(pgData, port);
    }
}
