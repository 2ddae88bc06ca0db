package com.leadaudit.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How sheets print: people do print the Summary and the Action List for a call session. */
final class PageSetup {

    private PageSetup() {
    }

    /** Landscape, scaled to one page wide, as many pages tall as needed. */
    static void fitToWidth(Sheet sheet) {
        landscape(sheet);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Landscape only: a table too wide to scale down legibly. */
    static void landscape(Sheet sheet) {
        // Paper size is left to the printer's locale: A4 in Europe, Letter in the US.
        sheet.getPrintSetup().setLandscape(true);
    }

    /** The header row again on every printed page. */
    static void repeatHeader(Sheet sheet, int headerRow) {
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
