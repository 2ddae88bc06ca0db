package com.leadaudit.io;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An opened file whose header row has been found, on the sheet {@link #sheetName()}. {@link #dataRows()} continues
 * the same single pass over the file, so it can be taken once.
 */
public final class Table implements AutoCloseable {

    /** Excel caps a sheet name at 31 characters; other writers may not. */
    private static final int MAX_SHEET_NAME = 64;

    private final SpreadsheetFormat format;
    private final RowCursor cursor;
    private final TableLayout layout;
    private final List<SheetRow> bufferedAfterHeader;
    private final String sheetName;
    private final int sheetsPassedOver;
    private boolean rowsTaken;

    /**
     * @param sheetsPassedOver how many sheets before this one were tried and had no header (SPEC §4: cover pages
     *                         are passed over)
     */
    Table(SpreadsheetFormat format, RowCursor cursor, TableLayout layout, List<SheetRow> bufferedAfterHeader,
          int sheetsPassedOver) {
        this.format = format;
        this.cursor = cursor;
        this.layout = layout;
        this.bufferedAfterHeader = List.copyOf(bufferedAfterHeader);
        this.sheetName = SafeText.quote(cursor.sheetName(), MAX_SHEET_NAME);
        this.sheetsPassedOver = sheetsPassedOver;
    }

    public TableLayout layout() {
        return layout;
    }

    public SpreadsheetFormat format() {
        return format;
    }

    /** The name of the sheet the rows come from, made safe to show; null for a CSV file. */
    public String sheetName() {
        return sheetName;
    }

    /**
     * A warning for the file when its data was not on the first sheet a person sees, because that sheet (a cover
     * page, say) and maybe others after it hold no header: "data read from sheet 'Leads' (the first sheet has no
     * header)". Empty when the rows come from the first sheet tried, which includes the first visible sheet of a
     * workbook whose first tab is hidden, and every CSV file.
     */
    public Optional<String> sheetNote() {
        if (sheetsPassedOver == 0 || sheetName == null) {
            return Optional.empty();
        }
        String before = sheetsPassedOver == 1 ? "the first sheet has" : "the first " + sheetsPassedOver + " sheets have";
        return Optional.of("data read from sheet '" + sheetName + "' (" + before + " no header)");
    }

    public boolean date1904() {
        return cursor.date1904();
    }

    /**
     * The rows below the header, without blank rows, report footers and total rows ({@link FooterRows}), and
     * without copies of the header row (files concatenated from several exports repeat it).
     *
     * @throws IllegalStateException on a second call
     * @throws UnreadableFileException.Runtime from the iterator when the file turns out damaged midway
     */
    public Iterator<SheetRow> dataRows() {
        if (rowsTaken) {
            throw new IllegalStateException("dataRows() reads the file once and was already called");
        }
        rowsTaken = true;
        return new DataRows();
    }

    @Override
    public void close() {
        cursor.close();
    }

    private final class DataRows implements Iterator<SheetRow> {
        private final Iterator<SheetRow> buffered = bufferedAfterHeader.iterator();
        private final List<String> headerKeys = keys(layout.headers());
        private final int probeColumn = firstNamedColumn(headerKeys);
        private SheetRow pending;

        @Override
        public boolean hasNext() {
            while (pending == null) {
                SheetRow candidate = buffered.hasNext() ? buffered.next() : cursor.hasNext() ? cursor.next() : null;
                if (candidate == null) {
                    return false;
                }
                if (isData(candidate)) {
                    pending = candidate;
                }
            }
            return true;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = pending;
            pending = null;
            return row;
        }

        private boolean isData(SheetRow row) {
            return !row.isBlank() && !FooterRows.isJunk(row) && !repeatsHeader(row);
        }

        /** Cheap test on one column first: normalizing every cell of every row would dominate large files. */
        private boolean repeatsHeader(SheetRow row) {
            if (probeColumn < 0 || !ColumnNames.normalizesTo(row.text(probeColumn), headerKeys.get(probeColumn))) {
                return false;
            }
            return keys(row.cells().stream().map(CellValue::text).toList()).equals(headerKeys);
        }
    }

    private static int firstNamedColumn(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keys(List<String> texts) {
        List<String> keys = texts.stream().map(ColumnNames::normalize).toList();
        int end = keys.size();
        while (end > 0 && keys.get(end - 1).isEmpty()) {
            end--;
        }
        return keys.subList(0, end);
    }
}
