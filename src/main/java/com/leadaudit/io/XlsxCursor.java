package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Streams the first worksheet of an xlsx. Only the shared-string and style tables are held in memory (every
 * cell may refer to them); the sheet itself is parsed row by row, and POI's zip-bomb limits stay at their
 * defaults.
 */
final class XlsxCursor extends PrefetchingCursor {

    private static final String KIND = "xlsx";

    private final OPCPackage pkg;
    private final SheetXmlRows rows;
    private final boolean date1904;

    private XlsxCursor(OPCPackage pkg, SheetXmlRows rows, boolean date1904) {
        this.pkg = pkg;
        this.rows = rows;
        this.date1904 = date1904;
    }

    static RowCursor open(Path file) throws UnreadableFileException {
        OPCPackage pkg = null;
        InputStream sheet = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = WorkbookProperties.date1904(reader.getWorkbookData());
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            DateStyles dateStyles = new DateStyles(reader.getStylesTable());
            sheet = firstWorksheet(reader);
            SheetXmlRows rows = new SheetXmlRows(sheet, new XlsxCellDecoder(strings, dateStyles, date1904));
            return new XlsxCursor(pkg, rows, date1904);
        } catch (Exception e) {
            closeQuietly(sheet);
            revert(pkg);
            throw e instanceof UnreadableFileException known ? known : PoiFailures.checked(e, KIND);
        }
    }

    /** Workbook order, skipping chart sheets: the first tab a person sees with cells on it. */
    private static InputStream firstWorksheet(XSSFReader reader) throws Exception {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (sheets.getSheetPart().getContentType().endsWith("worksheet+xml")) {
                return sheet;
            }
            sheet.close();
        }
        throw new UnreadableFileException("the workbook has no worksheet");
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    protected SheetRow fetch() {
        try {
            return rows.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw PoiFailures.unchecked(e, KIND, rows.lastCompleteRow());
        }
    }

    @Override
    protected void release() {
        rows.close();
        revert(pkg);
    }

    /** revert(), not close(): close() on a package would try to save it. */
    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing; the original error is the one to report
        }
    }
}
