package com.leadaudit.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Native Excel charts on streaming sheets. Chart data is given as values (cached in the chart) together with the
 * cell range it comes from: the rows of a streaming sheet may already be flushed to disk, so the chart must not read
 * them back from the sheet. The charts are written as DrawingML text ({@link ChartXml}) and put into the workbook
 * when it is assembled ({@link SheetDrawings}).
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
        add(sheet, place, ChartXml.bars(title, categories, ref(sheet, categoryRange),
                new ChartXml.Series(title, values, ref(sheet, valueRange)), colours, ReportStyles.COUNT_FORMAT));
    }

    /** A line chart over the same categories; {@code percent} formats the value axis as 0% to 100%. */
    static void lines(SXSSFSheet sheet, Place place, String title, String[] categories, CellRangeAddress categoryRange,
                      List<Line> lines, boolean percent) {
        List<ChartXml.Series> series = lines.stream()
                .map(line -> new ChartXml.Series(line.name(), line.values(), ref(sheet, line.range()))).toList();
        add(sheet, place, ChartXml.lines(title, categories, ref(sheet, categoryRange), series, PALETTE, percent));
    }

    private static void add(SXSSFSheet sheet, Place place, String xml) {
        StreamingWorkbook.charts(sheet).add(new SheetDrawings.Chart(place.fromCol(), place.fromRow(), place.toCol(),
                place.toRow(), xml));
    }

    private static String ref(SXSSFSheet sheet, CellRangeAddress range) {
        return range.formatAsString(sheet.getSheetName(), true);
    }
}
