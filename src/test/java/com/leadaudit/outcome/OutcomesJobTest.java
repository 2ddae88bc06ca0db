package com.leadaudit.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import com.leadaudit.formats.DynamicsWorkbooks;
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
 * SPEC §14 worked by hand on a small show (48h SLA, as-of 30 June, cost EUR 10,000) with Salesforce Data Loader
 * exports:
 * <pre>
 * lead  captured (UTC)  first touch      status   opportunities                            outcome
 * Ana   04 May 09:00    04 May 09:30 0.5h ON_TIME O01 won 50,000 EUR (10 May), O02 later   O01 WON
 * Ben   04 May 10:00    04 May 20:00 10h  ON_TIME O03 20,000 EUR, only by a contact role   O03 OPEN
 * Cleo  05 May 09:00    07 May 05:00 44h  ON_TIME O04 before capture, O06 after the as-of  none
 * Dan   05 May 10:00    none             OVERDUE  O05 15,000 USD lost, only by his account O05 LOST
 * Eve   05 May 11:00    not in CRM       OVERDUE                                          none
 * </pre>
 * Leads with an opportunity 3 of 5 (60%); pipeline EUR 70,000 (won 50,000) and USD 15,000 (won 0); cost per lead
 * EUR 2,000; return 50,000 / 10,000 = 5.
 */
@AuditTest
class OutcomesJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void eachLeadsOutcomeAndTheCampaignsFiguresAreAsWorkedByHand() throws Exception {
        Path input = temp.resolve("input");
        Fixtures.write(input, "campaigns.csv", """
                code,name,start_date,end_date,time_zone,sla,country,cost,currency
                fieldday-2026,Field Day 2026,2026-05-04,2026-05-06,Europe/Berlin,48h,DE,"10,000",EUR
                """);
        Fixtures.write(input, "badge-scans/fieldday-2026/leads.csv", """
                First Name,Last Name,Email,Company,Scanned At
                Ana,Lopez,ana@alpha.example,Alpha,2026-05-04T09:00:00Z
                Ben,Kim,ben@beta.example,Beta,2026-05-04T10:00:00Z
                Cleo,Ng,cleo@gamma.example,Gamma,2026-05-05T09:00:00Z
                Dan,Wu,dan@delta.example,Delta,2026-05-05T10:00:00Z
                Eve,Ho,eve@eps.example,Epsilon,2026-05-05T11:00:00Z
                """);
        Fixtures.write(input, "crm/Contact.csv", """
                Id,FirstName,LastName,Email,AccountId,OwnerId
                003000000000A01AAA,Ana,Lopez,ana@alpha.example,001000000000A01AAA,005000000000U01AAA
                003000000000B01AAA,Ben,Kim,ben@beta.example,001000000000B01AAA,005000000000U01AAA
                003000000000C01AAA,Cleo,Ng,cleo@gamma.example,001000000000C01AAA,005000000000U01AAA
                003000000000D01AAA,Dan,Wu,dan@delta.example,001000000000D01AAA,005000000000U01AAA
                """);
        Fixtures.write(input, "crm/Task.csv", """
                Id,WhoId,Subject,Status,TaskSubtype,CompletedDateTime,ActivityDate,OwnerId,CreatedDate
                00T000000000T01AAA,003000000000A01AAA,Call: intro,Completed,Call,2026-05-04T09:30:00.000+0000,2026-05-04,005000000000U01AAA,2026-05-04T09:30:00.000+0000
                00T000000000T02AAA,003000000000B01AAA,Email: thanks,Completed,Email,2026-05-04T20:00:00.000+0000,2026-05-04,005000000000U01AAA,2026-05-04T20:00:00.000+0000
                00T000000000T03AAA,003000000000C01AAA,Email: follow-up,Completed,Email,2026-05-07T05:00:00.000+0000,2026-05-07,005000000000U01AAA,2026-05-07T05:00:00.000+0000
                """);
        Fixtures.write(input, "crm/Opportunity.csv", """
                Id,Name,AccountId,ContactId,Amount,CurrencyIsoCode,StageName,IsClosed,IsWon,CreatedDate,CloseDate,OwnerId
                006000000000O01AAA,Alpha robots,001000000000A01AAA,003000000000A01AAA,50000,EUR,Closed Won,true,true,2026-05-10T10:00:00.000+0000,2026-06-15,005000000000U01AAA
                006000000000O02AAA,Alpha spares,001000000000A01AAA,003000000000A01AAA,9999,EUR,Prospecting,false,false,2026-05-20T10:00:00.000+0000,2026-08-01,005000000000U01AAA
                006000000000O03AAA,Beta line,001000000000B01AAA,,20000,EUR,Negotiation,false,false,2026-05-12T10:00:00.000+0000,2026-07-30,005000000000U01AAA
                006000000000O04AAA,Gamma old,001000000000C01AAA,003000000000C01AAA,7000,EUR,Closed Lost,true,false,2026-04-01T10:00:00.000+0000,2026-04-20,005000000000U01AAA
                006000000000O05AAA,Delta deal,001000000000D01AAA,,15000,USD,Closed Lost,true,false,2026-05-15T10:00:00.000+0000,2026-06-01,005000000000U01AAA
                006000000000O06AAA,Gamma future,001000000000C01AAA,003000000000C01AAA,3000,EUR,Closed Won,true,true,2026-07-15T10:00:00.000+0000,2026-07-20,005000000000U01AAA
                """);
        Fixtures.write(input, "crm/OpportunityContactRole.csv", """
                Id,OpportunityId,ContactId,Role,IsPrimary
                00K000000000R01AAA,006000000000O03AAA,003000000000B01AAA,Decision Maker,true
                """);
        Path reports = temp.resolve("reports");

        var execution = jobs.startJob(AuditJobs.params(input, reports, "2026-06-30", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertOutcome("ana@alpha.example", "ON_TIME", "SALESFORCE:006000000000O01", "50000.00", "EUR", "WON");
        assertOutcome("ben@beta.example", "ON_TIME", "SALESFORCE:006000000000O03", "20000.00", "EUR", "OPEN");
        assertOutcome("cleo@gamma.example", "ON_TIME", null, null, null, null);
        assertOutcome("dan@delta.example", "OVERDUE", "SALESFORCE:006000000000O05", "15000.00", "USD", "LOST");
        assertOutcome("eve@eps.example", "OVERDUE", null, null, null, null);

        assertThat(figures()).containsExactlyInAnyOrder(
                "ALL ALL '' 5 3 0.00 0.00", "ALL ALL 'EUR' 0 2 70000.00 50000.00", "ALL ALL 'USD' 0 1 15000.00 0.00",
                "STATUS ON_TIME '' 3 2 0.00 0.00", "STATUS ON_TIME 'EUR' 0 2 70000.00 50000.00",
                "STATUS NEVER '' 2 1 0.00 0.00", "STATUS NEVER 'USD' 0 1 15000.00 0.00",
                "SPEED WITHIN_1H '' 1 1 0.00 0.00", "SPEED WITHIN_1H 'EUR' 0 1 50000.00 50000.00",
                "SPEED WITHIN_24H '' 1 1 0.00 0.00", "SPEED WITHIN_24H 'EUR' 0 1 20000.00 0.00",
                "SPEED WITHIN_SLA '' 1 0 0.00 0.00",
                "SPEED NEVER '' 2 1 0.00 0.00", "SPEED NEVER 'USD' 0 1 15000.00 0.00");

        Path workbook = reports.resolve("2026-06-30").resolve("fieldday-2026.xlsx");
        List<String> outcomes = AuditJobs.sheetRows(workbook, "Outcomes");
        assertThat(outcomes).contains(
                " | Leads | With an opportunity | Share | Pipeline (EUR) | Won (EUR) | Pipeline (USD) | Won (USD)",
                "All leads | 5 | 3 | 60.0% | 70,000.00 | 50,000.00 | 15,000.00 | 0.00",
                "On time | 3 | 2 | 66.7% | 70,000.00 | 50,000.00 | 0.00 | 0.00",
                "Late | 0 | 0 |  | 0.00 | 0.00 | 0.00 | 0.00",
                "Never followed up | 2 | 1 | 50.0% | 0.00 | 0.00 | 15,000.00 | 0.00",
                "Within 1 hour | 1 | 1 | 100.0% | 50,000.00 | 50,000.00 | 0.00 | 0.00",
                "Within the SLA | 1 | 0 | 0.0% | 0.00 | 0.00 | 0.00 | 0.00",
                "Cost | 10,000.00 | EUR", "Cost per lead | 2,000.00 | EUR", "Return (won ÷ cost) | 5.00");
        List<String> leads = AuditJobs.sheetRows(workbook, "Leads");
        assertThat(leads.get(0)).contains("| Status | Opportunity | Opportunity Created | Amount | Currency | Stage | "
                + "Outcome |");
        assertThat(leads).anySatisfy(row -> assertThat(row).startsWith("ana@alpha.example")
                .contains("| ON_TIME | Alpha robots | 2026-05-10 12:00 | 50,000.00 | EUR | Closed Won | WON |"));
        assertThat(AuditJobs.sheetRows(workbook, "Summary")).contains("Leads with an opportunity | 3",
                "Leads with an opportunity % | 60.0%", "Pipeline (EUR) | 70,000.00", "Won (EUR) | 50,000.00",
                "Cost per lead (EUR) | 2,000.00", "Return (won ÷ cost) | 5.00");
        List<String> portfolio = AuditJobs.sheetRows(reports.resolve("2026-06-30").resolve("portfolio.xlsx"),
                "Portfolio");
        assertThat(portfolio).anySatisfy(row -> assertThat(row).startsWith("fieldday-2026")
                .contains("| 60.0% | EUR 70,000.00; USD 15,000.00 | EUR 50,000.00; USD 0.00 | EUR; USD | 2,000.00 | 5.00"));
    }

    /**
     * A later night over the same exports: the candidates are kept (nothing they depend on changed), and the as-of
     * alone brings Cleo's opportunity of 15 July in, won on 20 July.
     */
    @Test
    void aLaterAsOfBringsInOpportunitiesCreatedSinceWithoutRebuildingTheCandidates() throws Exception {
        eachLeadsOutcomeAndTheCampaignsFiguresAreAsWorkedByHand();
        Path input = temp.resolve("input");
        Object builtAt = jdbc.queryForObject(
                "SELECT max(built_at) FROM derived_state WHERE name LIKE 'outcome-candidates:%'", Object.class);
        assertThat(builtAt).as("candidates recorded per campaign").isNotNull();

        var execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-07-31", 2));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT max(built_at) FROM derived_state WHERE name LIKE 'outcome-candidates:%'",
                Object.class)).as("candidates kept").isEqualTo(builtAt);
        assertOutcome("cleo@gamma.example", "ON_TIME", "SALESFORCE:006000000000O06", "3000.00", "EUR", "WON");
        assertOutcome("ben@beta.example", "ON_TIME", "SALESFORCE:006000000000O03", "20000.00", "EUR", "OPEN");
        assertOutcome("ana@alpha.example", "ON_TIME", "SALESFORCE:006000000000O01", "50000.00", "EUR", "WON");
    }

    /**
     * Dynamics opportunities name their customer's contact by email only ("Email (Potential Customer) (Contact)"), so
     * the lead's person owns the deal through that email: Irene's won deal (its actual revenue) and Jack's open one,
     * in the currencies as Dynamics names them; Grace, a Dynamics lead, has no deal. The exports are Dynamics' "Export
     * to Excel" worksheets.
     */
    @Test
    void aDynamicsOpportunityBelongsToTheContactItsEmailNames() throws Exception {
        Path input = temp.resolve("input");
        Fixtures.write(input, "campaigns.csv", """
                code,name,start_date,end_date,time_zone,sla,country
                outdoor-expo-2026,Outdoor Expo 2026,2026-04-14,2026-04-16,America/Denver,48h,US
                """);
        Fixtures.write(input, "badge-scans/outdoor-expo-2026/leads.csv", """
                First Name,Last Name,Email,Company,Scanned At
                Irene,Novak,irene.novak@cedarpoint-labs.example,Cedarpoint Labs,2026-04-14T16:00:00Z
                Jack,Moreno,jack.moreno@summitridge.example,Summit Ridge Outfitters,2026-04-15T17:00:00Z
                Grace,Huang,grace.huang@tidemark.example,Tidemark Systems,2026-04-16T18:00:00Z
                """);
        DynamicsWorkbooks.activeContacts(input.resolve("crm/Active Contacts 4-25-2026 7-00-00 AM.xlsx"));
        DynamicsWorkbooks.openLeads(input.resolve("crm/My Open Leads 4-25-2026 7-00-00 AM.xlsx"));
        DynamicsWorkbooks.openOpportunities(input.resolve("crm/My Open Opportunities 4-25-2026 7-00-00 AM.xlsx"));

        var execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-04-25", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertOutcome("irene.novak@cedarpoint-labs.example", "OVERDUE",
                "DYNAMICS:2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e7a", "28500.00", "Euro", "WON");
        assertOutcome("jack.moreno@summitridge.example", "OVERDUE", "DYNAMICS:4e6a8c0d-2f1b-4c5e-8a7d-9f1b3d5e7a9c",
                "5000.00", "US Dollar", "OPEN");
        assertOutcome("grace.huang@tidemark.example", "OVERDUE", null, null, null, null);
    }

    private void assertOutcome(String email, String status, String id, String amount, String currency, String state) {
        Map<String, Object> lead = jdbc.queryForMap("""
                SELECT status, outcome_id, outcome_amount::text AS amount, outcome_currency, outcome_state
                FROM lead_with_state WHERE email_norm = ?""", email);
        assertThat(lead).as(email).containsEntry("status", status).containsEntry("outcome_id", id)
                .containsEntry("amount", amount).containsEntry("outcome_currency", currency)
                .containsEntry("outcome_state", state);
    }

    private List<String> figures() {
        return jdbc.queryForList("""
                SELECT dimension || ' ' || grp || ' ''' || currency || ''' ' || leads || ' ' || with_opportunity
                       || ' ' || pipeline || ' ' || won
                FROM outcome_figures WHERE campaign_code = 'fieldday-2026'""", String.class);
    }
}
