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
