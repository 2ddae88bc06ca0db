package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The Portfolio sheet: one row per campaign with its §9 headline figures, filterable. */
final class PortfolioSheet {

    static final List<String> HEADERS = List.of("Code", "Name", "Start", "End", "SLA", "Leads", "In CRM %",
            "On time", "Late", "Overdue", "Open", "SLA compliance", "Followed up", "Median h", "P90 h",
            "With opportunity %", "Pipeline", "Won", "Currency", "Cost per lead", "Return", "Note");
    /** Row index of the header; above it the title. */
    static final int HEADER_ROW = 2;

    private PortfolioSheet() {
    }

    static void write(SXSSFSheet sheet, ReportStyles styles, List<PortfolioRow> campaigns, RunInfo run) {
        int[] widths = {16, 30, 11, 11, 7, 7, 10, 8, 7, 9, 7, 15, 12, 10, 8, 12, 14, 14, 9, 12, 8, 40};
        for (int c = 0; c < widths.length; c++) {
            ColumnWidths.set(sheet, c, ColumnWidths.forHeader(HEADERS.get(c), widths[c]));
        }
        Cells.text(sheet.createRow(0), 0, "Lead follow-up by campaign, as of " + run.asOf(), styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(header, c, HEADERS.get(c), styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        PageSetup.repeatHeader(sheet, HEADER_ROW);

        int next = HEADER_ROW + 1;
        for (PortfolioRow campaign : campaigns) {
            Row row = sheet.createRow(next++);
            write(row, styles, campaign.facts(), campaign.figures());
            outcomes(row, styles, campaign.outcomes());
        }
        if (campaigns.isEmpty()) {
            Cells.text(sheet.createRow(next), 0, "No campaigns.");
        } else {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, next - 1, 0, HEADERS.size() - 1));
        }
    }

    private static void write(Row row, ReportStyles styles, CampaignFacts facts, Figures f) {
        Cells.text(row, 0, facts.code());
        Cells.text(row, 1, facts.name());
        Cells.date(row, 2, facts.startDate(), styles.date);
        Cells.date(row, 3, facts.endDate(), styles.date);
        Cells.text(row, 4, facts.sla());
        Cells.number(row, 5, f.leads(), styles.count);
        Cells.number(row, 6, f.inCrmShare(), styles.percent);
        Cells.number(row, 7, f.onTime(), styles.count);
        Cells.number(row, 8, f.late(), styles.count);
        Cells.number(row, 9, f.overdue(), styles.count);
        Cells.number(row, 10, f.open(), styles.count);
        Cells.number(row, 11, f.slaCompliance(), styles.percent);
        Cells.number(row, 12, f.followedUp(), styles.percent);
        Cells.number(row, 13, f.medianHours(), styles.hours);
        Cells.number(row, 14, f.p90Hours(), styles.hours);
        if (!facts.registered()) {
            Cells.text(row, NOTE, "not in campaigns register: defaults used", styles.note);
        }
    }

    private static final int NOTE = 21;

    /**
     * SPEC §14 per campaign: amounts of its one currency as numbers; a campaign with opportunities in several
     * currencies lists them as text (amounts are never converted); without an opportunity export, a note.
     */
    private static void outcomes(Row row, ReportStyles styles, Outcomes o) {
        if (!o.opportunityExport()) {
            if (row.getCell(NOTE) == null) {
                Cells.text(row, NOTE, "no opportunity export found", styles.note);
            }
            return;
        }
        o.counts("ALL", "ALL").filter(all -> all.leads() > 0)
                .ifPresent(all -> Cells.number(row, 15, (double) all.withOpportunity() / all.leads(), styles.percent));
        List<String> currencies = o.currencies();
        if (currencies.size() == 1) {
            Outcomes.Figure amounts = o.amounts("ALL", "ALL", currencies.get(0));
            Cells.number(row, 16, amounts.pipeline(), styles.amount);
            Cells.number(row, 17, amounts.won(), styles.amount);
            Cells.text(row, 18, Outcomes.shown(currencies.get(0)));
        } else if (currencies.size() > 1) {
            Cells.text(row, 16, joined(o, currencies, true));
            Cells.text(row, 17, joined(o, currencies, false));
            Cells.text(row, 18, String.join("; ", currencies));
        }
        Cells.number(row, 19, o.costPerLead(), styles.amount);
        Cells.number(row, 20, o.returnOnCost(), styles.amount);
    }

    private static String joined(Outcomes o, List<String> currencies, boolean pipeline) {
        return currencies.stream().map(c -> {
            Outcomes.Figure f = o.amounts("ALL", "ALL", c);
            return c + " " + String.format(java.util.Locale.ROOT, "%,.2f", pipeline ? f.pipeline() : f.won());
        }).collect(java.util.stream.Collectors.joining("; "));
    }
}
