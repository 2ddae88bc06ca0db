package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 items 7 and 10 (SPEC §4): nothing in the input folder is ignored or cut without a word. A file outside a
 * campaign folder or of an unknown kind is named in the log; a symlinked campaign folder is read; a cell cut at
 * Excel's limit, an over-long holidays list and a 40,000-character campaign name are warnings.
 */
@AuditTest
@ExtendWith(OutputCaptureExtension.class)
class InputEdgesJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void strayLinkedCutAndOverlongInputsAreSaidNotIgnored(CapturedOutput output) throws Exception {
        Path input = temp.resolve("input");
        StringBuilder holidays = new StringBuilder();
        for (int i = 0; holidays.length() < 33_000; i++) {
            holidays.append(java.time.LocalDate.of(2030, 1, 1).plusDays(i)).append(';');
        }
        String longName = "Expo ".repeat(8_000);
        Fixtures.write(input, "campaigns.csv", "code,name,start_date,end_date,time_zone,sla,holidays\n"
                + "linked-show,\"" + longName + "\",2026-04-20,2026-04-22,UTC,2bd,\"" + holidays + "\"\n");
        Path elsewhere = temp.resolve("shared-drive/linked-show");
        Fixtures.write(elsewhere.getParent(), "linked-show/leads.csv", """
                First Name,Last Name,Email,Scanned At,Notes
                Ana,Lopez,ana@alpha.example,2026-04-20T09:00:00Z,%s
                Ben,Kim,ben@beta.example,2026-04-20T10:00:00Z,short note
                """.formatted("x".repeat(40_000)));
        Files.createDirectories(input.resolve("badge-scans"));
        Files.createSymbolicLink(input.resolve("badge-scans/linked-show"), elsewhere);
        Fixtures.write(input, "badge-scans/stray-leads.csv", "First Name,Email\nCarl,carl@x.example\n");
        Fixtures.write(input, "badge-scans/linked-show/../../crm/notes.pdf", "%PDF-1.4");
        Fixtures.write(input, "crm/Contact.csv", "Id,FirstName,LastName,Email,AccountId\n"
                + "003000000000A01AAA,Ana,Lopez,ana@alpha.example,001000000000A01AAA\n");
        // a report workbook whose first sheet is a cover page: its data sheet is read, and the file says so
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Cover").createRow(0).createCell(0).setCellValue("Contacts report — Q2 trade shows");
            var data = wb.createSheet("Contacts");
            String[][] rows = {{"Id", "FirstName", "LastName", "Email", "AccountId"},
                    {"003000000000B01AAA", "Ben", "Kim", "ben@beta.example", "001000000000B01AAA"}};
            for (int r = 0; r < rows.length; r++) {
                var row = data.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(input.resolve("crm/contacts-report.xlsx"))) {
                wb.write(out);
            }
        }

        var execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), "2026-05-31", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // the linked folder is read, its files named as if they lay in the input folder
        assertThat(jdbc.queryForList("SELECT path FROM source_file WHERE role = 'BADGE_SCAN'", String.class))
                .containsExactly("badge-scans/linked-show/leads.csv");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state", Long.class)).isEqualTo(2);
        assertThat(output.getOut()).contains(
                "badge-scans/stray-leads.csv is not in a campaign folder, so it is not read",
                "crm/notes.pdf is not read: only .xlsx, .xls, .csv, .txt and .tsv files are exports");

        List<String> quality = AuditJobs.sheetRows(temp.resolve("reports/2026-05-31/linked-show.xlsx"),
                "Data Quality");
        assertThat(quality).anySatisfy(row -> assertThat(row).startsWith("Warning | badge-scans/linked-show/leads.csv | 2 |")
                .contains("the cell in column E (Notes) reaches Excel's limit of 32767 characters"));
        assertThat(quality).anySatisfy(row -> assertThat(row).contains(
                "the holidays list is longer than a spreadsheet cell holds"));
        assertThat(quality).anySatisfy(row -> assertThat(row).contains(
                "the campaign name is longer than 200 characters: only its first 200 are shown"));
        assertThat(quality).anySatisfy(row -> assertThat(row).startsWith("Warning | crm/contacts-report.xlsx")
                .contains("data read from sheet 'Contacts' (the first sheet has no header)"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE email_norm = 'ben@beta.example'",
                Long.class)).isEqualTo(1);
        // the cut holiday list keeps only whole dates: no warning names a half date
        assertThat(quality).noneSatisfy(row -> assertThat(row).contains("is not a date like"));
        assertThat(jdbc.queryForObject("SELECT length(name) FROM campaign WHERE code = 'linked-show'", Integer.class))
                .isEqualTo(200);
    }
}
