package com.leadaudit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Trend sheet: SLA compliance of every campaign across runs — one row per as-of, one column per campaign —
 * and a line chart of it once there are two as-of points to draw a line between.
 */
final class TrendSheet {

    private TrendSheet() {
    }

    static void write(SXSSFSheet sheet, ReportStyles styles, List<PortfolioRow> campaigns,
                      Map<String, List<TrendPoint>> trendByCampaign) {
        Map<String, List<TrendPoint>> trends = trendByCampaign == null ? Map.of() : trendByCampaign;
        List<String> codes = campaignColumns(campaigns, trends);
        List<String> asOfs = asOfRows(trends);

        ColumnWidths.set(sheet, 0, 22);
        Row header = sheet.createRow(0);
        Cells.text(header, 0, "As-of", styles.header);
        for (int c = 0; c < codes.size(); c++) {
            Cells.text(header, c + 1, codes.get(c), styles.headerRight);
            ColumnWidths.set(sheet, c + 1, Math.max(12, codes.get(c).length() + 2));
        }
        sheet.createFreezePane(1, 1);

        Map<String, Map<String, Double>> compliance = new HashMap<>();
        trends.forEach((code, points) -> {
            Map<String, Double> byAsOf = new HashMap<>();
            for (TrendPoint p : points) {
                byAsOf.put(p.asOf(), p.slaCompliance());
            }
            compliance.put(code, byAsOf);
        });
        Double[][] series = new Double[codes.size()][asOfs.size()];
        for (int r = 0; r < asOfs.size(); r++) {
            Row row = sheet.createRow(r + 1);
            Cells.text(row, 0, asOfs.get(r));
            for (int c = 0; c < codes.size(); c++) {
                Double value = compliance.getOrDefault(codes.get(c), Map.of()).get(asOfs.get(r));
                series[c][r] = value;
                Cells.number(row, c + 1, value, styles.percent);
            }
        }
        if (asOfs.isEmpty()) {
            Cells.text(sheet.createRow(1), 0, "No runs yet.");
        }
        if (asOfs.size() >= 2 && !codes.isEmpty()) {
            chart(sheet, codes, asOfs, series);
        }
    }

    private static void chart(SXSSFSheet sheet, List<String> codes, List<String> asOfs, Double[][] series) {
        int last = asOfs.size();
        List<Charts.Line> lines = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            lines.add(new Charts.Line(codes.get(c), series[c], new CellRangeAddress(1, last, c + 1, c + 1)));
        }
        int left = codes.size() + 2;
        Charts.lines(sheet, new Charts.Place(left, 0, left + 9, 22), "SLA compliance by campaign",
                asOfs.toArray(String[]::new), new CellRangeAddress(1, last, 0, 0), lines, true);
    }

    /** The portfolio's campaigns in their order, then any campaign known only from earlier runs. */
    private static List<String> campaignColumns(List<PortfolioRow> campaigns, Map<String, List<TrendPoint>> trends) {
        Set<String> codes = new LinkedHashSet<>();
        for (PortfolioRow row : campaigns) {
            codes.add(row.facts().code());
        }
        codes.addAll(new TreeSet<>(trends.keySet()));
        return new ArrayList<>(codes);
    }

    private static List<String> asOfRows(Map<String, List<TrendPoint>> trends) {
        Set<String> asOfs = new TreeSet<>(AS_OF_ORDER);
        trends.values().forEach(points -> points.forEach(p -> asOfs.add(p.asOf())));
        return new ArrayList<>(asOfs);
    }

    /**
     * Chronological. A date as-of means the end of that day (§8) — in each campaign's own zone, which a
     * cross-campaign axis cannot honour, so UTC stands in; text that is neither date nor instant sorts last.
     */
    static final Comparator<String> AS_OF_ORDER = Comparator
            .comparing((String s) -> moment(s), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    private static Instant moment(String asOf) {
        try {
            return LocalDate.parse(asOf).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(asOf);
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
    }
}
