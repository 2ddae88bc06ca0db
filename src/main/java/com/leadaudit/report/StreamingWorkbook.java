package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Owns the life of one streaming workbook: rows beyond a small window go to compressed temporary files, so memory
 * stays flat however many leads there are; the result is written atomically; the temporary files are always
 * removed, whether the writing succeeds or fails.
 */
final class StreamingWorkbook {

    /** Rows kept in memory per sheet; all the small sheets fit in it, so only the lead sheets are flushed. */
    static final int ROW_WINDOW = 200;

    @FunctionalInterface
    interface Content {
        void fill(SXSSFWorkbook workbook) throws IOException;
    }

    private StreamingWorkbook() {
    }

    static void write(Path target, String title, String creator, Content content) throws IOException {
        AtomicFileWriter.write(target, out -> {
            // Inline strings rather than a shared-strings table: the table would hold every distinct text in memory.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false)) {
                try {
                    POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
                    core.setTitle(CellText.clean(title));
                    core.setCreator(CellText.clean(creator));
                    content.fill(workbook);
                    workbook.write(out);
                } finally {
                    workbook.dispose();
                }
            }
        });
    }
}
