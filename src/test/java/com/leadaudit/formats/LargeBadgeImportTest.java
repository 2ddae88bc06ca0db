package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §13 "memory stays flat": a 200,000-row badge-scan workbook imported by the real importer into the real
 * database inside a JVM capped at 256 MB of heap. The import runs in a child JVM ({@link ImportOneFileMain}) so the
 * cap applies to it alone; it prints its time and heap peak, which this test reports. Writing the workbook and
 * inserting 200,000 rows takes about a minute on a small machine, hence the tag ({@code -DexcludedGroups=slow}).
 */
@AuditTest
@Tag("slow")
class LargeBadgeImportTest {

    private static final int ROWS = 200_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowsImportInA256MbHeap() throws Exception {
        Path file = writeExport(dir.resolve("big-show.xlsx"));
        String path = "badge-scans/big-show/big-show.xlsx";

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ImportOneFileMain.class.getName(), file.toString(), path, "big-show"));
        ProcessBuilder child = new ProcessBuilder(command).redirectErrorStream(true);
        // the child writes into this test's database, whichever it is (embedded or SPRING_DATASOURCE_URL)
        child.environment().put("SPRING_DATASOURCE_URL", env.getRequiredProperty("spring.datasource.url"));
        child.environment().put("SPRING_DATASOURCE_USERNAME", env.getProperty("spring.datasource.username", ""));
        child.environment().put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        long started = System.nanoTime();
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(process.exitValue()).as(output).isZero();
        String facts = output.lines().filter(l -> l.startsWith("IMPORT ")).findFirst().orElseThrow(
                () -> new AssertionError("no result line from the child JVM:\n" + output));
        System.out.printf("LargeBadgeImportTest: %s (child JVM %.1f s in all)%n", facts, seconds);
        assertThat(facts).contains("outcome=IMPORTED rows=200000 rejected=0").contains("maxHeapMb=256");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scan", Long.class)).isEqualTo(ROWS);
        assertThat(new StoredRows(jdbc).row("scan", path, ROWS + 1))
                .containsEntry("email_norm", "lead" + ROWS + "@example.com")
                .containsEntry("scanned_local", LocalDateTime.of(2024, 3, 5, 9, 0).plusSeconds(ROWS * 7L).toString())
                .containsEntry("rating", "WARM").containsEntry("scanned_by", "staff8")
                .containsEntry("answers", "{\"Interest\": \"interested in demo\"}");
    }

    private static Path writeExport(Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = wb.createSheet("Scans");
            String[] header = {"Email", "First Name", "Last Name", "Company", "Phone", "Scanned At", "Rating",
                    "Scanned By", "Interest", "Badge ID"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            LocalDateTime start = LocalDateTime.of(2024, 3, 5, 9, 0);
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("lead" + r + "@example.com");
                row.createCell(1).setCellValue("First" + r);
                row.createCell(2).setCellValue("Last" + r);
                row.createCell(3).setCellValue("Company " + (r % 977));
                row.createCell(4).setCellValue("+49 30 " + (1000000 + r));
                row.createCell(5).setCellValue(start.plusSeconds(r * 7L));
                row.getCell(5).setCellStyle(dateTime);
                row.createCell(6).setCellValue(r % 6);
                row.createCell(7).setCellValue("staff" + (r % 12));
                row.createCell(8).setCellValue("interested in demo");
                row.createCell(9).setCellValue("B" + (100000 + r));
            }
            wb.write(out);
        }
        return file;
    }
}
