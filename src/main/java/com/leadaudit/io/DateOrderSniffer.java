package com.leadaudit.io;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides per file whether {@code a/b/yyyy} means month/day or day/month (SPEC §4): one value with a first part
 * over 12 settles it for the whole file. Reads ahead only when the file has such dates and the first rows did not
 * settle it; otherwise the configured order applies.
 */
public final class DateOrderSniffer {

    private static final Pattern SLASH_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\b.*");
    private static final int QUICK_LOOK_ROWS = 200;

    private DateOrderSniffer() {
    }

    public static DateOrder sniff(Path file, List<TableSchema> schemas, DateOrder fallback) {
        DateOrderDetector detector = new DateOrderDetector();
        boolean sawSlashDate = false;
        try (Table table = TableReader.open(file, schemas)) {
            Iterator<SheetRow> rows = table.dataRows();
            int seen = 0;
            while (rows.hasNext()) {
                for (CellValue cell : rows.next().cells()) {
                    if (cell.number() == null && SLASH_DATE.matcher(cell.text()).matches()) {
                        sawSlashDate = true;
                        detector.observe(cell.text().strip());
                    }
                }
                if (detector.decided().isPresent() || (++seen >= QUICK_LOOK_ROWS && !sawSlashDate)) {
                    break;
                }
            }
        } catch (Exception e) {
            // The import pass reads the same file and reports why it cannot; nothing to decide here.
            return fallback;
        }
        return detector.decided().orElse(fallback);
    }
}
