package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.run.LeadAuditProcess.Child;
import com.leadaudit.run.LeadAuditProcess.Reference;
import com.leadaudit.run.LeadAuditProcess.Result;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * SPEC §11/§12 against a PostgreSQL server (127.0.0.1:5432, a database of its own): the advisory lock turns a second
 * run away with 75 while the first is busy; when the database drops the first run's connections it stops with exit 1
 * and a sentence that says so (no stack trace), and the next run resumes it to exactly the uninterrupted result.
 */
class DatabaseOutageTest {

    private static final String SERVER = System.getProperty("leadaudit.test.server", "jdbc:postgresql://127.0.0.1:5432/");
    // trust authentication ignores it; it is here to prove that a configured password is never printed
    private static final String PASSWORD = "pw-" + UUID.randomUUID();

    @TempDir
    Path temp;

    private LeadAuditProcess audit;
    private String database;
    private JdbcTemplate admin;
    private Connection adminConnection;

    @BeforeEach
    void createDatabase() throws SQLException {
        try {
            adminConnection = DriverManager.getConnection(SERVER + "test?user=postgres");
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL server at " + SERVER + ": " + e.getMessage());
        }
        admin = new JdbcTemplate(new SingleConnectionDataSource(adminConnection, true));
        database = "ops_outage_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        admin.execute("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (audit != null) {
            audit.cleanUp(); // a child a failed assertion left paused
        }
        if (admin != null) {
            admin.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            adminConnection.close();
        }
    }

    @Test
    void aRunThatLosesItsDatabaseStopsWithASentenceAndTheNextRunCompletesIt() {
        Reference uninterrupted = LeadAuditProcess.reference();
        Path input = LeadAuditProcess.sampleInput(temp);
        Path reports = temp.resolve("reports");
        String url = SERVER + database;
        audit = LeadAuditProcess.onServer(url, PASSWORD, temp.resolve("markers"));

        Child first = audit.auditPausedBefore("matchLeads", input, reports);
        // A second run on the same database, even from another data dir (another machine), is turned away.
        Result other = LeadAuditProcess.onServer(url, PASSWORD, temp.resolve("elsewhere")).audit(input, reports);
        assertThat(other.code()).as(other.toString()).isEqualTo(ExitCode.ALREADY_RUNNING.code);
        // "at once": it ended while the first run still waits before its step, so it cannot have waited for it
        // (a time limit here failed on a busy machine, where starting a JVM alone can take that long)
        assertThat(first.stillPaused()).isTrue();
        assertThat(other.err()).contains("another leadaudit run is in progress on this database")
                .doesNotContain("\tat ");

        // The database drops every connection of the first run (restart, failover, an admin's kill).
        int cut = admin.queryForObject("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE datname = ? AND pid <> pg_backend_pid()", Integer.class, database);
        assertThat(cut).isPositive();
        first.resume();
        Result lost = first.await();

        assertThat(lost.code()).as(lost.toString()).isEqualTo(ExitCode.FAILED.code);
        assertThat(lost.err().strip()).isEqualTo("leadaudit: the database connection was lost, so the run for as-of "
                + "2026-10-30 stopped; nothing is lost: run the same command again to resume it");
        assertThat(lost.out()).contains("step matchLeads stopped: the database connection was lost")
                .doesNotContain("\tat ");

        Result resumed = audit.audit(input, reports);

        assertThat(resumed.code()).as(resumed.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
        assertThat(resumed.out()).contains("Restarting the run for as-of 2026-10-30 from the step that did not finish")
                .contains("step matchLeads started").doesNotContain("step importScans started");
        assertThat(LeadAuditProcess.workbookCells(reports)).isEqualTo(uninterrupted.cells());
        assertThat(LeadAuditProcess.countsOnServer(url)).isEqualTo(uninterrupted.counts());

        Result status = audit.command("status");
        assertThat(status.out()).containsPattern("run 2  as-of 2026-10-30  COMPLETED")
                .containsPattern("run 1  as-of 2026-10-30  FAILED  started .*  took \\d+s")
                .contains("the connection to the database was lost during the run; resumed by run 2");

        for (Result r : new Result[] {first.await(), other, resumed, status}) {
            assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        }
    }
}
