package com.leadaudit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Streams the worksheets of an xlsx, one at a time, in the order SPEC §4 looks for data: visible sheets in workbook
 * order, then hidden ones; chart sheets are passed over. Only the shared-string and style tables are held in memory
 * (every cell of every sheet may refer to them); a sheet itself is parsed row by row, and POI's zip-bomb limits stay
 * at their defaults.
 */
final class XlsxCursor extends PrefetchingCursor {

    private static final String KIND = "xlsx";

    /** A worksheet part and the name its tab shows. */
    private record Worksheet(String name, PackagePart part) {
    }

    private final OPCPackage pkg;
    private final XlsxCellDecoder decoder;
    private final List<Worksheet> sheets;
    private final boolean date1904;
    private int current;
    private SheetXmlRows rows;

    private XlsxCursor(OPCPackage pkg, XlsxCellDecoder decoder, List<Worksheet> sheets, SheetXmlRows rows,
                       boolean date1904) {
        this.pkg = pkg;
        this.decoder = decoder;
        this.sheets = sheets;
        this.rows = rows;
        this.date1904 = date1904;
    }

    static RowCursor open(Path file) throws UnreadableFileException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookProperties properties = WorkbookProperties.read(reader.getWorkbookData());
            List<Worksheet> sheets = worksheetsInReadingOrder(reader, properties);
            if (sheets.isEmpty()) {
                throw new UnreadableFileException("the workbook has no worksheet");
            }
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            DateStyles dateStyles = new DateStyles(reader.getStylesTable());
            XlsxCellDecoder decoder = new XlsxCellDecoder(strings, dateStyles, properties.date1904());
            SheetXmlRows rows = openRows(sheets.get(0), decoder);
            return new XlsxCursor(pkg, decoder, sheets, rows, properties.date1904());
        } catch (Exception e) {
            revert(pkg);
            throw e instanceof UnreadableFileException known ? known : PoiFailures.checked(e, KIND);
        }
    }

    /**
     * Workbook order (the order of the tabs, not of the parts in the zip), visible sheets before hidden ones,
     * worksheets only: a chart sheet holds no cells.
     */
    private static List<Worksheet> worksheetsInReadingOrder(XSSFReader reader, WorkbookProperties properties)
            throws Exception {
        List<Worksheet> visible = new ArrayList<>();
        List<Worksheet> hidden = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            // next() opens the part; nothing is read from it here
            iterator.next().close();
            PackagePart part = iterator.getSheetPart();
            if (!part.getContentType().endsWith("worksheet+xml")) {
                continue;
            }
            String name = iterator.getSheetName();
            (properties.hiddenSheets().contains(name) ? hidden : visible).add(new Worksheet(name, part));
        }
        visible.addAll(hidden);
        return List.copyOf(visible);
    }

    private static SheetXmlRows openRows(Worksheet sheet, XlsxCellDecoder decoder) throws Exception {
        InputStream in = sheet.part().getInputStream();
        try {
            return new SheetXmlRows(in, decoder);
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public String sheetName() {
        return sheets.get(current).name();
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
        rows.close();
        current++;
        try {
            rows = openRows(sheets.get(current), decoder);
        } catch (Exception e) {
            rows = null;
            throw PoiFailures.unchecked(e, KIND, 0);
        }
        return true;
    }

    @Override
    protected SheetRow fetch() {
        if (rows == null) {
            return null;
        }
        try {
            return rows.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw PoiFailures.unchecked(e, KIND, rows.lastCompleteRow());
        }
    }

    @Override
    protected void release() {
        if (rows != null) {
            rows.close();
        }
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
