package com.leadaudit.report;

import com.leadaudit.figures.Figures;

/** One campaign's line on the Portfolio sheet. */
public record PortfolioRow(CampaignFacts facts, Figures figures, Outcomes outcomes) {

    public PortfolioRow(CampaignFacts facts, Figures figures) {
        this(facts, figures, Outcomes.NONE);
    }
}
