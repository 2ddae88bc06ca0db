package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.formats.StoredRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §4 "every other file and campaign is still processed": a folder of broken and hostile files, dropped beside
 * good ones, through the whole nightly job. The run must complete; each broken file must be rejected with the one
 * sentence its owner needs; the good files and the hostile-but-readable ones must import completely; and the
 * campaign's Data Quality sheet must list every rejected file.
 */
@AuditTest
@ExtendWith(OutputCaptureExtension.class)
class HostileCorpusJobTest {

    private static final String SCANS = "badge-scans/hostile-show/";
    private static final String NO_IDENTITY = "no identity: no valid email, no name and no badge id";

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
    void brokenFilesAreRejectedOneByOneAndEverythingElseImports(CapturedOutput output) throws Exception {
        Path input = temp.resolve("input");
        Map<String, String> rejected = writeBrokenFiles(input);
        writeGoodAndHostileButReadableFiles(input);
        Path reports = temp.resolve("reports");

        JobExecution execution = jobs.startJob(AuditJobs.params(input, reports, "2026-04-30", 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rejected).hasSizeGreaterThanOrEqualTo(20);
        rejected.forEach((path, reason) -> assertThat(stored.file(path)).as(path)
                .containsEntry("status", "REJECTED").containsEntry("reason", reason));
        // nothing of a rejected file reaches the tables
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM scan s JOIN source_file f ON f.id = s.file_id WHERE f.status = 'REJECTED'""",
                Long.class)).isZero();

        assertGoodFilesImportedCompletely();
        assertHostileButReadableFilesImported();
        // header-only exports (a quiet night's incremental export) import as nothing, with a warning, not a rejection
        for (String empty : List.of(SCANS + "header-only.csv", "crm/empty-report.csv")) {
            assertThat(stored.file(empty)).as(empty).containsEntry("status", "IMPORTED").containsEntry("data_rows", "0");
            assertThat(jdbc.queryForList("SELECT w.message FROM import_warning w JOIN source_file f ON f.id = w.file_id "
                    + "WHERE f.path = ?", String.class, empty))
                    .containsExactly("the file has a header row but no data rows: nothing to import from it");
        }

        assertRejectedRegisterRowsAuditedWithDefaults(reports);

        assertLogSaysOneLinePerRejectedFile(output.getOut(), rejected);

        assertThat(stored.row("scan", SCANS + "side-by-side.csv", 2)).containsEntry("email_norm", "vera@acme.example")
                .containsEntry("first_name", "Vera").containsEntry("answers", "{\"Booth Question\": \"Wants a demo\"}");
        List<String> leadsHeader = List.of(AuditJobs.sheetRows(reports.resolve("2026-04-30/hostile-show.xlsx"), "Leads")
                .stream().filter(row -> row.startsWith("Email | ")).findFirst().orElseThrow().split(" \\| "));
        assertThat(leadsHeader).containsOnlyOnce("Email", "First Name", "Booth Question");

        List<String> quality = AuditJobs.sheetRows(reports.resolve("2026-04-30/hostile-show.xlsx"), "Data Quality");
        rejected.forEach((path, reason) -> assertThat(quality).as(path)
                .anySatisfy(row -> assertThat(row).startsWith("File rejected | " + path + " |  | " + reason)));
    }

    private Map<String, String> writeBrokenFiles(Path input) throws Exception {
        Path scans = Files.createDirectories(input.resolve(SCANS));
        Path crm = Files.createDirectories(input.resolve("crm"));
        Map<String, String> expected = new LinkedHashMap<>();
        HostileFiles.truncatedXlsx(scans.resolve("cut-off-download.xlsx"));
        expected.put(SCANS + "cut-off-download.xlsx", "the xlsx file is damaged (not a valid zip): it may have been "
                + "cut off while being copied or downloaded");
        HostileFiles.passwordProtectedXlsx(scans.resolve("locked.xlsx"));
        expected.put(SCANS + "locked.xlsx", PoiFailures.PASSWORD);
        HostileFiles.passwordProtectedXls(scans.resolve("locked-legacy.xls"));
        expected.put(SCANS + "locked-legacy.xls", PoiFailures.PASSWORD);
        HostileFiles.pdf(scans.resolve("scans-final.xlsx"));
        expected.put(SCANS + "scans-final.xlsx", "the file is a PDF, not a spreadsheet");
        HostileFiles.empty(scans.resolve("empty.csv"));
        expected.put(SCANS + "empty.csv", "the file is empty");
        HostileFiles.headerOnly(scans.resolve("header-only.csv"));
        HostileFiles.zipBomb(scans.resolve("bomb.xlsx"));
        expected.put(SCANS + "bomb.xlsx", PoiFailures.ZIP_BOMB);
        HostileFiles.randomBinary(scans.resolve("garbage.csv"));
        expected.put(SCANS + "garbage.csv", "the file is not a spreadsheet or CSV: it contains binary data that is not text");
        HostileFiles.legacyWordDocument(scans.resolve("leads.xls"));
        expected.put(SCANS + "leads.xls", "the file is a Word document, not a spreadsheet");
        HostileFiles.wordDocumentInZip(scans.resolve("leads-docx.xlsx"));
        expected.put(SCANS + "leads-docx.xlsx", "the file is a Word document, not a spreadsheet");
        HostileFiles.htmlTable(scans.resolve("web-export.xls"));
        expected.put(SCANS + "web-export.xls",
                "the file is a web page (HTML), not a spreadsheet; open it in Excel and save it as xlsx");
        HostileFiles.excel2003Xml(scans.resolve("xml-spreadsheet.xls"));
        expected.put(SCANS + "xml-spreadsheet.xls",
                "the file is an Excel 2003 XML spreadsheet; open it in Excel and save it as xlsx");
        HostileFiles.csv(scans.resolve("unclosed-quote.csv"), "anna2@acme.example,Anna,\"Schmidt,2026-04-20 10:00",
                "ben2@acme.example,Ben,Weber,2026-04-20 11:00", "carla2@acme.example,Carla,Diaz,2026-04-20 12:00");
        expected.put(SCANS + "unclosed-quote.csv", "the CSV file is malformed: a quotation mark in row 2 is never "
                + "closed, so every line after it ran together into one cell");
        HostileFiles.csv(scans.resolve("mostly-rejected.csv"), "dora@acme.example,Dora,Lang,2026-04-20 10:00",
                ",,,2026-04-20 10:05", ",,,2026-04-20 10:06", ",,,2026-04-20 10:07");
        expected.put(SCANS + "mostly-rejected.csv", "most rows are unusable: 3 of 4 data rows rejected (first: row 3, "
                + NO_IDENTITY + ")");
        HostileFiles.csv(scans.resolve("bad-times.csv"), "erik@acme.example,Erik,Berg,next Tuesday",
                "fay@acme.example,Fay,Holm,");
        expected.put(SCANS + "bad-times.csv", "most rows are unusable: 2 of 2 data rows rejected (first: row 2, "
                + "bad scan time: 'next Tuesday' is not a date and time)");
        HostileFiles.formulaCells(scans.resolve("uncalculated-formulas.xlsx"), false);
        expected.put(SCANS + "uncalculated-formulas.xlsx", "most rows are unusable: 3 of 3 data rows rejected "
                + "(first: row 2, " + NO_IDENTITY + ")");
        HostileFiles.zipWithoutWorkbook(scans.resolve("export.xlsx"));
        expected.put(SCANS + "export.xlsx", "the file is a zip archive, not a spreadsheet (it holds no Excel workbook)");
        HostileFiles.billionLaughs(scans.resolve("laughs.xlsx"));
        expected.put(SCANS + "laughs.xlsx", "the xlsx file is damaged and cannot be read");
        for (String part : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels")) {
            String name = "doctype-" + part.replaceAll("[^A-Za-z]+", "-").replaceAll("^-|-$", "") + ".xlsx";
            HostileFiles.doctypeInPart(scans.resolve(name), part);
            expected.put(SCANS + name, "the xlsx file is damaged and cannot be read");
        }
        HostileFiles.scansCutOffAfterRow41(scans.resolve("crashed-writer.xlsx"));
        expected.put(SCANS + "crashed-writer.xlsx", "the xlsx file is damaged and cannot be read after row 41");
        HostileFiles.png(scans.resolve("booth-photo.csv"));
        expected.put(SCANS + "booth-photo.csv", "the file is an image (PNG), not a spreadsheet");
        HostileFiles.gzippedCsv(scans.resolve("compressed.csv"));
        expected.put(SCANS + "compressed.csv", "the file is a compressed archive (gzip), not a spreadsheet");
        HostileFiles.xlsb(scans.resolve("binary-workbook.xlsx"));
        expected.put(SCANS + "binary-workbook.xlsx",
                "the file is an Excel binary workbook (xlsb); open it in Excel and save it as xlsx");
        HostileFiles.openDocument(scans.resolve("libreoffice.xlsx"));
        expected.put(SCANS + "libreoffice.xlsx",
                "the file is an OpenDocument file (e.g. LibreOffice ods); save it as xlsx or csv");
        HostileFiles.emptySheet(scans.resolve("empty-sheet.xlsx"));
        expected.put(SCANS + "empty-sheet.xlsx", "the file holds no rows: its first sheet is empty");
        // mapping files: a binary one, and a hand-written one with a NUL inside a line it must quote back (issue 14)
        Path mappings = Files.createDirectories(input.resolve("mappings"));
        HostileFiles.randomBinary(mappings.resolve("garbage.properties"));
        expected.put("mappings/garbage.properties", "the mapping file cannot be used: it holds binary data, not "
                + "text; a mapping file is plain text with one 'field = column header' per line");
        Files.writeString(mappings.resolve("typo.properties"),
                "# written by hand for the booth app's export\nkind = badge\0scan\nemail = E-Mail\n");
        expected.put("mappings/typo.properties", "the mapping file cannot be used: line 2: 'badgescan' is not a kind "
                + "leadaudit knows; use one of: badge-scan, crm-activity, crm-contact, crm-lead");
        Files.writeString(crm.resolve("sales-notes.csv"), "Customer,Comment,When\r\nAcme,call back,Monday\r\n");
        expected.put("crm/sales-notes.csv", "no header row found in the first 30 rows: expected columns such as "
                + "\"Id\", \"Name\", \"BillingCity\", \"Username\", \"LastName\", \"AccountId\"");
        Files.writeString(crm.resolve("empty-report.csv"), """
                "Contact ID","First Name","Last Name","Email","Account Name","Contact Owner"

                "Grand Totals (0 records)"

                "Confidential Information - Do Not Distribute"
                "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
                """);
        return expected;
    }

    private void writeGoodAndHostileButReadableFiles(Path input) throws Exception {
        Files.writeString(input.resolve("campaigns.csv"), """
                code,name,start_date,end_date,time_zone,sla,country,qualifying_types,holidays
                hostile-show,Hostile Show,2026-04-20,2026-04-21,UTC,2bd,US,,
                mars-show,Mars Expo,2026-04-20,2026-04-21,Europe/Berlin,48h,Mars,,
                backwards-show,Backwards Expo,2026-04-21,2026-04-20,Europe/Berlin,48h,DE,,
                nowhere-show,Nowhere Expo,2026-04-20,2026-04-21,Europe/Nowhere,soon,DE,,
                """);
        // SPEC §4: a register row that cannot be right is rejected whole; its folder is audited with the defaults
        for (String code : List.of("mars-show", "backwards-show", "nowhere-show")) {
            Path folder = Files.createDirectories(input.resolve("badge-scans/" + code));
            Files.writeString(folder.resolve("scans.csv"), HostileFiles.SCAN_HEADER + "\r\nvisitor@" + code
                    + ".example,Vic,Tor,2026-04-20 10:00\r\n");
        }
        Path scans = input.resolve(SCANS);
        HostileFiles.csv(scans.resolve("good-scans.csv"), "anna@acme.example,Anna,Schmidt,2026-04-20 10:00",
                "ben@acme.example,Ben,Weber,2026-04-20 11:00", "carla@acme.example,Carla,Diaz,2026-04-20 12:00");
        HostileFiles.formulaCells(scans.resolve("calculated-formulas.xlsx"), true);
        HostileFiles.csv(scans.resolve("huge-cell.csv"), "hugo@acme.example,Hugo,Lind,2026-04-20 13:00",
                "ida@acme.example,Ida,Berg,2026-04-20 14:00");
        Files.writeString(scans.resolve("huge-cell.csv"), Files.readString(scans.resolve("huge-cell.csv"))
                .replace("Scanned At", "Scanned At,Notes")
                .replace("13:00", "13:00,\"" + "x".repeat(100_000) + "\""));
        // SPEC §5: a scan time before 2000, after 2100 or more than 30 days outside the campaign's dates rejects its
        // row; year 9999 once gave a deadline in year 10000 that failed the whole status step (issue 14)
        HostileFiles.csv(scans.resolve("implausible-times.csv"), "mia@acme.example,Mia,Kovac,2026-04-20 09:00",
                "nils@acme.example,Nils,Ek,9999-12-31T23:59:59Z", "olga@acme.example,Olga,Petrova,0001-01-01 10:00",
                "pia@acme.example,Pia,Lund,2026-05-21 10:00", "quinn@acme.example,Quinn,Fox,2026-05-22 10:00",
                "rosa@acme.example,Rosa,Diaz,2026-03-20 10:00", "sam@acme.example,Sam,Ito,2026-03-21 10:00",
                "tom@acme.example,Tom,Berg,2026-04-21 11:00", "uma@acme.example,Uma,Roy,2026-04-21 12:00");
        // two exports pasted side by side: the second Email / First Name are not answers to custom questions
        Files.writeString(scans.resolve("side-by-side.csv"), HostileFiles.SCAN_HEADER
                + ",Email,First Name,Booth Question\r\nvera@acme.example,Vera,Holm,2026-04-20 10:30,"
                + "vera.holm@private.example,V.,Wants a demo\r\n");
        // SPEC §4: an oversized cell rejects its row, not its file (issue 14: a 20 MB notes cell)
        Files.writeString(scans.resolve("oversized-notes.csv"), "Email,First Name,Last Name,Scanned At,Notes\r\n"
                + "wes@acme.example,Wes,Park,2026-04-20 10:00,short note\r\n"
                + "xena@acme.example,Xena,Wolf,2026-04-20 10:05,\"" + "lorem, \"\"ipsum\"\"\r\n".repeat(2_000_000)
                + "\"\r\nyan@acme.example,Yan,Li,2026-04-20 10:10,\r\nzed@acme.example,Zed,Ox,2026-04-20 10:15,\r\n");
        HostileFiles.fullWidthSheet(scans.resolve("full-width.xlsx"), 3);
        HostileFiles.unicodeText(scans.resolve("unicode-text.txt"), "jose@acme.example\tJosé\tNúñez\t2026-04-20 15:00",
                "zoe@acme.example\tZoë\tŁukasik\t2026-04-20 16:00");
        HostileFiles.csv(scans.resolve("concatenated.csv"), "kim@acme.example,Kim,Ng,2026-04-20 10:00",
                HostileFiles.SCAN_HEADER, "lea@acme.example,Lea,Roth,2026-04-20 11:00");
        Files.writeString(input.resolve("crm/Contact.csv"), """
                Id,FirstName,LastName,Email,AccountId
                003000000000C01AAA,Anna,Schmidt,anna@acme.example,
                """);
        Files.writeString(input.resolve("crm/Task.csv"), """
                Id,WhoId,Subject,ActivityDate,Status,TaskSubtype,CompletedDateTime
                00T000000000T01AAA,003000000000C01AAA,Email: thanks for visiting,2026-04-21,Completed,Email,2026-04-21T09:00:00.000+0000
                """);
    }

    /**
     * The cron log of a run whose inputs were all handled must not look like a failed run (issue 14): no ERROR line,
     * no stack trace, and per rejected file one WARN line naming it and its reason.
     */
    private static void assertLogSaysOneLinePerRejectedFile(String log, Map<String, String> rejected) {
        List<String> lines = log.lines().toList();
        assertThat(lines).noneMatch(line -> line.contains(" ERROR ")).noneMatch(line -> line.startsWith("\tat "))
                .noneMatch(line -> line.contains("Exception")).noneMatch(line -> line.contains("DOCTYPE"));
        rejected.forEach((path, reason) -> assertThat(lines).as(path)
                .filteredOn(line -> line.contains(path)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(" WARN ").endsWith("Rejected " + path + ": " + reason));
        // third-party warnings name no file, so they tell the operator nothing they could act on; leadaudit's own
        // (a rejected file, or what a file lacked and what was assumed, SPEC §4) each name the file first
        assertThat(lines).filteredOn(line -> line.contains(" WARN "))
                .allMatch(line -> line.matches(".* WARN +\\S+ +(Rejected )?(badge-scans|crm|mappings)/\\S.*: .*"));
    }

    private void assertRejectedRegisterRowsAuditedWithDefaults(Path reports) throws Exception {
        String defaults = " the row is rejected and campaign '%s' is audited with the defaults used (time zone UTC, "
                + "SLA 2bd, country US, dates from the scans)";
        Map<String, String> expected = Map.of(
                "mars-show", "campaigns.csv row 3: country 'Mars' is not an ISO 3166 country code such as DE or US:"
                        + defaults.formatted("mars-show"),
                "backwards-show", "campaigns.csv row 4: end date 2026-04-20 is before start date 2026-04-21:"
                        + defaults.formatted("backwards-show"),
                "nowhere-show", "campaigns.csv row 5: unknown time zone 'Europe/Nowhere'; SLA 'soon' is not like 48h "
                        + "or 2bd:" + defaults.formatted("nowhere-show"));
        expected.forEach((code, warning) -> {
            assertThat(jdbc.queryForMap("SELECT name, time_zone, sla, country, registered, start_date::text AS start, "
                    + "array_to_string(warnings, '|') AS warnings FROM campaign WHERE code = ?", code)).as(code)
                    .containsEntry("name", code).containsEntry("time_zone", "UTC").containsEntry("sla", "2bd")
                    .containsEntry("country", "US").containsEntry("registered", false)
                    .containsEntry("start", "2026-04-20").containsEntry("warnings", warning);
            assertThat(jdbc.queryForObject("SELECT status FROM lead WHERE campaign_code = ?", String.class, code))
                    .as(code).isNotNull();
        });
        for (String code : expected.keySet()) {
            assertThat(AuditJobs.sheetRows(reports.resolve("2026-04-30/" + code + ".xlsx"), "Data Quality"))
                    .as(code).contains("Warning |  |  | " + expected.get(code));
        }
    }

    private void assertGoodFilesImportedCompletely() {
        assertThat(stored.file(SCANS + "good-scans.csv")).containsEntry("status", "IMPORTED")
                .containsEntry("data_rows", "3").containsEntry("rejected_rows", "0");
        assertThat(stored.count("scan", SCANS + "good-scans.csv")).isEqualTo(3);
        assertThat(stored.file("crm/Task.csv")).containsEntry("status", "IMPORTED").containsEntry("data_rows", "1");
        assertThat(jdbc.queryForMap("SELECT status, match_tier FROM lead WHERE email_norm = 'anna@acme.example'"))
                .containsEntry("status", "ON_TIME").containsEntry("match_tier", "EMAIL");
    }

    private void assertHostileButReadableFilesImported() {
        // formulas are never evaluated: the results Excel stored are read, the HYPERLINK stays its text
        assertThat(stored.file(SCANS + "calculated-formulas.xlsx")).containsEntry("status", "IMPORTED")
                .containsEntry("rejected_rows", "0");
        assertThat(stored.row("scan", SCANS + "calculated-formulas.xlsx", 2))
                .containsEntry("email_norm", "anna@acme.example").containsEntry("first_name", "Anna")
                .containsEntry("notes", "click me");
        // a 100,000-character cell is cut to Excel's own limit for one cell
        assertThat(stored.row("scan", SCANS + "huge-cell.csv", 2).get("notes")).hasSize(32_767);
        // 16,384 columns: the four known ones are read, the first 100 others kept as answers, the rest ignored
        assertThat(stored.file(SCANS + "full-width.xlsx")).containsEntry("status", "IMPORTED")
                .containsEntry("data_rows", "3").containsEntry("rejected_rows", "0");
        assertThat(stored.row("scan", SCANS + "full-width.xlsx", 2)).containsEntry("email_norm", "wide2@acme.example")
                .containsEntry("scanned_local", "2026-04-20T10:00:00");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM scan s JOIN source_file f ON f.id = s.file_id, jsonb_object_keys(s.answers) k
                WHERE f.path = ? AND s.row_number = 2""", Long.class, SCANS + "full-width.xlsx")).isEqualTo(100L);
        assertThat(stored.warnings(SCANS + "full-width.xlsx")).containsExactly("0: only the first 100 extra columns "
                + "are kept as answers to custom questions; 16280 further columns were ignored");
        assertThat(stored.row("scan", SCANS + "unicode-text.txt", 3)).containsEntry("first_name", "Zoë")
                .containsEntry("last_name", "Łukasik");
        assertThat(stored.rejected(SCANS + "implausible-times.csv")).containsExactly(
                "3: bad scan time: 9999-12-31T23:59:59Z is after 2100",
                "4: bad scan time: 0001-01-01 10:00 is before 2000",
                "6: bad scan time: 2026-05-22 10:00 is more than 30 days after the campaign's end date 2026-04-21",
                "7: bad scan time: 2026-03-20 10:00 is more than 30 days before the campaign's start date 2026-04-20");
        assertThat(jdbc.queryForList("SELECT email_norm FROM lead WHERE email_norm IN "
                + "('mia@acme.example', 'pia@acme.example', 'sam@acme.example', 'nils@acme.example', "
                + "'olga@acme.example') ORDER BY 1", String.class))
                .containsExactly("mia@acme.example", "pia@acme.example", "sam@acme.example");
        assertThat(stored.file(SCANS + "oversized-notes.csv")).containsEntry("status", "IMPORTED")
                .containsEntry("data_rows", "4").containsEntry("rejected_rows", "1");
        assertThat(stored.rejected(SCANS + "oversized-notes.csv")).containsExactly("3: a cell in column E holds "
                + "more than 1,000,000 characters, far more than any export writes: the row is not read");
        assertThat(stored.count("scan", SCANS + "oversized-notes.csv")).isEqualTo(3);
        // the notes cell spans two million lines, yet the next row is row 4, as Excel shows it (SPEC §9)
        assertThat(stored.row("scan", SCANS + "oversized-notes.csv", 4)).containsEntry("email_norm", "yan@acme.example");
        // a header repeated mid-file (exports pasted together) is not a data row
        assertThat(stored.file(SCANS + "concatenated.csv")).containsEntry("status", "IMPORTED")
                .containsEntry("data_rows", "2").containsEntry("rejected_rows", "0");
    }
}
