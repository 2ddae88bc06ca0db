package com.leadaudit.io;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides per file whether {@code a/b/yyyy} means month/day or day/month (SPEC §4): one value with a first part
 * over 12 settles it for the whole file. Reads ahead only when the file has such dates and the first rows did not
 * settle it; otherwise the configured order applies.
 * <p>
 * An instance holds one file's evidence: any value with a first part over 12 settles it as day-first, a second part
 * over 12 as month-first. One file comes from one locale, so the first decisive value wins; later contrary evidence
 * (a typo, a pasted row) does not flip it. (It is not reported either: {@link #sniff} stops reading at the first
 * decisive value, so it would never see any.)
 */
public final class DateOrderSniffer {

    private static final Pattern SLASH_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\b.*");
    private static final Pattern YEAR_LAST = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{2,4}(?!\\d)");
    private static final int QUICK_LOOK_ROWS = 200;

    private DateOrder decided;

    /** A detector for one file's values, fed by {@link #observe}. */
    DateOrderSniffer() {
    }

    public static DateOrder sniff(Path file, List<TableSchema> schemas, DateOrder fallback) {
        DateOrderSniffer detector = new DateOrderSniffer();
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

    void observe(String text) {
        if (text == null) {
            return;
        }
        Matcher m = YEAR_LAST.matcher(text);
        if (!m.find()) {
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        DateOrder evidence;
        if (first > 12 && second <= 12) {
            evidence = DateOrder.DAY_FIRST;
        } else if (second > 12 && first <= 12) {
            evidence = DateOrder.MONTH_FIRST;
        } else {
            return;
        }
        if (decided == null) {
            decided = evidence;
        }
    }

    Optional<DateOrder> decided() {
        return Optional.ofNullable(decided);
    }
}
