package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.figures.Figures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioWorkbookWriterTest {

    @TempDir
    Path reports;

    static PortfolioSource portfolio(List<PortfolioRow> rows, Map<String, List<TrendPoint>> trend) {
        RunInfo run = FakeCampaign.berlin().run;
        return new PortfolioSource() {
            @Override public List<PortfolioRow> campaigns() { return rows; }
            @Override public Map<String, List<TrendPoint>> trendByCampaign() { return trend; }
            @Override public RunInfo run() { return run; }
        };
    }

    static PortfolioSource twoCampaigns() {
        FakeCampaign berlin = FakeCampaign.berlin();
        CampaignFacts unregistered = new CampaignFacts("nyc-popup", "nyc-popup", LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 4, 20), "UTC", "2bd", "US", null, null, false);
        Figures empty = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
        Map<String, List<TrendPoint>> trend = new LinkedHashMap<>();
        trend.put("nyc-popup", List.of(new TrendPoint("2026-04-27", null, null, 0),
                new TrendPoint("2026-04-28", null, null, 0)));
        trend.put("ber-2026", berlin.trend);
        trend.put("old-2025", List.of(new TrendPoint("2026-04-25", 0.9, 0.95, 40)));
        return portfolio(List.of(new PortfolioRow(berlin.facts, berlin.figures), new PortfolioRow(unregistered, empty)),
                trend);
    }

    XSSFWorkbook written(PortfolioSource source) throws IOException {
        Path target = ReportPaths.portfolio(reports, LocalDate.of(2026, 4, 28));
        new PortfolioWorkbookWriter().write(source, target);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("portfolio.xlsx");
        }
        return Workbooks.open(target);
    }

    @Test
    void sheetsAreListedInOrder() throws IOException {
        try (XSSFWorkbook wb = written(twoCampaigns())) {
            assertThat(Workbooks.sheetNames(wb)).containsExactly("Portfolio", "Trend", "Run");
        }
    }

    @Test
    void oneRowPerCampaignWithTypedFigures() throws IOException {
        try (XSSFWorkbook wb = written(twoCampaigns())) {
            XSSFSheet sheet = wb.getSheet("Portfolio");
            int header = PortfolioSheet.HEADER_ROW;
            assertThat(Workbooks.rowTexts(sheet, header)).containsExactly("Code", "Name", "Start", "End", "SLA",
                    "Leads", "In CRM %", "On time", "Late", "Overdue", "Open", "SLA compliance", "Followed up",
                    "Median h", "P90 h", "With opportunity %", "Pipeline", "Won", "Currency", "Cost per lead",
                    "Return", "Note");
            assertThat(Workbooks.rowTexts(sheet, header + 1)).containsExactly("ber-2026", "Berlin Trade Expo 2026",
                    "2026-04-22", "2026-04-24", "2bd", "8", "75.0%", "2", "2", "2", "2", "33.3%", "50.0%", "5.8", "71.4",
                    "", "", "", "", "", "", "no opportunity export found");
            Cell start = sheet.getRow(header + 1).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(sheet.getRow(header + 1).getCell(11).getCellStyle().getDataFormatString()).contains("%");
            // No leads: rates are undefined and left blank, not shown as 0%.
            assertThat(sheet.getRow(header + 2).getCell(6)).isNull();
            assertThat(sheet.getRow(header + 2).getCell(11)).isNull();
            assertThat(Workbooks.text(sheet.getRow(header + 2).getCell(21))).contains("defaults used");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:V5");
        }
    }

    @Test
    void trendHasOneRowPerAsOfInTimeOrderAndOneColumnPerCampaign() throws IOException {
        try (XSSFWorkbook wb = written(twoCampaigns())) {
            XSSFSheet trend = wb.getSheet("Trend");
            assertThat(Workbooks.rowTexts(trend, 0)).containsExactly("As-of", "ber-2026", "nyc-popup", "old-2025");
            assertThat(Workbooks.rowTexts(trend, 1)).containsExactly("2026-04-25", "", "", "90.0%");
            assertThat(Workbooks.rowTexts(trend, 2)).containsExactly("2026-04-26", "25.0%");
            assertThat(Workbooks.rowTexts(trend, 4)).containsExactly("2026-04-28", "33.3%");
            assertThat(trend.getLastRowNum()).isEqualTo(4);
            assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void asOfValuesSortByTime() {
        assertThat(List.of("2026-04-28T06:00:00Z", "2026-04-28", "2026-04-27T23:00:00Z", "2026-04-29", "later?")
                .stream().sorted(TrendSheet.AS_OF_ORDER).toList())
                .containsExactly("2026-04-27T23:00:00Z", "2026-04-28T06:00:00Z", "2026-04-28", "2026-04-29", "later?");
    }

    @Test
    void aSingleRunHasNoTrendChartAndNoCampaignsSaysSo() throws IOException {
        try (XSSFWorkbook wb = written(portfolio(List.of(), Map.of()))) {
            assertThat(Workbooks.text(wb.getSheet("Portfolio").getRow(PortfolioSheet.HEADER_ROW + 1).getCell(0)))
                    .isEqualTo("No campaigns.");
            assertThat(wb.getSheet("Trend").getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void runSheetShowsInstantsInUtc() throws IOException {
        try (XSSFWorkbook wb = written(twoCampaigns())) {
            XSSFSheet run = wb.getSheet("Run");
            assertThat(Workbooks.rowTexts(run, Workbooks.rowOf(run, "Started at (UTC)")))
                    .containsExactly("Started at (UTC)", "2026-04-29 01:00:00", "2026-04-29T01:00:00Z");
        }
    }
}
