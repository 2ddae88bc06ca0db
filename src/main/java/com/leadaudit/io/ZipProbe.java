package com.leadaudit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells an xlsx from other zip-based files by listing the zip's central directory. That directory sits at the end
 * of the file, so a truncated upload is caught here, before any parsing starts.
 */
final class ZipProbe {

    private ZipProbe() {
    }

    static SpreadsheetFormat classify(Path file) throws UnreadableFileException {
        Set<String> names = entryNames(file);
        if (names.contains("xl/workbook.xml")) {
            return SpreadsheetFormat.XLSX;
        }
        if (names.contains("xl/workbook.bin")) {
            throw new UnreadableFileException(
                    "the file is an Excel binary workbook (xlsb); open it in Excel and save it as xlsx");
        }
        if (names.contains("word/document.xml")) {
            throw new UnreadableFileException("the file is a Word document, not a spreadsheet");
        }
        if (names.contains("ppt/presentation.xml")) {
            throw new UnreadableFileException("the file is a PowerPoint presentation, not a spreadsheet");
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            throw new UnreadableFileException(
                    "the file is an OpenDocument file (e.g. LibreOffice ods); save it as xlsx or csv");
        }
        throw new UnreadableFileException("the file is a zip archive, not a spreadsheet (it holds no Excel workbook)");
    }

    private static Set<String> entryNames(Path file) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                // some non-Excel writers vary the case of part names; Excel itself never depends on it
                names.add(entries.nextElement().getName().toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("the xlsx file is damaged (not a valid zip): it may have been cut off "
                    + "while being copied or downloaded", e);
        }
    }
}
