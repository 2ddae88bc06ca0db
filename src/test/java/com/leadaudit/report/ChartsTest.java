package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;

/** Charts written as DrawingML text ({@link ChartXml}, {@link SheetDrawings}) read back as the charts they were. */
class ChartsTest {

    @TempDir
    Path dir;

    @Test
    void chartsOfTwoSheetsReadBackWithTheirTitlesRangesCachedValuesAndGaps() throws IOException {
        Path target = dir.resolve("charts.xlsx");
        StreamingWorkbook.write(target, "t", "c", workbook -> {
            SXSSFSheet first = workbook.createSheet("Summary");
            workbook.createSheet("Plain");
            SXSSFSheet second = workbook.createSheet("Trend & more");
            Charts.bars(first, new Charts.Place(3, 1, 9, 16), "Leads per status", new String[] {"ON_TIME", "LATE"},
                    new CellRangeAddress(1, 2, 0, 0), new Long[] {7L, 0L}, new CellRangeAddress(1, 2, 1, 1),
                    new String[] {"006100", "9C5700"});
            Charts.lines(first, new Charts.Place(3, 20, 9, 35), "Opportunities", new String[] {"Within 1 hour"},
                    new CellRangeAddress(20, 20, 0, 0),
                    List.of(new Charts.Line("Became an opportunity", new Double[] {0.25},
                            new CellRangeAddress(20, 20, 1, 1))), true);
            Charts.lines(second, new Charts.Place(5, 0, 14, 22), "SLA compliance by campaign",
                    new String[] {"2026-04-26", "2026-04-27", "2026-04-28"}, new CellRangeAddress(1, 3, 0, 0),
                    List.of(new Charts.Line("A&B <expo>", new Double[] {0.5, null, 0.75},
                            new CellRangeAddress(1, 3, 1, 1))), false);
        });

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            List<XSSFChart> summary = wb.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(summary).hasSize(2);
            assertThat(summary.get(0).getTitleText().getString()).isEqualTo("Leads per status");
            String bars = summary.get(0).getCTChartSpace().xmlText();
            assertThat(bars).contains("Summary!$A$2:$A$3").contains("Summary!$B$2:$B$3")
                    .contains("<c:v>ON_TIME</c:v>").contains("<c:v>7</c:v>").contains("006100");
            assertThat(summary.get(1).getCTChart().getPlotArea().getValAxArray(0).getScaling().getMax().getVal())
                    .isEqualTo(1.0);
            assertThat(wb.getSheet("Plain").getDrawingPatriarch()).isNull();

            List<XSSFChart> trend = wb.getSheet("Trend & more").getDrawingPatriarch().getCharts();
            assertThat(trend).hasSize(1);
            CTLineSer line = trend.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0);
            assertThat(line.getTx().getV()).isEqualTo("A&B <expo>");
            assertThat(line.getVal().getNumRef().getF()).isEqualTo("'Trend & more'!$B$2:$B$4");
            CTNumData cache = line.getVal().getNumRef().getNumCache();
            assertThat(cache.getPtCount().getVal()).isEqualTo(3);
            // the missing middle value is left out of the cache, so it is drawn as a gap
            assertThat(cache.getPtList()).extracting(pt -> pt.getIdx() + "=" + pt.getV())
                    .containsExactly("0=0.5", "2=0.75");
            assertThat(trend.get(0).getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
        }
    }

    @Test
    void theDrawingGoesBeforeTheElementsAWorksheetHasAfterItAndExistingRelationshipsAreKept() throws Exception {
        SheetDrawings drawings = new SheetDrawings();
        drawings.add("xl/worksheets/sheet1.xml", List.of(new SheetDrawings.Chart(0, 0, 5, 10,
                ChartXml.bars("t", new String[] {"a"}, "S!$A$1:$A$1", new ChartXml.Series("t", new Long[] {1L},
                        "S!$B$1:$B$1"), new String[] {"000000"}, "0"))));
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/>"
                + "<pageSetup orientation=\"landscape\"/><tableParts count=\"0\"/><extLst/></worksheet>";
        String rewritten = rewrite(drawings, "xl/worksheets/sheet1.xml", sheet);
        assertThat(rewritten).contains("<pageSetup orientation=\"landscape\"/><drawing r:id=\"rIdDrawing1\"/>"
                + "<tableParts count=\"0\"/>");
        wellFormed(rewritten);

        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Target=\"https://example.com\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/hyperlink\" TargetMode=\"External\"/></Relationships>";
        assertThat(drawings.rewrites("xl/worksheets/_rels/sheet1.xml.rels")).isTrue();
        assertThat(drawings.rewrites("xl/worksheets/sheet2.xml")).isFalse();
        String merged = rewrite(drawings, "xl/worksheets/_rels/sheet1.xml.rels", rels);
        assertThat(merged).contains("Id=\"rId1\"").contains("Id=\"rIdDrawing1\" Target=\"../drawings/drawing1.xml\"");
        wellFormed(merged);
    }

    @Test
    void chartTextIsEscapedAndCleanedAsItsCellsAre() throws Exception {
        String xml = ChartXml.lines("Q&A \"<1>\"\u0001", new String[] {"_x0041_"}, "'It''s'!$A$1:$A$1",
                List.of(new ChartXml.Series("s", new Double[] {null}, "'It''s'!$B$1:$B$1")), new String[] {"4472C4"},
                false);
        wellFormed(xml);
        assertThat(xml).contains("<a:t>Q&amp;A &quot;&lt;1&gt;&quot;</a:t>").contains("<c:v>_x005F_x0041_</c:v>")
                .contains("<c:f>'It''s'!$A$1:$A$1</c:f>").contains("<c:ptCount val=\"1\"/></c:numCache>");
    }

    private static String rewrite(SheetDrawings drawings, String entry, String xml) {
        return new String(drawings.rewrite(entry, xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static void wellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
