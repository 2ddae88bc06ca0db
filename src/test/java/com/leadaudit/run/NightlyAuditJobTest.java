package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole job on a small two-campaign input (fixtures/two-shows): a semicolon CSV with a title row and European
 * dates (Berlin, 2bd across the DST change of 2026-03-29), a Swapcard-style CSV with separate date and time columns
 * (New York, 48h), Salesforce Data Loader and HubSpot exports. Expected values are worked out by hand in the comments.
 */
@AuditTest
class NightlyAuditJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void auditsTwoShowsEndToEndInTheDatabaseAndTheWorkbooks() throws Exception {
        Path input = Fixtures.copy("two-shows", temp.resolve("input"));
        Path reports = temp.resolve("reports");

        JobExecution execution = jobs.startJob(params(input, reports, "2026-04-10"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // Anna: Fri 27 Mar 10:00 CET = 09:00Z; 2bd = end of Tue 31 Mar in Berlin, which is CEST by then (21:59:59.999Z);
        // her logged email on 30 Mar 08:00Z is 71.0 h later.
        assertLead("anna.schmidt@acme.de", "ON_TIME", "EMAIL", "2026-03-31T21:59:59.999Z", "71.0");
        assertThat(lead("anna.schmidt@acme.de")).containsEntry("scans", 2).containsEntry("rating", "HOT")
                .containsEntry("scanned_by", "Kai Berg, Lena Ott").containsEntry("first_touch_by", "Mia Lang");
        // Ben: 10:30Z; his call on 2 Apr 09:00Z is after the same Tuesday deadline: 142.5 h.
        assertLead("ben.weber@beta.de", "LATE", "EMAIL", "2026-03-31T21:59:59.999Z", "142.5");
        // Carla only got a List Email (mass mail): no touch, deadline long past.
        assertLead("carla@gamma.de", "OVERDUE", "EMAIL", "2026-03-31T21:59:59.999Z", null);
        // Dirk: Thu 26 Mar 08:00Z -> end of Mon 30 Mar CEST; his task was never started.
        assertLead("dirk@delta.de", "OVERDUE", "EMAIL", "2026-03-30T21:59:59.999Z", null);
        // Eve: 27 Mar 4:15 PM EDT = 20:15Z, 48h; HubSpot call 28 Mar 10:00 (CRM zone UTC) = 13.75 h -> 13.8.
        assertLead("eve@stone.io", "ON_TIME", "EMAIL", "2026-03-29T20:15:00Z", "13.8");
        // Finn: his only meeting was cancelled.
        assertLead("finn@gray.io", "OVERDUE", "EMAIL", "2026-03-29T13:00:00Z", null);
        // Gus: scanned on the as-of day itself; due two days later.
        assertLead("gus@hale.io", "OPEN", "EMAIL", "2026-04-12T12:00:00Z", null);

        Map<String, Object> berlin = jdbc.queryForMap(
                "SELECT * FROM campaign_figures WHERE campaign_code = 'expo-berlin' AND as_of = '2026-04-10'");
        assertThat(berlin).containsEntry("scans_read", 6L).containsEntry("rows_rejected", 1L)
                .containsEntry("duplicates", 1L).containsEntry("leads", 4L).containsEntry("on_time", 1L)
                .containsEntry("late", 1L).containsEntry("overdue", 2L).containsEntry("open", 0L)
                .containsEntry("sla_compliance", 0.25).containsEntry("followed_up", 0.5)
                .containsEntry("median_hours", 106.8)
                // PERCENTILE.INC({71.0; 142.5}; 0.9) = 71.0 + 0.9 * 71.5 = 135.35 -> 135.4 (half up)
                .containsEntry("p90_hours", 135.4);
        // First-touch owner, else the owner of the matched CRM record: Olaf Roth owns Carla's and Dirk's contacts.
        assertThat(groups("OWNER")).containsExactly(
                "Mia Lang: 2 leads, 1/1/0/0, compliance 0.5, median 106.8",
                "Olaf Roth: 2 leads, 0/0/2/0, compliance 0.0, median null");
        // Anna was scanned by both, so she counts for both.
        assertThat(groups("STAFF")).containsExactly(
                "Kai Berg: 2 leads, 1/1/0/0, compliance 0.5, median 106.8",
                "Lena Ott: 3 leads, 1/0/2/0, compliance 0.3333333333333333, median 71.0");
        assertThat(jdbc.queryForList("SELECT row_number || ': ' || reason FROM rejected_row", String.class))
                .containsExactly("7: no identity: no valid email, no name and no badge id");

        Path workbook = reports.resolve("2026-04-10/expo-berlin.xlsx");
        assertThat(workbook).exists();
        assertThat(reports.resolve("2026-04-10/expo-ny.xlsx")).exists();
        assertThat(reports.resolve("2026-04-10/portfolio.xlsx")).exists();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet leads = wb.getSheet("Leads");
            Row anna = findRow(leads, "anna.schmidt@acme.de");
            assertThat(anna.getCell(column(leads, "Status")).getStringCellValue()).isEqualTo("ON_TIME");
            assertThat(anna.getCell(column(leads, "Match")).getStringCellValue()).isEqualTo("EMAIL");
            // 09:00Z shown in the campaign's zone: 10:00 CET
            assertThat(anna.getCell(column(leads, "Captured At")).getLocalDateTimeCellValue())
                    .isEqualTo("2026-03-27T10:00");
            assertThat(anna.getCell(column(leads, "Hours To First Touch")).getNumericCellValue()).isEqualTo(71.0);
            Sheet quality = wb.getSheet("Data Quality");
            assertThat(textOf(quality)).contains("no identity").contains("leads-expo-berlin.csv");
        }
    }

    @Test
    void secondRunWithUnchangedFilesSkipsThemAndGivesTheSameStatuses() throws Exception {
        Path input = Fixtures.copy("two-shows", temp.resolve("input"));
        Path reports = temp.resolve("reports");
        jobs.startJob(params(input, reports, "2026-04-10"));
        var before = jdbc.queryForList("SELECT lead_key, status, deadline FROM lead_with_state ORDER BY lead_key");

        JobExecution second = jobs.startJob(AuditJobs.params(input, reports, "2026-04-10", 2));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT lead_key, status, deadline FROM lead_with_state ORDER BY lead_key")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scan", Long.class)).isEqualTo(8L);
        assertThat(second.getStepExecutions()).filteredOn(s -> s.getStepName().equals("importScans"))
                .singleElement().satisfies(s -> assertThat(s.getExecutionContext().getLong("leadaudit.skipped")).isEqualTo(2L));
    }

    @Test
    void laterNightsAddToTheComplianceTrendOfSummaryAndPortfolio() throws Exception {
        Path input = Fixtures.copy("two-shows", temp.resolve("input"));
        Path reports = temp.resolve("reports");
        jobs.startJob(params(input, reports, "2026-03-31"));

        JobExecution later = jobs.startJob(params(input, reports, "2026-04-10"));

        assertThat(later.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // On 31 Mar Berlin stood at: Anna on time, Dirk overdue (due 30 Mar), Ben and Carla still open -> 1/2.
        assertThat(jdbc.queryForList("SELECT as_of || ' ' || sla_compliance FROM campaign_figures "
                + "WHERE campaign_code = 'expo-berlin' ORDER BY as_of", String.class))
                .containsExactly("2026-03-31 0.5", "2026-04-10 0.25");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve("2026-04-10/portfolio.xlsx")))) {
            String trend = textOf(wb.getSheet("Trend"));
            assertThat(trend).contains("2026-03-31\t0.5\t").contains("2026-04-10\t0.25\t");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve("2026-04-10/expo-berlin.xlsx")))) {
            assertThat(textOf(wb.getSheet("Summary"))).contains("Compliance trend").contains("2026-03-31");
            String owners = textOf(wb.getSheet("Owners"));
            assertThat(owners).contains("Mia Lang\t2.0\t1.0\t1.0\t0.0\t0.0\t0.5");
        }
    }

    private java.util.List<String> groups(String dimension) {
        return jdbc.query("""
                SELECT grp, leads, on_time, late, overdue, open, compliance, median_hours FROM group_figures
                WHERE campaign_code = 'expo-berlin' AND as_of = '2026-04-10' AND dimension = ? ORDER BY grp""",
                (rs, i) -> rs.getString(1) + ": " + rs.getLong(2) + " leads, " + rs.getLong(3) + "/" + rs.getLong(4)
                        + "/" + rs.getLong(5) + "/" + rs.getLong(6) + ", compliance " + rs.getObject(7)
                        + ", median " + rs.getObject(8), dimension);
    }

    private static JobParameters params(Path input, Path reports, String asOf) {
        return AuditJobs.params(input, reports, asOf, 1);
    }

    private Map<String, Object> lead(String email) {
        return jdbc.queryForMap("SELECT * FROM lead_with_state WHERE email_norm = ?", email);
    }

    private void assertLead(String email, String status, String match, String deadline, String hours) {
        Map<String, Object> lead = lead(email);
        assertThat(lead.get("status")).as(email + " status").isEqualTo(status);
        assertThat(lead.get("match_tier")).as(email + " match").isEqualTo(match);
        assertThat(((java.sql.Timestamp) lead.get("deadline")).toInstant()).as(email + " deadline")
                .isEqualTo(Instant.parse(deadline));
        assertThat(lead.get("hours_to_touch") == null ? null : lead.get("hours_to_touch").toString())
                .as(email + " hours").isEqualTo(hours);
    }

    static int column(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        for (int i = 0; i < head.getLastCellNum(); i++) {
            if (header.equals(head.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    static Row findRow(Sheet sheet, String email) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && email.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + email);
    }

    static String textOf(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> text.append(c.toString()).append('\t'));
            text.append('\n');
        }
        return text.toString();
    }
}
