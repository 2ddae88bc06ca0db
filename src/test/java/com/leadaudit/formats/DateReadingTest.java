package com.leadaudit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.leadaudit.campaign.Campaign;
import com.leadaudit.crm.CrmImporter;
import com.leadaudit.io.DateOrder;
import com.leadaudit.scan.BadgeScanImporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §4 "Dates", one point per test, through the real importers: the value stored must be the wall time or date
 * the person who exported the file saw, whatever form the file wrote it in.
 */
@AuditTest
class DateReadingTest {

    private static final Campaign SHOW = FormatFixtures.campaign("show", "Europe/Berlin", "DE");
    private static final String HEADER = "Email,First Name,Last Name,Scanned At\n";

    @Autowired
    BadgeScanImporter scans;

    @Autowired
    CrmImporter crm;

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
    void workbookIn1904DateSystemReadsTheSameWallTime() throws Exception {
        String path = "badge-scans/show/mac-export.xlsx";
        SheetBuilder.xlsx("Leads").date1904()
                .row("Email", "First Name", "Last Name", "Scanned At")
                .row("anna@acme.example", "Anna", "Schmidt", LocalDateTime.of(2026, 4, 20, 10, 15))
                .write(input.resolve(path));
        // the file really holds a 1904 serial: 1,462 days less than the same moment in the 1900 system
        try (InputStream in = Files.newInputStream(input.resolve(path)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isCloseTo(44670.4270833, within());
        }

        importScans(path, DateOrder.MONTH_FIRST);

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-04-20T10:15:00");
    }

    @Test
    void numericSerialsInADateColumnOfACsvAndOfAGeneralFormattedCell() throws Exception {
        String csv = "badge-scans/show/serials.csv";
        Files.createDirectories(input.resolve(csv).getParent());
        Files.writeString(input.resolve(csv), HEADER + "anna@acme.example,Anna,Schmidt,46132.4270833333\n"
                + "ben@acme.example,Ben,Weber,46133\n");
        String xlsx = "badge-scans/show/general-cells.xlsx";
        SheetBuilder.xlsx("Leads").row("Email", "First Name", "Last Name", "Scanned At")
                .row("anna@acme.example", "Anna", "Schmidt", 46132.4270833333)
                .write(input.resolve(xlsx));

        importScans(csv, DateOrder.MONTH_FIRST);
        importScans(xlsx, DateOrder.MONTH_FIRST);

        assertThat(stored.row("scan", csv, 2)).containsEntry("scanned_local", "2026-04-20T10:15:00");
        // a whole serial is a date without a time: start of that day in the campaign's zone
        assertThat(stored.row("scan", csv, 3)).containsEntry("scanned_local", "2026-04-21T00:00:00");
        assertThat(stored.row("scan", xlsx, 2)).containsEntry("scanned_local", "2026-04-20T10:15:00");
    }

    @Test
    void aFirstPartOver12SettlesDayFirstForTheWholeFile() throws Exception {
        String path = write("badge-scans/show/eu.csv", "03/04/2026 10:00", "25/04/2026 09:00");

        importScans(path, DateOrder.MONTH_FIRST);

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-04-03T10:00:00");
        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-04-25T09:00:00");
    }

    @Test
    void aSecondPartOver12SettlesMonthFirstForTheWholeFile() throws Exception {
        String path = write("badge-scans/show/us.csv", "03/04/2026 10:00 AM", "04/25/2026 9:00 AM");

        importScans(path, DateOrder.DAY_FIRST);

        assertThat(stored.row("scan", path, 2)).containsEntry("scanned_local", "2026-03-04T10:00:00");
        assertThat(stored.row("scan", path, 3)).containsEntry("scanned_local", "2026-04-25T09:00:00");
    }

    @Test
    void aFileThatSettlesNothingIsReadInTheConfiguredOrder() throws Exception {
        String dayFirst = write("badge-scans/show/a.csv", "03/04/2026 10:00", "05/04/2026 11:00");
        String monthFirst = write("badge-scans/show/b.csv", "03/04/2026 10:00", "05/04/2026 11:00");

        importScans(dayFirst, DateOrder.DAY_FIRST);
        importScans(monthFirst, DateOrder.MONTH_FIRST);

        assertThat(stored.row("scan", dayFirst, 2)).containsEntry("scanned_local", "2026-04-03T10:00:00");
        assertThat(stored.row("scan", monthFirst, 2)).containsEntry("scanned_local", "2026-03-04T10:00:00");
    }

    @Test
    void dateOnlyActivityDatesStayDatesInEveryForm() throws Exception {
        String path = "crm/Task.csv";
        Files.createDirectories(input.resolve("crm"));
        Files.writeString(input.resolve(path), """
                Id,WhoId,Subject,ActivityDate,Status,TaskSubtype
                00T000000000001AAA,003000000000001AAA,Follow up,2026-04-30,Not Started,Task
                00T000000000002AAA,003000000000001AAA,Follow up,2026-04-30 00:00:00,Not Started,Task
                00T000000000003AAA,003000000000001AAA,Follow up,2026-04-30T00:00:00.000+0000,Not Started,Task
                00T000000000004AAA,003000000000001AAA,Follow up,4/30/2026,Not Started,Task
                """);

        crm.importFile(input.resolve(path), path, "US", DateOrder.MONTH_FIRST);

        for (int row = 2; row <= 5; row++) {
            assertThat(stored.row("activity_row", path, row)).as("row " + row)
                    .containsEntry("occurred_date", "2026-04-30")
                    .containsEntry("occurred_local", null).containsEntry("occurred_instant", null);
        }
    }

    private String write(String path, String... times) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < times.length; i++) {
            text.append("p").append(i).append("@acme.example,P,").append(i).append(',').append(times[i]).append('\n');
        }
        Files.createDirectories(input.resolve(path).getParent());
        Files.writeString(input.resolve(path), text);
        return path;
    }

    private void importScans(String path, DateOrder order) {
        scans.importFile(input.resolve(path), path, SHOW, order);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
