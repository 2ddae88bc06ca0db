package com.leadaudit.report;

import java.util.List;
import java.util.Map;

/** Everything the portfolio workbook shows, pulled by {@link PortfolioWorkbookWriter}. */
public interface PortfolioSource {

    /** One row per campaign, shown in this order. */
    List<PortfolioRow> campaigns();

    /** Per campaign code, the figures of earlier runs and this one, oldest first. */
    Map<String, List<TrendPoint>> trendByCampaign();

    RunInfo run();
}
