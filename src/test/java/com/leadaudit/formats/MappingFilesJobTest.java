package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's mapping-file examples through the whole nightly job (fixtures/mapped-crm): a booth app with unknown
 * headers, Pipedrive people and activities, Zoho contacts and calls — none of them a built-in layout. Expected
 * statuses are worked out by hand in the comments (Expo Chicago, America/Chicago, 2bd; as-of 2026-05-20).
 */
@AuditTest
class MappingFilesJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    StoredRows stored;

    @BeforeEach
    void readStoredRows() {
        stored = new StoredRows(jdbc);
    }

    @Test
    void pipedriveAndZohoExportsReadThroughMappingFilesGiveTouches() throws Exception {
        Path input = Fixtures.copy("mapped-crm", temp.resolve("input"));

        var execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-05-20", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stored.file("crm/pipedrive-activities-2026-05-20.csv")).containsEntry("status", "IMPORTED")
                .containsEntry("kind", "crm-activity (mappings/pipedrive-activities.properties)")
                .containsEntry("rejected_rows", "0");
        assertThat(stored.file("mappings/pipedrive-activities.properties")).containsEntry("status", "IMPORTED")
                .containsEntry("kind", "crm-activity mapping").containsEntry("role", "CRM");
        // Without its mapping, the Zoho file would pass for a HubSpot contacts export ("Record Id").
        assertThat(stored.file("crm/Contacts_2026_05_20.csv"))
                .containsEntry("kind", "crm-contact (mappings/zoho-contacts.properties)");

        assertThat(stored.row("scan", "badge-scans/expo-chicago-2026/leaddrop-export.csv", 2))
                .containsEntry("scanned_local", "2026-05-12T10:00:00")
                .containsEntry("email_norm", "olivia.park@riverbend.example")
                .containsEntry("first_name", "Olivia").containsEntry("last_name", "Park")
                .containsEntry("company", "Riverbend Health").containsEntry("scanned_by", "Sam Lee")
                .containsEntry("rating", "HOT").containsEntry("notes", "Wants a call this week")
                // a column the mapping does not name is a custom answer, as in any badge export
                .containsEntry("answers", "{\"Interested in\": \"Analytics\"}");
        assertThat(stored.row("crm_person_row", "crm/pipedrive-persons-2026-05-20.csv", 2))
                .containsEntry("source", "PIPEDRIVE").containsEntry("person_type", "CONTACT")
                .containsEntry("crm_id", "PIPEDRIVE:101").containsEntry("first_name", "Olivia")
                .containsEntry("last_name", "Park").containsEntry("company", "Riverbend Health")
                .containsEntry("owner", "Nina Alvarez").containsEntry("phones_e164", "[\"+13125550101\"]");
        assertThat(stored.row("crm_person_row", "crm/Contacts_2026_05_20.csv", 2))
                .containsEntry("source", "ZOHO").containsEntry("crm_id", "ZOHO:zcrm_5725767000000410021")
                .containsEntry("company", "Ashgrove Partners").containsEntry("owner", "Leo Grant");
        assertThat(stored.row("activity_row", "crm/pipedrive-activities-2026-05-20.csv", 2))
                .containsEntry("crm_id", "PIPEDRIVE:9001").containsEntry("channel", "CALL")
                .containsEntry("happened", "true").containsEntry("occurred_local", "2026-05-13T14:00:00")
                .containsEntry("owner", "Nina Alvarez").containsEntry("subject", "Intro call with Olivia")
                .containsEntry("person_ids", "[\"PIPEDRIVE:101\"]")
                .containsEntry("contact_email_norm", "olivia.park@riverbend.example");
        // "To do": planned, not done; no done time, so the due date stands in as a date
        assertThat(stored.row("activity_row", "crm/pipedrive-activities-2026-05-20.csv", 3))
                .containsEntry("channel", "EMAIL").containsEntry("happened", "false")
                .containsEntry("occurred_local", null).containsEntry("occurred_date", "2026-05-13");
        assertThat(stored.row("activity_row", "crm/Calls_2026_05_20.csv", 2))
                .containsEntry("crm_id", "ZOHO:zcrm_5725767000000420001").containsEntry("channel", "CALL")
                .containsEntry("direction", "OUTBOUND").containsEntry("happened", "true")
                .containsEntry("occurred_local", "2026-05-13T15:45:00")
                .containsEntry("person_ids", "[\"ZOHO:zcrm_5725767000000410021\"]");

        // Olivia: Tue 12 May 10:00 CDT = 15:00Z; the Pipedrive call 13 May 14:00Z is 23.0 h later.
        assertLead("olivia.park@riverbend.example", "ON_TIME", "EMAIL", "CALL", "Nina Alvarez", "23.0");
        // Raj: 16:30Z; the brochure email was never done; the demo on 18 May 09:00Z is after Thursday: 136.5 h.
        assertLead("raj.patel@copperline.example", "LATE", "EMAIL", "MEETING", "Nina Alvarez", "136.5");
        // Chloe: Wed 13 May 09:15 CDT = 14:15Z; the Zoho call at 15:45Z is 1.5 h later.
        assertLead("chloe.martin@ashgrove.example", "ON_TIME", "EMAIL", "CALL", "Leo Grant", "1.5");
        // Diego only called in himself (Inbound): not a follow-up.
        assertLead("diego@santos-mfg.example", "OVERDUE", "EMAIL", null, null, null);
        assertLead("emma.wright@lakeview-clinic.example", "OVERDUE", null, null, null, null);
    }

    @Test
    void editingAMappingFileReimportsTheFilesItReads() throws Exception {
        Path input = Fixtures.copy("mapped-crm", temp.resolve("input"));
        jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-05-20", 1));
        Path mapping = input.resolve("mappings/leaddrop-scans.properties");
        Files.writeString(mapping, Files.readString(mapping).replace("notes = Remarks", "notes = Interested in"));

        var second = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-05-20", 2));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stored.row("scan", "badge-scans/expo-chicago-2026/leaddrop-export.csv", 2))
                .containsEntry("notes", "Analytics").containsEntry("answers", "{\"Remarks\": \"Wants a call this week\"}");
        // the CRM mappings did not change, so the four CRM files and those four mappings were not read again
        assertThat(second.getStepExecutions()).filteredOn(s -> s.getStepName().equals("importCrm")).singleElement()
                .satisfies(s -> assertThat(s.getExecutionContext().getLong("leadaudit.skipped")).isEqualTo(8L));
    }

    @Test
    void aBrokenMappingFileIsRejectedWithItsLineAndTheRunGoesOn() throws Exception {
        Path input = Fixtures.copy("mapped-crm", temp.resolve("input"));
        Path mapping = input.resolve("mappings/leaddrop-scans.properties");
        Files.writeString(mapping, Files.readString(mapping).replace("first_name = Given", "frist_name = Given"));
        Path reports = temp.resolve("reports");

        var execution = jobs.startJob(AuditJobs.params(input, reports, "2026-05-20", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String reason = "the mapping file cannot be used: line 4: 'frist_name' is not a field of a badge-scan "
                + "mapping; use one of: scanned_at, scan_date, scan_time, first_name, last_name, full_name, email, "
                + "company, title, phone, mobile, country, badge_id, scanned_by, device, rating, notes "
                + "(and the settings kind, match)";
        assertThat(stored.file("mappings/leaddrop-scans.properties")).containsEntry("status", "REJECTED")
                .containsEntry("reason", reason);
        // the scans it was written for are not recognised without it; the CRM files still are
        assertThat(stored.file("badge-scans/expo-chicago-2026/leaddrop-export.csv")).containsEntry("status", "REJECTED");
        assertThat(stored.file("crm/Calls_2026_05_20.csv")).containsEntry("status", "IMPORTED");
        assertThat(AuditJobs.sheetRows(reports.resolve("2026-05-20/expo-chicago-2026.xlsx"), "Data Quality"))
                .anySatisfy(row -> assertThat(row).startsWith("File rejected | mappings/leaddrop-scans.properties | ")
                        .endsWith(" | " + reason));
    }

    private void assertLead(String email, String status, String match, String touchType, String touchBy,
                            String hours) {
        Map<String, Object> lead = jdbc.queryForMap("""
                SELECT status, match_tier, first_touch_type, first_touch_by, hours_to_touch::text AS hours
                FROM lead_with_state WHERE email_norm = ?""", email);
        assertThat(lead).as(email).containsEntry("status", status).containsEntry("match_tier", match)
                .containsEntry("first_touch_type", touchType).containsEntry("first_touch_by", touchBy)
                .containsEntry("hours", hours);
    }
}
