package com.leadaudit;

import com.leadaudit.run.RunParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Parameters for one run of the nightly job in a test, and the text of a sheet it wrote. */
public final class AuditJobs {

    private AuditJobs() {
    }

    /** The parameters the run command would pass for {@code --as-of asOf}; {@code run} tells repeated runs apart. */
    public static JobParameters params(Path input, Path reports, String asOf, long run) {
        return new RunParameters(asOf, run, input, reports, Instant.parse("2026-06-01T02:30:00Z")).toJobParameters();
    }

    /** Each row of a workbook sheet as its cells' displayed texts joined by " | ". */
    public static List<String> sheetRows(Path workbook, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError(workbook.getFileName() + " has no sheet " + sheetName);
            }
            DataFormatter format = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        }
    }
}
