package com.leadaudit.bench;

import com.leadaudit.crm.CrmSchemas;
import com.leadaudit.io.SheetRow;
import com.leadaudit.io.Table;
import com.leadaudit.io.TableReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a spreadsheet through the importer's reader (header search, cell decoding, footer rows) without a database,
 * and prints rows/s: the reading side of an import, for profiling the xlsx reader alone (issue #17: the 580k-row
 * contact report read at 5–8k rows/s inside the cold run). Arguments: file [repeat].
 */
public final class XlsxReadBench {

    private XlsxReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int i = 0; i < repeat; i++) {
            long started = System.nanoTime();
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
            double secs = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %,d rows, %,d cells in %.1f s: %,.0f rows/s%n", file.getFileName(), rows,
                    cells, secs, rows / secs);
        }
    }
}
