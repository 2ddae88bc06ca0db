package com.leadaudit.bench;

import com.leadaudit.crm.CrmSchemas;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a spreadsheet without a database and prints rows/s, one thread. {@code leadaudit}: through the importer's
 * reader (POI's streamed SAX parse, header search, cell decoding, footer rows), the reading side of an import.
 * {@code fastexcel}: through dhatim's fastexcel-reader (StAX), every cell of every row of the first sheet as its text
 * and nothing else, the upper bound of what a faster parser could give (issue #17). Arguments: file [repeat [reader]],
 * reader {@code leadaudit} (default), {@code fastexcel} or {@code both} (alternating).
 */
public final class XlsxReadBench {

    private XlsxReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String reader = args.length > 2 ? args[2] : "leadaudit";
        for (int i = 0; i < repeat; i++) {
            if (!reader.equals("fastexcel")) {
                time("leadaudit", file, () -> readWithImporter(file));
            }
            if (!reader.equals("leadaudit")) {
                time("fastexcel", file, () -> readWithFastexcel(file));
            }
        }
    }

    /** Rows and cells read. */
    record Counts(long rows, long cells) {
    }

    @FunctionalInterface
    private interface Read {
        Counts run() throws Exception;
    }

    private static void time(String name, Path file, Read read) throws Exception {
        long started = System.nanoTime();
        Counts counts = read.run();
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%-9s %s: %,d rows, %,d cells in %.1f s: %,.0f rows/s%n", name,
                file.getFileName(), counts.rows(), counts.cells(), secs, counts.rows() / secs);
    }

    /** Every data row of {@code file} through the importer's reader; also the benchmark's {@link Yardstick}. */
    static Counts readWithImporter(Path file) throws Exception {
        long rows = 0;
        long cells = 0;
        try (Table table = TableReader.open(file, CrmSchemas.ALL)) {
            Iterator<SheetRow> it = table.dataRows();
            while (it.hasNext()) {
                SheetRow row = it.next();
                rows++;
                cells += row.cells().size();
            }
        }
        return new Counts(rows, cells);
    }

    private static Counts readWithFastexcel(Path file) throws Exception {
        long[] counts = new long[2];
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                counts[0]++;
                for (int c = 0; c < row.getCellCount(); c++) {
                    if (row.getCellText(c) != null) {
                        counts[1]++;
                    }
                }
            });
        }
        return new Counts(counts[0], counts[1]);
    }
}
