package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.crm.CrmImporter;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CRM export styles SPEC §4 names beyond the Data Loader files of the real-export tests: Salesforce report
 * labels with their footer, the weekly Data Export style, HubSpot's five exports and Dynamics 365 workbooks. Each is
 * imported by the real importer and its staging rows (crm_person_row, activity_row) checked field by field.
 */
@AuditTest
class CrmFormatsTest {

    @Autowired
    CrmImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    StoredRows stored;

    @BeforeEach
    void readStoredRows() {
        stored = new StoredRows(jdbc);
    }

    @Test
    void salesforceReportExportWithLabelsAndTheReportFooter() {
        String contacts = importFixture("salesforce-report/contacts-report.csv");
        String tasks = importFixture("salesforce-report/tasks-report.csv");

        // the footer lines are not rows: nothing is rejected
        assertThat(stored.file(contacts)).containsEntry("kind", "salesforce-contact")
                .containsEntry("data_rows", "2").containsEntry("rejected_rows", "0");
        assertThat(stored.file(tasks)).containsEntry("kind", "salesforce-task")
                .containsEntry("data_rows", "3").containsEntry("rejected_rows", "0");
        assertThat(stored.row("crm_person_row", contacts, 2)).containsEntry("source", "SALESFORCE")
                .containsEntry("person_type", "CONTACT").containsEntry("crm_id", "SALESFORCE:0035g00000AbCdE")
                .containsEntry("first_name", "Anna").containsEntry("last_name", "Schmidt")
                .containsEntry("email", "anna.schmidt@acme-robotics.de")
                .containsEntry("email_norm", "anna.schmidt@acme-robotics.de")
                .containsEntry("company", "Acme Robotics GmbH").containsEntry("company_key", "acme robotics")
                .containsEntry("account_id", null).containsEntry("owner", "Eva Roth")
                // a report phone without a country code is read with the CRM country (US), one with +49 as written
                .containsEntry("phones_e164", "[\"+495111234567\"]")
                .containsEntry("converted_contact_id", null)
                .containsEntry("name_key", "anna schmidt").containsEntry("last_name_key", "schmidt");
        assertThat(stored.row("crm_person_row", contacts, 3))
                .containsEntry("phones_e164", "[\"+14155550134\", \"+14155550199\"]")
                .containsEntry("owner", "Paul Seidel");
        assertThat(stored.row("activity_row", tasks, 2)).containsEntry("source", "SALESFORCE")
                .containsEntry("crm_id", "SALESFORCE:00T5g00000Qw1Ab").containsEntry("channel", "EMAIL")
                .containsEntry("direction", "UNKNOWN").containsEntry("happened", "true")
                // report times are the exporting user's wall time: the CRM zone applies later
                .containsEntry("occurred_local", "2026-04-21T09:30:00").containsEntry("occurred_instant", null)
                .containsEntry("occurred_date", null).containsEntry("owner", "Eva Roth")
                .containsEntry("subject", "Email: Great meeting you at Hannover Messe")
                .containsEntry("person_ids", "[\"SALESFORCE:0035g00000AbCdE\"]")
                .containsEntry("contact_email_norm", null);
        // not done: no completion time, so the date-only due date stands in, unshifted
        assertThat(stored.row("activity_row", tasks, 3)).containsEntry("channel", "TASK")
                .containsEntry("happened", "false").containsEntry("occurred_local", null)
                .containsEntry("occurred_date", "2026-04-24");
        assertThat(stored.row("activity_row", tasks, 4)).containsEntry("channel", "CALL")
                .containsEntry("occurred_local", "2026-04-22T16:05:00");
    }

    @Test
    void salesforceWeeklyDataExportStyle() {
        String contacts = importFixture("salesforce-weekly/Contact.csv");
        String leads = importFixture("salesforce-weekly/Lead.csv");
        String tasks = importFixture("salesforce-weekly/Task.csv");

        // the deleted contact and the deleted task are skipped, not imported and not rejected
        assertThat(stored.count("crm_person_row", contacts)).isEqualTo(2);
        assertThat(stored.count("activity_row", tasks)).isEqualTo(3);
        assertThat(stored.rejected(contacts)).isEmpty();
        assertThat(stored.rejected(tasks)).isEmpty();
        assertThat(stored.row("crm_person_row", contacts, 2)).containsEntry("crm_id", "SALESFORCE:0035g00000XyZ12")
                .containsEntry("person_type", "CONTACT").containsEntry("first_name", "Irene")
                .containsEntry("last_name", "Novak").containsEntry("email_norm", "irene.novak@cedarpoint.example")
                // 000000000000000AAA is how this export writes "no account"
                .containsEntry("account_id", null).containsEntry("company", "")
                .containsEntry("phones_e164", "[\"+16175550182\"]")
                .containsEntry("owner", "SALESFORCE:0055g00000Own01");
        assertThat(stored.row("crm_person_row", contacts, 3)).containsEntry("account_id", "SALESFORCE:0015g00000Acc01")
                .containsEntry("phones_e164", "[\"+17205550110\"]");
        assertThat(stored.row("crm_person_row", leads, 2)).containsEntry("person_type", "LEAD")
                .containsEntry("crm_id", "SALESFORCE:00Q5g00000Ld001").containsEntry("company", "Cedarpoint Labs")
                // "1" is true: the converted lead is the contact it became
                .containsEntry("converted_contact_id", "SALESFORCE:0035g00000XyZ12");
        assertThat(stored.row("crm_person_row", leads, 3)).containsEntry("converted_contact_id", null)
                .containsEntry("phones_e164", "[\"+12065550123\"]");
        assertThat(stored.row("activity_row", tasks, 2)).containsEntry("crm_id", "SALESFORCE:00T5g00000Tk001")
                .containsEntry("channel", "EMAIL").containsEntry("happened", "true")
                // "yyyy-MM-dd HH:mm:ss" without a zone: a wall time, in the CRM zone (UTC for this export)
                .containsEntry("occurred_local", "2026-04-22T14:05:00").containsEntry("occurred_date", null)
                .containsEntry("owner", "SALESFORCE:0055g00000Own01")
                .containsEntry("person_ids", "[\"SALESFORCE:0035g00000XyZ12\"]");
        // no subtype and no type, but call fields: a call; completed without CompletedDateTime: CreatedDate
        assertThat(stored.row("activity_row", tasks, 3)).containsEntry("channel", "CALL")
                .containsEntry("direction", "OUTBOUND").containsEntry("occurred_local", "2026-04-23T16:40:00");
        // "2026-04-30 00:00:00" in a date-only column is the date 30 April; an empty WhoId links no one
        assertThat(stored.row("activity_row", tasks, 4)).containsEntry("happened", "false")
                .containsEntry("occurred_local", null).containsEntry("occurred_date", "2026-04-30")
                .containsEntry("person_ids", "[]");
    }

    @Test
    void hubSpotContactsCallsEmailsMeetingsAndTasks() {
        String contacts = importFixture("hubspot/hubspot-crm-exports-all-contacts-2026-04-25.csv");
        String calls = importFixture("hubspot/hubspot-crm-exports-all-calls-2026-04-25.csv");
        String emails = importFixture("hubspot/hubspot-crm-exports-all-emails-2026-04-25.csv");
        String meetings = importFixture("hubspot/hubspot-crm-exports-all-meetings-2026-04-25.csv");
        String tasks = importFixture("hubspot/hubspot-crm-exports-all-tasks-2026-04-25.csv");

        assertThat(stored.file(contacts)).containsEntry("kind", "hubspot-contacts");
        assertThat(stored.file(calls)).containsEntry("kind", "hubspot-calls");
        assertThat(stored.file(emails)).containsEntry("kind", "hubspot-emails");
        assertThat(stored.file(meetings)).containsEntry("kind", "hubspot-meetings");
        assertThat(stored.file(tasks)).containsEntry("kind", "hubspot-tasks");
        assertThat(stored.row("crm_person_row", contacts, 2)).containsEntry("source", "HUBSPOT")
                .containsEntry("person_type", "CONTACT").containsEntry("crm_id", "HUBSPOT:5010001")
                .containsEntry("first_name", "Amy").containsEntry("last_name", "Chen")
                .containsEntry("email", "Amy.Chen@Harborline.example")
                .containsEntry("email_norm", "amy.chen@harborline.example")
                .containsEntry("company", "Harborline Freight").containsEntry("owner", "Dana Whitfield")
                .containsEntry("phones_e164", "[\"+16175550101\"]").containsEntry("account_id", null);
        assertThat(stored.row("crm_person_row", contacts, 3))
                .containsEntry("phones_e164", "[\"+13035550142\", \"+13035550177\"]");
        // one call with two associated contacts links both
        assertThat(stored.row("activity_row", calls, 2)).containsEntry("crm_id", "HUBSPOT:7020001")
                .containsEntry("channel", "CALL").containsEntry("direction", "OUTBOUND")
                .containsEntry("happened", "true").containsEntry("occurred_local", "2026-04-21T13:00:00")
                .containsEntry("owner", "Dana Whitfield").containsEntry("subject", "Intro call")
                .containsEntry("person_ids", "[\"HUBSPOT:5010001\", \"HUBSPOT:5010002\"]");
        assertThat(stored.row("activity_row", calls, 3)).containsEntry("direction", "INBOUND");
        assertThat(stored.row("activity_row", emails, 2)).containsEntry("channel", "EMAIL")
                .containsEntry("direction", "OUTBOUND").containsEntry("occurred_local", "2026-04-22T09:15:00")
                .containsEntry("subject", "Great meeting you at the show");
        assertThat(stored.row("activity_row", emails, 3)).containsEntry("direction", "INBOUND");
        assertThat(stored.row("activity_row", meetings, 2)).containsEntry("channel", "MEETING")
                .containsEntry("happened", "true").containsEntry("subject", "Demo – Harborline")
                .containsEntry("occurred_local", "2026-04-23T15:00:00");
        assertThat(stored.row("activity_row", meetings, 3)).containsEntry("happened", "false")
                .containsEntry("person_ids", "[\"HUBSPOT:5010002\", \"HUBSPOT:5010001\"]");
        // a done task counts from its completion time; an open one keeps its due date and does not count
        assertThat(stored.row("activity_row", tasks, 2)).containsEntry("channel", "TASK")
                .containsEntry("happened", "true").containsEntry("occurred_local", "2026-04-22T16:10:00")
                .containsEntry("subject", "Send Amy the case study");
        assertThat(stored.row("activity_row", tasks, 3)).containsEntry("happened", "false")
                .containsEntry("occurred_local", "2026-04-25T09:00:00");
        assertThat(stored.rejected(tasks)).isEmpty();
    }

    @Test
    void dynamicsWorkbooksWithHiddenDoNotModifyColumnsAndASpacedHeader() throws Exception {
        String contacts = "crm/Active Contacts 4-25-2026 7-00-00 AM.xlsx";
        String leads = "crm/My Open Leads 4-25-2026 7-00-00 AM.xlsx";
        String activities = "crm/All Activities 4-25-2026 7-00-00 AM.xlsx";
        DynamicsWorkbooks.activeContacts(input.resolve(contacts));
        DynamicsWorkbooks.openLeads(input.resolve(leads));
        DynamicsWorkbooks.allActivities(input.resolve(activities));

        importCrm(contacts);
        importCrm(leads);
        importCrm(activities);

        assertThat(stored.file(contacts)).containsEntry("kind", "dynamics-people");
        assertThat(stored.file(activities)).containsEntry("kind", "dynamics-activities");
        // the record id is the hidden GUID column; " Full Name" is split into first and last name
        assertThat(stored.row("crm_person_row", contacts, 2)).containsEntry("source", "DYNAMICS")
                .containsEntry("person_type", "CONTACT")
                .containsEntry("crm_id", "DYNAMICS:6f1c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11")
                .containsEntry("first_name", "Irene").containsEntry("last_name", "Novak")
                .containsEntry("email_norm", "irene.novak@cedarpoint-labs.example")
                .containsEntry("company", "Cedarpoint Labs").containsEntry("owner", "Sam Carter")
                .containsEntry("phones_e164", "[\"+16175550182\"]");
        assertThat(stored.row("crm_person_row", contacts, 3)).containsEntry("phones_e164", "[\"+17205550110\"]");
        assertThat(stored.row("crm_person_row", leads, 2)).containsEntry("person_type", "LEAD")
                .containsEntry("crm_id", "DYNAMICS:c3e4f5a6-b7c8-4d9e-8f01-23456789abcd")
                .containsEntry("first_name", "Grace").containsEntry("last_name", "Huang")
                .containsEntry("email_norm", "grace.huang@tidemark.example")
                .containsEntry("company", "Tidemark Systems").containsEntry("owner", "Jordan Blake");
        Map<String, String> call = stored.row("activity_row", activities, 2);
        assertThat(call).containsEntry("crm_id", "DYNAMICS:3f1c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11")
                .containsEntry("channel", "CALL").containsEntry("direction", "OUTBOUND")
                .containsEntry("happened", "true").containsEntry("occurred_local", "2026-04-21T15:30:00")
                .containsEntry("owner", "Sam Carter").containsEntry("subject", "Follow-up call")
                .containsEntry("person_ids", "[]")
                // the regarding contact's email is what links a Dynamics activity
                .containsEntry("contact_email_norm", "irene.novak@cedarpoint-labs.example");
        // completed without Actual End: Modified On is when it was done
        assertThat(stored.row("activity_row", activities, 3)).containsEntry("channel", "EMAIL")
                .containsEntry("occurred_local", "2026-04-22T08:05:00");
        // the open task is no follow-up and is not kept; the cancelled appointment is kept as not happened
        assertThat(stored.count("activity_row", activities)).isEqualTo(3);
        assertThat(stored.row("activity_row", activities, 5)).containsEntry("channel", "MEETING")
                .containsEntry("happened", "false");
        assertThat(stored.rejected(activities)).isEmpty();
    }

    private String importFixture(String fixture) {
        String path = "crm/" + fixture.substring(fixture.indexOf('/') + 1);
        FormatFixtures.copy(fixture, input, path);
        importCrm(path);
        return path;
    }

    private void importCrm(String path) {
        TableFileImporter.Result result = importer.importFile(input.resolve(path), path, "US", DateOrder.MONTH_FIRST);
        assertThat(result.outcome()).as(path + ": " + result.reason()).isEqualTo(TableFileImporter.Outcome.IMPORTED);
    }
}
