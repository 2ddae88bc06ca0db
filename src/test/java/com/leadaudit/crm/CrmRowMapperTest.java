package com.leadaudit.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §7 per vendor, as CrmRowMapper reads one activity row: its channel, direction, whether it happened and when
 * (an instant, a wall time in the CRM zone, or a date). Each case is a one-row export of that vendor's layout,
 * imported as the job imports it; the word tables themselves are tested on their own (ChannelRulesTest, …).
 * Expected: {@code channel direction happened when}, {@code none} when no row is kept, or why the file was rejected.
 */
@AuditTest
@DisplayName("SPEC §7 Touches per CRM vendor (CrmRowMapper)")
class CrmRowMapperTest {

    private static final String SALESFORCE_TASK = "Id,WhoId,Subject,Status,TaskSubtype,Type,CompletedDateTime,"
            + "CreatedDate,ActivityDate,CallType,CallDurationInSeconds,EmailMessageId";

    private static final Map<String, String> HUBSPOT = Map.of(
            "calls", "Record ID,Activity date,Call Title,Call direction,Call status,Activity assigned to,"
                    + "Associated Contact IDs",
            "emails", "Record ID,Activity date,Email subject,Email direction,Email send status,Email type,"
                    + "Activity assigned to,Associated Contact IDs",
            "meetings", "Record ID,Activity date,Meeting name,Meeting outcome,Meeting start time,"
                    + "Activity assigned to,Associated Contact IDs",
            "tasks", "Record ID,Task Title,Task status,Task type,Due date,Completed at,Activity assigned to,"
                    + "Associated Contact IDs");

    private static final String DYNAMICS = "(Do Not Modify) Activity,Activity Type,Subject,Regarding,"
            + "Email (Regarding) (Contact),Activity Status,Direction,Actual End,Modified On,Owner";

    /** People exports: the file each is written to (its name does not matter, its header does) and its header. */
    private static final Map<String, String[]> PEOPLE = Map.of(
            "salesforce-contact", new String[] {"crm/Contact.csv", "Id,FirstName,LastName,Email,AccountId,OwnerId,IsDeleted"},
            "salesforce-lead", new String[] {"crm/Lead.csv", "Id,FirstName,LastName,Company,IsConverted,ConvertedContactId,OwnerId"},
            "hubspot-contacts", new String[] {"crm/hubspot-crm-exports-all-contacts.csv",
                    "Record ID,First Name,Last Name,Email,Company Name,hubspot_owner_id"},
            "dynamics-contacts", new String[] {"crm/Active Contacts.csv", "(Do Not Modify) Contact,"
                    + "(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,First Name,Last Name,Email,Company Name,Owner"});

    @Autowired
    CrmImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the subtype Salesforce recorded beats the subject | Call Anna,Completed,Email,,2026-04-21T09:00:00.000+0000,,2026-04-21,,,       | EMAIL UNKNOWN true 2026-04-21T09:00Z
            an EmailMessageId makes an old task an email      | Pricing,Completed,,,2026-04-21T09:00:00.000+0000,,,,,02s5g000001      | EMAIL UNKNOWN true 2026-04-21T09:00Z
            a subject 'Email:' makes it an email              | Email: pricing,Completed,,,2026-04-21T09:00:00.000+0000,,,,,          | EMAIL UNKNOWN true 2026-04-21T09:00Z
            'List Email:' is a mass email                     | List Email: news,Completed,,,2026-04-21T09:00:00.000+0000,,,,,        | MASS_EMAIL UNKNOWN true 2026-04-21T09:00Z
            the Spanish list-email prefix too                 | Email de lista: news,Completed,,,2026-04-21T09:00:00.000+0000,,,,,    | MASS_EMAIL UNKNOWN true 2026-04-21T09:00Z
            a CallType makes it a call, in its direction      | Intro,Completed,,,2026-04-21T09:00:00.000+0000,,,Outbound,,           | CALL OUTBOUND true 2026-04-21T09:00Z
            an inbound call                                   | Intro,Completed,,,2026-04-21T09:00:00.000+0000,,,Inbound,,            | CALL INBOUND true 2026-04-21T09:00Z
            a call duration makes it a call                   | Intro,Completed,,,2026-04-21T09:00:00.000+0000,,,,120,                | CALL UNKNOWN true 2026-04-21T09:00Z
            a subject starting 'Call'                         | Call back,Completed,,,2026-04-21T09:00:00.000+0000,,,,,               | CALL UNKNOWN true 2026-04-21T09:00Z
            the Spanish call word too                         | Llamada de seguimiento,Completed,,,2026-04-21T09:00:00.000+0000,,,,,  | CALL UNKNOWN true 2026-04-21T09:00Z
            a Type names the channel when no subtype does     | Intro,Completed,,Call,2026-04-21T09:00:00.000+0000,,,,,               | CALL UNKNOWN true 2026-04-21T09:00Z
            nothing to go by: a task                          | Send brochure,Completed,,,2026-04-21T09:00:00.000+0000,,,,,           | TASK UNKNOWN true 2026-04-21T09:00Z
            a task not completed did not happen               | Email: pricing,Not Started,,,,2026-04-20T08:00:00.000+0000,2026-04-25,,, | EMAIL UNKNOWN false 2026-04-25
            completed without a completion time: CreatedDate  | Email: pricing,Completed,,,,2026-04-20T08:00:00.000+0000,2026-04-25,,, | EMAIL UNKNOWN true 2026-04-20T08:00Z
            neither time: the date-only ActivityDate          | Email: pricing,Completed,,,,,2026-04-25,,,                            | EMAIL UNKNOWN true 2026-04-25
            no date at all is rejected                        | Email: pricing,Completed,,,,,,,,                                      | most rows are unusable: 1 of 1 data rows rejected (first: row 2, task has no completion, creation or due date)
            """)
    void salesforceTasks(String why, String row, String expected) throws IOException {
        assertThat(imported("crm/Task.csv", SALESFORCE_TASK,
                "00T000000000001AAA,003000000000001AAA," + row)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a call placed, whatever its outcome                 | calls    | 701,2026-04-21 13:00,Intro,OUTBOUND,COMPLETED,Dana,501           | CALL OUTBOUND true 2026-04-21T13:00
            a call that never went out                          | calls    | 701,2026-04-21 13:00,Intro,OUTBOUND,FAILED,Dana,501              | CALL OUTBOUND false 2026-04-21T13:00
            a call still ringing                                | calls    | 701,2026-04-21 13:00,Intro,OUTBOUND,RINGING,Dana,501             | CALL OUTBOUND false 2026-04-21T13:00
            an email sent                                       | emails   | 702,2026-04-22 09:15,Hello,EMAIL,SENT,,Dana,501                  | EMAIL OUTBOUND true 2026-04-22T09:15
            an incoming email is not a follow-up                | emails   | 702,2026-04-22 09:15,Re: hello,INCOMING_EMAIL,,,Dana,501         | EMAIL INBOUND true 2026-04-22T09:15
            a marketing email is never a personal one           | emails   | 702,2026-04-22 09:15,News,EMAIL,SENT,Marketing email,Dana,501    | MARKETING_EMAIL OUTBOUND true 2026-04-22T09:15
            a meeting counts unless cancelled                   | meetings | 703,2026-04-23 15:00,Demo,NO_SHOW,2026-04-23 15:00,Dana,501      | MEETING UNKNOWN true 2026-04-23T15:00
            a cancelled meeting did not happen                  | meetings | 703,2026-04-23 15:00,Demo,CANCELED,2026-04-23 15:00,Dana,501     | MEETING UNKNOWN false 2026-04-23T15:00
            a task of type EMAIL is still a task, at completion | tasks    | 704,Send case study,COMPLETED,EMAIL,2026-04-22 17:00,2026-04-22 16:10,Dana,501 | TASK UNKNOWN true 2026-04-22T16:10
            an open task did not happen, timed at its due date  | tasks    | 704,Call back,NOT_STARTED,CALL,2026-04-25 09:00,,Dana,501        | TASK UNKNOWN false 2026-04-25T09:00
            """)
    void hubspotActivities(String why, String export, String row, String expected) throws IOException {
        assertThat(imported("crm/hubspot-crm-exports-all-" + export + "-2026-04-25.csv", HUBSPOT.get(export), row))
                .as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a completed phone call at its actual end             | Phone Call,Follow-up,Irene,irene@cedar.example,Completed,Outgoing,2026-10-28 17:30,2026-10-28 17:31 | CALL OUTBOUND true 2026-10-28T17:30
            an incoming email                                    | Email,Re: offer,Irene,irene@cedar.example,Completed,Incoming,2026-10-28 17:30,2026-10-28 17:31     | EMAIL INBOUND true 2026-10-28T17:30
            completed without an actual end: modified on         | Task,Proposal,Irene,irene@cedar.example,Completed,,,2026-10-28 17:31                              | TASK UNKNOWN true 2026-10-28T17:31
            a past appointment still open counts                 | Appointment,Demo,Irene,irene@cedar.example,Open,,2026-10-28 10:00,2026-10-20 09:00                | MEETING UNKNOWN true 2026-10-28T10:00
            a cancelled appointment did not happen               | Appointment,Demo,Irene,irene@cedar.example,Canceled,,2026-10-28 10:00,2026-10-20 09:00            | MEETING UNKNOWN false 2026-10-28T10:00
            an open phone call without an end is not kept at all | Phone Call,Follow-up,Irene,irene@cedar.example,Open,,,2026-10-27 20:00                             | none
            a campaign activity is a mass send                   | Campaign Activity,Newsletter,Irene,irene@cedar.example,Completed,,2026-10-28 17:30,2026-10-28 17:31 | MASS_EMAIL UNKNOWN true 2026-10-28T17:30
            """)
    void dynamicsActivities(String why, String row, String expected) throws IOException {
        assertThat(imported("crm/dynamics-all-activities-2026-10-31.csv", DYNAMICS,
                "3f1c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11," + row + ",Sam Carter")).as(why).isEqualTo(expected);
    }

    /** Expected: {@code crm_id type converted-to account owner} of the staged person, - for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an 18-character Salesforce id is its first 15         | salesforce-contact | 0035g00000AbCdEAAA,Anna,Weber,anna@elbe.example,0015g00000AcCoUAAA,0055g00000Own01AAA,false | SALESFORCE:0035g00000AbCdE CONTACT - SALESFORCE:0015g00000AcCoU SALESFORCE:0055g00000Own01
            a weekly export's empty lookup is no account          | salesforce-contact | 0035g00000AbCdE,Anna,Weber,anna@elbe.example,000000000000000AAA,Eva Roth,false             | SALESFORCE:0035g00000AbCdE CONTACT - - Eva Roth
            a deleted record is skipped                           | salesforce-contact | 0035g00000AbCdE,Anna,Weber,anna@elbe.example,,Eva Roth,true                                | none
            a converted lead names the contact it became          | salesforce-lead    | 00Q5g00000LeAd1AAA,Anna,Weber,Elbe,true,0035g00000AbCdEAAA,Eva Roth                       | SALESFORCE:00Q5g00000LeAd1 LEAD SALESFORCE:0035g00000AbCdE - Eva Roth
            a lead not converted names none                       | salesforce-lead    | 00Q5g00000LeAd1AAA,Anna,Weber,Elbe,false,0035g00000AbCdEAAA,Eva Roth                      | SALESFORCE:00Q5g00000LeAd1 LEAD - - Eva Roth
            an id Excel wrote as 5010001.0 is 5010001             | hubspot-contacts   | 5010001.0,Anna,Weber,anna@elbe.example,Elbe,123.0                                          | HUBSPOT:5010001 CONTACT - - HUBSPOT:123
            an id Excel damaged names no record but its own row   | hubspot-contacts   | 1.11015E+11,Anna,Weber,anna@elbe.example,Elbe,Dana Whitfield                               | HUBSPOT:crm/hubspot-crm-exports-all-contacts.csv#2 CONTACT - - Dana Whitfield
            a Dynamics contact by its hidden record id            | dynamics-contacts  | 7d2c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11,x,2026-10-28 17:31,Anna,Weber,anna@elbe.example,Elbe,Sam Carter | DYNAMICS:7d2c2a9e-7b41-4f0e-9a51-0c2d4e6f8a11 CONTACT - - Sam Carter
            without one, by its email                             | dynamics-contacts  | ,x,2026-10-28 17:31,Anna,Weber,Anna@Elbe.example,Elbe,Sam Carter                        | DYNAMICS:email:anna@elbe.example CONTACT - - Sam Carter
            """)
    void people(String why, String export, String row, String expected) throws IOException {
        String[] file = PEOPLE.get(export);
        Fixtures.write(input, file[0], file[1] + "\n" + row + "\n");
        TableFileImporter.Result result = importer.importFile(input.resolve(file[0]), file[0], "US", DateOrder.MONTH_FIRST);
        assertThat(result.outcome()).as(why + ": " + result.reason()).isEqualTo(TableFileImporter.Outcome.IMPORTED);
        List<String> people = jdbc.queryForList("""
                SELECT crm_id || ' ' || person_type || ' ' || COALESCE(converted_contact_id, '-') || ' '
                       || COALESCE(account_id, '-') || ' ' || owner
                FROM crm_person_row WHERE row_number = 2""", String.class);
        assertThat(people.isEmpty() ? "none" : String.join("; ", people)).as(why).isEqualTo(expected);
    }

    /** Imports a one-row export and says what became of its row 2. */
    private String imported(String path, String header, String row) throws IOException {
        Fixtures.write(input, path, header + "\n" + row + "\n");
        TableFileImporter.Result result = importer.importFile(input.resolve(path), path, "US", DateOrder.MONTH_FIRST);
        if (result.outcome() == TableFileImporter.Outcome.REJECTED) {
            return result.reason(); // its one row was rejected, so the file is "mostly" bad (SPEC §4)
        }
        List<String> rows = jdbc.queryForList("""
                SELECT channel || ' ' || direction || ' ' || happened::text || ' '
                       || COALESCE(to_char(occurred_instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"'),
                                   to_char(occurred_local, 'YYYY-MM-DD"T"HH24:MI'), occurred_date::text)
                FROM activity_row WHERE row_number = 2""", String.class);
        return rows.isEmpty() ? "none" : String.join("; ", rows);
    }
}
