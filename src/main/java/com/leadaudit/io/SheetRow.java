package com.leadaudit.io;

import java.util.List;

/**
 * One physical row. {@code rowNumber} is the number the spreadsheet shows (1-based; for CSV the first line is 1).
 */
public record SheetRow(int rowNumber, List<CellValue> cells) {

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
