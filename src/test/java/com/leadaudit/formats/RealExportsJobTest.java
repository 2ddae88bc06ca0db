package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The defects a hand-worked audit of realistic exports found (issue "Right on exports nobody here wrote"), in one
 * small show whose every status is worked out by hand below. Each lead goes wrong in its own way when its defect
 * is back:
 * <ul>
 *   <li>all: "Scan Date (UTC)" was not a scan-time column, so every capture was estimated at the show's end;</li>
 *   <li>Amy: her failed HubSpot call (status Failed, 0 s) counted as the first touch, 6.0 h after capture;</li>
 *   <li>Brian: his CRM email is the text "null", only the phone matches (possible-length numbers, §6);</li>
 *   <li>Carla: her task was timed at its due date (ON_TIME) instead of its "Task completion date" (LATE);</li>
 *   <li>Dirk: known to the CRM only by "Mobile Phone Number" in a HubSpot export with company columns, which was
 *       taken for a Dynamics one; his record id is damaged by Excel;</li>
 *   <li>Gina: a Dynamics Lead, whose call carries "Email (Regarding) (Lead)", not "(Contact)": never linked;</li>
 *   <li>the file saved twice ("leads (1).csv") counted every scan twice.</li>
 * </ul>
 */
@AuditTest
class RealExportsJobTest {

    static final String SHOW = "intersolar-2026";

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void everyLeadIsRightAndEveryFilesReadingIsShown() throws Exception {
        Path input = temp.resolve("input");
        Fixtures.write(input, "campaigns.csv", """
                code,name,start_date,end_date,time_zone,sla,country,qualifying_types
                intersolar-2026,Intersolar Europe 2026,2026-04-20,2026-04-22,Europe/Berlin,48h,DE,EMAIL;CALL;MEETING;TASK
                """);
        String scans = """
                First Name,Last Name,Email,Company,Phone,Scan Date (UTC),Rating
                Amy,Chen,MAILTO:Amy.Chen@Harborline.example,Harborline Freight,,2026-04-20 08:00,Hot
                Brian,Kowalczyk,brian.k@granitepeak.example,Granite Peak Software,+1 303 555 0142,2026-04-20 09:00,Warm
                Carla,Diaz,carla.diaz@sunvolt.example,Sunvolt,,2026-04-21 10:00,Hot
                Dirk,Vogel,dirk.vogel@leadlake.example,Leadlake,0171 2345678,2026-04-21 11:00,Cold
                Eva,Ruiz,eva.ruiz@ruiz.example,Ruiz Solar,,,Warm
                Finn,Berg,finn@berg.example,Berg Solar,,soon,Cold
                Gina,Hoff,gina.hoff@hoff.example,Hoff Energie,,2026-04-21 12:00,Hot
                """;
        Fixtures.write(input, "badge-scans/" + SHOW + "/leads.csv", scans);
        Fixtures.write(input, "badge-scans/" + SHOW + "/leads (1).csv", scans);
        // HubSpot contacts export including the associated company's columns, re-saved through Excel
        Fixtures.write(input, "crm/hubspot-crm-exports-all-contacts-2026-04-25.csv", """
                Record ID - Contact,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Contact owner,Last Activity Date,Record ID - Company,Company name,Phone Number
                5010001,Amy,Chen,amy.chen@harborline.example,null,,Harborline Freight,Dana Whitfield,4/21/26 9:15,8010001,Harborline Freight,+1 617-555-0100
                5010002,Brian,Kowalczyk,null,(303) 555-0142,,Granite Peak Software,Marcus Lee,4/21/26 18:30,8010002,Granite Peak Software,
                5010003,Carla,Diaz,carla.diaz@sunvolt.example,,,Sunvolt,Dana Whitfield,,8010003,Sunvolt,
                1.11015E+11,Dirk,Vogel,,,+49 171 2345678,Leadlake,Marcus Lee,,,,
                """);
        Fixtures.write(input, "crm/hubspot-crm-exports-all-calls-2026-04-25.csv", """
                Record ID,Activity date,Call Title,Call direction,Call status,Call outcome,Call duration,Activity assigned to,Associated Contact,Associated Contact IDs
                7020001,4/20/26 14:00,Intro call,OUTBOUND,Failed,,0,Dana Whitfield,Amy Chen,5010001
                7020002,4/21/26 9:00,Intro call,OUTBOUND,Completed,No answer,0,Dana Whitfield,Amy Chen,5010001
                7020003,4/21/26 10:00,Call Brian,OUTBOUND,Completed,Connected,600000,Marcus Lee,Brian Kowalczyk,5010002
                """);
        Fixtures.write(input, "crm/hubspot-crm-exports-all-tasks-2026-04-25.csv", """
                Record ID,Task Title,Task status,Task type,Due date,Task completion date,Assigned to,Associated Contact IDs
                7050001,Send Carla the datasheet,COMPLETED,EMAIL,2026-04-21 12:00,2026-04-24 16:00,Dana Whitfield,5010003
                """);
        Fixtures.write(input, "crm/dynamics-open-leads.csv", """
                (Do Not Modify) Lead,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Subject,First Name,Last Name,Company Name,Email,Business Phone,Owner
                c3e4f5a6-b7c8-4d9e-8f01-23456789abcd,aB3dE5fG7hJ9==,2026-04-21 13:00,Booth visit,Gina,Hoff,Hoff Energie,gina.hoff@hoff.example,,Jordan Blake
                """);
        Fixtures.write(input, "crm/dynamics-all-activities.csv", """
                (Do Not Modify) Activity,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Activity Type,Subject,Regarding,Email (Regarding) (Contact),Email (Regarding) (Lead),Activity Status,Actual End,Modified On,Owner,Direction
                3f1c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11,kQ3xv9Yp2m==,2026-04-22 09:31,Phone Call,Follow-up call,Gina Hoff,,gina.hoff@hoff.example,Completed,2026-04-22 09:30,2026-04-22 09:31,Jordan Blake,Outgoing
                """);
        // a view with only four known columns: read, but named as a weak fit, and its missing direction said
        Fixtures.write(input, "crm/hubspot-emails-view.csv", """
                Record ID,Activity date,Email subject,Associated Contact IDs
                7030001,2026-04-22 09:15,Great meeting you at the show,5010099
                """);
        Path reports = temp.resolve("reports");

        var execution = jobs.startJob(AuditJobs.params(input, reports, "2026-04-30", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // capture 08:00 UTC (the header's zone), not 08:00 Berlin time and not the estimated end of the show
        assertLead("amy.chen@harborline.example", "2026-04-20 08:00:00+00", "EMAIL", "ON_TIME", "25.0");
        assertLead("brian.k@granitepeak.example", "2026-04-20 09:00:00+00", "PHONE", "ON_TIME", "25.0");
        assertLead("carla.diaz@sunvolt.example", "2026-04-21 10:00:00+00", "EMAIL", "LATE", "78.0");
        assertLead("dirk.vogel@leadlake.example", "2026-04-21 11:00:00+00", "PHONE", "OVERDUE", null);
        assertLead("gina.hoff@hoff.example", "2026-04-21 12:00:00+00", "EMAIL", "ON_TIME", "21.5");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state", Long.class)).isEqualTo(5);
        // the twin counts once: 7 rows read, 2 rejected, nothing merged
        assertThat(jdbc.queryForMap("SELECT scans_read, rows_rejected, duplicates FROM campaign_figures"))
                .containsEntry("scans_read", 7L).containsEntry("rows_rejected", 2L).containsEntry("duplicates", 0L);
        assertThat(jdbc.queryForMap("SELECT status, reason FROM source_file WHERE path LIKE '%leads (1).csv'"))
                .containsEntry("status", "DUPLICATE")
                .containsEntry("reason", "skipped: same content as badge-scans/" + SHOW + "/leads.csv");
        assertThat(jdbc.queryForObject("SELECT kind FROM source_file WHERE path LIKE '%all-contacts%'", String.class))
                .isEqualTo("hubspot-contacts");

        Path workbook = reports.resolve("2026-04-30").resolve(SHOW + ".xlsx");
        List<String> run = AuditJobs.sheetRows(workbook, "Run");
        assertThat(run).anySatisfy(row -> assertThat(row).startsWith("badge-scans/" + SHOW + "/leads.csv | badge-scan")
                .contains("\"Scan Date (UTC)\" → scan date (times in UTC)").contains("\"Email\" → email")
                .contains("scanned by"));
        assertThat(run).anySatisfy(row -> assertThat(row).startsWith("badge-scans/" + SHOW + "/leads (1).csv")
                .contains("skipped: same content as badge-scans/" + SHOW + "/leads.csv"));
        assertThat(run).anySatisfy(row -> assertThat(row).startsWith("crm/hubspot-crm-exports-all-contacts")
                .contains("hubspot-contacts").contains("\"Mobile Phone Number\" → mobile")
                .contains("\"Record ID - Contact\" → record id"));

        List<String> quality = AuditJobs.sheetRows(workbook, "Data Quality");
        assertThat(quality).anySatisfy(row -> assertThat(row).startsWith("File skipped | badge-scans/" + SHOW
                + "/leads (1).csv"));
        assertThat(quality).anySatisfy(row -> assertThat(row).contains("all-contacts").contains(
                "1 ids damaged by Excel").contains("1.11015E+11"));
        assertThat(quality).anySatisfy(row -> assertThat(row).contains("leads.csv | 6 |")
                .contains("bad scan time"));
        assertThat(quality).anySatisfy(row -> assertThat(row).contains("leads.csv | 2 |")
                .contains("email 'MAILTO:Amy.Chen@Harborline.example' shown as 'amy.chen@harborline.example'"));
        assertThat(quality).noneSatisfy(row -> assertThat(row).contains("capture time estimated"));
        assertThat(quality).anySatisfy(row -> assertThat(row).startsWith("Warning | crm/hubspot-emails-view.csv")
                .contains("weak fit: only 4 columns were recognised as \"hubspot-emails\""));
        assertThat(quality).anySatisfy(row -> assertThat(row).startsWith("Warning | crm/hubspot-emails-view.csv")
                .contains("no email direction column: every email counts as outgoing"));
        assertThat(run).anySatisfy(row -> assertThat(row).startsWith("crm/hubspot-emails-view.csv | hubspot-emails")
                .contains("[weak fit: only 4 columns"));
        assertThat(AuditJobs.sheetRows(workbook, "Leads")).anySatisfy(row -> assertThat(row)
                .startsWith("amy.chen@harborline.example | Amy | Chen"));
    }

    private void assertLead(String email, String capturedAt, String match, String status, String hours) {
        Map<String, Object> lead = jdbc.queryForMap("""
                SELECT to_char(captured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00' AS captured,
                       match_tier, status, hours_to_touch::text AS hours
                FROM lead_with_state WHERE email_norm = ?""", email);
        assertThat(lead).as(email).containsEntry("captured", capturedAt).containsEntry("match_tier", match)
                .containsEntry("status", status).containsEntry("hours", hours);
    }
}
