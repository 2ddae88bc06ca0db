package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditDatabase;
import com.leadaudit.AuditJobs;
import com.leadaudit.AuditTest;
import com.leadaudit.followup.AsOf;
import com.leadaudit.formats.StoredRows;
import com.leadaudit.run.ExitCode;
import com.leadaudit.run.RunOutcome;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Issue 14, "one bad file never stops the night" (SPEC §4, §9, §11): a corpus of broken and hostile files, dropped
 * beside good ones, through the whole nightly job. The run must complete with exit code 3; each broken file must be
 * rejected with the one sentence its owner needs (in the register and on the Data Quality sheet); each hostile but
 * readable file must import exactly the rows it should; the good files must give exactly what they give in a run
 * without the bad ones; no workbook may hold a formula; and the cron log must hold no ERROR line or stack trace.
 */
@AuditTest
@ExtendWith(OutputCaptureExtension.class)
class HostileCorpusJobTest {

    private static final String AS_OF = "2026-04-30";
    private static final String SCANS = "badge-scans/hostile-show/";
    private static final String CLEAN = "badge-scans/clean-show/";
    private static final String NO_IDENTITY = "no identity: no valid email, no name and no badge id";
    /** Campaigns whose folders hold only good files: their leads and Leads sheets must not change at all. */
    private static final List<String> GOOD_ONLY_CAMPAIGNS = List.of("clean-show");
    private static final List<String> GOOD_EMAILS_IN_MIXED_CAMPAIGN =
            List.of("amy@good.example", "bert@good.example", "cleo@good.example");

    /** What a hostile but readable file must give: its data rows and how many of them are rejected. */
    private record Imported(int dataRows, int rejectedRows) {
    }

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
    void brokenFilesAreRejectedOneByOneAndTheGoodFilesGiveWhatTheyGiveAlone(CapturedOutput output) throws Exception {
        // the night without the bad files: same as-of, own database state, own reports folder
        Path goodInput = temp.resolve("good-only/input");
        writeGoodFiles(goodInput, false);
        Path goodReports = temp.resolve("good-only/reports");
        JobExecution goodRun = jobs.startJob(AuditJobs.params(goodInput, goodReports, AS_OF, 1));
        assertThat(goodRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(exitCode(goodRun, goodReports)).isEqualTo(ExitCode.DONE);
        Map<String, List<String>> goodLeads = leadsOf(GOOD_ONLY_CAMPAIGNS);
        List<String> goodMixedLeads = goodLeadsOfMixedCampaign();
        assertThat(goodMixedLeads).hasSize(GOOD_EMAILS_IN_MIXED_CAMPAIGN.size());
        Map<String, List<String>> goodSheets = leadsSheets(goodReports, GOOD_ONLY_CAMPAIGNS);
        Map<String, Map<String, String>> goodMixedRows = leadsSheetRowsByEmail(goodReports, "hostile-show");
        assertThat(goodMixedRows).containsOnlyKeys(GOOD_EMAILS_IN_MIXED_CAMPAIGN);

        // the same night with the corpus beside the good files
        AuditDatabase.clean(jdbc);
        Path input = temp.resolve("mixed/input");
        writeGoodFiles(input, true);
        Map<String, String> rejected = writeBrokenFiles(input);
        Map<String, Imported> readable = writeHostileButReadableFiles(input);
        Path reports = temp.resolve("mixed/reports");

        long started = System.nanoTime();
        JobExecution execution = jobs.startJob(AuditJobs.params(input, reports, AS_OF, 1));
        System.out.println("hostile corpus run took " + (System.nanoTime() - started) / 1_000_000 + " ms");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // SPEC §11: done, but rows or files were rejected — what the run command returns to cron
        assertThat(exitCode(execution, reports)).isEqualTo(ExitCode.DONE_WITH_REJECTIONS);
        assertThat(rejected.size() + readable.size()).as("files in the corpus").isGreaterThanOrEqualTo(60);
        rejected.forEach((path, reason) -> assertThat(stored.file(path)).as(path)
                .containsEntry("status", "REJECTED").containsEntry("reason", reason));
        readable.forEach((path, counts) -> assertThat(stored.file(path)).as(path)
                .containsEntry("status", "IMPORTED").containsEntry("data_rows", String.valueOf(counts.dataRows()))
                .containsEntry("rejected_rows", String.valueOf(counts.rejectedRows())));
        // nothing of a rejected file reaches the tables
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM scan s JOIN source_file f ON f.id = s.file_id WHERE f.status = 'REJECTED'""",
                Long.class)).isZero();

        // identity: the good files give exactly what they gave without the bad ones
        assertThat(leadsOf(GOOD_ONLY_CAMPAIGNS)).isEqualTo(goodLeads);
        assertThat(goodLeadsOfMixedCampaign()).isEqualTo(goodMixedLeads);
        assertThat(leadsSheets(reports, GOOD_ONLY_CAMPAIGNS)).isEqualTo(goodSheets);
        Map<String, Map<String, String>> mixedRows = leadsSheetRowsByEmail(reports, "hostile-show");
        goodMixedRows.forEach((email, cells) -> {
            Map<String, String> now = mixedRows.get(email);
            assertThat(now).as(email).isNotNull();
            // the corpus adds custom-question columns to the campaign's sheet; a good lead leaves them empty
            Map<String, String> sameColumns = new LinkedHashMap<>(now);
            sameColumns.keySet().retainAll(cells.keySet());
            assertThat(sameColumns).as(email).isEqualTo(cells);
            now.forEach((column, value) -> {
                if (!cells.containsKey(column)) {
                    assertThat(value).as(email + " " + column).isEmpty();
                }
            });
        });

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
        assertInputEdges(reports, output.getOut());

        assertLogSaysOneLinePerRejectedFile(output.getOut(), rejected);
        assertNoFormulaCells(goodReports);
        assertNoFormulaCells(reports);

        assertThat(stored.row("scan", SCANS + "side-by-side.csv", 2)).containsEntry("email_norm", "vera@acme.example")
                .containsEntry("first_name", "Vera").containsEntry("answers", "{\"Booth Question\": \"Wants a demo\"}");
        List<String> leadsHeader = List.of(AuditJobs.sheetRows(reports.resolve(AS_OF + "/hostile-show.xlsx"), "Leads")
                .stream().filter(row -> row.startsWith("Email | ")).findFirst().orElseThrow().split(" \\| "));
        assertThat(leadsHeader).containsOnlyOnce("Email", "First Name", "Booth Question");

        // each rejected file on the Data Quality sheet of its campaign (CRM exports and mapping files: on every one)
        for (Map.Entry<String, String> file : rejected.entrySet()) {
            String path = file.getKey();
            String code = path.startsWith("badge-scans/") ? path.split("/")[1] : "hostile-show";
            assertThat(AuditJobs.sheetRows(reports.resolve(AS_OF + "/" + code + ".xlsx"), "Data Quality")).as(path)
                    .anySatisfy(row -> assertThat(row).startsWith("File rejected | " + path + " |  | " + file.getValue()));
        }
    }

    /**
     * Issue 14 item 11: a file name holding a line break once split its log line, and the second half, which the
     * file's owner chose, read in the cron log as a line of its own, here a forged ERROR line. Every log line begins
     * with leadaudit's own timestamp and level: the log pattern turns control characters in a message into a space.
     */
    @Test
    void aFileNameWithALineBreakCannotForgeALogLine(CapturedOutput output) throws Exception {
        Path input = temp.resolve("input");
        String forged = "2026-04-30 02:30:00 ERROR AuditJob     the night failed, call the on-call engineer.csv";
        HostileFiles.csv(Files.createDirectories(input.resolve("badge-scans/tiny-show")).resolve("scans.csv\n" + forged),
                "tiny@acme.example,Tiny,Show,2026-04-20 10:00");

        JobExecution execution = jobs.startJob(AuditJobs.params(input, temp.resolve("reports"), AS_OF, 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stored.file("badge-scans/tiny-show/scans.csv\n" + forged)).containsEntry("status", "IMPORTED");
        assertThat(output.getOut().lines()).as("log lines").noneMatch(line -> line.startsWith(forged))
                .filteredOn(line -> line.contains("call the on-call engineer"))
                .allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d (INFO|WARN) .*"));
    }

    /**
     * The exit code the run command gives cron for this execution: production's own {@code RunOutcome.of}, which
     * {@code RunCommand} calls and which is package-private, so it is reached by reflection rather than copied.
     */
    private ExitCode exitCode(JobExecution execution, Path reports) throws Exception {
        Method of = RunOutcome.class.getDeclaredMethod("of", JobExecution.class, JdbcTemplate.class, Path.class,
                AsOf.class);
        of.setAccessible(true);
        AsOf asOf = AsOf.parse(AS_OF, Instant.parse("2026-06-01T02:30:00Z"));
        return ((RunOutcome) of.invoke(null, execution, jdbc, reports, asOf)).exitCode();
    }

    /** Every column of every lead of the campaigns but the generated ids, in a stable order. */
    private Map<String, List<String>> leadsOf(List<String> campaigns) {
        Map<String, List<String>> leads = new LinkedHashMap<>();
        for (String code : campaigns) {
            leads.put(code, jdbc.queryForList("SELECT (to_jsonb(l) - 'id' - 'first_touch_id')::text FROM lead_with_state l "
                    + "WHERE campaign_code = ? ORDER BY lead_key", String.class, code));
        }
        assertThat(leads.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        return leads;
    }

    private List<String> goodLeadsOfMixedCampaign() {
        return jdbc.queryForList("SELECT (to_jsonb(l) - 'id' - 'first_touch_id')::text FROM lead_with_state l "
                        + "WHERE campaign_code = 'hostile-show' AND email_norm = ANY (?) ORDER BY lead_key", String.class,
                (Object) GOOD_EMAILS_IN_MIXED_CAMPAIGN.toArray(String[]::new));
    }

    private static Map<String, List<String>> leadsSheets(Path reports, List<String> campaigns) throws Exception {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        for (String code : campaigns) {
            sheets.put(code, AuditJobs.sheetRows(reports.resolve(AS_OF + "/" + code + ".xlsx"), "Leads"));
        }
        return sheets;
    }

    /** The Leads sheet's rows below its header, each as header → displayed text, by the row's email. */
    private static Map<String, Map<String, String>> leadsSheetRowsByEmail(Path reports, String code) throws Exception {
        List<String> rows = AuditJobs.sheetRows(reports.resolve(AS_OF + "/" + code + ".xlsx"), "Leads");
        int headerAt = 0;
        while (!rows.get(headerAt).startsWith("Email | ")) {
            headerAt++;
        }
        String[] header = rows.get(headerAt).split(" \\| ", -1);
        Map<String, Map<String, String>> byEmail = new LinkedHashMap<>();
        for (String row : rows.subList(headerAt + 1, rows.size())) {
            String[] cells = row.split(" \\| ", -1);
            if (!GOOD_EMAILS_IN_MIXED_CAMPAIGN.contains(cells[0])) {
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                byColumn.put(header[c], c < cells.length ? cells[c] : "");
            }
            byEmail.put(cells[0], byColumn);
        }
        return byEmail;
    }

    /**
     * SPEC §10 "text from input files is always written as text, never as a formula". leadaudit writes no formula of
     * its own anywhere (its figures are computed, not Excel formulas), so no cell of any workbook may be one.
     */
    private static void assertNoFormulaCells(Path reports) throws Exception {
        List<Path> workbooks;
        try (Stream<Path> files = Files.walk(reports)) {
            workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(workbooks).isNotEmpty();
        for (Path workbook : workbooks) {
            List<String> formulas = new ArrayList<>();
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " ="
                                        + cell.getCellFormula());
                            }
                        }
                    }
                }
            }
            assertThat(formulas).as(workbook.getFileName().toString()).isEmpty();
        }
    }

    /**
     * The files a night without damage has: a registered campaign whose folder holds only good exports, good exports
     * in the campaign the corpus goes into, and CRM exports that follow up some of their leads.
     */
    private static void writeGoodFiles(Path input, boolean withBadRegisterRows) throws Exception {
        Files.createDirectories(input);
        Files.writeString(input.resolve("campaigns.csv"), """
                code,name,start_date,end_date,time_zone,sla,country,qualifying_types,holidays
                clean-show,Clean Show,2026-04-20,2026-04-21,Europe/Berlin,2bd,DE,,2026-04-23
                hostile-show,Hostile Show,2026-04-20,2026-04-21,UTC,2bd,US,,
                """ + (withBadRegisterRows ? badRegisterRows() : ""));
        Path clean = Files.createDirectories(input.resolve(CLEAN));
        Files.writeString(clean.resolve("booth-a.csv"), """
                Email,First Name,Last Name,Company,Scanned At,Rating,Notes
                gina@clean.example,Gina,Roth,Clean GmbH,2026-04-20 09:15,hot,wants pricing
                hal@clean.example,Hal,Berg,Berg AG,2026-04-20 11:40,B,
                ivo@clean.example,Ivo,Sand,Sand KG,2026-04-21 16:05,cold,"two
                lines of notes"
                """);
        HostileFiles.dataOnSecondSheet(clean.resolve("booth-b.xlsx"), false,
                new String[]{"gina@clean.example", "Gina", "Roth", "2026-04-21 10:00"},
                new String[]{"jo@clean.example", "Jo", "Kern", "2026-04-21 12:30"});
        Path scans = Files.createDirectories(input.resolve(SCANS));
        HostileFiles.csv(scans.resolve("good-scans.csv"), "amy@good.example,Amy,Schmidt,2026-04-20 10:00",
                "bert@good.example,Bert,Weber,2026-04-20 11:00", "cleo@good.example,Cleo,Diaz,2026-04-20 12:00");
        Files.createDirectories(input.resolve("crm"));
        Files.writeString(input.resolve("crm/Contact.csv"), """
                Id,FirstName,LastName,Email,AccountId
                003000000000C01AAA,Amy,Schmidt,amy@good.example,
                003000000000C02AAA,Gina,Roth,gina@clean.example,
                003000000000C03AAA,Hal,Berg,hal@clean.example,
                """);
        Files.writeString(input.resolve("crm/Task.csv"), """
                Id,WhoId,Subject,ActivityDate,Status,TaskSubtype,CompletedDateTime
                00T000000000T01AAA,003000000000C01AAA,Email: thanks for visiting,2026-04-21,Completed,Email,2026-04-21T09:00:00.000+0000
                00T000000000T02AAA,003000000000C02AAA,Call,2026-04-22,Completed,Call,2026-04-22T08:00:00.000+0000
                00T000000000T03AAA,003000000000C03AAA,Email: late,2026-04-28,Completed,Email,2026-04-28T08:00:00.000+0000
                """);
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
        // issue 14: more realistic damage
        HostileFiles.truncatedXls(scans.resolve("cut-off-legacy.xls"));
        expected.put(SCANS + "cut-off-legacy.xls", "the xls file is damaged and cannot be read");
        // (in a folder of its own: beside empty.csv it would be that file's twin, skipped as a duplicate)
        HostileFiles.empty(Files.createDirectories(input.resolve("badge-scans/nowhere-show")).resolve("zero-bytes.xls"));
        expected.put("badge-scans/nowhere-show/zero-bytes.xls", "the file is empty");
        Files.writeString(scans.resolve("blank-lines.csv"), "\r\n\r\n   \r\n\t\r\n\r\n");
        expected.put(SCANS + "blank-lines.csv", "no header row found in the first 30 rows: expected columns such "
                + "as \"scanned at\", \"scan date\", \"scan time\"");
        Files.write(scans.resolve("preallocated.csv"), new byte[64 * 1024]);
        expected.put(SCANS + "preallocated.csv", "the file is not a spreadsheet or CSV: it contains binary data "
                + "that is not text");
        HostileFiles.sheetXmlEndsMidRow(scans.resolve("ends-mid-row.xlsx"));
        expected.put(SCANS + "ends-mid-row.xlsx", "the xlsx file is damaged and cannot be read after row 2");
        HostileFiles.sharedStringIndexOutOfRange(scans.resolve("bad-shared-index.xlsx"));
        expected.put(SCANS + "bad-shared-index.xlsx", "the xlsx file is damaged and cannot be read after row 1");
        Files.writeString(scans.resolve("title-rows.csv"), "Badge scans\r\n".repeat(30) + HostileFiles.SCAN_HEADER
                + "\r\nlate@acme.example,Late,Header,2026-04-20 10:00\r\n");
        expected.put(SCANS + "title-rows.csv", "no header row found in the first 30 rows: expected columns such "
                + "as \"scanned at\", \"scan date\", \"scan time\"");
        Files.writeString(scans.resolve("sep-line-only.csv"), "sep=;\r\n");
        expected.put(SCANS + "sep-line-only.csv", "the file holds no rows: its first sheet is empty");
        Files.writeString(crm.resolve("Contact-blank-ids.csv"), "Id,FirstName,LastName,Email,AccountId\r\n"
                + ",Blank,One,blank1@crm.example,\r\n,Blank,Two,blank2@crm.example,\r\n,Blank,Three,,\r\n");
        expected.put("crm/Contact-blank-ids.csv", "most rows are unusable: 3 of 3 data rows rejected (first: row 2, "
                + "no record id: the row cannot be told apart from other records)");
        Files.write(mappings.resolve("empty.properties"), new byte[0]);
        expected.put("mappings/empty.properties", "the mapping file cannot be used: it has no 'kind = …' line; "
                + "add one saying what the file holds: badge-scan, crm-activity, crm-contact, crm-lead");
        // a CSV one column wider than Excel's 16,384: no spreadsheet could hold its header, so the file is refused
        HostileFiles.csvWiderThanExcel(scans.resolve("wider-than-excel.csv"));
        expected.put(SCANS + "wider-than-excel.csv", "the CSV file is malformed at its start: a row has more than "
                + "16,384 columns or a field over a million characters long (perhaps a quotation mark is never closed)");
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

    /** Register rows that cannot be right (SPEC §4): each folder is then audited with the defaults. */
    private static String badRegisterRows() {
        StringBuilder holidays = new StringBuilder();
        for (int i = 0; holidays.length() < 33_000; i++) {
            holidays.append(java.time.LocalDate.of(2030, 1, 1).plusDays(i)).append(';');
        }
        return """
                mars-show,Mars Expo,2026-04-20,2026-04-21,Europe/Berlin,48h,Mars,,
                backwards-show,Backwards Expo,2026-04-21,2026-04-20,Europe/Berlin,48h,DE,,
                nowhere-show,Nowhere Expo,2026-04-20,2026-04-21,Europe/Nowhere,soon,DE,,
                linked-show,"%s",2026-04-20,2026-04-22,UTC,2bd,US,,"%s"
                """.formatted("Expo ".repeat(8_000), holidays);
    }

    /** Hostile files that are still exports: each must import exactly the rows it holds, no more, no fewer. */
    private Map<String, Imported> writeHostileButReadableFiles(Path input) throws Exception {
        Map<String, Imported> expected = new LinkedHashMap<>();
        // SPEC §4: a register row that cannot be right is rejected whole; its folder is audited with the defaults
        for (String code : List.of("mars-show", "backwards-show", "nowhere-show")) {
            Path folder = Files.createDirectories(input.resolve("badge-scans/" + code));
            Files.writeString(folder.resolve("scans.csv"), HostileFiles.SCAN_HEADER + "\r\nvisitor@" + code
                    + ".example,Vic,Tor,2026-04-20 10:00\r\n");
            expected.put("badge-scans/" + code + "/scans.csv", new Imported(1, 0));
        }
        Path scans = input.resolve(SCANS);
        expected.put(SCANS + "header-only.csv", new Imported(0, 0));
        expected.put("crm/empty-report.csv", new Imported(0, 0));
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
                + "xena@acme.example,Xena,Wolf,2026-04-20 10:05,\"" + "lorem, \"\"ipsum\"\"\r\n".repeat(1_200_000)
                + "\"\r\nyan@acme.example,Yan,Li,2026-04-20 10:10,\r\nzed@acme.example,Zed,Ox,2026-04-20 10:15,\r\n");
        HostileFiles.fullWidthSheet(scans.resolve("full-width.xlsx"), 3);
        HostileFiles.unicodeText(scans.resolve("unicode-text.txt"), "jose@acme.example\tJosé\tNúñez\t2026-04-20 15:00",
                "zoe@acme.example\tZoë\tŁukasik\t2026-04-20 16:00");
        HostileFiles.csv(scans.resolve("concatenated.csv"), "kim@acme.example,Kim,Ng,2026-04-20 10:00",
                HostileFiles.SCAN_HEADER, "lea@acme.example,Lea,Roth,2026-04-20 11:00");
        expected.put(SCANS + "calculated-formulas.xlsx", new Imported(3, 0));
        expected.put(SCANS + "huge-cell.csv", new Imported(2, 0));
        expected.put(SCANS + "implausible-times.csv", new Imported(9, 4));
        expected.put(SCANS + "side-by-side.csv", new Imported(1, 0));
        expected.put(SCANS + "oversized-notes.csv", new Imported(4, 1));
        expected.put(SCANS + "full-width.xlsx", new Imported(3, 0));
        expected.put(SCANS + "unicode-text.txt", new Imported(2, 0));
        expected.put(SCANS + "concatenated.csv", new Imported(2, 0));

        // item 5 in xlsx: a cell over a million characters, inline and shared, rejects its row only
        HostileFiles.oversizedInlineCell(scans.resolve("oversized-inline.xlsx"));
        expected.put(SCANS + "oversized-inline.xlsx", new Imported(4, 1));
        HostileFiles.oversizedSharedCell(scans.resolve("oversized-shared.xlsx"));
        expected.put(SCANS + "oversized-shared.xlsx", new Imported(3, 1));
        // item 6: the data is on the second sheet, behind a cover page or a hidden stale sheet
        HostileFiles.dataOnSecondSheet(scans.resolve("cover-page.xlsx"), false,
                new String[]{"cov1@acme.example", "Cov", "One", "2026-04-20 10:00"},
                new String[]{"cov2@acme.example", "Cov", "Two", "2026-04-20 10:05"});
        expected.put(SCANS + "cover-page.xlsx", new Imported(2, 0));
        HostileFiles.dataOnSecondSheet(scans.resolve("hidden-first.xlsx"), true,
                new String[]{"hid1@acme.example", "Hid", "One", "2026-04-20 10:00"},
                new String[]{"hid2@acme.example", "Hid", "Two", "2026-04-20 10:05"});
        expected.put(SCANS + "hidden-first.xlsx", new Imported(2, 0));
        // item 8: row numbers after a quoted cell of several lines are the spreadsheet's, not the file's lines
        Files.writeString(scans.resolve("multiline.csv"), HostileFiles.SCAN_HEADER + ",Notes\r\n"
                + "ml1@acme.example,Multi,Line,2026-04-20 10:00,\"first line\r\nsecond line\r\nthird line\"\r\n"
                + "ml2@acme.example,Multi,Two,2026-04-20 10:05,\"a\nb\"\r\n"
                + "ml3@acme.example,Multi,Three,whenever,\r\n"
                + "ml4@acme.example,Multi,Four,2026-04-20 10:15,\r\n");
        expected.put(SCANS + "multiline.csv", new Imported(4, 1));
        // item 9 in xlsx: a second Email / First Name column
        new RawXlsx().rows(xlsxRow(1, "Email", "First Name", "Last Name", "Scanned At", "Email", "First Name")
                + xlsxRow(2, "dup@acme.example", "Dupe", "Header", "2026-04-20 10:00", "other@acme.example", "Other"))
                .write(scans.resolve("duplicate-headers.xlsx"));
        expected.put(SCANS + "duplicate-headers.xlsx", new Imported(1, 0));
        // control characters and lone surrogates in cell values, in every format
        new RawXlsx().rows(xlsxRow(1, HostileFiles.SCAN_HEADER.split(","))
                + xlsxRow(2, "esc@acme.example", "Es_x0000_c", "Ape_xD800_s", "2026-04-20 10:00"))
                .write(scans.resolve("unsafe-escapes.xlsx"));
        expected.put(SCANS + "unsafe-escapes.xlsx", new Imported(1, 0));
        HostileFiles.xlsWithUnsafeText(scans.resolve("unsafe-text.xls"));
        expected.put(SCANS + "unsafe-text.xls", new Imported(2, 0));
        Files.writeString(scans.resolve("control-chars.csv"), HostileFiles.SCAN_HEADER + "\r\n"
                + "ctl@acme.example,Con\u0001trol,Ch\u0007ar\u001b[31m,2026-04-20 10:00\r\n"
                + "plain@acme.example,Plain,Text with enough ordinary words to keep it text,2026-04-20 10:05\r\n"
                .repeat(3), StandardCharsets.UTF_8);
        expected.put(SCANS + "control-chars.csv", new Imported(4, 0));
        // text that Excel would run as a formula, were it written as one (SPEC §10)
        Files.writeString(scans.resolve("formula-injection.csv"), HostileFiles.SCAN_HEADER + ",Company,Notes\r\n"
                + "inj1@acme.example,=1+2,\"=HYPERLINK(\"\"http://attacker.example/\"\",\"\"x\"\")\",2026-04-20 10:00,"
                + "+SUM(A1:A9),@cmd|' /C calc'!A0\r\n"
                + "inj2@acme.example,-2+3,=cmd|' /C calc'!A0,2026-04-20 10:05,=A1,\"=1\n=2\"\r\n");
        expected.put(SCANS + "formula-injection.csv", new Imported(2, 0));
        // realistic damage from other tools
        HostileFiles.utf16WithoutBom(scans.resolve("utf16-no-bom.csv"), "u16a@acme.example,Jürgen,Groß,2026-04-20 10:00",
                "u16b@acme.example,Søren,Ørsted,2026-04-20 10:05");
        expected.put(SCANS + "utf16-no-bom.csv", new Imported(2, 0));
        Files.writeString(scans.resolve("mixed-line-endings.csv"), HostileFiles.SCAN_HEADER + "\r\n"
                + "le1@acme.example,Line,Crlf,2026-04-20 10:00\r\n" + "le2@acme.example,Line,Lf,2026-04-20 10:05\n"
                + "le3@acme.example,Line,Crlf,2026-04-20 10:10\r\n" + "le4@acme.example,Line,Last,2026-04-20 10:15");
        expected.put(SCANS + "mixed-line-endings.csv", new Imported(4, 0));
        Files.writeString(scans.resolve("excel-sep-line.csv"), "sep=;\r\nEmail;First Name;Last Name;Scanned At\r\n"
                + "sep1@acme.example;Se;Mi;20.04.2026 10:00\r\nsep2@acme.example;\"Colon, Jr.\";Mi;20.04.2026 10:05\r\n");
        expected.put(SCANS + "excel-sep-line.csv", new Imported(2, 0));
        Files.write(scans.resolve("windows-1252.csv"), (HostileFiles.SCAN_HEADER + "\r\n"
                + "cp1@acme.example,Frédéric,Müller,2026-04-20 10:00\r\n").getBytes(java.nio.charset.Charset.forName(
                "windows-1252")));
        expected.put(SCANS + "windows-1252.csv", new Imported(1, 0));
        Files.write(scans.resolve("really-an-xlsx.csv"), Files.readAllBytes(HostileFiles.scanXlsx(
                temp.resolve("renamed.xlsx"), new String[]{"ren@acme.example", "Ren", "Amed", "2026-04-20 10:00"})));
        expected.put(SCANS + "really-an-xlsx.csv", new Imported(1, 0));
        HostileFiles.lyingDimension(scans.resolve("lying-dimension.xlsx"));
        expected.put(SCANS + "lying-dimension.xlsx", new Imported(5, 0));
        HostileFiles.absurdDateSerials(scans.resolve("absurd-serials.xlsx"));
        expected.put(SCANS + "absurd-serials.xlsx", new Imported(8, 3));
        // names a file system allows and a log line does not expect
        HostileFiles.csv(scans.resolve("Messe–Köln 🎪 Stand ½.csv"), "uni@acme.example,Uni,Code,2026-04-20 10:00");
        expected.put(SCANS + "Messe–Köln 🎪 Stand ½.csv", new Imported(1, 0));
        HostileFiles.csv(scans.resolve("line\nbreak.csv"), "nl@acme.example,New,Line,2026-04-20 10:00");
        expected.put(SCANS + "line\nbreak.csv", new Imported(1, 0));
        // a folder named like a file (an unzipped scans.csv.zip): its file is read, the folder itself is not a file
        HostileFiles.csv(Files.createDirectories(scans.resolve("scans.csv")).resolve("part-1.csv"),
                "dir@acme.example,Dir,Ectory,2026-04-20 10:00");
        expected.put(SCANS + "scans.csv/part-1.csv", new Imported(1, 0));
        // item 10: a symlinked campaign folder (its register row has a 40,000-character name and too many holidays)
        Path elsewhere = Files.createDirectories(temp.resolve("shared-drive/linked-show"));
        Files.writeString(elsewhere.resolve("leads.csv"), HostileFiles.SCAN_HEADER + ",Notes\r\n"
                + "ana@alpha.example,Ana,Lopez,2026-04-20 09:00," + "x".repeat(40_000) + "\r\n"
                + "ben@beta.example,Ben,Kim,2026-04-20 10:00,short note\r\n");
        Files.createSymbolicLink(input.resolve("badge-scans/linked-show"), elsewhere);
        expected.put("badge-scans/linked-show/leads.csv", new Imported(2, 0));
        // not exports: named in the log, or (lock and hidden files) left alone, never read
        Files.writeString(input.resolve("badge-scans/stray-leads.csv"), "First Name,Email\r\nCarl,carl@x.example\r\n");
        HostileFiles.pdf(scans.resolve("booth-notes.pdf"));
        Files.writeString(scans.resolve("~$good-scans.csv"), "locked by someone's Excel");
        Files.writeString(scans.resolve(".hidden-scans.csv"), HostileFiles.SCAN_HEADER + "\r\nh@acme.example,H,I,x\r\n");
        // CRM exports: a NUL inside a name, activities dated year 9999 and year 1
        Files.writeString(input.resolve("crm/nul-in-name.csv"), "Id,FirstName,LastName,Email,AccountId\r\n"
                + "003000000000N01AAA,Nu\0ll,By\0te,nul@crm.example,\r\n"
                + "003000000000N02AAA,Plain,Person,plain@crm.example,\r\n");
        expected.put("crm/nul-in-name.csv", new Imported(2, 0));
        Files.writeString(input.resolve("crm/Task-far-dates.csv"), """
                Id,WhoId,Subject,ActivityDate,Status,TaskSubtype,CompletedDateTime
                00T000000000F01AAA,003000000000C01AAA,Email: from the future,9999-12-31,Completed,Email,9999-12-31T23:59:59.000+0000
                00T000000000F02AAA,003000000000C02AAA,Call: long ago,0001-01-01,Completed,Call,0001-01-01T00:00:00.000+0000
                00T000000000F03AAA,003000000000C03AAA,Email: fine,2026-04-29,Completed,Email,2026-04-29T08:00:00.000+0000
                00T000000000F04AAA,003000000000C03AAA,Email: also fine,2026-04-29,Completed,Email,2026-04-29T09:00:00.000+0000
                """);
        expected.put("crm/Task-far-dates.csv", new Imported(4, 0));
        return expected;
    }

    private static String xlsxRow(int r, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < texts.length; c++) {
            row.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[c]).append("</t></is></c>");
        }
        return row.append("</row>").toString();
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
                "mars-show", "campaigns.csv row 4: country 'Mars' is not an ISO 3166 country code such as DE or US:"
                        + defaults.formatted("mars-show"),
                "backwards-show", "campaigns.csv row 5: end date 2026-04-20 is before start date 2026-04-21:"
                        + defaults.formatted("backwards-show"),
                "nowhere-show", "campaigns.csv row 6: unknown time zone 'Europe/Nowhere'; SLA 'soon' is not like 48h "
                        + "or 2bd:" + defaults.formatted("nowhere-show"));
        expected.forEach((code, warning) -> {
            assertThat(jdbc.queryForMap("SELECT name, time_zone, sla, country, registered, start_date::text AS start, "
                    + "array_to_string(warnings, '|') AS warnings FROM campaign WHERE code = ?", code)).as(code)
                    .containsEntry("name", code).containsEntry("time_zone", "UTC").containsEntry("sla", "2bd")
                    .containsEntry("country", "US").containsEntry("registered", false)
                    .containsEntry("start", "2026-04-20").containsEntry("warnings", warning);
            assertThat(jdbc.queryForObject("SELECT status FROM lead_with_state WHERE campaign_code = ?", String.class, code))
                    .as(code).isNotNull();
        });
        for (String code : expected.keySet()) {
            assertThat(AuditJobs.sheetRows(reports.resolve(AS_OF + "/" + code + ".xlsx"), "Data Quality"))
                    .as(code).contains("Warning |  |  | " + expected.get(code));
        }
    }

    /** What each hostile but readable file of issue 14 must give, row by row. */
    private void assertInputEdges(Path reports, String log) throws Exception {
        // item 5 in xlsx: only the row with the oversized cell is rejected, with the reason CSV gives
        String oversized = "a cell in column %s holds more than 1,000,000 characters, far more than any export "
                + "writes: the row is not read";
        assertThat(stored.rejected(SCANS + "oversized-inline.xlsx")).containsExactly("3: " + oversized.formatted("B"));
        assertThat(stored.rejected(SCANS + "oversized-shared.xlsx")).containsExactly("3: " + oversized.formatted("E"));
        assertThat(stored.row("scan", SCANS + "oversized-inline.xlsx", 4)).containsEntry("email_norm", "ok2@acme.example");
        assertThat(stored.row("scan", SCANS + "oversized-shared.xlsx", 4)).containsEntry("email_norm", "sh3@acme.example");
        // item 6: a cover page is passed over and said; a hidden stale first sheet is passed over for the visible one
        assertThat(stored.warnings(SCANS + "cover-page.xlsx"))
                .containsExactly("0: data read from sheet 'Scans' (the first sheet has no header)");
        assertThat(stored.row("scan", SCANS + "cover-page.xlsx", 3)).containsEntry("email_norm", "cov2@acme.example");
        assertThat(stored.row("scan", SCANS + "hidden-first.xlsx", 2)).containsEntry("email_norm", "hid1@acme.example");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scan WHERE email_norm = 'stale@acme.example'", Long.class))
                .isZero();
        // item 7: a long cell cut at 32,767 characters, with its warning, on the sheet as well
        assertThat(stored.warnings(SCANS + "huge-cell.csv")).containsExactly("2: the cell in column E (Notes) reaches "
                + "Excel's limit of 32767 characters: it was cut there and the rest of its text is lost");
        // item 8: after a quoted cell of three lines, the bad row is row 4 as the spreadsheet shows it, not line 6
        assertThat(stored.rejected(SCANS + "multiline.csv"))
                .containsExactly("4: bad scan time: 'whenever' is not a date and time");
        assertThat(stored.row("scan", SCANS + "multiline.csv", 5)).containsEntry("email_norm", "ml4@acme.example");
        assertThat(stored.row("scan", SCANS + "multiline.csv", 2).get("notes").replace("\r", ""))
                .isEqualTo("first line\nsecond line\nthird line");
        // item 9 in xlsx: the second Email / First Name are neither read nor kept as answers
        Map<String, String> dup = stored.row("scan", SCANS + "duplicate-headers.xlsx", 2);
        assertThat(dup).containsEntry("email_norm", "dup@acme.example").containsEntry("first_name", "Dupe");
        assertThat(String.valueOf(dup.get("answers"))).doesNotContain("other@acme.example", "Other");
        // control characters removed, lone surrogates replaced, at read, in every format (and in CRM exports)
        assertThat(stored.row("scan", SCANS + "unsafe-escapes.xlsx", 2)).containsEntry("first_name", "Esc")
                .containsEntry("last_name", "Ape\uFFFDs");
        assertThat(stored.row("scan", SCANS + "unsafe-text.xls", 2)).containsEntry("first_name", "Vera")
                .containsEntry("last_name", "Bell\uFFFD");
        assertThat(stored.row("scan", SCANS + "unsafe-text.xls", 3)).containsEntry("first_name", "Wald")
                .containsEntry("last_name", "Os\uFFFDt");
        assertThat(stored.row("scan", SCANS + "control-chars.csv", 2)).containsEntry("first_name", "Control")
                .containsEntry("last_name", "Char[31m");
        assertThat(stored.row("crm_person_row", "crm/nul-in-name.csv", 2)).containsEntry("first_name", "Null")
                .containsEntry("last_name", "Byte").containsEntry("email_norm", "nul@crm.example");
        // encodings, line ends and separators as other tools write them
        assertThat(stored.row("scan", SCANS + "utf16-no-bom.csv", 2)).containsEntry("first_name", "Jürgen")
                .containsEntry("last_name", "Groß");
        assertThat(stored.row("scan", SCANS + "utf16-no-bom.csv", 3)).containsEntry("first_name", "Søren");
        assertThat(stored.row("scan", SCANS + "windows-1252.csv", 2)).containsEntry("first_name", "Frédéric")
                .containsEntry("last_name", "Müller");
        assertThat(stored.row("scan", SCANS + "mixed-line-endings.csv", 5)).containsEntry("email_norm", "le4@acme.example")
                .containsEntry("last_name", "Last");
        // Excel's "sep=;" line is not the header; the semicolon file is read with its European dates
        // (the sep line counts as line 1, as CsvReadingTest pins down, so the header is row 2 and sep2 is row 4)
        assertThat(stored.row("scan", SCANS + "excel-sep-line.csv", 4)).containsEntry("first_name", "Colon, Jr.")
                .containsEntry("scanned_local", "2026-04-20T10:05:00");
        // an xlsx saved under a .csv name is read as what its bytes are (SPEC §4: never from the file name)
        assertThat(stored.row("scan", SCANS + "really-an-xlsx.csv", 2)).containsEntry("email_norm", "ren@acme.example")
                .containsEntry("last_name", "Amed");
        // a dimension element that lies does not limit the rows read
        assertThat(stored.row("scan", SCANS + "lying-dimension.xlsx", 6)).containsEntry("email_norm", "dim6@acme.example");
        // date serials Excel cannot show as a date reject their rows, the real ones read
        assertThat(stored.rejected(SCANS + "absurd-serials.xlsx")).containsExactly(
                "3: bad scan time: '99999999999' is not a date and time",
                "6: bad scan time: '-3' is not a date and time",
                "7: bad scan time: 'NaN' is not a date and time");
        assertThat(stored.row("scan", SCANS + "absurd-serials.xlsx", 2).get("scanned_local")).startsWith("2026-04-20T10:00");
        // text Excel would run as a formula is stored and written as text
        assertThat(stored.row("scan", SCANS + "formula-injection.csv", 2)).containsEntry("first_name", "=1+2")
                .containsEntry("last_name", "=HYPERLINK(\"http://attacker.example/\",\"x\")")
                .containsEntry("company", "+SUM(A1:A9)");
        assertThat(AuditJobs.sheetRows(reports.resolve(AS_OF + "/hostile-show.xlsx"), "Leads")).anySatisfy(row ->
                assertThat(row).startsWith("inj1@acme.example | ").contains("=1+2", "+SUM(A1:A9)",
                        "=HYPERLINK(\"http://attacker.example/\",\"x\")"));
        // a folder named like a file is a folder: its file is read, the folder is not registered as a file
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE path = ?", Long.class, SCANS + "scans.csv"))
                .isZero();
        // item 10: files not read are named once in the log; lock files and hidden files are left alone
        assertThat(log.lines().filter(line -> line.contains("badge-scans/stray-leads.csv"))).singleElement()
                .asString().endsWith("badge-scans/stray-leads.csv is not in a campaign folder, so it is not read: move it "
                        + "into badge-scans/<campaign code>/");
        assertThat(log.lines().filter(line -> line.contains("booth-notes.pdf"))).singleElement().asString()
                .endsWith(SCANS + "booth-notes.pdf is not read: only .xlsx, .xls, .csv, .txt and .tsv files are exports");
        assertThat(log).doesNotContain("~$good-scans.csv", ".hidden-scans.csv");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM source_file WHERE path LIKE '%~$%' OR path LIKE '%/.hidden%'",
                Long.class)).isZero();
        // item 10: the symlinked folder is read; its register row's 40,000-character name and over-long holidays
        // list (item 7) are cut with warnings on its Data Quality sheet
        assertThat(jdbc.queryForObject("SELECT length(name) FROM campaign WHERE code = 'linked-show'", Integer.class))
                .isEqualTo(200);
        List<String> linked = AuditJobs.sheetRows(reports.resolve(AS_OF + "/linked-show.xlsx"), "Data Quality");
        assertThat(linked).anySatisfy(row -> assertThat(row).contains("campaigns.csv row 7: the holidays list is longer "
                + "than a spreadsheet cell holds (32767 characters): the dates after the last one read in full are lost"));
        assertThat(linked).anySatisfy(row -> assertThat(row).contains("campaigns.csv row 7: the campaign name is longer "
                + "than 200 characters: only its first 200 are shown"));
        assertThat(linked).anySatisfy(row -> assertThat(row).startsWith("Warning | badge-scans/linked-show/leads.csv | 2 |")
                .contains("the cell in column E (Notes) reaches Excel's limit of 32767 characters"));
        // CRM activities dated year 9999 and year 1 import, and are never a touch (after the as-of, before capture)
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead_with_state WHERE first_touch_at < '2000-01-01' "
                + "OR first_touch_at > '2100-01-01' OR deadline > '2100-01-01'", Long.class)).isZero();
    }

    private void assertGoodFilesImportedCompletely() {
        assertThat(stored.file(SCANS + "good-scans.csv")).containsEntry("status", "IMPORTED")
                .containsEntry("data_rows", "3").containsEntry("rejected_rows", "0");
        assertThat(stored.count("scan", SCANS + "good-scans.csv")).isEqualTo(3);
        assertThat(stored.file("crm/Task.csv")).containsEntry("status", "IMPORTED").containsEntry("data_rows", "3");
        assertThat(jdbc.queryForMap("SELECT status, match_tier FROM lead_with_state WHERE email_norm = 'amy@good.example'"))
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
        assertThat(jdbc.queryForList("SELECT email_norm FROM lead_with_state WHERE email_norm IN "
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
