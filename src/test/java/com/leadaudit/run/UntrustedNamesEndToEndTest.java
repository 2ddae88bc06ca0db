package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.Fixtures;
import com.leadaudit.report.ReportPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Campaign codes, folder names and cell text come from whoever made the exports: through the whole CLI run they must
 * never reach outside input/ when reading or outside reports/&lt;date&gt;/ when writing, and text never becomes a
 * formula (SPEC §10).
 */
@AuditTest
class UntrustedNamesEndToEndTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 10);
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void hostileCodesFolderNamesAndCellsStayInsideTheirFoldersAndStayText() throws IOException {
        Path input = Fixtures.copy("two-shows", temp.resolve("input"));
        Path reports = temp.resolve("reports");
        // Register codes that, resolved naively against input/badge-scans/, point at temp/etc and at input/ itself.
        Files.writeString(input.resolve("campaigns.csv"), """
                ../../etc,Escape,2026-03-26,2026-03-27,UTC,48h,US,,
                ..,Dots,2026-03-26,2026-03-27,UTC,48h,US,,
                """, StandardOpenOption.APPEND);
        String header = "First Name,Last Name,Company,Email Address,Scan Date,Scan Time,Scanned By\n";
        Path outside = Files.createDirectories(temp.resolve("etc"));
        Files.writeString(outside.resolve("leaked.csv"), header + "Leo,Leak,Leak Ltd,secret@leak.example,03/27/2026,9:00 AM,Tom\n");
        // A folder name that is a path on Windows; on Linux it is one odd name, refused alike everywhere.
        Path odd = Files.createDirectories(input.resolve("badge-scans").resolve("q1\\..\\..\\outside"));
        Files.writeString(odd.resolve("odd.csv"), header + "Ola,Odd,Odd AG,ola@odd.example,03/27/2026,9:00 AM,Tom\n");
        Files.writeString(input.resolve("badge-scans/expo-ny/swapcard-leads.csv"),
                "Hal,Hack,CTO," + csv(FORMULA) + ",hal@hack.example,United States,,03/27/2026,9:00 AM,Tom Reyes,3,"
                        + csv("@SUM(1+1)") + "\n", StandardOpenOption.APPEND);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = LeadAuditMain.execute(new String[] {"run", "--input", input.toString(), "--reports",
                        reports.toString(), "--as-of", AS_OF.toString(), "--data-dir", "target/test-pg"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(ExitCode.DONE, ExitCode.DONE_WITH_REJECTIONS);
        // Reading: nothing outside input/badge-scans/<plain folder>/ or input/crm/ was imported.
        assertThat(jdbc.queryForList("SELECT path FROM source_file", String.class))
                .allMatch(p -> p.startsWith("badge-scans/expo-") || p.startsWith("crm/"), "inside input/");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scan WHERE campaign_code IN ('..', '../../etc', "
                + "'q1\\..\\..\\outside')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM lead WHERE email_norm IN ('secret@leak.example', "
                + "'ola@odd.example')", Long.class)).isZero();
        // Writing: every file the run wrote is a workbook directly inside reports/<as-of>/, nothing else anywhere.
        Path folder = ReportPaths.dateFolder(reports, AS_OF);
        try (Stream<Path> files = Files.walk(temp)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.startsWith(input) && !f.startsWith(outside)))
                    .allMatch(f -> f.getParent().equals(folder) && f.toString().endsWith(".xlsx"), "in " + folder)
                    .contains(ReportPaths.campaignWorkbook(reports, AS_OF, "../../etc"),
                            ReportPaths.campaignWorkbook(reports, AS_OF, ".."),
                            ReportPaths.campaignWorkbook(reports, AS_OF, "q1\\..\\..\\outside"),
                            folder.resolve("expo-ny.xlsx"), folder.resolve("portfolio.xlsx"));
        }
        try (XSSFWorkbook wb = open(ReportPaths.campaignWorkbook(reports, AS_OF, "../../etc"))) {
            assertThat(NightlyAuditJobTest.textOf(wb.getSheet("Data Quality")))
                    .contains("campaign code '../../etc' cannot be a folder name under badge-scans/");
        }
        try (XSSFWorkbook wb = open(ReportPaths.campaignWorkbook(reports, AS_OF, "q1\\..\\..\\outside"))) {
            assertThat(NightlyAuditJobTest.textOf(wb.getSheet("Data Quality"))).contains("holds a path separator");
        }
        try (XSSFWorkbook wb = open(folder.resolve("expo-ny.xlsx"))) {
            Sheet leads = wb.getSheet("Leads");
            Row hal = NightlyAuditJobTest.findRow(leads, "hal@hack.example");
            Cell company = hal.getCell(NightlyAuditJobTest.column(leads, "Company"));
            assertThat(company.getCellType()).isEqualTo(CellType.STRING);
            assertThat(company.getStringCellValue()).isEqualTo(FORMULA);
            assertThat(NightlyAuditJobTest.textOf(leads)).contains("@SUM(1+1)");
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
