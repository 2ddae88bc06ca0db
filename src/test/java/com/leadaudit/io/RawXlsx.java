package com.leadaudit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal xlsx from hand-written sheet XML, for the cases POI's writer never produces but other tools
 * do: inline strings, rows and cells without references, formulas with cached results, damaged or hostile XML.
 */
final class RawXlsx {

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Style 0 general, 1 built-in date (numFmt 14), 2 custom date-time, 3 a number format "0.00". */
    static final String STYLES = "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";

    private PartWriter sheet = out -> out.write(sheetXml("").getBytes(StandardCharsets.UTF_8));
    private String[] sharedStrings;
    private boolean styles;
    private boolean date1904;
    private boolean chartSheetFirst;

    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    RawXlsx rows(String rowsXml) {
        String xml = sheetXml(rowsXml);
        return sheetPart(out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    RawXlsx sheetPart(PartWriter writer) {
        this.sheet = writer;
        return this;
    }

    RawXlsx sharedStrings(String... strings) {
        this.sharedStrings = strings;
        return this;
    }

    RawXlsx withStyles() {
        this.styles = true;
        return this;
    }

    RawXlsx date1904() {
        this.date1904 = true;
        return this;
    }

    /** Puts a chart sheet (a tab holding only a chart, no cells) before the worksheet, as Excel's "Move Chart" does. */
    RawXlsx chartSheetFirst() {
        this.chartSheetFirst = true;
        return this;
    }

    Path write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
                    + "<sheets>" + (chartSheetFirst ? "<sheet name=\"Chart1\" sheetId=\"2\" r:id=\"rId4\"/>" : "")
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            if (sharedStrings != null) {
                StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + sharedStrings.length
                        + "\" uniqueCount=\"" + sharedStrings.length + "\">");
                for (String s : sharedStrings) {
                    sst.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>");
                }
                put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            }
            if (styles) {
                put(zip, "xl/styles.xml", STYLES);
            }
            if (chartSheetFirst) {
                put(zip, "xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                        + "\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>");
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        }
        return file;
    }

    private String contentTypes() {
        String base = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + base + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + base + "worksheet+xml\"/>"
                + (chartSheetFirst ? "<Override PartName=\"/xl/chartsheets/sheet1.xml\" ContentType=\"" + base
                + "chartsheet+xml\"/>" : "")
                + (sharedStrings != null ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + base
                + "sharedStrings+xml\"/>" : "")
                + (styles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + base + "styles+xml\"/>" : "")
                + "</Types>";
    }

    private String workbookRels() {
        return "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings != null ? "<Relationship Id=\"rId2\" Type=\"" + REL_NS
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + (styles ? "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>" : "")
                + (chartSheetFirst ? "<Relationship Id=\"rId4\" Type=\"" + REL_NS
                + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>" : "")
                + "</Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
