package com.leadaudit.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benchmark's per-step seconds of all runs as one markdown table, ready for docs/benchmarks.md. */
final class StepTable {

    private StepTable() {
    }

    static String markdown(List<String> runs, List<Map<String, Double>> secs) {
        Set<String> steps = new LinkedHashSet<>();
        secs.forEach(m -> steps.addAll(m.keySet()));
        steps.remove("wall");
        steps.add("wall");  // last
        StringBuilder out = new StringBuilder("\n| step |");
        runs.forEach(r -> out.append(' ').append(r).append(" |"));
        out.append("\n|---|");
        runs.forEach(r -> out.append("---|"));
        out.append('\n');
        for (String step : steps) {
            out.append("| ").append(step).append(" |");
            for (Map<String, Double> m : secs) {
                Double v = m.get(step);
                out.append(' ').append(v == null ? "—" : String.format(Locale.ROOT, "%.1f", v)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
