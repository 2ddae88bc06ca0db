package com.leadaudit.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Outcomes sheet (SPEC §14): leads that became opportunities, pipeline and won amounts per currency, split by
 * follow-up status and by time to first touch, so the sheet answers whether speed pays; cost per lead and return
 * where the register gives a cost. Without an opportunity export it says so instead of showing zeros.
 */
final class OutcomesSheet {

    private OutcomesSheet() {
    }

    static void write(SXSSFSheet sheet, ReportStyles styles, Outcomes outcomes) {
        List<String> currencies = outcomes.currencies();
        int[] widths = new int[4 + 2 * currencies.size()];
        widths[0] = 26;
        widths[1] = 10;
        widths[2] = 20;
        widths[3] = 10;
        for (int i = 4; i < widths.length; i++) {
            widths[i] = 18;
        }
        ColumnWidths.set(sheet, widths);
        NextRow cursor = new NextRow(sheet);
        Cells.text(cursor.next(), 0, "Outcomes", styles.title);
        if (!outcomes.opportunityExport()) {
            Cells.text(cursor.next(), 0, Outcomes.NO_EXPORT, styles.note);
            return;
        }
        Cells.text(cursor.next(), 0, "What follow-up earned", styles.section);
        header(cursor, styles, currencies);
        group(cursor, styles, outcomes, currencies, "ALL", "ALL", "All leads");
        cursor.skip(1);
        Cells.text(cursor.next(), 0, "By follow-up status", styles.section);
        header(cursor, styles, currencies);
        groups(cursor, styles, outcomes, currencies, "STATUS", Outcomes.BY_STATUS);
        cursor.skip(1);
        Cells.text(cursor.next(), 0, "By time to first touch", styles.section);
        header(cursor, styles, currencies);
        groups(cursor, styles, outcomes, currencies, "SPEED", Outcomes.BY_SPEED);
        cursor.skip(1);
        if (outcomes.cost() != null) {
            Cells.text(cursor.next(), 0, "Cost and return", styles.section);
            money(cursor, styles, "Cost", outcomes.cost(), outcomes.costCurrency());
            money(cursor, styles, "Cost per lead", outcomes.costPerLead(), outcomes.costCurrency());
            Row r = cursor.next();
            Cells.text(r, 0, "Return (won ÷ cost)", styles.label);
            Double ret = outcomes.returnOnCost();
            if (ret == null) {
                Cells.text(r, 1, "cannot be said: amounts in several currencies and the cost names none");
            } else {
                Cells.number(r, 1, ret, styles.amount);
            }
            cursor.skip(1);
        }
        Cells.text(cursor.next(), 0, "A lead's outcome is its earliest opportunity on a matched CRM person, created "
                + "at or after the capture, within the outcome window and by the as-of. Pipeline counts open, won and "
                + "lost opportunities; Won only those won by the as-of. Amounts are per currency, never converted.",
                styles.definition);
    }

    private static void header(NextRow cursor, ReportStyles styles, List<String> currencies) {
        Row row = cursor.next();
        Cells.text(row, 0, "", styles.header);
        Cells.text(row, 1, "Leads", styles.headerRight);
        Cells.text(row, 2, "With an opportunity", styles.headerRight);
        Cells.text(row, 3, "Share", styles.headerRight);
        for (int i = 0; i < currencies.size(); i++) {
            Cells.text(row, 4 + 2 * i, Outcomes.label("Pipeline", currencies.get(i)), styles.headerRight);
            Cells.text(row, 5 + 2 * i, Outcomes.label("Won", currencies.get(i)), styles.headerRight);
        }
    }

    private static void groups(NextRow cursor, ReportStyles styles, Outcomes outcomes, List<String> currencies,
                               String dimension, Map<String, String> labels) {
        labels.forEach((group, label) -> group(cursor, styles, outcomes, currencies, dimension, group, label));
    }

    private static void group(NextRow cursor, ReportStyles styles, Outcomes outcomes, List<String> currencies,
                              String dimension, String group, String label) {
        Row row = cursor.next();
        Cells.text(row, 0, label, styles.label);
        Outcomes.Figure counts = outcomes.counts(dimension, group)
                .orElse(new Outcomes.Figure(dimension, group, "", 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        Cells.number(row, 1, counts.leads(), styles.count);
        Cells.number(row, 2, counts.withOpportunity(), styles.count);
        if (counts.leads() > 0) {
            Cells.number(row, 3, (double) counts.withOpportunity() / counts.leads(), styles.percent);
        }
        for (int i = 0; i < currencies.size(); i++) {
            Outcomes.Figure amounts = outcomes.amounts(dimension, group, currencies.get(i));
            Cells.number(row, 4 + 2 * i, amounts.pipeline(), styles.amount);
            Cells.number(row, 5 + 2 * i, amounts.won(), styles.amount);
        }
    }

    private static void money(NextRow cursor, ReportStyles styles, String label, BigDecimal value, String currency) {
        Row row = cursor.next();
        Cells.text(row, 0, label, styles.label);
        Cells.number(row, 1, value, styles.amount);
        Cells.text(row, 2, currency);
    }
}
