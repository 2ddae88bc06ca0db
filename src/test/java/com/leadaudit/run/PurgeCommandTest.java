package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code purge --older-than DAYS} through the CLI over the sample (SPEC §11): the personal data of campaigns that
 * ended long enough ago goes, their figures stay, and later runs neither import their files again nor touch the
 * figures they kept.
 */
@AuditTest
class PurgeCommandTest {

    private static final String HM = "hannover-messe-2026"; // ended 2026-04-30; every other sample campaign in October

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void purgeDeletesScansAndLeadsOfCampaignsThatEndedLongAgoKeepsFiguresAndLaterRunsDoNotReimport() {
        Path input = LeadAuditProcess.sampleInput(temp);
        Path reports = temp.resolve("reports");
        assertThat(cli("run", "--input", input.toString(), "--reports", reports.toString(), "--as-of", "2026-10-30")
                .code()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS);
        long hmScans = count("SELECT count(*) FROM scan WHERE campaign_code = ?", HM);
        long hmLeads = count("SELECT count(*) FROM lead WHERE campaign_code = ?", HM);
        long otherScans = count("SELECT count(*) FROM scan WHERE campaign_code <> ?", HM);
        List<Map<String, Object>> figures = figures();
        assertThat(hmScans).isPositive();

        // Cuts between Hannover Messe's end (30 April) and every other campaign's (October), whatever today is.
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 5, 15), LocalDate.now());
        Cli purge = cli("purge", "--older-than", Long.toString(days));

        assertThat(purge.code()).as(purge.err()).isEqualTo(ExitCode.DONE);
        assertThat(purge.out().strip()).isEqualTo("leadaudit: purged campaign " + HM + ": " + hmScans
                + " scans from 2 files and " + hmLeads + " leads deleted; figures kept");
        assertThat(count("SELECT count(*) FROM scan WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM lead WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM lead_state WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM source_file WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM rejected_row r JOIN source_file f ON f.id = r.file_id "
                + "WHERE f.campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM lead_person lp WHERE NOT EXISTS "
                + "(SELECT 1 FROM lead l WHERE l.id = lp.lead_id)")).isZero();
        assertThat(count("SELECT count(*) FROM scan WHERE campaign_code <> ?", HM)).isEqualTo(otherScans);
        assertThat(figures()).isEqualTo(figures);

        // The files are still in input/, but a purged campaign is never imported again, and its figures stay.
        Cli later = cli("run", "--input", input.toString(), "--reports", reports.toString(), "--as-of", "2026-10-30");
        Cli nextNight = cli("run", "--input", input.toString(), "--reports", reports.toString(), "--as-of", "2026-10-31");

        assertThat(later.code()).as(later.err()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS);
        assertThat(nextNight.code()).as(nextNight.err()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS);
        assertThat(count("SELECT count(*) FROM scan WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM source_file WHERE campaign_code = ?", HM)).isZero();
        assertThat(count("SELECT count(*) FROM scan WHERE campaign_code <> ?", HM)).isEqualTo(otherScans);
        assertThat(figures()).isEqualTo(figures);
        assertThat(jdbc.queryForList("SELECT DISTINCT campaign_code FROM campaign_figures WHERE as_of = '2026-10-31'",
                String.class)).hasSize(3).doesNotContain(HM);

        Cli nothing = cli("purge", "--older-than", Long.toString(days));
        assertThat(nothing.out()).contains("nothing to purge");
    }

    /** SPEC §11 "a configured number of days": a bare purge takes leadaudit.purge.after-days. */
    @Test
    void withoutOlderThanTheConfiguredDaysDecide() {
        campaignEnded("long-ago", 400);
        campaignEnded("last-year", 300);

        Cli byDefault = cli("purge");
        Cli configured = cli("purge", "--leadaudit.purge.after-days=200");

        assertThat(byDefault.code()).as(byDefault.err()).isEqualTo(ExitCode.DONE);
        assertThat(byDefault.out()).contains("purged campaign long-ago").doesNotContain("last-year");
        assertThat(configured.code()).as(configured.err()).isEqualTo(ExitCode.DONE);
        assertThat(configured.out()).contains("purged campaign last-year").doesNotContain("long-ago");
        assertThat(jdbc.queryForList("SELECT code FROM campaign WHERE purged_at IS NOT NULL ORDER BY code",
                String.class)).containsExactly("last-year", "long-ago");
    }

    private void campaignEnded(String code, int daysAgo) {
        jdbc.update("""
                INSERT INTO campaign (code, name, start_date, end_date, time_zone, sla, country, qualifying_types,
                                      registered)
                VALUES (?, ?, current_date - ? - 2, current_date - ?, 'UTC', '2bd', 'US', 'CALL;EMAIL;MEETING', TRUE)""",
                code, code, daysAgo, daysAgo);
    }

    private List<Map<String, Object>> figures() {
        return jdbc.queryForList("""
                SELECT campaign_code, as_of, scans_read, rows_rejected, leads, on_time, late, overdue, open,
                       sla_compliance FROM campaign_figures WHERE as_of = '2026-10-30' ORDER BY campaign_code""");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    record Cli(ExitCode code, String out, String err) {
    }

    private static Cli cli(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--data-dir", "target/test-pg")).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = LeadAuditMain.execute(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
