package com.leadaudit.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files that people really send instead of a spreadsheet, and files built to hurt a parser. The makers below the
 * original set take the header of a recognisable badge-scan export, so a reader gets past the header and meets the
 * damage where real files carry it.
 */
final class HostileFiles {

    static final String SCAN_HEADER = "Email,First Name,Last Name,Scanned At";

    private HostileFiles() {
    }

    static byte[] smallXlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Scans");
            for (int r = 0; r < 50; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Email" : "person" + r + "@example.com");
                row.createCell(1).setCellValue(r == 0 ? "First Name" : "Name " + r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Path empty(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }

    static Path pdf(Path file) throws IOException {
        return Files.writeString(file, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                StandardCharsets.ISO_8859_1);
    }

    static Path truncatedXlsx(Path file) throws IOException {
        byte[] whole = smallXlsx();
        return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    static Path passwordProtectedXlsx(Path file) throws Exception {
        byte[] plain = smallXlsx();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("booth-2024");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path passwordProtectedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("booth-2024");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Scans").createRow(0).createCell(0).setCellValue("Email");
            wb.write(file.toFile());
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    static Path randomBinary(Path file) throws IOException {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        noise[0] = 0x01; // keep clear of any magic number by chance
        return Files.write(file, noise);
    }

    static Path zipWithoutWorkbook(Path file) throws IOException {
        return zipWith(file, "leads/readme.txt", "the real export is attached separately");
    }

    static Path wordDocumentInZip(Path file) throws IOException {
        return zipWith(file, "word/document.xml", "<w:document/>");
    }

    private static Path zipWith(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static Path legacyWordDocument(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A sheet whose one cell is 20 MB of zeros: about 20 KB on disk, a thousandfold expansion. */
    static Path zipBomb(Path file) throws IOException {
        return new RawXlsx().sheetPart(out -> {
            out.write(("<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[64 * 1024];
            Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 320; i++) {
                out.write(zeros);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }).write(file);
    }

    /** Entity expansion ("billion laughs"): harmless only when DTDs are refused. */
    static Path billionLaughs(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + dtd + "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
        return new RawXlsx().sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    /** Well-formed for 40 rows, then the XML breaks off as if the writer crashed. */
    static Path sheetXmlCutOffAfterRow40(Path file) throws IOException {
        StringBuilder rows = new StringBuilder();
        rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c></row>");
        for (int r = 2; r <= 40; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>p")
                    .append(r).append("@example.com</t></is></c></row>");
        }
        String xml = "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>" + rows + "<row r=\"41\"><c r=\"A41";
        return new RawXlsx().sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    static Path headerOnly(Path file) throws IOException {
        return Files.writeString(file, SCAN_HEADER + "\r\n");
    }

    static Path csv(Path file, String... lines) throws IOException {
        return Files.writeString(file, SCAN_HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n");
    }

    /** An export tool's "Excel" download that is really a web page. */
    static Path htmlTable(Path file) throws IOException {
        return Files.writeString(file, "<html><head><meta charset=\"utf-8\"></head><body><table>"
                + "<tr><td>Email</td><td>First Name</td><td>Last Name</td></tr>"
                + "<tr><td>anna@acme.example</td><td>Anna</td><td>Schmidt</td></tr></table></body></html>");
    }

    static Path excel2003Xml(Path file) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Leads\"/>"
                + "</Workbook>");
    }

    static Path png(Path file) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return Files.write(file, png);
    }

    static Path gzippedCsv(Path file) throws IOException {
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((SCAN_HEADER + "\r\nanna@acme.example,Anna,Schmidt,2026-04-20 10:00\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path xlsb(Path file) throws IOException {
        return zipWith(file, "xl/workbook.bin", "binary workbook");
    }

    static Path openDocument(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static Path emptySheet(Path file) throws IOException {
        return new RawXlsx().rows("").write(file);
    }

    /** The recognisable header, 40 good rows, then the sheet XML breaks off as if the writer crashed. */
    static Path scansCutOffAfterRow41(Path file) throws IOException {
        StringBuilder rows = new StringBuilder(row(1, "Email", "First Name", "Last Name", "Scanned At"));
        for (int r = 2; r <= 41; r++) {
            rows.append(row(r, "p" + r + "@example.com", "P", "Person" + r, "2026-04-20 10:00"));
        }
        String xml = "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>" + rows + "<row r=\"42\"><c r=\"A42";
        return new RawXlsx().sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    /**
     * Identity columns filled by formulas. With {@code cached} the results Excel stored are there to read; without,
     * as tools that write formulas but never calculate them produce, the cells hold nothing.
     */
    static Path formulaCells(Path file, boolean cached) throws IOException {
        StringBuilder rows = new StringBuilder(row(1, "Email", "First Name", "Last Name", "Scanned At", "Notes"));
        String[] names = {"Anna", "Ben", "Carla"};
        for (int i = 0; i < names.length; i++) {
            int r = i + 2;
            String email = names[i].toLowerCase(java.util.Locale.ROOT) + "@acme.example";
            rows.append("<row r=\"").append(r).append("\">")
                    .append(formula("A" + r, "LOWER(\"" + email.toUpperCase(java.util.Locale.ROOT) + "\")", cached ? email : null))
                    .append(formula("B" + r, "PROPER(\"" + names[i] + "\")", cached ? names[i] : null))
                    .append(formula("C" + r, "\"Test\"&\"\"", cached ? "Test" : null))
                    .append(inline("D" + r, "2026-04-20 1" + i + ":00"))
                    .append(formula("E" + r, "HYPERLINK(\"http://attacker.example/\",\"click me\")",
                            cached ? "click me" : null))
                    .append("</row>");
        }
        return new RawXlsx().rows(rows.toString()).write(file);
    }

    /** A sheet as wide as Excel allows: 16,384 named columns, every one filled in every row. */
    static Path fullWidthSheet(Path file, int dataRows) throws IOException {
        return new RawXlsx().sheetPart(out -> {
            out.write(("<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= dataRows + 1; r++) {
                StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
                for (int c = 0; c < CellLimits.MAX_COLUMNS; c++) {
                    String text = r == 1 ? (c < 4 ? SCAN_HEADER.split(",")[c] : "Question " + (c + 1))
                            : c == 0 ? "wide" + r + "@acme.example" : c == 3 ? "2026-04-20 10:00" : "v" + c;
                    row.append("<c t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
                }
                out.write(row.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }).write(file);
    }

    /** Excel's "Unicode Text" export: UTF-16LE with a byte-order mark, tab-separated. */
    static Path unicodeText(Path file, String... lines) throws IOException {
        String text = "\uFEFF" + SCAN_HEADER.replace(',', '\t') + "\r\n" + String.join("\r\n", lines) + "\r\n";
        return Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
    }

    /**
     * A recognisable export whose {@code part} (e.g. {@code [Content_Types].xml}) declares a DTD. POI refuses it, as
     * it must, but logs the refusal itself at ERROR with a stack trace before leadaudit turns it into a rejection.
     */
    static Path doctypeInPart(Path file, String part) throws IOException {
        Path plain = new RawXlsx().rows(row(1, "Email", "First Name", "Last Name", "Scanned At")
                + row(2, "dtd@acme.example", "Dee", "Tee", "2026-04-20 10:00")).write(file);
        byte[] zipped = Files.readAllBytes(plain);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals(part)) {
                    text = text.replaceFirst("^(<\\?xml[^>]*\\?>)?", "$1<!DOCTYPE x [<!ENTITY a \"b\">]>");
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    // ---- issue 14 corpus: realistic damage, each kind once ----

    /** Text that compresses like prose (random letters and spaces): only the size check trips, not the zip-bomb one. */
    static String prose(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(6) == 0) {
                text.append(' ');
            }
        }
        return text.substring(0, length);
    }

    /** A recognisable xlsx of inline strings: header row first, each further array one row. */
    static Path scanXlsx(Path file, String[]... dataRows) throws IOException {
        return new RawXlsx().rows(scanRowsXml(dataRows)).write(file);
    }

    private static String scanRowsXml(String[]... dataRows) {
        StringBuilder rows = new StringBuilder(row(1, SCAN_HEADER.split(",")));
        for (int i = 0; i < dataRows.length; i++) {
            rows.append(row(i + 2, dataRows[i]));
        }
        return rows.toString();
    }

    /** A legacy workbook (BIFF8) with a header and 30 rows, cut off at half its length. */
    static Path truncatedXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Scans");
            String[] header = SCAN_HEADER.split(",");
            for (int r = 0; r <= 30; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(r == 0 ? header[c] : c == 0 ? "xls" + r + "@acme.example"
                            : c == 3 ? "2026-04-20 10:00" : "V" + r);
                }
            }
            wb.write(out);
            byte[] whole = out.toByteArray();
            return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        }
    }

    /** Header, one good row, then the sheet XML stops in the middle of row 3's first cell. */
    static Path sheetXmlEndsMidRow(Path file) throws IOException {
        String xml = "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>"
                + scanRowsXml(new String[]{"mid@acme.example", "Mid", "Row", "2026-04-20 10:00"})
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>half@acme.ex";
        return new RawXlsx().sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    /** A dimension element claiming A1:D2 (one data row) on a sheet that holds five. */
    static Path lyingDimension(Path file) throws IOException {
        StringBuilder rows = new StringBuilder(row(1, SCAN_HEADER.split(",")));
        for (int r = 2; r <= 6; r++) {
            rows.append(row(r, "dim" + r + "@acme.example", "Dim", "Lies" + r, "2026-04-20 1" + r + ":00"));
        }
        String xml = "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><dimension ref=\"A1:D2\"/><sheetData>" + rows
                + "</sheetData></worksheet>";
        return new RawXlsx().sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    /** A comma-separated export in UTF-16LE with no byte-order mark (some Java and .NET tools write it so). */
    static Path utf16WithoutBom(Path file, String... lines) throws IOException {
        String text = SCAN_HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
        return Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
    }

    /** An xlsx whose row 3 holds one inline string over a million characters (prose-like). */
    static Path oversizedInlineCell(Path file) throws IOException {
        return new RawXlsx().rows(row(1, "Email", "Notes", "First Name", "Last Name", "Scanned At")
                + row(2, "ok1@acme.example", "short", "Oki", "One", "2026-04-20 10:00")
                + row(3, "big@acme.example", prose(1_100_000, 3), "Big", "Inline", "2026-04-20 10:05")
                + row(4, "ok2@acme.example", "short", "Oki", "Two", "2026-04-20 10:10")
                + row(5, "ok3@acme.example", "", "Oki", "Three", "2026-04-20 10:15")).write(file);
    }

    /** The same through the shared-strings table, as Excel writes text. */
    static Path oversizedSharedCell(Path file) throws IOException {
        String[] strings = {"Email", "First Name", "Last Name", "Scanned At", "Notes", "sh1@acme.example", "Sha",
                "One", "2026-04-20 10:00", prose(1_100_000, 4), "sh2@acme.example", "Two", "sh3@acme.example",
                "Three", "fine"};
        int[][] rows = {{0, 1, 2, 3, 4}, {5, 6, 7, 8, 14}, {10, 6, 11, 8, 9}, {12, 6, 13, 8, 14}};
        StringBuilder xml = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                xml.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"s\"><v>")
                        .append(rows[r][c]).append("</v></c>");
            }
            xml.append("</row>");
        }
        return new RawXlsx().sharedStrings(strings).rows(xml.toString()).write(file);
    }

    /** A cell pointing at shared string 999 of a table that holds six. */
    static Path sharedStringIndexOutOfRange(Path file) throws IOException {
        return new RawXlsx().sharedStrings("Email", "First Name", "Last Name", "Scanned At", "idx@acme.example",
                        "Index")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" t=\"s\"><v>5</v></c>"
                        + "<c r=\"C2\" t=\"s\"><v>999</v></c>" + inline("D2", "2026-04-20 10:00") + "</row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>-1</v></c><c r=\"B3\" t=\"s\"><v>x</v></c>"
                        + inline("C3", "Minus") + inline("D3", "2026-04-20 10:00") + "</row>")
                .write(file);
    }

    /** Scan times as numbers Excel cannot show as a date (past 9999-12-31, negative, not a number at all). */
    static Path absurdDateSerials(Path file) throws IOException {
        return new RawXlsx().withStyles().rows(row(1, SCAN_HEADER.split(","))
                + "<row r=\"2\">" + inline("A2", "ser1@acme.example") + inline("B2", "Ser") + inline("C2", "Ok")
                + "<c r=\"D2\" s=\"2\"><v>46132.4166666667</v></c></row>"
                + "<row r=\"3\">" + inline("A3", "ser2@acme.example") + inline("B3", "Ser") + inline("C3", "Huge")
                + "<c r=\"D3\" s=\"2\"><v>99999999999</v></c></row>"
                + "<row r=\"4\">" + inline("A4", "ser3@acme.example") + inline("B4", "Ser") + inline("C4", "Ok")
                + "<c r=\"D4\" s=\"2\"><v>46132.5</v></c></row>"
                + "<row r=\"5\">" + inline("A5", "ser4@acme.example") + inline("B5", "Ser") + inline("C5", "Ok")
                + "<c r=\"D5\" s=\"2\"><v>46132.55</v></c></row>"
                + "<row r=\"6\">" + inline("A6", "ser5@acme.example") + inline("B6", "Ser") + inline("C6", "Neg")
                + "<c r=\"D6\" s=\"2\"><v>-3</v></c></row>"
                + "<row r=\"7\">" + inline("A7", "ser6@acme.example") + inline("B7", "Ser") + inline("C7", "NaN")
                + "<c r=\"D7\" s=\"2\"><v>NaN</v></c></row>"
                + "<row r=\"8\">" + inline("A8", "ser7@acme.example") + inline("B8", "Ser") + inline("C8", "Ok")
                + "<c r=\"D8\" s=\"2\"><v>46132.6</v></c></row>"
                + "<row r=\"9\">" + inline("A9", "ser8@acme.example") + inline("B9", "Ser") + inline("C9", "Ok")
                + "<c r=\"D9\" s=\"2\"><v>46132.65</v></c></row>").write(file);
    }

    /**
     * A report workbook: a cover sheet first, then the data. With {@code hiddenFirst} the first sheet is instead a
     * hidden stale copy of the export (a header and other people), and the visible second sheet holds the data.
     */
    static Path dataOnSecondSheet(Path file, boolean hiddenFirst, String[]... dataRows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var first = wb.createSheet(hiddenFirst ? "Old export" : "Cover");
            if (hiddenFirst) {
                fill(first, new String[][]{SCAN_HEADER.split(","), {"stale@acme.example", "Stale", "Row",
                        "2026-04-20 09:00"}});
                wb.setSheetHidden(0, true);
            } else {
                first.createRow(0).createCell(0).setCellValue("Badge scans — Hostile Show 2026");
                first.createRow(2).createCell(0).setCellValue("Exported by the booth app; see the next sheet");
            }
            String[][] rows = new String[dataRows.length + 1][];
            rows[0] = SCAN_HEADER.split(",");
            System.arraycopy(dataRows, 0, rows, 1, dataRows.length);
            fill(wb.createSheet("Scans"), rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    /** A legacy xls whose text cells carry control characters and a lone surrogate. */
    static Path xlsWithUnsafeText(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb.createSheet("Scans"), new String[][]{SCAN_HEADER.split(","),
                    {"xls1@acme.example", "Ve\u0000ra", "Bell\u0007\uD800", "2026-04-20 10:00"},
                    {"xls2@acme.example", "Wa\u001Bld", "Os\uDC00t", "2026-04-20 10:30"}});
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A CSV as wide as one column past Excel's 16,384: the header and two rows. */
    static Path csvWiderThanExcel(Path file) throws IOException {
        StringBuilder text = new StringBuilder(SCAN_HEADER);
        for (int c = 5; c <= CellLimits.MAX_COLUMNS + 1; c++) {
            text.append(",Q").append(c);
        }
        text.append("\r\n");
        for (int r = 2; r <= 3; r++) {
            text.append("wider").append(r).append("@acme.example,Wi,Der,2026-04-20 10:00");
            for (int c = 5; c <= CellLimits.MAX_COLUMNS + 1; c++) {
                text.append(",v");
            }
            text.append("\r\n");
        }
        return Files.writeString(file, text);
    }

    private static String row(int r, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < texts.length; c++) {
            row.append(inline((char) ('A' + c) + String.valueOf(r), texts[c]));
        }
        return row.append("</row>").toString();
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String formula(String ref, String formula, String cached) {
        String f = "<f>" + formula.replace("&", "&amp;").replace("\"", "&quot;") + "</f>";
        return cached == null ? "<c r=\"" + ref + "\">" + f + "</c>"
                : "<c r=\"" + ref + "\" t=\"str\">" + f + "<v>" + cached + "</v></c>";
    }
}
