package com.leadaudit.report;

import java.util.List;

/**
 * The DrawingML of the workbooks' charts (a chart part, {@code xl/charts/chartN.xml}), written as text. POI's chart
 * model built and saved the same few elements through XMLBeans, and a drawing with its charts cost about a fifth of
 * writing a small campaign workbook; the text below is the same chart (title, series, cached values, axes, legend)
 * at a small part of the cost. {@link SheetDrawings} puts the parts into the workbook.
 *
 * <p>Every value is given twice, as Excel does: the cell range it comes from ({@code c:f}) and a cached copy, so a
 * reader that does not recalculate still draws it.
 */
final class ChartXml {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart>";
    private static final String TAIL = "</c:chart><c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\""
            + " l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/></c:printSettings>"
            + "</c:chartSpace>";
    private static final String CATEGORY_AXIS = "<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/>"
            + "</c:scaling><c:delete val=\"false\"/><c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
            + "<c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx>";
    /** Line width in EMU: 2.25 pt, Excel's default for a line series. */
    private static final int LINE_WIDTH = 28575;

    /** One series of values over the categories; {@code values} may hold nulls, which are left out of the cache. */
    record Series(String name, Number[] values, String valuesRef) {
    }

    private ChartXml() {
    }

    /**
     * A column chart of one series, each bar in its own colour (hex RGB, in category order), with its value on
     * top of each bar so nobody has to read it off the axis.
     */
    static String bars(String title, String[] categories, String categoriesRef, Series series, String[] colours,
                       String countFormat) {
        StringBuilder x = new StringBuilder(2048).append(HEAD);
        title(x, title);
        x.append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:varyColors val=\"false\"/>");
        x.append("<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>");
        seriesName(x, series.name());
        for (int i = 0; i < colours.length && i < series.values().length; i++) {
            x.append("<c:dPt><c:idx val=\"").append(i).append("\"/><c:spPr>");
            solid(x, colours[i]);
            x.append("</c:spPr></c:dPt>");
        }
        x.append("<c:dLbls><c:showLegendKey val=\"false\"/><c:showVal val=\"true\"/><c:showCatName val=\"false\"/>"
                + "<c:showSerName val=\"false\"/><c:showPercent val=\"false\"/><c:showBubbleSize val=\"false\"/>"
                + "</c:dLbls>");
        categoriesAndValues(x, categories, categoriesRef, series);
        x.append("</c:ser><c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>").append(CATEGORY_AXIS);
        valueAxis(x, 0.0, null, countFormat);
        x.append("</c:plotArea><c:plotVisOnly val=\"true\"/>");
        return x.append(TAIL).toString();
    }

    /**
     * A line chart over the categories, one line per series in the colours given in turn, with a legend below and
     * missing values drawn as gaps; {@code percent} makes the value axis run from 0% to 100%.
     */
    static String lines(String title, String[] categories, String categoriesRef, List<Series> lines,
                        String[] palette, boolean percent) {
        StringBuilder x = new StringBuilder(2048 + 1024 * lines.size()).append(HEAD);
        title(x, title);
        x.append("<c:plotArea><c:layout/><c:lineChart><c:varyColors val=\"false\"/>");
        for (int i = 0; i < lines.size(); i++) {
            Series line = lines.get(i);
            String rgb = palette[i % palette.length];
            x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>");
            seriesName(x, line.name());
            // Explicit colours: without them LibreOffice draws every series as same-coloured markers and no line.
            x.append("<c:spPr><a:ln w=\"").append(LINE_WIDTH).append("\">");
            solid(x, rgb);
            x.append("</a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/><c:spPr>");
            solid(x, rgb);
            x.append("<a:ln>");
            solid(x, rgb);
            x.append("</a:ln></c:spPr></c:marker>");
            categoriesAndValues(x, categories, categoriesRef, line);
            x.append("<c:smooth val=\"false\"/></c:ser>");
        }
        x.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:lineChart>").append(CATEGORY_AXIS);
        if (percent) {
            valueAxis(x, 0.0, 1.0, "0%");
        } else {
            valueAxis(x, null, null, null);
        }
        x.append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>"
                + "<c:plotVisOnly val=\"true\"/><c:dispBlanksAs val=\"gap\"/>");
        return x.append(TAIL).toString();
    }

    private static void title(StringBuilder x, String title) {
        x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\">"
                + "<a:defRPr/></a:pPr><a:r><a:rPr lang=\"en\"/><a:t>");
        text(x, title);
        x.append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/>"
                + "<c:overlay val=\"false\"/></c:title>");
    }

    private static void seriesName(StringBuilder x, String name) {
        x.append("<c:tx><c:v>");
        text(x, name);
        x.append("</c:v></c:tx>");
    }

    private static void categoriesAndValues(StringBuilder x, String[] categories, String categoriesRef,
                                            Series series) {
        x.append("<c:cat><c:strRef><c:f>");
        text(x, categoriesRef);
        x.append("</c:f><c:strCache><c:ptCount val=\"").append(categories.length).append("\"/>");
        for (int i = 0; i < categories.length; i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
            text(x, categories[i]);
            x.append("</c:v></c:pt>");
        }
        x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
        text(x, series.valuesRef());
        Number[] values = series.values();
        x.append("</c:f><c:numCache><c:ptCount val=\"").append(values.length).append("\"/>");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values[i]).append("</c:v></c:pt>");
            }
        }
        x.append("</c:numCache></c:numRef></c:val>");
    }

    private static void valueAxis(StringBuilder x, Double min, Double max, String format) {
        x.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/>");
        if (max != null) {
            x.append("<c:max val=\"").append(max).append("\"/>");
        }
        if (min != null) {
            x.append("<c:min val=\"").append(min).append("\"/>");
        }
        x.append("</c:scaling><c:delete val=\"false\"/><c:axPos val=\"l\"/>");
        if (format != null) {
            x.append("<c:numFmt formatCode=\"");
            text(x, format);
            x.append("\" sourceLinked=\"true\"/>");
        }
        x.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
                + "<c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
    }

    private static void solid(StringBuilder x, String rgb) {
        x.append("<a:solidFill><a:srgbClr val=\"").append(rgb).append("\"/></a:solidFill>");
    }

    /**
     * Text as the cells the chart refers to hold it ({@link CellText#clean}), escaped for element content and
     * attribute values alike.
     */
    static void text(StringBuilder x, String text) {
        String s = text == null ? "" : CellText.clean(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                default -> x.append(c);
            }
        }
    }
}
