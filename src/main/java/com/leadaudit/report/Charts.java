package com.leadaudit.report;

import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * Native Excel charts on streaming sheets. SXSSF's own drawing cannot make charts, but the XSSF drawing behind it
 * can. Chart data is given as values (cached in the chart) together with the cell range it comes from: the rows
 * of a streaming sheet may already be flushed to disk, so the chart must not read them back from the sheet.
 */
final class Charts {

    /** Where a chart goes, in whole cells: columns {@code [fromCol, toCol)} and rows {@code [fromRow, toRow)}. */
    record Place(int fromCol, int fromRow, int toCol, int toRow) {
    }

    /** One line of a line chart; {@code values} may hold nulls, drawn as gaps. */
    record Line(String name, Double[] values, CellRangeAddress range) {
    }

    /** Office's default series colours, so lines look as people know them from Excel; used in turn. */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47",
            "264478", "9E480E", "636363", "997300"};

    private Charts() {
    }

    /** A column chart with one bar per category, each in its own colour (hex RGB). */
    static void bars(SXSSFSheet sheet, Place place, String title, String[] categories, CellRangeAddress categoryRange,
                     Long[] values, CellRangeAddress valueRange, String[] colours) {
        XSSFChart chart = newChart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        y.setNumberFormat(ReportStyles.COUNT_FORMAT);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                categories(sheet, categories, categoryRange),
                XDDFDataSourcesFactory.fromArray(values, valueRange.formatAsString(sheet.getSheetName(), true)));
        series.setTitle(title, null);
        chart.plot(data);

        for (int i = 0; i < colours.length && i < values.length; i++) {
            series.getDataPoint(i).setFillProperties(solid(colours[i]));
        }
        showValues(series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls() : series.getCTBarSer().addNewDLbls());
    }

    /** A line chart over the same categories; {@code percent} formats the value axis as 0% to 100%. */
    static void lines(SXSSFSheet sheet, Place place, String title, String[] categories, CellRangeAddress categoryRange,
                      List<Line> lines, boolean percent) {
        XSSFChart chart = newChart(sheet, place, title);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (percent) {
            y.setMinimum(0);
            y.setMaximum(1);
            y.setNumberFormat("0%");
        }

        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = categories(sheet, categories, categoryRange);
        List<XDDFLineChartData.Series> added = new java.util.ArrayList<>();
        for (Line line : lines) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(cats,
                    XDDFDataSourcesFactory.fromArray(line.values(), line.range().formatAsString(sheet.getSheetName(), true)));
            series.setTitle(line.name(), null);
            series.setSmooth(false);
            // No setMarkerSize: its schema type is not in poi-ooxml-lite, and the default size is fine.
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            added.add(series);
        }
        chart.plot(data);
        // Explicit colours: without them LibreOffice draws every series as same-coloured markers and no line.
        for (int i = 0; i < added.size(); i++) {
            colourLine(added.get(i), PALETTE[i % PALETTE.length]);
        }
    }

    private static void colourLine(XDDFLineChartData.Series series, String rgb) {
        XDDFLineProperties line = new XDDFLineProperties(solid(rgb));
        line.setWidth(2.25);
        series.setLineProperties(line);
        CTMarker marker = series.getCTLineSer().getMarker();
        CTShapeProperties markerShape = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
        markerShape.addNewSolidFill().addNewSrgbClr().setVal(HexFormat.of().parseHex(rgb));
        markerShape.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(HexFormat.of().parseHex(rgb));
    }

    private static XSSFChart newChart(SXSSFSheet sheet, Place place, String title) {
        sheet.createDrawingPatriarch(); // one drawing per sheet; later calls return the same one
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0,
                place.fromCol(), place.fromRow(), place.toCol(), place.toRow()));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFCategoryDataSource categories(SXSSFSheet sheet, String[] categories, CellRangeAddress range) {
        return XDDFDataSourcesFactory.fromArray(categories, range.formatAsString(sheet.getSheetName(), true));
    }

    private static XDDFSolidFillProperties solid(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
    }

    // The count on top of each bar, so nobody has to read it off the axis.
    private static void showValues(CTDLbls labels) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
