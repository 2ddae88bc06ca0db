package com.leadaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Streams leads into a sheet as a filterable table: bold frozen header, one row per lead, status cell coloured,
 * auto-filter over the whole table once the last row is known.
 *
 * <p>The header goes through POI like every other sheet; the lead rows, a million on a big campaign, are appended
 * to the sheet's data file as ready-made XML ({@link RowXml}, the same XML POI would write): creating, sorting and
 * serialising POI row and cell objects cost several times more than the content itself. Nothing of a row is kept
 * once it is written.
 */
final class LeadTable {

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private final List<LeadColumn> columns;
    private final RawSheetDataWriter rows;
    private final RowXml row;
    private int nextRow;
    private int leadRows;

    LeadTable(SXSSFSheet sheet, ReportStyles styles, ZoneId zone, List<LeadColumn> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        this.rows = StreamingWorkbook.rawRows(sheet);
        this.row = new RowXml(columns.size(), zone);
    }

    void writeHeader() {
        Row header = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            LeadColumn column = columns.get(c);
            Cells.text(header, c, column.header(), styles.header);
            ColumnWidths.set(sheet, c, column.widthChars());
        }
        sheet.createFreezePane(0, 1);
        PageSetup.repeatHeader(sheet, 0);
        flush(); // the header is on file before the first appended row
    }

    void write(LeadRow lead) {
        leadRows++;
        row.start(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            writeCell(c, columns.get(c), lead);
        }
        row.end();
        try {
            rows.appendRow(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code lead} as sheet row {@code rowIndex} (0-based; the header is row 0) into {@code blocks}, not into
     * the sheet: {@link #finishBlocks} closes such a table.
     */
    void write(LeadRow lead, int rowIndex, Long hash, LeadBlockWriter blocks) {
        row.start(rowIndex);
        for (int c = 0; c < columns.size(); c++) {
            writeCell(c, columns.get(c), lead);
        }
        row.end();
        try {
            blocks.row(row.bytes(), row.length(), hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes a table whose lead rows went into {@code blocks}: as {@link #finish}, with the sheet's used range
     * declared for the rows the sheet's entry will hold.
     */
    void finishBlocks(LeadBlockWriter blocks, String whenEmpty) {
        if (blocks.rows() == 0) {
            finish(whenEmpty);
            return;
        }
        finishCopied(blocks.rows());
        rows.declareRows(blocks.rows(), columns.size() - 1);
    }

    /** Closes the table: a filter over header and rows, or a line saying there is nothing to list. */
    void finish(String whenEmpty) {
        if (nextRow == 1) {
            Cells.text(sheet.createRow(nextRow++), 0, whenEmpty);
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns.size() - 1));
    }

    /**
     * Closes a table whose rows are not written here but copied afterwards from an earlier workbook's same sheet
     * ({@link SheetTransplant}): declares the filter that sheet's {@code rows} lead rows had, so the workbook part
     * that names the filter range agrees with the copied sheet.
     */
    void finishCopied(int rows) {
        if (rows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns.size() - 1));
        }
        nextRow = rows + 1;
        leadRows = rows;
    }

    /** Lead rows in the table (not counting the header, nor the line of an empty table). */
    int rowsWritten() {
        return leadRows;
    }

    private void flush() {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The cell rules are those of Cells (RowXml mirrors them): empty text has no cell, a missing number or time
    // has no cell, the status cell keeps its style even when empty.
    private void writeCell(int c, LeadColumn column, LeadRow lead) {
        if (column.field() == null) {
            int i = column.answerIndex();
            row.plainText(c, i < lead.answers().size() ? lead.answers().get(i) : null, styles.plain);
            return;
        }
        switch (column.field()) {
            case EMAIL -> row.plainText(c, lead.email(), styles.plain);
            case FIRST_NAME -> row.plainText(c, lead.firstName(), styles.plain);
            case LAST_NAME -> row.plainText(c, lead.lastName(), styles.plain);
            case COMPANY -> row.plainText(c, lead.company(), styles.plain);
            case TITLE -> row.plainText(c, lead.title(), styles.plain);
            case PHONE -> row.plainText(c, lead.phone(), styles.plain);
            case RATING -> row.plainText(c, lead.rating(), styles.plain);
            case SCANNED_BY -> row.plainText(c, lead.scannedBy(), styles.plain);
            case CAPTURED_AT -> row.dateTime(c, lead.capturedAt(), styles.dateTime);
            case SCANS -> row.number(c, lead.scans(), styles.count);
            case IN_CRM -> row.plainText(c, lead.inCrm() ? "Yes" : "No", styles.plain);
            case MATCH -> row.plainText(c, lead.match(), styles.plain);
            case CRM_OWNER -> row.plainText(c, lead.crmOwner(), styles.plain);
            case FIRST_TOUCH_AT -> writeFirstTouch(c, lead);
            case FIRST_TOUCH_TYPE -> row.plainText(c, lead.firstTouchType(), styles.plain);
            case FIRST_TOUCH_BY -> row.plainText(c, lead.firstTouchBy(), styles.plain);
            case HOURS_TO_FIRST_TOUCH -> row.number(c, lead.hoursToFirstTouch(), styles.hours);
            case DEADLINE -> row.dateTime(c, lead.deadline(), styles.dateTime);
            case STATUS -> row.text(c, lead.status(), styles.status(lead.status()));
            case NOTES -> row.plainText(c, lead.notes(), styles.plain);
            case SOURCE_FILE -> row.plainText(c, lead.sourceFile(), styles.plain);
            case SOURCE_ROW -> row.number(c, lead.sourceRow(), styles.count);
            case OUTCOME_NAME -> row.plainText(c, lead.outcome() == null ? null : lead.outcome().name(), styles.plain);
            case OUTCOME_CREATED -> row.dateTime(c, lead.outcome() == null ? null : lead.outcome().created(),
                    styles.dateTime);
            case OUTCOME_AMOUNT -> row.number(c, lead.outcome() == null ? null : lead.outcome().amount(),
                    styles.amount);
            case OUTCOME_CURRENCY -> row.plainText(c, lead.outcome() == null ? null : lead.outcome().currency(),
                    styles.plain);
            case OUTCOME_STAGE -> row.plainText(c, lead.outcome() == null ? null : lead.outcome().stage(), styles.plain);
            case OUTCOME_STATE -> row.plainText(c, lead.outcome() == null ? null : lead.outcome().state(), styles.plain);
        }
    }

    // A date-only touch (§7) has no time of day to show; inventing midnight would mislead.
    private void writeFirstTouch(int c, LeadRow lead) {
        if (lead.firstTouchAt() != null) {
            row.dateTime(c, lead.firstTouchAt(), styles.dateTime);
        } else {
            row.date(c, lead.firstTouchDate(), styles.date);
        }
    }
}
