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

/** Files that people really send instead of a spreadsheet, and files built to hurt a parser. */
final class HostileFiles {

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
}
