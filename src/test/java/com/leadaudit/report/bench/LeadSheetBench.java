package com.leadaudit.report.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import com.leadaudit.report.CampaignFacts;
import com.leadaudit.report.CampaignReportSource;
import com.leadaudit.report.CampaignWorkbookWriter;
import com.leadaudit.report.DataQualityRow;
import com.leadaudit.report.InputFile;
import com.leadaudit.report.LeadRow;
import com.leadaudit.report.RunInfo;
import com.leadaudit.report.TrendPoint;

/**
 * Times the campaign workbook writer alone (no database): synthetic leads generated on the fly, so the numbers are
 * the cost of the Leads and Action List sheets. Not a test: run it by hand, on a quiet machine, and compare builds.
 *
 * <pre>
 * ./mvnw -q -o test-compile &amp;&amp; ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
 *      com.leadaudit.report.bench.LeadSheetBench --leads 200000 --runs 3 [--keep out.xlsx]
 * </pre>
 *
 * Only public types of {@code com.leadaudit.report} are used, so the same class runs against an older build's
 * classes (put them first on the class path) for a before/after comparison.
 */
public final class LeadSheetBench {

    private static final String[] STATUSES = {"ON_TIME", "LATE", "OVERDUE", "OPEN"};
    private static final String[] RATINGS = {"HOT", "WARM", "COLD", "UNRATED"};

    private LeadSheetBench() {
    }

    public static void main(String[] args) throws Exception {
        int leads = 200_000;
        int runs = 3;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--leads" -> leads = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CampaignReportSource source = source(leads);
        int actionRows = actionItems(leads);
        Path dir = Files.createTempDirectory("leadsheet-bench");
        Path target = keep != null ? keep : dir.resolve("bench.xlsx");
        System.out.printf("%,d leads + %,d action-list rows, %d run(s)%n", leads, actionRows, runs);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            new CampaignWorkbookWriter().write(source, target);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %.2f s, %,.0f sheet rows/s (%,.0f leads/s), %,d bytes%n", run, seconds,
                    (leads + actionRows) / seconds, leads / seconds, Files.size(target));
        }
        if (keep == null) {
            Files.deleteIfExists(target);
        }
        Files.deleteIfExists(dir);
    }

    private static int actionItems(int leads) {
        return leads / 2; // OVERDUE and OPEN: every second lead below
    }

    public static CampaignReportSource source(int leads) {
        CampaignFacts facts = new CampaignFacts("bench-2026", "Benchmark Expo & Fair 2026", LocalDate.of(2026, 3, 26),
                LocalDate.of(2026, 3, 29), "Europe/Berlin", "2bd", "DE", null, "2026-04-03", true);
        Figures figures = new Figures(leads + 100L, 10, 90, leads, leads * 4L / 5, leads / 4, leads / 4, leads / 4,
                leads / 4, 0.5, 0.5, 5.8, 71.4);
        List<GroupFigures> byRating = new ArrayList<>();
        for (String r : RATINGS) {
            byRating.add(new GroupFigures(r, leads / 4, leads / 16, leads / 16, leads / 16, leads / 16, 0.5, 5.0, 9.0));
        }
        List<GroupFigures> owners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            owners.add(new GroupFigures("Owner " + i, leads / 40, 1, 1, 1, 1, 0.5, 5.0, 9.0));
        }
        List<String> questions = List.of("Interested in product?", "Budget", "Timeframe");
        RunInfo run = new RunInfo("2026-04-01", Instant.parse("2026-04-01T21:59:59.999Z"), "bench",
                Instant.parse("2026-04-02T01:00:00Z"),
                List.of(new InputFile("badge-scans/bench-2026/day1.csv", "badge scans", "ab".repeat(32), leads, 0,
                        "imported")), Map.of("leadaudit.default.sla", "2bd"));
        Instant start = Instant.parse("2026-03-26T07:00:00Z"); // the campaign spans the switch to summer time
        return new CampaignReportSource() {
            @Override public CampaignFacts facts() { return facts; }
            @Override public Figures figures() { return figures; }
            @Override public List<GroupFigures> byRating() { return byRating; }
            @Override public List<GroupFigures> byOwner() { return owners; }
            @Override public List<GroupFigures> byBoothStaff() { return owners.subList(0, 12); }
            @Override public List<String> answerColumns() { return questions; }
            @Override public List<TrendPoint> trend() { return List.of(new TrendPoint("2026-04-01", 0.5, 0.5, leads)); }
            @Override public RunInfo run() { return run; }

            @Override
            public void forEachLead(Consumer<LeadRow> consumer) {
                for (int i = 0; i < leads; i++) {
                    consumer.accept(lead(i, start));
                }
            }

            @Override
            public void forEachActionItem(Consumer<LeadRow> consumer) {
                for (int i = 0; i < leads; i++) {
                    if (i % 4 >= 2) {
                        consumer.accept(lead(i, start));
                    }
                }
            }

            @Override
            public void forEachDataQualityRow(Consumer<DataQualityRow> consumer) {
                for (int i = 0; i < 100; i++) {
                    consumer.accept(new DataQualityRow("Row rejected", "badge-scans/bench-2026/day1.csv", i + 2,
                            "no identity", ";;;;"));
                }
            }
        };
    }

    /** A lead with the mix a real sheet has: some empty cells, a few characters to escape, date-only touches. */
    static LeadRow lead(int i, Instant start) {
        Instant captured = start.plus(Duration.ofSeconds(3L * i));
        boolean touched = i % 4 < 2;
        boolean dateOnly = touched && i % 20 == 1;
        Instant touchAt = touched && !dateOnly ? captured.plus(Duration.ofMinutes(300 + i % 997)) : null;
        return new LeadRow(i % 50 == 0 ? null : "lead" + i + "@example.com", "First" + i, "Last" + i,
                i % 7 == 0 ? "Müller & Söhne GmbH" : "Company " + (i % 5000), "Head of Sales <EMEA>",
                "+49 30 " + (1_000_000 + i), RATINGS[i % 4], "booth-" + (i % 12), captured, 1 + i % 3, i % 5 != 0,
                i % 5 != 0 ? "EMAIL" : null, i % 5 != 0 ? "Owner " + (i % 40) : null, touchAt,
                dateOnly ? LocalDate.of(2026, 3, 30) : null, touched ? "EMAIL" : null,
                touched ? "Owner " + (i % 40) : null, touchAt != null ? (i % 997 + 300) / 60.0 : null,
                captured.plus(Duration.ofHours(48)), STATUSES[i % 4],
                i % 10 == 0 ? "asked for \"pricing\", call back " : null,
                List.of("yes", i % 3 == 0 ? "" : "10k", "Q" + (i % 4 + 1)), "badge-scans/bench-2026/day1.csv", i + 2);
    }
}
