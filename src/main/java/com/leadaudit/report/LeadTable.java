package com.leadaudit.report;

import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Streams leads into a sheet as a filterable table: bold frozen header, one row per lead, status cell coloured,
 * auto-filter over the whole table once the last row is known.
 */
final class LeadTable {

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private final ZoneId zone;
    private final List<LeadColumn> columns;
    private int nextRow;

    LeadTable(SXSSFSheet sheet, ReportStyles styles, ZoneId zone, List<LeadColumn> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.zone = zone;
        this.columns = columns;
    }

    void writeHeader() {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            LeadColumn column = columns.get(c);
            Cells.text(row, c, column.header(), styles.header);
            ColumnWidths.set(sheet, c, column.widthChars());
        }
        sheet.createFreezePane(0, 1);
        PageSetup.repeatHeader(sheet, 0);
    }

    void write(LeadRow lead) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            writeCell(row, c, columns.get(c), lead);
        }
    }

    /** Closes the table: a filter over header and rows, or a line saying there is nothing to list. */
    void finish(String whenEmpty) {
        if (nextRow == 1) {
            Cells.text(sheet.createRow(nextRow++), 0, whenEmpty);
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns.size() - 1));
    }

    int rowsWritten() {
        return nextRow - 1;
    }

    private void writeCell(Row row, int c, LeadColumn column, LeadRow lead) {
        if (column.field() == null) {
            int i = column.answerIndex();
            Cells.plainText(row, c, i < lead.answers().size() ? lead.answers().get(i) : null, styles.plain);
            return;
        }
        switch (column.field()) {
            case EMAIL -> Cells.plainText(row, c, lead.email(), styles.plain);
            case FIRST_NAME -> Cells.plainText(row, c, lead.firstName(), styles.plain);
            case LAST_NAME -> Cells.plainText(row, c, lead.lastName(), styles.plain);
            case COMPANY -> Cells.plainText(row, c, lead.company(), styles.plain);
            case TITLE -> Cells.plainText(row, c, lead.title(), styles.plain);
            case PHONE -> Cells.plainText(row, c, lead.phone(), styles.plain);
            case RATING -> Cells.plainText(row, c, lead.rating(), styles.plain);
            case SCANNED_BY -> Cells.plainText(row, c, lead.scannedBy(), styles.plain);
            case CAPTURED_AT -> Cells.dateTime(row, c, lead.capturedAt(), zone, styles.dateTime);
            case SCANS -> Cells.number(row, c, lead.scans(), styles.count);
            case IN_CRM -> Cells.plainText(row, c, lead.inCrm() ? "Yes" : "No", styles.plain);
            case MATCH -> Cells.plainText(row, c, lead.match(), styles.plain);
            case CRM_OWNER -> Cells.plainText(row, c, lead.crmOwner(), styles.plain);
            case FIRST_TOUCH_AT -> writeFirstTouch(row, c, lead);
            case FIRST_TOUCH_TYPE -> Cells.plainText(row, c, lead.firstTouchType(), styles.plain);
            case FIRST_TOUCH_BY -> Cells.plainText(row, c, lead.firstTouchBy(), styles.plain);
            case HOURS_TO_FIRST_TOUCH -> Cells.number(row, c, lead.hoursToFirstTouch(), styles.hours);
            case DEADLINE -> Cells.dateTime(row, c, lead.deadline(), zone, styles.dateTime);
            case STATUS -> Cells.text(row, c, lead.status(), styles.status(lead.status()));
            case NOTES -> Cells.plainText(row, c, lead.notes(), styles.plain);
            case SOURCE_FILE -> Cells.plainText(row, c, lead.sourceFile(), styles.plain);
            case SOURCE_ROW -> Cells.number(row, c, lead.sourceRow(), styles.count);
        }
    }

    // A date-only touch (§7) has no time of day to show; inventing midnight would mislead.
    private void writeFirstTouch(Row row, int c, LeadRow lead) {
        if (lead.firstTouchAt() != null) {
            Cells.dateTime(row, c, lead.firstTouchAt(), zone, styles.dateTime);
        } else {
            Cells.date(row, c, lead.firstTouchDate(), styles.date);
        }
    }
}
