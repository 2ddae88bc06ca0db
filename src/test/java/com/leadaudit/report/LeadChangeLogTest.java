package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import com.leadaudit.run.RunParameters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change log of V20: the leads an update changed, noted for the campaigns whose workbooks have Leads blocks, so
 * that a later night finds the blocks to write again without hashing every lead. Over the sample input; that a
 * later night's sheets written from it equal a fresh run's is IncrementalRunTest's.
 */
@AuditTest
class LeadChangeLogTest {

    /** AuditTest's rows per block. */
    private static final int ROWS_PER_BLOCK = 3;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportRepository reports;

    @TempDir
    Path temp;

    @Test
    void theChangeLogListsUpdatedLeadsOfCampaignsWithBlocksAndStopsWhenLeadsAreAddedOrMoved() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-20");
        // every campaign's workbook has its blocks noted: its log starts at the version the workbook shows
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM report_file f JOIN lead_change_log g ON g.campaign_code = f.campaign_code
                WHERE f.leads_blocks IS NOT NULL AND g.from_version = f.lead_version""", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM report_file WHERE campaign_code IS NOT NULL",
                        Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_change", Long.class)).isZero();
        Map<String, Object> lead = jdbc.queryForMap("""
                SELECT l.id, l.campaign_code, c.lead_version,
                       (SELECT count(*) FROM lead_with_state i WHERE i.campaign_code = l.campaign_code
                          AND (i.captured_at, i.id) < (l.captured_at, l.id)) AS position
                FROM lead_with_state l JOIN campaign c ON c.code = l.campaign_code
                ORDER BY l.campaign_code, l.captured_at DESC, l.id DESC LIMIT 1""");
        String code = (String) lead.get("campaign_code");
        long written = ((Number) lead.get("lead_version")).longValue();
        int block = (int) (((Number) lead.get("position")).longValue() / ROWS_PER_BLOCK);

        jdbc.update("UPDATE lead SET notes = 'called back' WHERE id = ?", lead.get("id"));
        LeadBlocks.Changed changed = reports.changedLeadBlocks(code, ROWS_PER_BLOCK, written);
        assertThat(changed.blocks()).containsExactly(block);
        assertThat(changed.leads()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*)::int FROM lead_with_state WHERE campaign_code = ?", Integer.class, code));
        assertThat(reports.changedLeadBlocks(code, ROWS_PER_BLOCK, written - 1))
                .as("a workbook older than the log").isNull();

        jdbc.update("UPDATE lead SET captured_at = captured_at - interval '1 day' WHERE id = ?", lead.get("id"));
        assertThat(reports.changedLeadBlocks(code, ROWS_PER_BLOCK, written)).as("a lead moved").isNull();
    }

    @Test
    void deletedLeadsRestartTheLogSoOnlyLaterWorkbooksUseIt() throws Exception {
        Path input = copySample();
        audit(input, "2026-10-20");
        Map<String, Object> campaign = jdbc.queryForMap(
                "SELECT code, lead_version FROM campaign WHERE code IN (SELECT campaign_code FROM lead_with_state) LIMIT 1");
        String code = (String) campaign.get("code");
        long written = ((Number) campaign.get("lead_version")).longValue();
        // the rows after it move up: the log cannot say which blocks changed
        jdbc.update("DELETE FROM lead WHERE id = (SELECT min(id) FROM lead WHERE campaign_code = ?)", code);
        assertThat(reports.changedLeadBlocks(code, ROWS_PER_BLOCK, written)).isNull();
        long now = jdbc.queryForObject("SELECT lead_version FROM campaign WHERE code = ?", Long.class, code);
        assertThat(reports.changedLeadBlocks(code, ROWS_PER_BLOCK, now).blocks()).as("a workbook written now")
                .isEmpty();
    }

    private void audit(Path input, String asOf) throws Exception {
        JobExecution execution = jobs.startJob(new RunParameters(asOf, 1, input, temp.resolve("reports"),
                Instant.parse("2026-11-01T02:30:00Z")).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private Path copySample() {
        return Fixtures.copyFolder(Path.of("input"), temp.resolve("input"));
    }
}
