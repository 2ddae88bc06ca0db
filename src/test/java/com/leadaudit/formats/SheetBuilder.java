package com.leadaudit.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small xlsx/xls exports the way vendors' Excel exports look: real date cells with date formats, title rows,
 * merged banners, hidden columns. Values: String → text, Number → number, LocalDateTime/LocalDate/LocalTime → a
 * date-formatted serial, {@link Formula} → a formula, null → no cell.
 */
public final class SheetBuilder {

    /** A formula cell; {@code cached} is the result Excel stored, or null for a never-calculated formula. */
    public record Formula(String formula, String cached) {
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle time;
    private int next;

    private SheetBuilder(Workbook workbook, String sheetName, String dateTimeFormat) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        this.dateTime = style(dateTimeFormat);
        this.date = style("m/d/yyyy");
        this.time = style("h:mm AM/PM");
    }

    public static SheetBuilder xlsx(String sheetName) {
        return new SheetBuilder(new XSSFWorkbook(), sheetName, "m/d/yyyy h:mm");
    }

    public static SheetBuilder xls(String sheetName) {
        return new SheetBuilder(new HSSFWorkbook(), sheetName, "m/d/yyyy h:mm");
    }

    /** Old Mac workbooks count days from 1904-01-01; the cells then hold serials 1,462 days smaller. */
    public SheetBuilder date1904() {
        var pr = ((XSSFWorkbook) workbook).getCTWorkbook().isSetWorkbookPr()
                ? ((XSSFWorkbook) workbook).getCTWorkbook().getWorkbookPr()
                : ((XSSFWorkbook) workbook).getCTWorkbook().addNewWorkbookPr();
        pr.setDate1904(true);
        return this;
    }

    public SheetBuilder row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            set(row, c, values[c]);
        }
        return this;
    }

    public SheetBuilder blankRow() {
        next++;
        return this;
    }

    public SheetBuilder merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    public SheetBuilder hideColumns(int... columns) {
        for (int c : columns) {
            sheet.setColumnHidden(c, true);
        }
        return this;
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof LocalTime t) {
            cell.setCellValue(t.toSecondOfDay() / 86_400d);
            cell.setCellStyle(time);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            if (f.cached() != null) {
                cell.setCellValue(f.cached());
            }
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
