package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §14 "Owners by name", end to end: owners show by name wherever they appear (Leads: CRM Owner and First Touch
 * By; Action List; Owners), from an owner export when the CRM exports carry only ids. Without one, the id shows as
 * the CRM wrote it (never leadaudit's internal "SALESFORCE:" key) and the Data Quality sheet says, once, which
 * export would give names. A Salesforce report's 15-character "User ID" names the owner an API export writes with 18.
 */
@AuditTest
class OwnersByNameJobTest {

    static final String SHOW = "fx-owners-2026";
    // 18-character forms (Data Loader) of the 15-character ids a users report writes: 005Dn000000013M, …
    static final String DANA = "005Dn000000013MIAQ";
    static final String MARCUS = "005Dn000000014NIAQ";
    static final String JORDAN = "005Dn000000015OIAQ";

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void salesforceOwnersByNameFromAUsersReportAndByTheirIdsWithoutOne() throws Exception {
        Path input = temp.resolve("input");
        Fixtures.write(input, "campaigns.csv", """
                code,name,start_date,end_date,time_zone,sla,country
                fx-owners-2026,FX Owners Expo 2026,2026-05-12,2026-05-14,UTC,48h,US
                """);
        Fixtures.write(input, "badge-scans/" + SHOW + "/scans.csv", """
                First Name,Last Name,Email,Company,Scan Date,Rating
                Amy,Chen,amy.chen@harborline.example,Harborline Freight,2026-05-12 09:00,Hot
                Brian,Kowalczyk,brian.k@granitepeak.example,Granite Peak Software,2026-05-12 10:00,Warm
                Carla,Diaz,carla.diaz@sunvolt.example,Sunvolt,2026-05-13 11:00,Hot
                Dirk,Vogel,dirk.vogel@leadlake.example,Leadlake,2026-05-13 10:00,Cold
                """);
        // Data Loader exports: 18-character ids
        Fixtures.write(input, "crm/Contact.csv", """
                "Id","AccountId","FirstName","LastName","Email","Phone","OwnerId","IsDeleted"
                "003Dn00000A1b2CIAR","001Dn00000Acc01IAB","Amy","Chen","amy.chen@harborline.example","","%s","false"
                "003Dn00000A1b2DIAR","","Brian","Kowalczyk","brian.k@granitepeak.example","","%s","false"
                "003Dn00000A1b2EIAR","","Carla","Diaz","carla.diaz@sunvolt.example","","%s","false"
                "003Dn00000A1b2FIAR","","Dirk","Vogel","dirk.vogel@leadlake.example","","%s","false"
                """.formatted(DANA, MARCUS, JORDAN, JORDAN));
        // a task report exported with labels: 15-character ids, Jordan as 005Dn000000015O
        Fixtures.write(input, "crm/Tasks report.csv", """
                "Activity ID","Contact ID","Assigned To ID","Subject","Status","Task Subtype","Due Date","Completed Date/Time"
                "00TDn00000Tk003","003Dn00000A1b2F","005Dn000000015O","Call Dirk","Completed","Call","5/13/2026","5/13/2026 2:00 PM"
                """);
        Fixtures.write(input, "crm/Task.csv", """
                "Id","WhoId","OwnerId","Subject","Status","TaskSubtype","ActivityDate","CompletedDateTime","CreatedDate","IsDeleted"
                "00TDn00000Tk001MAB","003Dn00000A1b2CIAR","%s","Email: Great meeting you","Completed","Email","2026-05-12","2026-05-12T15:00:00.000+0000","2026-05-12T15:00:00.000+0000","false"
                "00TDn00000Tk002MAB","003Dn00000A1b2DIAR","%s","Call Brian","Completed","Call","2026-05-13","2026-05-13T09:00:00.000+0000","2026-05-13T09:00:00.000+0000","false"
                """.formatted(DANA, DANA));
        // a users report exported with labels: 15-character ids, no Username, the report's footer
        Path users = Fixtures.write(input, "crm/Active Users.csv", """
                "User ID","Full Name","First Name","Last Name","Email"
                "005Dn000000013M","Dana Whitfield","Dana","Whitfield","dana.whitfield@acme.example"
                "005Dn000000014N","Marcus Lee","Marcus","Lee","marcus.lee@acme.example"

                "Confidential Information - Do Not Distribute"
                "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
                """);
        Path reports = temp.resolve("reports");

        var first = jobs.startJob(AuditJobs.params(input, reports, "2026-05-20", 1));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT kind FROM source_file WHERE path LIKE '%Active Users.csv'",
                String.class)).isEqualTo("salesforce-user");
        Path workbook = reports.resolve("2026-05-20").resolve(SHOW + ".xlsx");
        Sheet leads = new Sheet(AuditJobs.sheetRows(workbook, "Leads"));
        assertThat(leads.cell("amy.chen@harborline.example", "CRM Owner")).isEqualTo("Dana Whitfield");
        assertThat(leads.cell("amy.chen@harborline.example", "First Touch By")).isEqualTo("Dana Whitfield");
        assertThat(leads.cell("brian.k@granitepeak.example", "CRM Owner")).isEqualTo("Marcus Lee");
        assertThat(leads.cell("brian.k@granitepeak.example", "First Touch By")).isEqualTo("Dana Whitfield");
        // no User row for Jordan: the id as the export wrote it, not "SALESFORCE:005Dn000000015O"
        assertThat(leads.cell("carla.diaz@sunvolt.example", "CRM Owner")).isEqualTo(JORDAN);
        assertThat(leads.cell("carla.diaz@sunvolt.example", "Status")).isEqualTo("OVERDUE");
        Sheet actions = new Sheet(AuditJobs.sheetRows(workbook, "Action List"));
        assertThat(actions.cell("carla.diaz@sunvolt.example", "CRM Owner")).isEqualTo(JORDAN);
        // the report wrote Jordan's id with 15 characters, the contacts export with 18: one owner, in one form
        assertThat(leads.cell("dirk.vogel@leadlake.example", "CRM Owner")).isEqualTo(JORDAN);
        assertThat(leads.cell("dirk.vogel@leadlake.example", "First Touch By")).isEqualTo(JORDAN);
        List<String> owners = AuditJobs.sheetRows(workbook, "Owners");
        assertThat(owners).anySatisfy(row -> assertThat(row).startsWith("Dana Whitfield | 2 | 2 | 0 | 0 |"));
        assertThat(owners).anySatisfy(row -> assertThat(row).startsWith(JORDAN + " | 2 | 1 | 0 | 1 |"));
        assertThat(owners).noneSatisfy(row -> assertThat(row).startsWith("005Dn000000015O |"));
        List<String> quality = AuditJobs.sheetRows(workbook, "Data Quality");
        assertThat(quality.stream().filter(row -> row.contains("owners are shown by their Salesforce user ids: "
                + "add a User export (Id, Name) to input/crm/ to show names"))).hasSize(1);
        for (String sheet : List.of("Leads", "Action List", "Owners", "Data Quality")) {
            assertThat(AuditJobs.sheetRows(workbook, sheet)).as(sheet)
                    .noneSatisfy(row -> assertThat(row).contains("SALESFORCE:"));
        }
        assertThat(jdbc.queryForList("SELECT owner FROM person ORDER BY crm_id", String.class))
                .containsExactly("Dana Whitfield", "Marcus Lee", JORDAN, JORDAN);
        assertThat(jdbc.queryForList("SELECT owner FROM activity ORDER BY crm_id", String.class))
                .containsExactly("Dana Whitfield", "Dana Whitfield", JORDAN);
        assertThat(jdbc.queryForList("SELECT crm_owner || ' / ' || COALESCE(first_touch_by, '-') FROM lead_with_state ORDER BY email",
                String.class)).containsExactly("Dana Whitfield / Dana Whitfield",
                "Marcus Lee / Dana Whitfield", JORDAN + " / -", JORDAN + " / " + JORDAN);

        // The next export names Jordan and renames Marcus: the same as-of again shows the new names, on the lead
        // sheets too (they are not copied from the workbook before), and the warning is gone.
        Files.writeString(users, """
                "User ID","Full Name","First Name","Last Name","Email"
                "005Dn000000013M","Dana Whitfield","Dana","Whitfield","dana.whitfield@acme.example"
                "005Dn000000014N","Marcus Lee-Hart","Marcus","Lee-Hart","marcus.lee@acme.example"
                "005Dn000000015O","Jordan Blake","Jordan","Blake","jordan.blake@acme.example"
                """, StandardCharsets.UTF_8);

        var second = jobs.startJob(AuditJobs.params(input, reports, "2026-05-20", 2));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        leads = new Sheet(AuditJobs.sheetRows(workbook, "Leads"));
        assertThat(leads.cell("brian.k@granitepeak.example", "CRM Owner")).isEqualTo("Marcus Lee-Hart");
        assertThat(leads.cell("carla.diaz@sunvolt.example", "CRM Owner")).isEqualTo("Jordan Blake");
        assertThat(leads.cell("dirk.vogel@leadlake.example", "First Touch By")).isEqualTo("Jordan Blake");
        actions = new Sheet(AuditJobs.sheetRows(workbook, "Action List"));
        assertThat(actions.cell("carla.diaz@sunvolt.example", "CRM Owner")).isEqualTo("Jordan Blake");
        assertThat(AuditJobs.sheetRows(workbook, "Owners"))
                .anySatisfy(row -> assertThat(row).startsWith("Jordan Blake | 2 | 1 | 0 | 1 |"))
                .noneSatisfy(row -> assertThat(row).contains(JORDAN));
        assertThat(AuditJobs.sheetRows(workbook, "Data Quality"))
                .noneSatisfy(row -> assertThat(row).contains("owners are shown by their"));
    }

    @Test
    void hubspotOwnerIdsOfInternalNameExportsByNameFromAnOwnersList() throws Exception {
        Path input = temp.resolve("input");
        Fixtures.write(input, "campaigns.csv", """
                code,name,start_date,end_date,time_zone,sla,country
                fx-owners-2026,FX Owners Expo 2026,2026-05-12,2026-05-14,UTC,48h,US
                """);
        Fixtures.write(input, "badge-scans/" + SHOW + "/scans.csv", """
                First Name,Last Name,Email,Company,Scan Date,Rating
                Amy,Chen,amy.chen@harborline.example,Harborline Freight,2026-05-12 09:00,Hot
                Brian,Kowalczyk,brian.k@granitepeak.example,Granite Peak Software,2026-05-12 10:00,Warm
                """);
        // exports with internal property names: owners are hubspot_owner_id numbers
        Fixtures.write(input, "crm/contacts-internal.csv", """
                hs_object_id,firstname,lastname,email,company,hubspot_owner_id
                5010001,Amy,Chen,amy.chen@harborline.example,Harborline Freight,41629779
                5010002,Brian,Kowalczyk,brian.k@granitepeak.example,Granite Peak Software,41629780
                """);
        Fixtures.write(input, "crm/calls-internal.csv", """
                hs_object_id,hs_timestamp,hs_call_title,hs_call_direction,hs_call_status,hubspot_owner_id,Associated Contact IDs
                7020001,2026-05-12T14:00:00Z,Intro call,OUTBOUND,COMPLETED,41629779,5010001
                7020002,2026-05-12T16:00:00Z,Intro call,OUTBOUND,COMPLETED,41629780,5010002
                """);
        // a list made from the owners API: "id" is the owner id, "userId" another number; 41629780 is not on it
        Fixtures.write(input, "crm/owners.csv", """
                id,email,type,firstName,lastName,userId,archived
                41629779,dana.whitfield@acme.example,PERSON,Dana,Whitfield,9586504,false
                """);
        Path reports = temp.resolve("reports");

        var execution = jobs.startJob(AuditJobs.params(input, reports, "2026-05-20", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT kind FROM source_file WHERE path LIKE '%owners.csv'", String.class))
                .isEqualTo("hubspot-owners");
        Path workbook = reports.resolve("2026-05-20").resolve(SHOW + ".xlsx");
        Sheet leads = new Sheet(AuditJobs.sheetRows(workbook, "Leads"));
        assertThat(leads.cell("amy.chen@harborline.example", "CRM Owner")).isEqualTo("Dana Whitfield");
        assertThat(leads.cell("amy.chen@harborline.example", "First Touch By")).isEqualTo("Dana Whitfield");
        assertThat(leads.cell("brian.k@granitepeak.example", "CRM Owner")).isEqualTo("41629780");
        assertThat(leads.cell("brian.k@granitepeak.example", "First Touch By")).isEqualTo("41629780");
        assertThat(AuditJobs.sheetRows(workbook, "Owners"))
                .anySatisfy(row -> assertThat(row).startsWith("Dana Whitfield | 1 | 1 |"))
                .anySatisfy(row -> assertThat(row).startsWith("41629780 | 1 | 1 |"))
                .noneSatisfy(row -> assertThat(row).contains("HUBSPOT:"));
        List<String> quality = AuditJobs.sheetRows(workbook, "Data Quality");
        assertThat(quality.stream().filter(row -> row.contains("owners are shown by their HubSpot owner ids: add a "
                + "HubSpot owners export (Owner ID, First Name, Last Name, Email) to input/crm/"))).hasSize(1);
        assertThat(quality).noneSatisfy(row -> assertThat(row).contains("Salesforce user ids"));
        assertThat(jdbc.queryForList("SELECT owner_key || '=' || shown || '=' || named FROM crm_owner ORDER BY 1",
                String.class)).containsExactly("HUBSPOT:41629779=Dana Whitfield=true",
                "HUBSPOT:41629780=41629780=false");
    }

    /** A lead sheet's rows by email, its cells by header. */
    private record Sheet(List<String> rows) {
        String cell(String email, String header) {
            List<String> headers = Arrays.asList(rows.get(0).split(" \\| ", -1));
            int column = headers.indexOf(header);
            int emails = headers.indexOf("Email");
            assertThat(column).as("column %s", header).isNotNegative();
            return rows.stream().map(r -> r.split(" \\| ", -1)).filter(cells -> cells[emails].equals(email)).findFirst()
                    .map(cells -> cells[column]).orElseThrow(() -> new AssertionError("no row for " + email));
        }
    }
}
