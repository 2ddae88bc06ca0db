package com.leadaudit.report;

import static com.leadaudit.figures.FiguresRepository.NO_CURRENCY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a campaign's follow-up earned (SPEC §14), as the Outcomes and Summary sheets and the portfolio show it: per
 * dimension and group, leads and leads with an opportunity, and per currency pipeline and won amounts.
 *
 * @param opportunityExport false when no opportunity export counts: then nothing is shown but that fact, never zeros
 * @param cost              the campaign's cost from the register, or null
 * @param costCurrency      its currency, or null
 */
public record Outcomes(boolean opportunityExport, BigDecimal cost, String costCurrency, List<Figure> figures) {

    public static final Outcomes NONE = new Outcomes(false, null, null, List.of());

    /** The text shown instead of figures when the CRM exports hold no opportunities. */
    public static final String NO_EXPORT = "No opportunity export found: add the CRM's opportunity or deal export "
            + "(Salesforce Opportunity, HubSpot deals, Dynamics opportunities) to input/crm/ to see what follow-up earned.";

    /** "Pipeline (EUR)"; just "Pipeline" for amounts whose export named no currency (one currency, unknown to us). */
    static String label(String what, String currency) {
        return NO_CURRENCY.equals(currency) ? what : what + " (" + currency + ")";
    }

    /** The currency as a cell shows it: nothing for amounts whose export named none. */
    static String shown(String currency) {
        return NO_CURRENCY.equals(currency) ? "" : currency;
    }

    /** Dimensions and their groups, in the order the sheets show them, with their labels. */
    public static final Map<String, String> BY_STATUS = ordered("ON_TIME", "On time", "LATE", "Late",
            "NEVER", "Never followed up");
    public static final Map<String, String> BY_SPEED = ordered("WITHIN_1H", "Within 1 hour", "WITHIN_24H",
            "Within 24 hours", "WITHIN_SLA", "Within the SLA", "LATER", "Later", "NEVER", "Never");

    /**
     * One row of outcome_figures: currency "" holds the counts of leads whatever the currency; another currency the
     * leads with an opportunity in it and their amounts.
     */
    public record Figure(String dimension, String group, String currency, long leads, long withOpportunity,
                         BigDecimal pipeline, BigDecimal won) {
    }

    public Outcomes {
        figures = List.copyOf(figures);
    }

    /** Leads and leads with an opportunity of one group ("ALL", "ALL" for the campaign). */
    public Optional<Figure> counts(String dimension, String group) {
        return figures.stream().filter(f -> f.dimension().equals(dimension) && f.group().equals(group)
                && f.currency().isEmpty()).findFirst();
    }

    /** The currencies amounts were given in, in the order of their pipeline (largest first). */
    public List<String> currencies() {
        List<Figure> all = figures.stream().filter(f -> f.dimension().equals("ALL") && !f.currency().isEmpty())
                .sorted((a, b) -> b.pipeline().compareTo(a.pipeline())).toList();
        return all.stream().map(Figure::currency).toList();
    }

    /** Pipeline and won of one group in one currency; zero when none of its opportunities is in that currency. */
    public Figure amounts(String dimension, String group, String currency) {
        return figures.stream().filter(f -> f.dimension().equals(dimension) && f.group().equals(group)
                && f.currency().equals(currency)).findFirst()
                .orElse(new Figure(dimension, group, currency, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Cost divided by the campaign's leads; null without a cost or a lead. */
    public BigDecimal costPerLead() {
        long leads = counts("ALL", "ALL").map(Figure::leads).orElse(0L);
        return cost == null || leads == 0 ? null : cost.divide(BigDecimal.valueOf(leads), 2, RoundingMode.HALF_UP);
    }

    /** Won ÷ cost, in the cost's currency only (amounts are never converted); null when it cannot be said. */
    public Double returnOnCost() {
        if (cost == null || cost.signum() == 0 || !opportunityExport) {
            return null;
        }
        String currency = costCurrency;
        if (currency == null) {
            List<String> currencies = currencies();
            if (currencies.size() != 1) {
                return currencies.isEmpty() ? 0.0 : null;
            }
            currency = currencies.get(0);
        }
        return amounts("ALL", "ALL", currency).won().divide(cost, 6, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Helper for callers that list groups with their labels. */
    static List<Map.Entry<String, String>> entries(Map<String, String> groups) {
        return new ArrayList<>(groups.entrySet());
    }
}
