package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * SPEC §4 "Time zones" and the date-order setting, end to end (fixtures/time-zones): a Tokyo show, a CRM exported
 * in Los Angeles ({@code leadaudit.crm.time-zone}) and an operator who set {@code leadaudit.date-order=day-first}.
 * Each wrong reading would move a touch before its capture, so the statuses prove the zones as well.
 */
@AuditTest
@TestPropertySource(properties = {"leadaudit.date-order=day-first", "leadaudit.crm.time-zone=America/Los_Angeles"})
class TimeZonesJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void scanTimesInTheCampaignZoneCrmTimesInTheCrmZoneDatesUnshifted() throws Exception {
        Path input = Fixtures.copy("time-zones", temp.resolve("input"));

        var execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-04-10", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // "03/04/2026 10:00" settles nothing, so day-first from the setting: 3 April, 10:00 in Tokyo = 01:00Z
        assertThat(capturedAt("aiko@sakura.example")).isEqualTo("2026-04-03T01:00:00Z");
        assertThat(capturedAt("ben@harbor.example")).isEqualTo("2026-04-04T00:30:00Z");
        // a scan time with an offset is that instant, whatever the campaign's zone
        assertThat(capturedAt("carl@fjord.example")).isEqualTo("2026-04-03T08:00:00Z");

        // Salesforce's +0000 is kept; HubSpot's "2026-04-03 02:00" is Los Angeles time (PDT): 09:00Z
        assertThat(occurredAt("SALESFORCE:00T000000000T01")).isEqualTo("2026-04-03T09:00:00Z");
        assertThat(occurredAt("HUBSPOT:701")).isEqualTo("2026-04-03T09:00:00Z");
        // the date-only ActivityDate stays 4 April: never moved to 3 April by the Los Angeles zone
        assertThat(jdbc.queryForMap("SELECT occurred_at, occurred_date::text AS day FROM activity WHERE crm_id = ?",
                "SALESFORCE:00T000000000T02")).containsEntry("occurred_at", null).containsEntry("day", "2026-04-04");

        assertLead("aiko@sakura.example", "ON_TIME", "8.0", null);
        // Ben's touch is the date 4 April, his capture day in Tokyo: it counts, without hours
        assertLead("ben@harbor.example", "ON_TIME", null, "2026-04-04");
        assertLead("carl@fjord.example", "ON_TIME", "1.0", null);
    }

    private String capturedAt(String email) {
        return jdbc.queryForObject("SELECT captured_at FROM lead_with_state WHERE email_norm = ?", Timestamp.class, email)
                .toInstant().toString();
    }

    private String occurredAt(String crmId) {
        Instant at = jdbc.queryForObject("SELECT occurred_at FROM activity WHERE crm_id = ?", Timestamp.class, crmId)
                .toInstant();
        return at.toString();
    }

    private void assertLead(String email, String status, String hours, String touchDate) {
        Map<String, Object> lead = jdbc.queryForMap("""
                SELECT status, hours_to_touch::text AS hours, first_touch_date::text AS touch_date
                FROM lead_with_state WHERE email_norm = ?""", email);
        assertThat(lead).as(email).containsEntry("status", status).containsEntry("hours", hours)
                .containsEntry("touch_date", touchDate);
    }
}
