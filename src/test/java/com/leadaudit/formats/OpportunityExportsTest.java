package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.crm.CrmImporter;
import com.leadaudit.importing.TableFileImporter;
import com.leadaudit.io.DateOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §14 opportunity exports of HubSpot and Dynamics 365 (Salesforce's are in OutcomesJobTest), each imported by
 * the real importer and its staged rows checked: kind, amount, currency, stage, won/lost, creation time, links.
 */
@AuditTest
class OpportunityExportsTest {

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
    void hubspotDealsWithStagesAndAssociatedContacts() throws Exception {
        String path = write("crm/hubspot-crm-exports-all-deals-2026-06-30.csv", """
                Record ID,Deal Name,Amount,Deal Stage,Create Date,Close Date,Deal owner,Pipeline,Associated Contact IDs
                9010001,Harborline fleet,"12,500.00",Closed Won,2026-05-10 14:00,2026-06-02,Dana Whitfield,Sales Pipeline,5010001
                9010002,Granite Peak pilot,4000,Contract Sent,2026-05-12 09:30,2026-07-15,Marcus Lee,Sales Pipeline,5010002;5010003
                9010003,Lost one,900,closedlost,2026-05-13 09:30,2026-05-30,Marcus Lee,Sales Pipeline,
                """);

        assertThat(stored.file(path)).containsEntry("kind", "hubspot-deals").containsEntry("rejected_rows", "0");
        assertThat(stored.row("opportunity_row", path, 2)).containsEntry("crm_id", "HUBSPOT:9010001")
                .containsEntry("name", "Harborline fleet").containsEntry("amount", "12500.00")
                .containsEntry("currency", null).containsEntry("stage", "Closed Won").containsEntry("closed", "true")
                .containsEntry("won", "true").containsEntry("created_local", "2026-05-10T14:00:00")
                .containsEntry("close_date", "2026-06-02").containsEntry("person_ids", "[\"HUBSPOT:5010001\"]");
        assertThat(stored.row("opportunity_row", path, 3)).containsEntry("closed", "false")
                .containsEntry("won", "false")
                .containsEntry("person_ids", "[\"HUBSPOT:5010002\", \"HUBSPOT:5010003\"]");
        assertThat(stored.row("opportunity_row", path, 4)).containsEntry("closed", "true")
                .containsEntry("won", "false");
        // no currency column: said for the file, not assumed silently (SPEC §4)
        assertThat(jdbc.queryForList("""
                SELECT w.message FROM import_warning w JOIN source_file f ON f.id = w.file_id WHERE f.path = ?""",
                String.class, path)).anySatisfy(m -> assertThat(m).startsWith("no currency column: amounts are taken "
                + "to be in the CRM's one currency"));
    }

    @Test
    void dynamicsOpportunitiesWithStatusAndThePotentialCustomersEmail() throws Exception {
        String path = write("crm/dynamics-my-open-opportunities.csv", """
                (Do Not Modify) Opportunity,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Topic,Potential Customer,Email (Potential Customer) (Contact),Est. Revenue,Actual Revenue,Status,Currency,Created On,Actual Close Date,Originating Lead,Owner
                7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e,Xy1zA2==,2026-06-10 10:00,Cobot cell,Grace Huang,Grace.Huang@Tidemark.example,"€30,000.00","€28,500.00",Won,Euro,2026-05-11 08:00,2026-06-09,Grace Huang,Jordan Blake
                8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f,Ab3cD4==,2026-06-10 10:00,Spare parts,Irene Novak,irene.novak@cedarpoint-labs.example,5000,,Open,US Dollar,2026-05-20 08:00,,,Sam Carter
                """);

        assertThat(stored.file(path)).containsEntry("kind", "dynamics-opportunities")
                .containsEntry("rejected_rows", "0");
        // won: the actual revenue, not the estimate
        assertThat(stored.row("opportunity_row", path, 2))
                .containsEntry("crm_id", "DYNAMICS:7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
                .containsEntry("name", "Cobot cell").containsEntry("amount", "28500.00")
                .containsEntry("currency", "Euro").containsEntry("closed", "true").containsEntry("won", "true")
                .containsEntry("contact_email_norm", "grace.huang@tidemark.example")
                .containsEntry("close_date", "2026-06-09");
        assertThat(stored.row("opportunity_row", path, 3)).containsEntry("amount", "5000.00")
                .containsEntry("closed", "false").containsEntry("close_date", null);
    }

    private String write(String path, String text) throws Exception {
        Path file = input.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        TableFileImporter.Result result = importer.importFile(file, path, "US", DateOrder.MONTH_FIRST);
        assertThat(result.outcome()).as(path + ": " + result.reason()).isEqualTo(TableFileImporter.Outcome.IMPORTED);
        return path;
    }
}
