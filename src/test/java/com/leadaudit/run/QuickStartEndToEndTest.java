package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.sample.PlantedLeads;
import com.leadaudit.sample.PlantedLeads.PlantedLead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quick start as a user runs it: the CLI over the repository's sample input/, then the workbooks read back with
 * POI. The planted leads' outcomes were worked out by hand (see {@link PlantedLeads}).
 */
@AuditTest
class QuickStartEndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void cliAuditsTheSampleAndTheWorkbooksShowThePlantedLeads() throws IOException {
        Path reports = temp.resolve("reports");
        java.time.Instant started = jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        ExitCode code = LeadAuditMain.execute(new String[] {"run", "--input", "input", "--reports", reports.toString(),
                        "--as-of", "2026-10-30", "--data-dir", "target/test-pg"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        // The sample deliberately carries a few unusable rows, which must be reported, not fatal.
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.DONE_WITH_REJECTIONS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("as-of 2026-10-30: 4 campaigns, 530 leads")
                .contains("3 rows and 0 files rejected");
        // A completed run ends with a VACUUM of tables lead_state and lead (the two at once), so the next night can
        // count its leads with an outcome from the index alone (pages marked all-visible). The statistics say when a
        // VACUUM (not autovacuum) last ran.
        for (String table : List.of("lead_state", "lead")) {
            assertThat(jdbc.queryForObject(
                    "SELECT last_vacuum > ?::timestamptz FROM pg_stat_user_tables WHERE relid = ?::regclass",
                    Boolean.class, started.toString(), table)).as("table " + table + " vacuumed by the run").isTrue();
        }
        Path folder = reports.resolve("2026-10-30");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "hannover-messe-2026.xlsx", "dreamforce-2026.xlsx", "web-summit-2026.xlsx", "gitex-2026.xlsx",
                    "portfolio.xlsx");
        }
        for (PlantedLead planted : PlantedLeads.ALL) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve(planted.campaign() + ".xlsx")))) {
                assertPlanted(wb.getSheet("Leads"), planted);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve("hannover-messe-2026.xlsx")))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(NightlyAuditJobTest.textOf(wb.getSheet("Data Quality"))).contains("Row rejected");
        }
    }

    private static void assertPlanted(Sheet leads, PlantedLead planted) {
        Row row = find(leads, planted);
        String who = planted.campaign() + " " + planted.key();
        assertThat(text(row, leads, "Status")).as(who + " status").isEqualTo(planted.status().name());
        assertThat(text(row, leads, "Match")).as(who + " match").isEqualTo(planted.match() == null ? "" : planted.match());
        assertThat(row.getCell(column(leads, "Deadline")).getLocalDateTimeCellValue()).as(who + " deadline")
                .isEqualTo(planted.deadline().truncatedTo(ChronoUnit.SECONDS));
        assertThat(row.getCell(column(leads, "Captured At")).getLocalDateTimeCellValue()).as(who + " capture")
                .isEqualTo(planted.capturedAt());
        Cell touch = row.getCell(column(leads, "First Touch At"));
        if (planted.firstTouchAt() != null) {
            assertThat(DateUtil.isCellDateFormatted(touch)).isTrue();
            assertThat(touch.getLocalDateTimeCellValue()).as(who + " first touch").isEqualTo(planted.firstTouchAt());
        } else if (planted.firstTouchDate() != null) {
            assertThat(touch.getLocalDateTimeCellValue().toLocalDate()).as(who + " date-only touch")
                    .isEqualTo(planted.firstTouchDate());
        } else {
            assertThat(touch == null || touch.getCellType() == CellType.BLANK).as(who + " no touch").isTrue();
        }
        Cell hours = row.getCell(column(leads, "Hours To First Touch"));
        if (planted.hoursToFirstTouch() == null) {
            assertThat(hours == null || hours.getCellType() == CellType.BLANK).as(who + " no hours").isTrue();
        } else {
            assertThat(hours.getNumericCellValue()).as(who + " hours").isEqualTo(planted.hoursToFirstTouch());
        }
        assertThat(row.getCell(column(leads, "Scans")).getNumericCellValue()).as(who + " scans")
                .isEqualTo(planted.scans());
    }

    private static Row find(Sheet leads, PlantedLead planted) {
        int email = column(leads, "Email");
        int first = column(leads, "First Name");
        int last = column(leads, "Last Name");
        List<Row> hits = new java.util.ArrayList<>();
        for (Row row : leads) {
            if (row.getRowNum() == 0) {
                continue;
            }
            boolean same = planted.email() != null
                    ? planted.email().equalsIgnoreCase(cell(row, email))
                    : cell(row, email).isEmpty() && planted.firstName().equals(cell(row, first))
                            && planted.lastName().equals(cell(row, last));
            if (same) {
                hits.add(row);
            }
        }
        assertThat(hits).as("rows for " + planted.key()).hasSize(1);
        return hits.get(0);
    }

    private static String text(Row row, Sheet sheet, String header) {
        return cell(row, column(sheet, header));
    }

    private static String cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null || c.getCellType() == CellType.BLANK ? "" : c.getStringCellValue();
    }

    private static int column(Sheet sheet, String header) {
        return NightlyAuditJobTest.column(sheet, header);
    }
}
