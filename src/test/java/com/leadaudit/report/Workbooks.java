package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading written workbooks back in tests. */
final class Workbooks {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> rowTexts(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        List<String> texts = new ArrayList<>();
        if (row == null) {
            return texts;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    /** Column index of a header in row 0. */
    static int column(Sheet sheet, String header) {
        List<String> headers = rowTexts(sheet, 0);
        int i = headers.indexOf(header);
        if (i < 0) {
            throw new AssertionError("No column " + header + " in " + headers);
        }
        return i;
    }

    /** Finds the first row whose column A reads exactly {@code text}. */
    static int rowOf(Sheet sheet, String text) {
        return rowOf(sheet, text, 0);
    }

    /** Finds the first row at or after {@code fromRow} whose column A reads exactly {@code text}. */
    static int rowOf(Sheet sheet, String text, int fromRow) {
        for (Row row : sheet) {
            if (row.getRowNum() >= fromRow && text.equals(text(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row starting with " + text + " in " + sheet.getSheetName());
    }

}
