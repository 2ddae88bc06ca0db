package com.leadaudit.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Run sheet: enough to trace a workbook back to what produced it — as-of, software version, every input file
 * with its SHA-256 and row counts, and the settings in effect.
 */
final class RunSheet {

    private RunSheet() {
    }

    /** @param zone zone the instants are shown in: the campaign's, or UTC for the portfolio */
    static void write(SXSSFSheet sheet, ReportStyles styles, RunInfo run, ZoneId zone) {
        ColumnWidths.set(sheet, 60, 16, 66, 11, 13, 40, 90, 50);
        NextRow cursor = new NextRow(sheet);
        Cells.text(cursor.next(), 0, "Run", styles.title);
        fact(cursor, styles, "As-of", run.asOf());
        instant(cursor, styles, "As-of instant", run.asOfInstant(), zone);
        fact(cursor, styles, "Software version", run.softwareVersion());
        instant(cursor, styles, "Started at", run.startedAt(), zone);
        cursor.skip(1);

        Cells.text(cursor.next(), 0, "Input files", styles.section);
        // SPEC §4: per file, what it was taken for and how its header was read, so a person can check the reading.
        Row files = header(cursor, styles, "Path", "Kind", "SHA-256", "Data rows", "Rejected rows", "Outcome",
                "Columns read", "Known fields missing");
        files.getCell(3).setCellStyle(styles.headerRight);
        files.getCell(4).setCellStyle(styles.headerRight);
        if (run.inputFiles().isEmpty()) {
            Cells.text(cursor.next(), 0, "None.");
        }
        for (InputFile f : run.inputFiles()) {
            Row row = cursor.next();
            Cells.text(row, 0, f.path());
            Cells.text(row, 1, f.kind());
            Cells.text(row, 2, f.sha256());
            Cells.number(row, 3, f.dataRows(), styles.count);
            Cells.number(row, 4, f.rejectedRows(), styles.count);
            Cells.text(row, 5, f.outcome());
            Cells.text(row, 6, f.reading());
            Cells.text(row, 7, f.missing());
        }
        cursor.skip(1);

        Cells.text(cursor.next(), 0, "Settings", styles.section);
        header(cursor, styles, "Key", "Value");
        // Sorted so two runs' sheets can be compared line by line.
        Map<String, String> sorted = new TreeMap<>();
        run.settings().forEach((k, v) -> sorted.put(String.valueOf(k), v));
        if (sorted.isEmpty()) {
            Cells.text(cursor.next(), 0, "None.");
        }
        sorted.forEach((key, value) -> {
            Row row = cursor.next();
            Cells.text(row, 0, key);
            Cells.text(row, 1, value);
        });
    }

    private static void fact(NextRow cursor, ReportStyles styles, String label, String value) {
        Row row = cursor.next();
        Cells.text(row, 0, label, styles.label);
        Cells.text(row, 1, value);
    }

    // The zone is named in the label, and the exact UTC instant is given beside it for operators.
    private static void instant(NextRow cursor, ReportStyles styles, String label, Instant value, ZoneId zone) {
        Row row = cursor.next();
        Cells.text(row, 0, label + " (" + zone.getId() + ")", styles.label);
        Cells.dateTime(row, 1, value, zone, styles.dateTimeSeconds);
        if (value != null) {
            Cells.text(row, 2, DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    private static Row header(NextRow cursor, ReportStyles styles, String... headers) {
        Row row = cursor.next();
        for (int c = 0; c < headers.length; c++) {
            Cells.text(row, c, headers[c], styles.header);
        }
        return row;
    }
}
