package com.leadaudit.bench;

import static com.leadaudit.sample.SalesforceHeaders.LEAD_HEADER;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files only issue #17's realistic shape has: badge-scan files spread over many campaigns (a third xlsx, in
 * Cvent-like and Jublia-like layouts, the rest CSV), the CRM's contacts in one big xlsx report with title rows and
 * a footer (written with SXSSF, so the generator's memory stays flat), its leads in one Lead.csv, and the one late
 * badge file of the benchmark's fourth night. Rows come from {@link BenchData}'s pure functions, so scans, people and
 * activities agree with each other exactly as in the ten-campaign shape.
 */
final class RealisticFiles {

    private static final DateTimeFormatter JUBLIA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final BenchData data;
    private final BenchData.Size size;

    RealisticFiles(BenchData data, BenchData.Size size) {
        this.data = data;
        this.size = size;
    }

    /**
     * Badge files: campaign j gets its share of {@code badgeFiles} (at least one), its scans split evenly over them.
     * File g (numbered over all campaigns) is a Cvent-like xlsx when g % 6 == 0, a Jublia-like xlsx when g % 6 == 3,
     * otherwise a Swapcard/Validar or partner-app CSV: a third of the files are xlsx.
     */
    void writeBadgeFiles(Path badgeScans) throws IOException {
        int files = Math.max(size.badgeFiles(), size.campaigns());
        int g = 0;
        for (int j = 0; j < size.campaigns(); j++) {
            Path dir = badgeScans.resolve(data.campaignCode(j));
            Files.createDirectories(dir);
            int n = (int) ((long) (j + 1) * files / size.campaigns() - (long) j * files / size.campaigns());
            long from = data.firstScanOf(j);
            long to = data.firstScanOf(j + 1);
            for (int f = 0; f < n; f++, g++) {
                long a = from + (to - from) * f / n;
                long b = from + (to - from) * (f + 1) / n;
                String code = data.campaignCode(j);
                switch (g % 6) {
                    case 0 -> data.writeCventXlsx(dir.resolve("LeadCapture_Export_" + code + "_" + f + ".xlsx"), a, b);
                    case 3 -> writeJubliaXlsx(dir.resolve("jublia-leads-" + code + "-" + f + ".xlsx"), a, b);
                    case 1, 4 -> data.writeSwapcardCsv(dir.resolve(code + "_leads_validar_" + f + ".csv"), a, b);
                    default -> data.writePartnerCsv(dir.resolve("partner-scans_" + f + ".csv"), a, b);
                }
            }
        }
    }

    /**
     * A Jublia-like lead export (the layout of the formats test's jublia-leads.csv, as xlsx): full names, the scan
     * time as text, Hot/Warm/Cold/Unscored scores, a designation instead of a job title.
     */
    private void writeJubliaXlsx(Path file, long from, long to) throws IOException {
        String[] header = {"Scanned At", "Full Name", "Email", "Company", "Designation", "Mobile Number", "Country",
            "Score", "Product Interests", "Notes"};
        String[] scores = {"Hot", "Warm", "Cold", "Unscored"};
        String[] interests = {"Cold chain; Fleet telematics", "Analytics", "", "Platform"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Sheet sh = wb.createSheet("Leads");
            Row h = sh.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (long s = from; s < to; s++) {
                BenchData.ScanView v = data.view(s);
                Row row = sh.createRow(r++);
                BenchData.text(row, 0, data.badTime(s) ? "" : JUBLIA_TIME.format(data.scanLocal(s)));
                BenchData.text(row, 1, (v.first() + " " + v.last()).strip());
                BenchData.text(row, 2, v.email());
                BenchData.text(row, 3, v.company());
                BenchData.text(row, 4, v.title());
                BenchData.text(row, 5, v.phone());
                BenchData.text(row, 6, "United States");
                BenchData.text(row, 7, scores[BenchData.pick(s, 13, 4)]);
                BenchData.text(row, 8, interests[BenchData.pick(s, 16, 4)]);
                BenchData.text(row, 9, BenchData.pick(s, 14, 6) == 0 ? "Asked for pricing" : "");
            }
            write(wb, file);
        }
    }

    /**
     * People: Salesforce contacts in one xlsx contact report exported with labels (title rows above the header,
     * Salesforce's footer below the data), Salesforce leads in one Lead.csv of Data Loader API names.
     */
    void writePeople(Path crm) throws IOException {
        BenchData.Cols lead = new BenchData.Cols(LEAD_HEADER);
        try (BenchData.Split leads = new BenchData.Split(crm, "Lead", Integer.MAX_VALUE, true, lead.names);
             ContactReport contacts = new ContactReport(crm.resolve("Contacts_and_Accounts_report.xlsx"))) {
            for (long i = 0; i < size.people(); i++) {
                if (data.crmKind(i) == 0) {
                    contacts.row(i);
                } else {
                    leads.row(data.leadRow(lead, i, BenchData.created(i)));
                }
            }
        }
    }

    /** The report, streamed: SXSSF keeps a window of 200 rows, the rest goes to a compressed temp file. */
    private final class ContactReport implements AutoCloseable {
        private final String[] header = {"Contact Owner", "First Name", "Last Name", "Title", "Account Name",
            "Account ID", "Contact ID", "Email", "Phone", "Mailing Country", "Created Date"};
        private final Path file;
        private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final CellStyle dateStyle;
        private int next;
        private long count;

        ContactReport(Path file) {
            this.file = file;
            wb.setCompressTempFiles(true);
            sheet = wb.createSheet("Contacts and Accounts");
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Contacts & Accounts");
            sheet.createRow(1).createCell(0).setCellValue("Bench Analytics Inc");
            sheet.createRow(2).createCell(0).setCellValue("Filtered By: Show Me: All contacts");
            Row h = sheet.createRow(4);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            next = 5;
        }

        void row(long i) {
            int owner = BenchData.pick(i, 20, BenchData.SF_USERS);
            Row row = sheet.createRow(next++);
            BenchData.text(row, 0, ownerName(owner));
            BenchData.text(row, 1, data.first(i));
            BenchData.text(row, 2, data.last(i));
            BenchData.text(row, 3, BenchData.TITLES[BenchData.pick(i, 11, BenchData.TITLES.length)]);
            BenchData.text(row, 4, data.companyName(data.company(i)));
            BenchData.text(row, 5, BenchData.accountId(data.company(i)));
            BenchData.text(row, 6, BenchData.contactId(i));
            BenchData.text(row, 7, data.email(i));
            BenchData.text(row, 8, data.phone(i));
            BenchData.text(row, 9, "US");
            Cell created = row.createCell(10);
            created.setCellValue(BenchData.createdAt(i).atZone(ZoneOffset.UTC).toLocalDate());
            created.setCellStyle(dateStyle);
            count++;
        }

        @Override
        public void close() throws IOException {
            // Salesforce's report footer: a blank row, the grand total, the confidentiality and copyright lines
            next++;
            sheet.createRow(next++).createCell(0).setCellValue(String.format(Locale.ROOT, "Grand Totals (%,d records)",
                    count));
            next++;
            sheet.createRow(next++).createCell(0).setCellValue("Confidential Information - Do Not Distribute");
            sheet.createRow(next++).createCell(0)
                    .setCellValue("Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.");
            try (wb) {
                write(wb, file);
            }
        }
    }

    /** The full name User.csv gives user u (the report names owners by name, not by id). */
    static String ownerName(int u) {
        return BenchData.firstNameOfUser(u) + " Rep" + u;
    }

    /**
     * The fourth night's late badge file: a booth device synced a day late, with 1,000 re-scans (another staff
     * member, two hours later) of people already scanned at the middle campaign's show. Only that campaign's leads
     * change. Returns the file, so the benchmark can remove it before the next cold run.
     */
    Path writeLateBadgeFile(Path badgeScans) throws IOException {
        int j = size.campaigns() / 2;
        long from = data.firstScanOf(j);
        long to = data.firstScanOf(j + 1);
        long n = Math.min(1_000, to - from);
        Path file = lateBadgeFile(badgeScans);
        try (BenchData.Csv csv = new BenchData.Csv(file, ',', "\r\n", false)) {
            csv.row("First Name", "Last Name", "Job Title", "Company", "Email Address", "Country", "Phone", "Scan Date",
                    "Scan Time", "Scanned By", "Rating (0-5)", "Notes");
            for (long i = 0; i < n; i++) {
                long s = from + i * (to - from) / n;
                BenchData.ScanView v = data.view(s);
                LocalDateTime at = data.scanLocal(s).plusHours(2);
                csv.row(v.first(), v.last(), v.title(), v.company(), v.email(), "United States", v.phone(),
                        US_DATE.format(at), US_TIME.format(at), "Late Device", "5", "Synced a day late");
            }
        }
        return file;
    }

    /** Where {@link #writeLateBadgeFile} puts its file. */
    Path lateBadgeFile(Path badgeScans) {
        String code = data.campaignCode(size.campaigns() / 2);
        return badgeScans.resolve(code).resolve(code + "_leads_validar_late.csv");
    }

    private static void write(SXSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
