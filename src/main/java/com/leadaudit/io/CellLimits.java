package com.leadaudit.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Excel's own limits, applied to every format so a hostile file cannot make one cell or one row arbitrarily big.
 */
final class CellLimits {

    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 16_384;

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

    /**
     * Collects one row's cells by column index. Empty cells never widen the row, so a row whose formatting runs
     * to column XFD costs nothing; a value far to the right pads only up to itself.
     */
    static final class RowBuilder {
        private final List<CellValue> cells = new ArrayList<>();

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

        List<CellValue> build() {
            return List.copyOf(cells);
        }
    }
}
