package com.leadaudit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The labelled fixture set (fixtures/labelled, see its README): CRM people, activities and scans with the expected
 * status, match tier, first touch and deadline of every lead worked out by hand from SPEC §5–§8 in expected.csv.
 * The whole job must agree lead by lead; every disagreement is listed, not just the first.
 */
@AuditTest
class LabelledFixtureAgreementTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void everyLeadAgreesWithItsHandWorkedExpectation() throws Exception {
        Path input = Fixtures.copy("labelled", temp.resolve("input"));
        JobExecution run = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-10-30", 1));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, String> actual = new TreeMap<>();
        jdbc.query("""
                SELECT l.campaign_code, COALESCE(l.email_norm, l.lead_key) AS k, l.status, COALESCE(l.match_tier, '') AS m,
                       COALESCE(to_char(l.first_touch_at AT TIME ZONE c.time_zone, 'YYYY-MM-DD HH24:MI'),
                                to_char(l.first_touch_date, 'YYYY-MM-DD'), '') AS t,
                       to_char(l.deadline AT TIME ZONE c.time_zone, 'YYYY-MM-DD HH24:MI:SS.MS') AS d
                FROM lead_with_state l JOIN campaign c ON c.code = l.campaign_code""", rs -> {
            actual.put(rs.getString(1) + " " + rs.getString(2),
                    String.join(" | ", rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        });

        Map<String, String> expected = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(Path.of("src/test/resources/fixtures/labelled/expected.csv"))) {
            csv.forEach(r -> expected.put(r.getField("campaign") + " " + r.getField("lead_email_or_key"),
                    String.join(" | ", r.getField("expected_status"), r.getField("expected_match"),
                            r.getField("expected_first_touch"), r.getField("expected_deadline"))));
        }

        List<String> disagreements = new ArrayList<>();
        expected.forEach((lead, want) -> {
            String got = actual.get(lead);
            if (!want.equals(got)) {
                disagreements.add(lead + "\n    expected " + want + "\n    actual   " + got);
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> disagreements.add(k + " is a lead the fixture does not expect: " + actual.get(k)));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        assertThat(disagreements).as("leads that disagree with expected.csv").isEmpty();
    }
}
