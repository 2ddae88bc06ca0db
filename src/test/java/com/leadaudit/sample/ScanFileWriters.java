package com.leadaudit.sample;

import com.leadaudit.sample.SampleModel.Scan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes badge-scan exports in five layouts, each imitating a different lead-retrieval product (see
 * research/export-formats.md §1: exact vendor headers are not public, so these follow the documented field models).
 * Column widths are fixed numbers, never auto-sized: auto-sizing measures fonts and would make bytes depend on
 * the machine.
 */
final class ScanFileWriters {

    private ScanFileWriters() {
    }

    private static final DateTimeFormatter EUROPEAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /**
     * 1. Cvent LeadCapture-style xlsx: three title rows (one merged) and a blank row above the header; Captured At
     * as real Excel date-time cells holding local Berlin time; custom questions as "Q: …" columns.
     */
    static void cventXlsx(Path file, List<Scan> rows) throws IOException {
        String[] header = {"First Name", "Last Name", "Email Address", "Company", "Title", "Work Phone", "Mobile Phone",
            "Country", "Booth Staff", "Device", "Captured At", "Lead Rating", "Comments", "Q: Products of interest",
            "Q: Purchase timeframe"};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Leads");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));

            Cell t = sh.createRow(0).createCell(0);
            t.setCellValue("Lead Capture Export — Hannover Messe 2026");
            t.setCellStyle(title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
            sh.createRow(1).createCell(0).setCellValue("Exhibitor: Northwind Analytics GmbH");
            sh.createRow(2).createCell(0).setCellValue("Exported 2026-05-02 08:14");
            // row index 3 (Excel row 4) stays empty
            Row h = sh.createRow(4);
            for (int i = 0; i < header.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(header[i]);
                c.setCellStyle(head);
                sh.setColumnWidth(i, (i == 10 ? 17 : i >= 12 ? 30 : 18) * 256);
            }
            int r = 5;
            for (Scan s : rows) {
                Row row = sh.createRow(r++);
                text(row, 0, s.first());
                text(row, 1, s.last());
                text(row, 2, s.email());
                text(row, 3, s.person.company());
                text(row, 4, s.person.title());
                text(row, 5, s.person.phone());
                text(row, 6, s.person.mobile());
                text(row, 7, s.person.country());
                text(row, 8, s.staff);
                text(row, 9, s.device);
                Cell at = row.createCell(10);
                at.setCellValue(s.at);  // a real date cell; the serial carries the local wall time, no zone
                at.setCellStyle(when);
                text(row, 11, s.rating);
                text(row, 12, s.notes);
                text(row, 13, s.answers.getOrDefault("Q: Products of interest", ""));
                text(row, 14, s.answers.getOrDefault("Q: Purchase timeframe", ""));
            }
            sh.createFreezePane(0, 5);
            writeXlsx(wb, file, LocalDateTime.of(2026, 5, 2, 8, 14), "Cvent LeadCapture");
        }
    }

    /**
     * 2. The partner counter's lead app, exported by German Excel: semicolon-separated, UTF-8 with BOM, CRLF,
     * dates "dd.MM.yyyy HH:mm", a badge id column.
     */
    static void partnerCsv(Path file, List<Scan> rows) throws IOException {
        CsvText csv = new CsvText(';', "\r\n", true);
        csv.row("Badge ID", "First Name", "Last Name", "Company", "Job Title", "Email", "Phone", "Country", "Scanned At",
                "Scanned By", "Rating", "Notes");
        for (Scan s : rows) {
            String phone = s.person.mobile().isEmpty() ? s.person.phone() : s.person.mobile();
            csv.row(s.badgeId, s.first(), s.last(), s.person.company(), s.person.title(), s.email(), phone,
                    s.person.country().equals("Germany") ? "Deutschland" : s.person.country(), time(s, EUROPEAN.format(s.at)),
                    s.staff, s.rating, s.notes);
        }
        csv.write(file);
    }

    /**
     * 3. Swapcard leads delivered through Validar: the documented default dataset (First Name … Country) plus
     * phone, scan date and time in separate US-format columns, scanner, a 0–5 rating and notes. Comma, CRLF, no BOM.
     */
    static void swapcardCsv(Path file, List<Scan> rows) throws IOException {
        CsvText csv = new CsvText(',', "\r\n", false);
        csv.row("First Name", "Last Name", "Job Title", "Company", "Email Address", "Country", "Phone", "Scan Date",
                "Scan Time", "Scanned By", "Rating (0-5)", "Notes");
        for (Scan s : rows) {
            csv.row(s.first(), s.last(), s.person.title(), s.person.company(), s.email(), s.person.country(),
                    s.person.phone(), US_DATE.format(s.at), US_TIME.format(s.at), s.staff, s.rating, s.notes);
        }
        csv.write(file);
    }

    /**
     * 4. A pretix-style lead app export (xlsx, header in row 1): the scanned code as Lead ID, the scan time as ISO
     * 8601 text with offset (Lisbon is UTC+0 in the show week), Jublia-style Hot/Warm/Cold/Unscored ratings.
     */
    static void pretixXlsx(Path file, List<Scan> rows, java.time.ZoneId zone) throws IOException {
        String[] header = {"Lead ID", "Scanned", "Name (first)", "Name (last)", "E-mail", "Company", "Position", "Phone",
            "Rating", "Notes", "Device"};
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Leads");
            Row h = sh.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                sh.setColumnWidth(i, (i == 1 ? 26 : 18) * 256);
            }
            int r = 1;
            for (Scan s : rows) {
                Row row = sh.createRow(r++);
                text(row, 0, s.badgeId);
                text(row, 1, s.blankTime ? "" : iso.format(s.at.atZone(zone)));
                text(row, 2, s.first());
                text(row, 3, s.last());
                text(row, 4, s.email());
                text(row, 5, s.person.company());
                text(row, 6, s.person.title());
                text(row, 7, s.person.phone());
                text(row, 8, s.rating);
                text(row, 9, s.notes);
                text(row, 10, s.staff);
            }
            writeXlsx(wb, file, LocalDateTime.of(2026, 10, 30, 9, 3), "pretix");
        }
    }

    /** 5. A small legacy .xls (HSSF) from a rented scanner at GITEX: Excel date cells, hot/warm/cold ratings. */
    static void gitexXls(Path file, List<Scan> rows) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sh = wb.createSheet("Sheet1");
            CreationHelper ch = wb.getCreationHelper();
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(ch.createDataFormat().getFormat("m/d/yy h:mm"));
            String[] header = {"First Name", "Last Name", "Email", "Company", "Scan Time", "Scanned By", "Rating"};
            Row h = sh.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                sh.setColumnWidth(i, 20 * 256);
            }
            int r = 1;
            for (Scan s : rows) {
                Row row = sh.createRow(r++);
                text(row, 0, s.first());
                text(row, 1, s.last());
                text(row, 2, s.email());
                text(row, 3, s.person.company());
                Cell at = row.createCell(4);
                at.setCellValue(s.at);
                at.setCellStyle(when);
                text(row, 5, s.staff);
                text(row, 6, s.rating);
            }
            // Summary properties as Excel writes them (without them POI logs warnings); no dates are set in them,
            // so the file stays byte-stable.
            wb.createInformationProperties();
            wb.getSummaryInformation().setApplicationName("Microsoft Excel");
            wb.getSummaryInformation().getFirstSection().setCodepage(1252);
            wb.getDocumentSummaryInformation().getFirstSection().setCodepage(1252);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Files.createDirectories(file.getParent());
            Files.write(file, out.toByteArray());
        }
    }

    private static String time(Scan s, String formatted) {
        return s.timeText != null ? s.timeText : formatted;
    }

    /** Always a string cell: text from a badge file must never become a formula or a number. */
    private static void text(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(col).setCellValue(value);
        }
    }

    /** Fixed core-property dates plus {@link StableZip}: the same plan gives byte-identical xlsx files. */
    static void writeXlsx(XSSFWorkbook wb, Path file, LocalDateTime exported, String creator) throws IOException {
        Date when = Date.from(exported.toInstant(ZoneOffset.UTC));
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator(creator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        Files.createDirectories(file.getParent());
        Files.write(file, StableZip.normalise(out.toByteArray(), exported));
    }

}
