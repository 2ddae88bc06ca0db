package com.leadaudit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 is a container shared by xls, doc, ppt and by password-protected xlsx (Excel wraps the encrypted zip in
 * OLE2), so the streams inside decide what the file is.
 */
final class Ole2Probe {

    private Ole2Probe() {
    }

    static SpreadsheetFormat classify(Path file) throws UnreadableFileException {
        Set<String> names = rootEntryNames(file);
        if (names.contains("ENCRYPTIONINFO") || names.contains("ENCRYPTEDPACKAGE")) {
            throw new UnreadableFileException(PoiFailures.PASSWORD);
        }
        if (names.contains("WORKBOOK") || names.contains("BOOK")) {
            return SpreadsheetFormat.XLS;
        }
        if (names.contains("WORDDOCUMENT")) {
            throw new UnreadableFileException("the file is a Word document, not a spreadsheet");
        }
        if (names.contains("POWERPOINT DOCUMENT")) {
            throw new UnreadableFileException("the file is a PowerPoint presentation, not a spreadsheet");
        }
        throw new UnreadableFileException("the file is an Office file that holds no Excel workbook");
    }

    private static Set<String> rootEntryNames(Path file) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> names = new HashSet<>();
            for (String name : fs.getRoot().getEntryNames()) {
                names.add(name.toUpperCase(Locale.ROOT));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("the xls file is damaged and cannot be opened", e);
        }
    }
}
