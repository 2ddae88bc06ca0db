package com.leadaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

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
        write(target, title, creator, content, Map.of());
    }

    /**
     * As {@link #write(Path, String, String, Content)}, with the sheets named in {@code transplant} copied from the
     * earlier workbook each is mapped to, instead of the (empty) ones {@code content} makes ({@link SheetTransplant}).
     *
     * @throws SheetTransplant.Mismatch when the earlier workbook's sheets do not fit; the target is then untouched
     */
    static void write(Path target, String title, String creator, Content content, Map<String, Path> transplant)
            throws IOException {
        write(target, title, creator, content, transplant, Map.of());
    }

    /**
     * As {@link #write(Path, String, String, Content, Map)}, with the lead rows of the sheets named in
     * {@code leadBlocks} put into each from its {@link LeadBlockWriter} (the sheet {@code content} makes holds none).
     */
    static void write(Path target, String title, String creator, Content content, Map<String, Path> transplant,
                      Map<String, LeadBlockWriter> leadBlocks) throws IOException {
        AtomicFileWriter.write(target, out -> {
            // Inline strings rather than a shared-strings table: the table would hold every distinct text in memory.
            // Temporary sheet files uncompressed: gzipping them only to unzip them again when the workbook is
            // assembled was a third of the writing time; they are deleted either way (dispose below).
            try (FastZipWorkbook workbook = new FastZipWorkbook()) {
                try {
                    POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
                    core.setTitle(CellText.clean(title));
                    core.setCreator(CellText.clean(creator));
                    content.fill(workbook);
                    if (transplant.isEmpty() && leadBlocks.isEmpty() && !workbook.hasCharts()) {
                        workbook.write(out);
                    } else {
                        writeWithTransplant(workbook, transplant, leadBlocks, out);
                    }
                } finally {
                    workbook.dispose();
                }
            }
        });
    }

    private static void writeWithTransplant(FastZipWorkbook workbook, Map<String, Path> transplant,
                                            Map<String, LeadBlockWriter> leadBlocks, OutputStream out)
            throws IOException {
        Map<String, SheetTransplant.Copied> parts = new HashMap<>();
        transplant.forEach((name, from) -> parts.put(entryName(workbook, name),
                new SheetTransplant.Copied(from, workbook.getSheetIndex(name))));
        Map<String, LeadBlockWriter> blockParts = new HashMap<>();
        leadBlocks.forEach((name, writer) -> blockParts.put(entryName(workbook, name), writer));
        SheetDrawings drawings = workbook.drawings();
        Path fresh = Files.createTempFile("leadaudit-workbook", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(fresh)) {
                workbook.write(file);
            }
            SheetTransplant.assemble(fresh, parts, blockParts, drawings, out);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /** The zip entry of a sheet: part names are "/xl/worksheets/sheet2.xml", entries have no leading slash. */
    private static String entryName(SXSSFWorkbook workbook, String sheet) {
        return workbook.getXSSFWorkbook().getSheet(sheet).getPackagePart().getPartName().getName().substring(1);
    }

    /**
     * The writer of a sheet's rows, for tables that append their rows as SpreadsheetML ({@link LeadTable}).
     *
     * @throws IllegalArgumentException when the sheet is not of a workbook made by {@link #write}
     */
    static RawSheetDataWriter rawRows(SXSSFSheet sheet) {
        if (sheet.getWorkbook() instanceof FastZipWorkbook workbook) {
            return workbook.rawRows(sheet);
        }
        throw new IllegalArgumentException("Sheet " + sheet.getSheetName() + " is not of a StreamingWorkbook");
    }

    /**
     * The charts of a sheet ({@link Charts}), put into the workbook when it is written ({@link SheetDrawings}).
     *
     * @throws IllegalArgumentException when the sheet is not of a workbook made by {@link #write}
     */
    static List<SheetDrawings.Chart> charts(SXSSFSheet sheet) {
        if (sheet.getWorkbook() instanceof FastZipWorkbook workbook) {
            return workbook.charts.computeIfAbsent(sheet, s -> new ArrayList<>());
        }
        throw new IllegalArgumentException("Sheet " + sheet.getSheetName() + " is not of a StreamingWorkbook");
    }

    /**
     * Deflates the finished workbook at the fastest level: a lead sheet is mostly repetitive XML, which the fast
     * level still shrinks about tenfold, at a fraction of the default level's CPU time. Every sheet's rows go
     * through a {@link RawSheetDataWriter}.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        /**
         * The writer of each sheet. SXSSFSheet keeps its writer to itself (package-private), but it gets it from
         * {@link #createSheetDataWriter()} while being constructed inside {@code createSheet}, so the workbook
         * notes the writer it just made and files it under the sheet createSheet returns.
         */
        private final Map<SXSSFSheet, RawSheetDataWriter> writers = new IdentityHashMap<>();
        private RawSheetDataWriter justCreated;
        /** The charts of each sheet, in the order the sheets got their first chart. */
        private final Map<SXSSFSheet, List<SheetDrawings.Chart>> charts = new LinkedHashMap<>();

        FastZipWorkbook() {
            super(null, ROW_WINDOW, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            justCreated = new RawSheetDataWriter();
            return justCreated;
        }

        @Override
        public SXSSFSheet createSheet() {
            return register(super.createSheet());
        }

        @Override
        public SXSSFSheet createSheet(String sheetname) {
            return register(super.createSheet(sheetname));
        }

        private SXSSFSheet register(SXSSFSheet sheet) {
            writers.put(sheet, justCreated);
            justCreated = null;
            return sheet;
        }

        boolean hasCharts() {
            return charts.values().stream().anyMatch(list -> !list.isEmpty());
        }

        SheetDrawings drawings() {
            SheetDrawings drawings = new SheetDrawings();
            charts.forEach((sheet, list) -> drawings.add(entryName(this, sheet.getSheetName()), list));
            return drawings;
        }

        RawSheetDataWriter rawRows(SXSSFSheet sheet) {
            RawSheetDataWriter writer = writers.get(sheet);
            if (writer == null) {
                throw new IllegalArgumentException("Sheet " + sheet.getSheetName() + " was not created by createSheet");
            }
            return writer;
        }

        // POI sets each sheet's <dimension> here from the rows it wrote itself; a lead table's rows were appended
        // as XML, so its dimension is set afterwards from what was appended (else it would cover the header only).
        @Override
        protected void flushSheets() throws IOException {
            super.flushSheets();
            for (Map.Entry<SXSSFSheet, RawSheetDataWriter> e : writers.entrySet()) {
                CellRangeAddress range = e.getValue().rawRange();
                if (range != null) {
                    getXSSFWorkbook().getSheetAt(getSheetIndex(e.getKey())).setDimensionOverride(range);
                }
            }
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
