package com.leadaudit.bench;

import com.leadaudit.run.ExitCode;
import com.leadaudit.run.LeadAuditMain;
import com.leadaudit.run.db.EmbeddedPostgresServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * Runs the real nightly job ({@link LeadAuditMain#execute}) on a generated input of a given size and shape and
 * prints, per step, rows and rows/s (from BATCH_STEP_EXECUTION and the StepLogger counts in each step's execution
 * context), the wall time of each run, the heap it needed and the peak resident memory of the JVM and of PostgreSQL
 * ({@link RssWatch}), and the night cut at its steps' starts and ends with the core-seconds the JVM, the rest of the
 * machine and nobody used in each stretch ({@link PhaseCpu}). Run 1 starts from an empty database; run 2 re-runs the
 * same, unchanged input for the next as-of day, as the next night would; run 3 re-runs that same as-of again; run 4 is the night after with one late badge
 * file of 1,000 re-scans in one campaign; run 5 and later repeat run 4's as-of into a new reports folder (unchanged
 * workbooks are copied from the first folder). At the end, a markdown table of every
 * step's seconds per run, and a {@link Yardstick}: the same fixed work timed on whatever machine this ran on, to tell
 * a slower VM from slower code.
 *
 * <p>The default shape is issue #17's realistic one ({@code --shape realistic}: 200 campaigns in 12 time zones, 397
 * badge files a third of them xlsx, 1.06M scans a quarter of them re-scans, 1M CRM people of which 580k in one xlsx
 * contact report, 5M activities in quarterly task files with an overlapping delta export, 5 runs);
 * {@code --shape classic} is issue #7's ten campaigns (defaults 10k/10k/50k, 2 runs).
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -Xmx512m -cp "target/test-classes:target/classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *      com.leadaudit.bench.Benchmark --shape classic --scans 100000 --people 100000 --activities 500000 --campaigns 10
 * </pre>
 *
 * Options: {@code --shape}, {@code --scans} (alias {@code --leads}), {@code --people}, {@code --activities},
 * {@code --campaigns}, {@code --badge-files} (realistic shape; default 397 per 200 campaigns),
 * {@code --max-rows-per-file} (CRM exports are split like Salesforce's weekly export, default 1,000,000),
 * {@code --runs} (default 2), {@code --dir} (default bench-data/&lt;sizes&gt;), {@code --regenerate},
 * {@code --keep-db} (do not start from an empty database), {@code --warm-server} (keep the embedded server up from
 * one night to the next; by default it is stopped after each night, as the end of a cron run stops it),
 * {@code --as-of DATE} (run 1's as-of, default the
 * generated data's), {@code --explain FILE} (afterwards, run the SQL
 * statements of FILE — EXPLAIN ANALYZE of the set-based queries — on the same database and print their plans). Other {@code --key=value} arguments go to the run
 * command (Spring settings). With SPRING_DATASOURCE_URL set, the server is used (and emptied first unless
 * --keep-db) instead of an embedded PostgreSQL under &lt;dir&gt;/db.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        List<String> passOn = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.contains("=")) {
                passOn.add(a);
            } else if (a.equals("--regenerate") || a.equals("--keep-db") || a.equals("--warm-server")) {
                opt.put(a.substring(2), "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opt.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        // issue #17's realistic shape is the default; --shape classic is issue #7's ten campaigns
        boolean realistic = !opt.getOrDefault("shape", "realistic").equals("classic");
        int scans = Integer.parseInt(opt.getOrDefault("scans", opt.getOrDefault("leads", realistic ? "1060000" : "10000")));
        int people = Integer.parseInt(opt.getOrDefault("people", realistic ? "1000000" : "10000"));
        int activities = Integer.parseInt(opt.getOrDefault("activities", realistic ? "5000000" : "50000"));
        int campaigns = Integer.parseInt(opt.getOrDefault("campaigns", realistic ? "200" : "10"));
        int maxRows = Integer.parseInt(opt.getOrDefault("max-rows-per-file", "1000000"));
        // 397 badge files for 200 campaigns, as the issue's customer has; the same files per campaign at other counts
        int badgeFiles = Integer.parseInt(opt.getOrDefault("badge-files",
                Integer.toString((int) Math.round(campaigns * 397 / 200.0))));
        int runs = Integer.parseInt(opt.getOrDefault("runs", realistic ? "5" : "2"));
        BenchData.Size size = new BenchData.Size(scans, people, activities, campaigns, maxRows, realistic, badgeFiles);
        Path dir = Path.of(opt.getOrDefault("dir", "bench-data/" + size.label())).toAbsolutePath().normalize();
        Path input = dir.resolve("input");
        Path marker = dir.resolve("generated-size.txt");
        BenchData data = new BenchData(size);

        String wanted = size.label() + " max-rows-per-file=" + maxRows;
        if (opt.containsKey("regenerate") || !Files.exists(marker) || !Files.readString(marker).strip().equals(wanted)) {
            delete(input);
            Files.deleteIfExists(marker);
            long t = System.nanoTime();
            data.write(input);
            Files.writeString(marker, wanted + "\n");
            System.out.printf(Locale.ROOT, "generated %s in %.1f s (%s)%n", input, secs(System.nanoTime() - t),
                    humanBytes(sizeOf(input)));
        } else {
            System.out.printf(Locale.ROOT, "reusing %s (%s)%n", input, humanBytes(sizeOf(input)));
        }

        boolean server = System.getenv("SPRING_DATASOURCE_URL") != null;
        Path dataDir = dir.resolve("db");
        Path reports = dir.resolve("reports");
        Path otherReports = dir.resolve("reports-new-folder");
        if (!opt.containsKey("keep-db")) {
            delete(reports);
            delete(otherReports);
            if (server) {
                emptyServer();
            } else {
                delete(dataDir);
            }
        }
        RealisticFiles extra = new RealisticFiles(data, size);
        Path lateFile = null;
        if (!opt.containsKey("keep-db")) {
            // a late badge file a previous benchmark left would make the cold run differ from the generated input
            Files.deleteIfExists(extra.lateBadgeFile(input.resolve("badge-scans")));
        }
        System.out.println(machine());
        LocalDate asOf = LocalDate.parse(opt.getOrDefault("as-of", data.defaultAsOf()));
        List<String> summary = new ArrayList<>();
        List<Map<String, Double>> stepSecs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            // run 1: the as-of, empty database; run 2: the next night, unchanged files; run 3: that night again
            // (a re-run of the same as-of); run 4: the night after, with one late badge file; run 5: that as-of again
            // into a new reports folder (issue #17's "re-run ... new reports folder"); later runs: that again
            LocalDate runAsOf = asOf.plusDays(Math.min(run - 1, 1) + (run >= 4 ? 1 : 0));
            String label = switch (run) {
                case 1 -> opt.containsKey("keep-db") ? "first (kept database)" : "cold";
                case 2 -> "next night";
                case 3 -> "same as-of again";
                case 4 -> "one new badge file";
                case 5 -> "same as-of, new reports folder";
                default -> "re-run";
            };
            Path runReports = run >= 5 ? otherReports : reports;
            if (run == 4) {
                lateFile = extra.writeLateBadgeFile(input.resolve("badge-scans"));
            }
            List<String> cmd = new ArrayList<>(List.of("run", "--input", input.toString(), "--reports",
                    runReports.toString(), "--data-dir", dataDir.toString(), "--as-of", runAsOf.toString()));
            cmd.addAll(passOn);
            String loadBefore = load();
            System.gc();
            CpuTimes cpuBefore = CpuTimes.now(server ? null : dataDir.resolve("pg"));
            long started = System.nanoTime();
            ExitCode code;
            HeapWatch.Peaks peaks;
            RssWatch.Peaks rss;
            List<PhaseCpu.Sample> cpuSamples;
            try (HeapWatch heap = new HeapWatch(); RssWatch memory = new RssWatch(server ? null : dataDir.resolve("pg"));
                 PhaseCpu.Sampler cpu = new PhaseCpu.Sampler()) {
                code = LeadAuditMain.execute(cmd.toArray(String[]::new), System.out, System.err);
                peaks = heap.peaks();
                rss = memory.peaks();
                cpu.close();
                cpuSamples = cpu.samples();
            }
            double wall = secs(System.nanoTime() - started);
            CpuTimes cpuAfter = CpuTimes.now(server ? null : dataDir.resolve("pg"));
            String loadAfter = load();
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "%n=== run %d (%s) of %s (as-of %s): exit %s, wall %.1f s%n",
                    run, label, size.label(), runAsOf, code, wall));
            report.append(String.format(Locale.ROOT, "    load avg before %s, after %s%n", loadBefore, loadAfter));
            report.append("    CPU: ").append(cpuAfter.since(cpuBefore)).append(System.lineSeparator());
            report.append(String.format(Locale.ROOT,
                    "    heap: max after GC %s, sampled max in use %s, pool peaks %s (%d GCs, -Xmx %s)%n",
                    humanBytes(peaks.afterGc()), humanBytes(peaks.sampledUsed()), humanBytes(peaks.poolPeaks()),
                    peaks.collections(), humanBytes(Runtime.getRuntime().maxMemory())));
            report.append(String.format(Locale.ROOT,
                    "    peak RSS: JVM %s (VmHWM), PostgreSQL %s (sum of PSS, sampled), together %s (sampled)%n",
                    humanBytes(rss.jvmHwm()), humanBytes(rss.postgresPss()), humanBytes(rss.togetherSampled())));
            Map<String, Double> secs = new LinkedHashMap<>();
            List<PhaseCpu.Step> intervals = new ArrayList<>();
            report.append(steps(server ? null : dataDir, secs, intervals));
            // where the cores went while the steps ran side by side (docs/benchmarks.md, session 38)
            report.append(PhaseCpu.markdown(cpuSamples, intervals));
            secs.put("wall", wall);
            stepSecs.add(secs);
            labels.add(label);
            System.out.print(report);
            summary.add(report.toString());
            if (!server && !opt.containsKey("warm-server")) {
                // cron starts a new process every night, whose embedded server starts with empty buffers; a server
                // kept up from the night before made later nights look faster than they are (docs/benchmarks.md)
                long stopping = System.nanoTime();
                EmbeddedPostgresServer.stopIfRunning(dataDir);
                System.out.printf(Locale.ROOT, "    embedded server stopped after the night (%.1f s)%n",
                        secs(System.nanoTime() - stopping));
            }
        }
        if (lateFile != null) {
            Files.deleteIfExists(lateFile);  // the generated input stays what its marker says
        }
        System.out.println();
        System.out.println("##### summary " + size.label() + " #####");
        summary.forEach(System.out::print);
        System.out.print(StepTable.markdown(labels, stepSecs));
        if (runs > 0) {
            // after the nights: the same fixed work on every machine, to compare nights measured on different VMs
            try (Connection con = connect(server ? null : dataDir)) {
                System.out.println(Yardstick.measure(con));
            } catch (SQLException | RuntimeException e) {
                System.out.println("yardstick not measured: " + e.getMessage());  // the nights' results stand
            }
        }
        if (opt.containsKey("explain")) {
            explain(Path.of(opt.get("explain")), server ? null : dataDir);
        }
        System.exit(0);  // stops the embedded PostgreSQL through its shutdown hook
    }

    /**
     * Runs a SQL file statement by statement (statements end with a semicolon at the end of a line) on the run's
     * database and prints what each returns: EXPLAIN (ANALYZE) plans with their timings, for docs/benchmarks.md.
     */
    private static void explain(Path sqlFile, Path dataDir) throws IOException, SQLException {
        String sql = Files.readString(sqlFile);
        try (Connection con = connect(dataDir); Statement st = con.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                String trimmed = statement.strip();
                if (trimmed.isEmpty() || trimmed.lines().allMatch(l -> l.strip().startsWith("--") || l.isBlank())) {
                    continue;
                }
                System.out.println("---- " + trimmed.lines().filter(l -> !l.strip().startsWith("--")).findFirst()
                        .orElse("").strip());
                long t = System.nanoTime();
                boolean rows = st.execute(trimmed);
                if (rows) {
                    try (ResultSet rs = st.getResultSet()) {
                        while (rs.next()) {
                            System.out.println(rs.getString(1));
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "     (%.0f ms)%n", (System.nanoTime() - t) / 1e6);
            }
        }
    }

    /** Per-step durations and counts of the latest job execution; each step's start and end into intervals. */
    private static String steps(Path dataDir, Map<String, Double> secsByStep, List<PhaseCpu.Step> intervals)
            throws SQLException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "    %-21s %8s %11s %11s %11s  %s%n", "step", "secs", "read", "written",
                "rows/s", "detail"));
        try (Connection con = connect(dataDir); Statement st = con.createStatement()) {
            ResultSet rs = st.executeQuery("""
                    SELECT s.step_name, s.start_time, s.end_time, s.read_count, s.write_count, s.status,
                           c.short_context, c.serialized_context
                    FROM batch_step_execution s
                    LEFT JOIN batch_step_execution_context c ON c.step_execution_id = s.step_execution_id
                    WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
                    ORDER BY s.step_execution_id""");
            double total = 0;
            while (rs.next()) {
                Map<String, Object> ctx = context(rs.getString(8) != null ? rs.getString(8) : rs.getString(7));
                long read = ctx.get("leadaudit.read") instanceof Number n ? n.longValue() : rs.getLong(4);
                long written = ctx.get("leadaudit.written") instanceof Number n ? n.longValue() : rs.getLong(5);
                Timestamp start = rs.getTimestamp(2);
                Timestamp end = rs.getTimestamp(3);
                double secs = start == null || end == null ? Double.NaN
                        : Duration.between(start.toLocalDateTime(), end.toLocalDateTime()).toMillis() / 1000.0;
                if (start != null && end != null) {
                    // written by the run in this JVM as its local time, read back in the same zone: epoch millis
                    intervals.add(new PhaseCpu.Step(rs.getString(1), start.getTime(), end.getTime()));
                }
                total += Double.isNaN(secs) ? 0 : secs;
                secsByStep.merge(rs.getString(1), secs, Double::sum);
                long rows = Math.max(read, written);
                out.append(String.format(Locale.ROOT, "    %-21s %8.1f %11d %11d %11s  %s%n", rs.getString(1), secs, read,
                        written, secs > 0 ? String.format(Locale.ROOT, "%,.0f", rows / secs) : "-",
                        ctx.getOrDefault("leadaudit.detail", rs.getString(6))));
            }
            out.append(String.format(Locale.ROOT, "    %-21s %8.1f%n", "sum of steps", total));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(String serialized) {
        if (serialized == null || serialized.isBlank()) {
            return Map.of();
        }
        try {
            return new DefaultExecutionContextSerializer()
                    .deserialize(new ByteArrayInputStream(serialized.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static Connection connect(Path dataDir) throws SQLException {
        if (dataDir == null) {
            return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
                    System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
        }
        // The run left its embedded server up in this JVM; this reuses it.
        return DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(dataDir, true));
    }

    private static void emptyServer() {
        try (Connection con = connect(null); Statement st = con.createStatement()) {
            ResultSet rs = st.executeQuery("""
                    SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""");
            if (rs.next() && rs.getString(1) != null) {
                st.execute("TRUNCATE " + rs.getString(1) + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            System.out.println("could not empty the server database: " + e.getMessage());
        }
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long mem = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "machine: %d cpus (%s), %s RAM, %s %s, java %s, -Xmx %s, load avg %s, "
                        + "transparent huge pages %s, GLIBC_TUNABLES %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), humanBytes(mem), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                humanBytes(Runtime.getRuntime().maxMemory()), load(), hugePages(),
                Objects.requireNonNullElse(System.getenv("GLIBC_TUNABLES"), "unset"));
    }

    /** The CPU's model name as Linux reports it: VMs of one name differed in speed, VMs of different names more. */
    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("model n/a");
        } catch (IOException | RuntimeException e) {
            return "model n/a";
        }
    }

    /** The kernel's THP mode: with "madvise", the embedded server's memory gets huge pages only if GLIBC_TUNABLES asks. */
    private static String hugePages() {
        try {
            return "\"" + Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).strip() + "\"";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    static String humanBytes(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024 / 1024);
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
