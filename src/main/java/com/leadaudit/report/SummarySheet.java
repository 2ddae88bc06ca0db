package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Summary sheet: what the campaign is, the headline numbers a marketing lead looks for first, the §9 figures
 * with a chart of leads per status, figures per rating and, once there is history, the compliance trend.
 */
final class SummarySheet {

    static final String NOT_REGISTERED = "Note: not in campaigns register: defaults used";
    static final String[] STATUSES = {"ON_TIME", "LATE", "OVERDUE", "OPEN"};
    static final String DEFINITIONS = "SLA compliance = ON_TIME / (ON_TIME + LATE + OVERDUE).  "
            + "Followed up = (ON_TIME + LATE) / leads.  "
            + "Hours run from capture to first touch; date-only touches count in the rates but not in the hours.";
    private static final int LABEL_WIDTH = 34;
    private static final int VALUE_WIDTH = 15;
    private static final int CHART_COLUMN = 3;

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private final NextRow cursor;

    private SummarySheet(SXSSFSheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.cursor = new NextRow(sheet);
    }

    static void write(SXSSFSheet sheet, ReportStyles styles, CampaignReportSource source, ZoneId zone) {
        SummarySheet summary = new SummarySheet(sheet, styles);
        PageSetup.fitToWidth(sheet);
        ColumnWidths.set(sheet, 0, LABEL_WIDTH);
        for (int c = 1; c <= 12; c++) {
            ColumnWidths.set(sheet, c, VALUE_WIDTH);
        }
        Figures figures = source.figures();
        summary.facts(source.facts(), source.run(), zone);
        summary.headline(figures);
        summary.figures(figures);
        summary.ratings(source.byRating());
        summary.outcomes(source.outcomes());
        summary.trend(source.trend());
    }

    private void facts(CampaignFacts facts, RunInfo run, ZoneId zone) {
        Cells.text(cursor.next(), 0, isBlank(facts.name()) ? facts.code() : facts.name(), styles.title);
        fact("Campaign code", facts.code());
        Cells.date(fact("Start", null), 1, facts.startDate(), styles.factDate);
        Cells.date(fact("End", null), 1, facts.endDate(), styles.factDate);
        fact("Time zone", facts.timeZone());
        fact("SLA", SlaText.describe(facts.sla()));
        fact("Country", facts.country());
        fact("Qualifying touches", isBlank(facts.qualifyingTypes()) ? "EMAIL; CALL; MEETING (default)" : facts.qualifyingTypes());
        if (!isBlank(facts.holidays())) {
            fact("Holidays", facts.holidays());
        }
        fact("As-of", run.asOf());
        Cells.dateTime(fact("As-of time (" + zone.getId() + ")", null), 1, run.asOfInstant(), zone, styles.factDateTime);
        if (!facts.registered()) {
            Cells.text(cursor.next(), 0, NOT_REGISTERED, styles.note);
        }
        cursor.skip(1);
    }

    private Row fact(String label, String value) {
        Row row = cursor.next();
        Cells.text(row, 0, label, styles.label);
        Cells.text(row, 1, value);
        return row;
    }

    private void headline(Figures f) {
        Row labels = cursor.next();
        Row values = cursor.next();
        values.setHeightInPoints(30);
        String[] names = {"SLA compliance", "Followed up", "Leads", "Overdue", "Open"};
        for (int c = 0; c < names.length; c++) {
            Cells.text(labels, c, names[c], styles.headlineLabel);
        }
        Cells.number(values, 0, f.slaCompliance(), styles.headlinePercent);
        Cells.number(values, 1, f.followedUp(), styles.headlinePercent);
        Cells.number(values, 2, f.leads(), styles.headlineCount);
        Cells.number(values, 3, f.overdue(), styles.headlineCount);
        Cells.number(values, 4, f.open(), styles.headlineCount);
        cursor.skip(1);
    }

    private void figures(Figures f) {
        int top = cursor.position();
        Cells.text(cursor.next(), 0, "Figures", styles.section);
        count("Scans read", f.scansRead());
        count("Rows rejected", f.rowsRejected());
        count("Duplicate scans merged", f.duplicateScansMerged());
        count("Leads", f.leads());
        count("Leads in CRM", f.leadsInCrm());
        value("Leads in CRM %", f.inCrmShare(), styles.percent);
        int firstStatusRow = cursor.position();
        long[] counts = {f.onTime(), f.late(), f.overdue(), f.open()};
        for (int i = 0; i < STATUSES.length; i++) {
            Row row = cursor.next();
            Cells.text(row, 0, STATUSES[i], styles.status(STATUSES[i])); // doubles as the colour key of the Leads sheet
            Cells.number(row, 1, counts[i], styles.count);
        }
        value("SLA compliance", f.slaCompliance(), styles.percent);
        value("Followed up", f.followedUp(), styles.percent);
        value("Median hours to first touch", f.medianHours(), styles.hours);
        value("90th percentile hours to first touch", f.p90Hours(), styles.hours);

        Long[] values = {f.onTime(), f.late(), f.overdue(), f.open()};
        String[] colours = new String[STATUSES.length];
        for (int i = 0; i < STATUSES.length; i++) {
            colours[i] = ReportStyles.StatusColour.valueOf(STATUSES[i]).text;
        }
        int lastStatusRow = firstStatusRow + STATUSES.length - 1;
        Charts.bars(sheet, new Charts.Place(CHART_COLUMN, top, CHART_COLUMN + 6, cursor.position()),
                "Leads per status", STATUSES, new CellRangeAddress(firstStatusRow, lastStatusRow, 0, 0),
                values, new CellRangeAddress(firstStatusRow, lastStatusRow, 1, 1), colours);
        // Below the chart, so the line can run across the empty cells to its right.
        Cells.text(cursor.next(), 0, DEFINITIONS, styles.definition);
        cursor.skip(1);
    }

    private void count(String label, long value) {
        value(label, value, styles.count);
    }

    private void value(String label, Number value, CellStyle style) {
        Row row = cursor.next();
        Cells.text(row, 0, label);
        Cells.number(row, 1, value, style);
    }

    private void ratings(List<GroupFigures> byRating) {
        Cells.text(cursor.next(), 0, "By rating", styles.section);
        GroupTable.write(cursor, styles, "Rating", "Median h", "P90 h", GroupOrder.sorted(byRating, GroupOrder.BY_RATING));
        cursor.skip(1);
    }

    /**
     * SPEC §14 at a glance: leads that became opportunities, pipeline and won per currency, cost per lead and return,
     * and the share of leads that became an opportunity by time to first touch — whether speed pays.
     */
    private void outcomes(Outcomes outcomes) {
        Cells.text(cursor.next(), 0, "Outcomes", styles.section);
        if (!outcomes.opportunityExport()) {
            Cells.text(cursor.next(), 0, Outcomes.NO_EXPORT, styles.note);
            cursor.skip(1);
            return;
        }
        Outcomes.Figure all = outcomes.counts("ALL", "ALL")
                .orElse(new Outcomes.Figure("ALL", "ALL", "", 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
        count("Leads with an opportunity", all.withOpportunity());
        value("Leads with an opportunity %", all.leads() == 0 ? null : (double) all.withOpportunity() / all.leads(),
                styles.percent);
        for (String currency : outcomes.currencies()) {
            Outcomes.Figure amounts = outcomes.amounts("ALL", "ALL", currency);
            value(Outcomes.label("Pipeline", currency), amounts.pipeline(), styles.amount);
            value(Outcomes.label("Won", currency), amounts.won(), styles.amount);
        }
        if (outcomes.cost() != null) {
            String in = outcomes.costCurrency() == null ? "" : " (" + outcomes.costCurrency() + ")";
            value("Cost per lead" + in, outcomes.costPerLead(), styles.amount);
            value("Return (won ÷ cost)", outcomes.returnOnCost(), styles.amount);
        }
        int top = cursor.position();
        Row header = cursor.next();
        Cells.text(header, 0, "First touch", styles.header);
        Cells.text(header, 1, "Opportunity %", styles.headerRight);
        int first = cursor.position();
        String[] groups = Outcomes.BY_SPEED.values().toArray(String[]::new);
        Double[] shares = new Double[groups.length];
        int i = 0;
        for (String group : Outcomes.BY_SPEED.keySet()) {
            Outcomes.Figure g = outcomes.counts("SPEED", group).orElse(null);
            shares[i] = g == null || g.leads() == 0 ? null : (double) g.withOpportunity() / g.leads();
            Row row = cursor.next();
            Cells.text(row, 0, groups[i]);
            Cells.number(row, 1, shares[i], styles.percent);
            i++;
        }
        int last = cursor.position() - 1;
        Charts.lines(sheet, new Charts.Place(CHART_COLUMN, top - 1, CHART_COLUMN + 6, top + 14),
                "Leads that became an opportunity, by time to first touch", groups,
                new CellRangeAddress(first, last, 0, 0),
                List.of(new Charts.Line("Became an opportunity", shares, new CellRangeAddress(first, last, 1, 1))),
                true);
        cursor.skip(Math.max(1, top + 15 - cursor.position()));
    }

    /** Only once there is history: a single point is no trend. */
    private void trend(List<TrendPoint> points) {
        if (points == null || points.size() < 2) {
            return;
        }
        int top = cursor.position();
        Cells.text(cursor.next(), 0, "Compliance trend", styles.section);
        Row header = cursor.next();
        String[] headers = {"As-of", "SLA compliance", "Followed up", "Leads"};
        for (int c = 0; c < headers.length; c++) {
            Cells.text(header, c, headers[c], c == 0 ? styles.header : styles.headerRight);
        }
        int first = cursor.position();
        String[] asOf = new String[points.size()];
        Double[] compliance = new Double[points.size()];
        Double[] followedUp = new Double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            Row row = cursor.next();
            Cells.text(row, 0, p.asOf());
            Cells.number(row, 1, p.slaCompliance(), styles.percent);
            Cells.number(row, 2, p.followedUp(), styles.percent);
            Cells.number(row, 3, p.leads(), styles.count);
            asOf[i] = p.asOf();
            compliance[i] = p.slaCompliance();
            followedUp[i] = p.followedUp();
        }
        int last = cursor.position() - 1;
        Charts.lines(sheet, new Charts.Place(5, top, 12, top + 18), "Compliance trend", asOf,
                new CellRangeAddress(first, last, 0, 0), List.of(
                        new Charts.Line("SLA compliance", compliance, new CellRangeAddress(first, last, 1, 1)),
                        new Charts.Line("Followed up", followedUp, new CellRangeAddress(first, last, 2, 2))),
                true);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
