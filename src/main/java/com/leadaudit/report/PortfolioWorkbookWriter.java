package com.leadaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code portfolio.xlsx} (§10): one row per campaign, the SLA-compliance trend across runs, and the Run
 * sheet. Campaigns have different zones, so the Run sheet's instants are shown in UTC.
 */
public final class PortfolioWorkbookWriter {

    public static final String PORTFOLIO = "Portfolio";
    public static final String TREND = "Trend";
    public static final String RUN = "Run";

    /** @throws IOException when the workbook cannot be written; any previous workbook is left as it was */
    public void write(PortfolioSource source, Path target) throws IOException {
        StreamingWorkbook.write(target, "Lead follow-up audit: portfolio",
                "leadaudit " + source.run().softwareVersion(), workbook -> fill(workbook, source));
    }

    private static void fill(SXSSFWorkbook workbook, PortfolioSource source) {
        ReportStyles styles = new ReportStyles(workbook);
        List<PortfolioRow> campaigns = source.campaigns() == null ? List.of() : source.campaigns();
        SXSSFSheet portfolio = workbook.createSheet(PORTFOLIO);
        SXSSFSheet trend = workbook.createSheet(TREND);
        SXSSFSheet run = workbook.createSheet(RUN);
        for (SXSSFSheet sheet : List.of(portfolio, trend, run)) {
            PageSetup.fitToWidth(sheet);
        }
        PortfolioSheet.write(portfolio, styles, campaigns, source.run());
        TrendSheet.write(trend, styles, campaigns, source.trendByCampaign());
        RunSheet.write(run, styles, source.run(), ZoneId.of("UTC"));
    }
}
