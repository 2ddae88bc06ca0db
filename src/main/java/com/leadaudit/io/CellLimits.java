package com.leadaudit.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Excel's own limits, applied to every format so a hostile file cannot make one cell or one row arbitrarily big.
 */
public final class CellLimits {

    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 16_384;
    /**
     * A cell longer than this is not data any export writes (a pasted log, a hostile file): SPEC §4 rejects its
     * row, not its file. A cell between {@link #MAX_CELL_CHARS} and this is kept, cut, with a warning.
     */
    static final int MAX_READ_CHARS = 1_000_000;

    private CellLimits() {
    }

    static String cap(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int end = MAX_CELL_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The reason a row with an oversized cell is rejected, the same for every format. */
    static String oversizedCell(int column) {
        return "a cell in column " + CellRef.columnName(column) + " holds more than "
                + String.format(java.util.Locale.ROOT, "%,d", MAX_READ_CHARS)
                + " characters, far more than any export writes: the row is not read";
    }

    /**
     * A warning for each cell of {@code row} that reached {@link #MAX_CELL_CHARS}, where the reader cut it (no
     * spreadsheet holds more): the rest of its text is lost, and the import says so on the row (SPEC §4: lengths
     * capped with a warning). Columns are named by letter and by {@code layout}'s header.
     */
    public static List<String> cutCells(SheetRow row, TableLayout layout) {
        List<String> warnings = List.of();
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cells().get(c).text().length() >= MAX_CELL_CHARS) {
                String header = c < layout.headers().size() ? layout.headers().get(c).strip() : "";
                if (warnings.isEmpty()) {
                    warnings = new ArrayList<>();
                }
                warnings.add("the cell in column " + CellRef.columnName(c)
                        + (header.isEmpty() ? "" : " (" + header + ")") + " reaches Excel's limit of "
                        + MAX_CELL_CHARS + " characters: it was cut there and the rest of its text is lost");
            }
        }
        return warnings;
    }

    /**
     * Collects one row's cells by column index. Empty cells never widen the row, so a row whose formatting runs
     * to column XFD costs nothing; a value far to the right pads only up to itself.
     */
    static final class RowBuilder {
        private final List<CellValue> cells = new ArrayList<>();
        private String problem;

        void put(int column, CellValue value) {
            if (column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            if (column < cells.size()) {
                cells.set(column, value);
                return;
            }
            if (value.isBlank()) {
                return;
            }
            while (cells.size() < column) {
                cells.add(CellValue.EMPTY);
            }
            cells.add(value);
        }

        /** The cell at {@code column} was longer than {@link #MAX_READ_CHARS}: the row is read as rejected. */
        void oversized(int column) {
            if (problem == null) {
                problem = oversizedCell(column);
            }
        }

        SheetRow build(int rowNumber) {
            return new SheetRow(rowNumber, List.copyOf(cells), problem);
        }
    }
}
