package com.leadaudit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The charts of a workbook's sheets, put into the workbook as it is assembled ({@link SheetTransplant}): per sheet
 * with charts a drawing part holding one anchor per chart, the chart parts ({@link ChartXml}), their relationships,
 * the sheet's {@code <drawing>} element and the content types. POI made the same parts through its drawing model;
 * making them here keeps that model (and its XMLBeans saving) out of every workbook written.
 */
final class SheetDrawings {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DRAWING_REL_TYPE = RELATIONSHIPS_NS + "/drawing";
    private static final String CHART_REL_TYPE = RELATIONSHIPS_NS + "/chart";
    /** The sheet's relationship to its drawing; any NCName unique in the sheet's relationships will do. */
    private static final String DRAWING_REL_ID = "rIdDrawing1";
    /**
     * Elements a worksheet may have after {@code <drawing>} (CT_Worksheet's sequence): the drawing goes before the
     * first of them, or last.
     */
    private static final List<String> AFTER_DRAWING = List.of("<legacyDrawing ", "<legacyDrawing>",
            "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems",
            "<tableParts", "<extLst");

    /** A chart and where it goes, in whole cells: columns {@code [fromCol, toCol)}, rows {@code [fromRow, toRow)}. */
    record Chart(int fromCol, int fromRow, int toCol, int toRow, String xml) {
    }

    /** Sheet entry (xl/worksheets/sheet1.xml) to its charts, in the order the sheets were given. */
    private final Map<String, List<Chart>> bySheet = new LinkedHashMap<>();

    /** Adds the charts of the sheet stored as {@code sheetEntry}; sheets are numbered in the order they are added. */
    void add(String sheetEntry, List<Chart> charts) {
        if (!charts.isEmpty()) {
            bySheet.computeIfAbsent(sheetEntry, e -> new ArrayList<>()).addAll(charts);
        }
    }

    boolean isEmpty() {
        return bySheet.isEmpty();
    }

    /** Whether the entry of the workbook as POI wrote it must be changed: the content types, a sheet, its rels. */
    boolean rewrites(String entry) {
        return !isEmpty() && (entry.equals(CONTENT_TYPES) || bySheet.containsKey(entry)
                || bySheet.keySet().stream().anyMatch(sheet -> relsOf(sheet).equals(entry)));
    }

    /** The entry's content with the drawings in ({@link #rewrites} said it changes). */
    byte[] rewrite(String entry, byte[] content) {
        String xml = new String(content, StandardCharsets.UTF_8);
        String changed;
        if (entry.equals(CONTENT_TYPES)) {
            changed = insertBefore(xml, "</Types>", contentTypes());
        } else if (bySheet.containsKey(entry)) {
            changed = withDrawingElement(xml);
        } else {
            changed = insertBefore(xml, "</Relationships>", relationship(DRAWING_REL_ID, DRAWING_REL_TYPE,
                    "../drawings/" + drawingName(sheetOfRels(entry))));
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the drawing and chart parts with their relationships, and the relationships of each sheet with charts
     * that had none in {@code entries} (the workbook's entries as POI wrote them).
     */
    void writeParts(ZipArchiveOutputStream zip, Set<String> entries, long time) throws IOException {
        int chart = 0;
        for (Map.Entry<String, List<Chart>> sheet : bySheet.entrySet()) {
            String drawing = drawingName(sheet.getKey());
            if (!entries.contains(relsOf(sheet.getKey()))) {
                put(zip, relsOf(sheet.getKey()), relationships(relationship(DRAWING_REL_ID, DRAWING_REL_TYPE,
                        "../drawings/" + drawing)), time);
            }
            StringBuilder drawingXml = new StringBuilder(1024).append("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" \
                    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
                    xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
            StringBuilder drawingRels = new StringBuilder();
            List<Chart> charts = sheet.getValue();
            for (int i = 0; i < charts.size(); i++) {
                chart++;
                String rel = "rId" + (i + 1);
                anchor(drawingXml, charts.get(i), i + 1, rel);
                drawingRels.append(relationship(rel, CHART_REL_TYPE, "../charts/chart" + chart + ".xml"));
                put(zip, "xl/charts/chart" + chart + ".xml", charts.get(i).xml(), time);
            }
            put(zip, "xl/drawings/" + drawing, drawingXml.append("</xdr:wsDr>").toString(), time);
            put(zip, "xl/drawings/_rels/" + drawing + ".rels", relationships(drawingRels.toString()), time);
        }
    }

    private static void anchor(StringBuilder x, Chart chart, int id, String rel) {
        x.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(chart.fromCol())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(chart.fromRow())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(chart.toCol())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(chart.toRow())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame><xdr:nvGraphicFramePr>")
                .append("<xdr:cNvPr id=\"").append(id).append("\" name=\"Chart ").append(id).append("\"/>")
                .append("<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/>")
                .append("<a:ext cx=\"6305550\" cy=\"2857500\"/></xdr:xfrm><a:graphic>") // POI's; the anchor decides
                .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
                .append("<c:chart r:id=\"").append(rel).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>")
                .append("<xdr:clientData/></xdr:twoCellAnchor>");
    }

    private String contentTypes() {
        StringBuilder x = new StringBuilder();
        int chart = 0;
        for (Map.Entry<String, List<Chart>> sheet : bySheet.entrySet()) {
            x.append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\" PartName=\"")
                    .append("/xl/drawings/").append(drawingName(sheet.getKey())).append("\"/>");
            for (int i = 0; i < sheet.getValue().size(); i++) {
                chart++;
                x.append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"")
                        .append(" PartName=\"/xl/charts/chart").append(chart).append(".xml\"/>");
            }
        }
        return x.toString();
    }

    /** The sheet with its {@code <drawing>} element, and the relationships namespace declared on its root. */
    private static String withDrawingElement(String sheet) {
        String xml = sheet;
        int root = xml.indexOf("<worksheet");
        int rootEnd = xml.indexOf('>', root);
        if (root < 0 || rootEnd < 0) {
            throw new IllegalStateException("not a worksheet part");
        }
        if (!xml.substring(root, rootEnd).contains("xmlns:r=")) {
            xml = xml.substring(0, rootEnd) + " xmlns:r=\"" + RELATIONSHIPS_NS + "\"" + xml.substring(rootEnd);
        }
        int tail = xml.indexOf("</sheetData>");
        if (tail < 0) {
            tail = xml.indexOf("<sheetData/>"); // a sheet without rows
        }
        int at = xml.lastIndexOf("</worksheet>");
        for (String next : AFTER_DRAWING) {
            int i = xml.indexOf(next, Math.max(tail, 0));
            if (i >= 0 && i < at) {
                at = i;
            }
        }
        if (tail < 0 || at < 0) {
            throw new IllegalStateException("worksheet part without sheetData");
        }
        return xml.substring(0, at) + "<drawing r:id=\"" + DRAWING_REL_ID + "\"/>" + xml.substring(at);
    }

    private String drawingName(String sheetEntry) {
        return "drawing" + (new ArrayList<>(bySheet.keySet()).indexOf(sheetEntry) + 1) + ".xml";
    }

    /** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
    private static String relsOf(String sheetEntry) {
        int slash = sheetEntry.lastIndexOf('/');
        return sheetEntry.substring(0, slash + 1) + "_rels/" + sheetEntry.substring(slash + 1) + ".rels";
    }

    private String sheetOfRels(String relsEntry) {
        return bySheet.keySet().stream().filter(sheet -> relsOf(sheet).equals(relsEntry)).findFirst().orElseThrow();
    }

    private static String relationships(String relationships) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + "</Relationships>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private static String insertBefore(String xml, String end, String insert) {
        int at = xml.lastIndexOf(end);
        if (at < 0) {
            throw new IllegalStateException("no " + end);
        }
        return xml.substring(0, at) + insert + xml.substring(at);
    }

    private static void put(ZipArchiveOutputStream zip, String name, String content, long time) throws IOException {
        put(zip, name, content.getBytes(StandardCharsets.UTF_8), time);
    }

    static void put(ZipArchiveOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(time);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }
}
