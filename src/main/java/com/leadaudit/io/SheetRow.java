package com.leadaudit.io;

import java.util.List;

/**
 * One physical row. {@code rowNumber} is the number the spreadsheet shows (1-based; for CSV the first line is 1).
 * {@code problem} is why the reader could not read the row faithfully (an oversized cell), or null: such a row is
 * rejected with that reason while the rest of its file is read (SPEC §4).
 */
public record SheetRow(int rowNumber, List<CellValue> cells, String problem) {

    public SheetRow(int rowNumber, List<CellValue> cells) {
        this(rowNumber, cells, null);
    }

    public CellValue cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    public String text(int column) {
        return cell(column).text();
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
