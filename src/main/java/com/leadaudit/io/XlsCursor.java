package com.leadaudit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the sheets of a legacy xls, one at a time, in the order SPEC §4 looks for data: visible sheets in workbook
 * order, then hidden ones. The format caps a sheet at 65,536 rows × 256 columns, so loading the workbook whole is
 * bounded; streaming HSSF would buy nothing but complexity.
 */
final class XlsCursor extends PrefetchingCursor {

    private static final String KIND = "xls";

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    /** Sheet indexes in reading order. */
    private final List<Integer> sheets;
    private final boolean date1904;
    private int current;
    private Iterator<Row> rows;

    private XlsCursor(POIFSFileSystem fs, HSSFWorkbook workbook, List<Integer> sheets, boolean date1904) {
        this.fs = fs;
        this.workbook = workbook;
        this.sheets = sheets;
        this.date1904 = date1904;
        this.rows = workbook.getSheetAt(sheets.get(0)).rowIterator();
    }

    static RowCursor open(Path file) throws UnreadableFileException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            HSSFWorkbook workbook = new HSSFWorkbook(fs);
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("the workbook has no worksheet");
            }
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            return new XlsCursor(fs, workbook, readingOrder(workbook), date1904);
        } catch (Exception e) {
            closeQuietly(fs);
            throw e instanceof UnreadableFileException known ? known : PoiFailures.checked(e, KIND);
        }
    }

    private static List<Integer> readingOrder(HSSFWorkbook workbook) {
        List<Integer> visible = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean isHidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            (isHidden ? hidden : visible).add(i);
        }
        visible.addAll(hidden);
        return List.copyOf(visible);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public String sheetName() {
        return workbook.getSheetName(sheets.get(current));
    }

    @Override
    public int sheetCount() {
        return sheets.size();
    }

    @Override
    protected boolean advanceSheet() {
        if (current + 1 >= sheets.size()) {
            return false;
        }
        current++;
        Sheet sheet = workbook.getSheetAt(sheets.get(current));
        rows = sheet.rowIterator();
        return true;
    }

    @Override
    protected SheetRow fetch() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        try {
            CellLimits.RowBuilder cells = new CellLimits.RowBuilder();
            for (Cell cell : row) {
                cells.put(cell.getColumnIndex(), value(cell));
            }
            // an xls string holds at most 65,535 characters (BIFF8), so no cell can be oversized here
            return cells.build(row.getRowNum() + 1);
        } catch (RuntimeException e) {
            // getRowNum() is zero-based, so it is the spreadsheet number of the row before this one
            throw PoiFailures.unchecked(e, KIND, row.getRowNum());
        }
    }

    private CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> CellValue.text(CellLimits.cap(cell.getRichStringCellValue().getString()));
            case BOOLEAN -> CellValue.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellValue.text(errorText(cell.getErrorCellValue()));
            default -> CellValue.EMPTY;
        };
    }

    /** Same text rules as xlsx, so a phone number reads alike whichever format it came in. */
    private CellValue number(Cell cell) {
        double number = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return new CellValue(ExcelSerials.display(number, date1904), number, true);
        }
        return new CellValue(NumberText.of(number), number, false);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR";
        }
    }

    @Override
    protected void release() {
        closeQuietly(fs);
    }

    /** The workbook holds no file handle of its own; the file system under it does. */
    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs == null) {
            return;
        }
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to flush
        }
    }
}
