package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Owns the life of one streaming workbook: rows beyond a small window go to temporary files, so memory
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
            // Temporary sheet files uncompressed: gzipping them only to unzip them again when the workbook is
            // assembled was a third of the writing time; they are deleted either way (dispose below).
            try (SXSSFWorkbook workbook = new FastZipWorkbook()) {
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

    /**
     * Deflates the finished workbook at the fastest level: a lead sheet is mostly repetitive XML, which the fast
     * level still shrinks about tenfold, at a fraction of the default level's CPU time.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(null, ROW_WINDOW, false, false);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                java.io.OutputStream out) {
            var zip = super.createArchiveOutputStream(out);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }
    }
}
