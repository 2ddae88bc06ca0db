package com.leadaudit.run;

import com.leadaudit.io.PauseInsideStep;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leadaudit CLI as operators run it, in a child JVM ({@code java -cp <test classpath> LeadAuditMain ...}), for tests
 * that kill runs with SIGKILL, race two runs or cut a run's database connections. A run can be held before a step with
 * the {@code leadaudit.test.pause-before-step} hook ({@link PauseBeforeStep}). Also reads back what the runs left: the
 * embedded database under a data dir, and the workbooks as plain cell values.
 */
final class LeadAuditProcess {

    static final String AS_OF = "2026-10-30";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static Reference reference;
    private static Path template;

    private final Path dataDir;
    private final Path workDir;
    private final Map<String, String> env;
    /** Whether a new data dir starts as a copy of {@link #template()}. */
    private final boolean fromTemplate;

    private LeadAuditProcess(Path dataDir, Map<String, String> env, boolean fromTemplate) {
        this.dataDir = dataDir.toAbsolutePath();
        this.workDir = this.dataDir.getParent();
        this.env = env;
        this.fromTemplate = fromTemplate;
    }

    /** Runs on the embedded PostgreSQL under {@code dataDir}, whatever datasource this test JVM was given. */
    static LeadAuditProcess embedded(Path dataDir) {
        return new LeadAuditProcess(dataDir, Map.of(), true);
    }

    /** The same, with these environment variables. */
    static LeadAuditProcess embedded(Path dataDir, Map<String, String> env) {
        return new LeadAuditProcess(dataDir, env, true);
    }

    /** Runs against a PostgreSQL server; the data dir then only holds the pause markers. */
    static LeadAuditProcess onServer(String jdbcUrl, String password, Path dataDir) {
        return new LeadAuditProcess(dataDir, Map.of("SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", password), false);
    }

    Path dataDir() {
        return dataDir;
    }

    /** {@code run --input input --reports reports --as-of AS_OF}, to its end. */
    Result audit(Path input, Path reports) {
        return start(runArgs(input, reports)).await();
    }

    /** The same run, held before {@code step}: returns once it waits there. */
    Child auditPausedBefore(String step, Path input, Path reports) {
        return auditPaused(PauseBeforeStep.PROPERTY, step, step, input, reports);
    }

    /** The same run, held inside {@code step} where part of its work is done ({@link PauseInsideStep}). */
    Child auditPausedInside(String step, Path input, Path reports) {
        return auditPaused(PauseInsideStep.PROPERTY, step, "inside-" + step, input, reports);
    }

    private Child auditPaused(String property, String step, String marker, Path input, Path reports) {
        List<String> args = new ArrayList<>(runArgs(input, reports));
        args.add("--" + property + "=" + step);
        Child child = start(args);
        child.awaitPause(marker);
        return child;
    }

    Result command(String... args) {
        return start(List.of(args)).await();
    }

    private static List<String> runArgs(Path input, Path reports) {
        return List.of("run", "--input", input.toString(), "--reports", reports.toString(), "--as-of", AS_OF);
    }

    private Child start(List<String> args) {
        return start(args, false);
    }

    /**
     * Starts a child; {@code recordClasses}: the one that records the children's class-data archive
     * ({@link ChildJvm}).
     */
    private Child start(List<String> args, boolean recordClasses) {
        if (fromTemplate && !Files.exists(dataDir.resolve("pg"))) {
            copyTree(template(), dataDir.resolve("pg"));
        }
        List<String> command = new ArrayList<>(ChildJvm.command(LeadAuditMain.class.getName(), recordClasses));
        command.addAll(args);
        command.add("--data-dir");
        command.add(dataDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // The child must see only the datasource this test means (CI runs the suite with SPRING_DATASOURCE_URL set).
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("LEADAUDIT_")
                || k.equals("GLIBC_TUNABLES"));
        builder.environment().putAll(env);
        int n = COUNTER.incrementAndGet();
        Path out = workDir.resolve("child-" + n + ".out");
        Path err = workDir.resolve("child-" + n + ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        try {
            Process process = builder.start();
            STARTED.add(process);
            return new Child(process, String.join(" ", args), out, err, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a finished child ended: exit code, what it printed, how long it took. */
    record Result(int code, String out, String err, Duration took) {
        @Override
        public String toString() {
            return "exit " + code + " after " + took.toMillis() + " ms\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** A running child. */
    final class Child {
        private final Process process;
        private final String args;
        private final Path out;
        private final Path err;
        private final long startedNanos;

        private Child(Process process, String args, Path out, Path err, long startedNanos) {
            this.process = process;
            this.args = args;
            this.out = out;
            this.err = err;
            this.startedNanos = startedNanos;
        }

        private void awaitPause(String step) {
            Path marker = dataDir.resolve("paused-" + step);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!Files.exists(marker)) {
                if (!process.isAlive()) {
                    throw new AssertionError("'" + args + "' ended before step " + step + ": " + result());
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("'" + args + "' never reached step " + step + ": " + result());
                }
                sleep(50);
            }
        }

        /**
         * Whether the run is still waiting before a step: it waits there until {@link #resume()} or {@link #kill()},
         * so anything that finished meanwhile did not wait for it — a fact, where a stopwatch is a guess on a busy
         * machine.
         */
        boolean stillPaused() {
            try (Stream<Path> markers = Files.list(dataDir)) {
                return process.isAlive() && markers.anyMatch(p -> p.getFileName().toString().startsWith("paused-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Lets a paused run go on. */
        void resume() {
            try (Stream<Path> markers = Files.list(dataDir)) {
                for (Path marker : (Iterable<Path>) markers.filter(p -> p.getFileName().toString()
                        .startsWith("paused-"))::iterator) {
                    Files.delete(marker);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** SIGKILL, as the OOM killer or {@code kill -9} would: no shutdown hook runs, its postmaster is orphaned. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(process.isAlive()).as("killed child").isFalse();
            resume(); // the marker would only confuse the next run's test
        }

        Result await() {
            return await(PATIENCE);
        }

        /** As {@link #await()}, for a run that is meant to wait out timeouts of its own before it ends. */
        Result await(Duration patience) {
            try {
                if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError("'" + args + "' did not end within " + patience + ": " + result());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return result();
        }

        private Result result() {
            return new Result(process.isAlive() ? -1 : process.exitValue(), read(out), read(err),
                    Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    // --- the embedded PostgreSQL a child left behind

    /** The pid of a live postmaster on this data dir (one a killed run left, or a running child's). */
    Optional<Long> postmaster() {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(read(pidFile).lines().findFirst().orElseThrow().trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    /**
     * For an {@code @AfterEach}: kills any child a failed test left paused, then stops a postmaster left on this data
     * dir (SIGTERM, PostgreSQL's smart shutdown; its clients are dead by then).
     */
    void cleanUp() {
        for (Process process : STARTED) {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        STARTED.removeIf(p -> !p.isAlive());
        postmaster().flatMap(ProcessHandle::of).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    /** Queries the embedded database of this data dir while no run holds it (starts and stops its server). */
    <T> T query(Function<JdbcTemplate, T> work) {
        assertThat(postmaster()).as("no run may hold " + dataDir).isEmpty();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            return work.apply(new JdbcTemplate(pg.getPostgresDatabase()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #counts} of the database at {@code jdbcUrl} on a server (user postgres, trust authentication). */
    static Map<String, Object> countsOnServer(String jdbcUrl) {
        org.springframework.jdbc.datasource.SingleConnectionDataSource db =
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(jdbcUrl + "?user=postgres", true);
        try {
            return counts(new JdbcTemplate(db));
        } finally {
            db.destroy();
        }
    }

    /**
     * What must come out the same however often a run was interrupted: rows per table that a doubled import or
     * a doubled figure would change, and the figures themselves (without the time they were computed).
     */
    static Map<String, Object> counts(JdbcTemplate jdbc) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String table : List.of("campaign", "source_file", "rejected_row", "scan", "crm_person_row",
                "activity_row", "person", "activity", "lead", "lead_person", "campaign_figures")) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        counts.put("scans per campaign", jdbc.queryForList(
                "SELECT campaign_code, count(*) AS scans FROM scan GROUP BY 1 ORDER BY 1"));
        counts.put("figures", jdbc.queryForList("""
                SELECT campaign_code, as_of, scans_read, rows_rejected, duplicates, leads, leads_in_crm, on_time, late,
                       overdue, open, sla_compliance, followed_up, median_hours, p90_hours
                FROM campaign_figures ORDER BY campaign_code, as_of"""));
        return counts;
    }

    // --- the workbooks

    /**
     * Every cell value of every workbook under {@code reports/AS_OF}, by file, sheet and cell, typed ({@code N:},
     * {@code S:}, ...). The Run sheet is left out: it names the input and reports folders and the start time.
     */
    static Map<String, String> workbookCells(Path reports) {
        Map<String, String> cells = new LinkedHashMap<>();
        Path folder = reports.resolve(AS_OF);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    for (Sheet sheet : wb) {
                        if (sheet.getSheetName().equals("Run")) {
                            continue;
                        }
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                cells.put(file.getFileName() + "!" + sheet.getSheetName() + "!"
                                        + cell.getAddress().formatAsString(), value(cell));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> "N:" + cell.getNumericCellValue();
            case STRING -> "S:" + cell.getStringCellValue();
            case BOOLEAN -> "B:" + cell.getBooleanCellValue();
            case FORMULA -> "F:" + cell.getCellFormula();
            case BLANK -> "";
            default -> cell.getCellType().name();
        };
    }

    // --- an uninterrupted run to compare with, made once per test JVM

    /** The sample audited once, start to end, on its own embedded database. */
    record Reference(Path input, Path reports, Result result, Map<String, String> cells, Map<String, Object> counts) {
    }

    static synchronized Reference reference() {
        if (reference == null) {
            try {
                Path dir = Files.createTempDirectory("leadaudit-reference");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                Path input = sampleInput(dir);
                Path reports = dir.resolve("reports");
                LeadAuditProcess process = embedded(dir.resolve("data"));
                Result result = process.start(runArgs(input, reports), true).await();
                ChildJvm.keepArchive(result.code() == ExitCode.DONE_WITH_REJECTIONS.code);
                assertThat(result.code()).as(result.toString()).isEqualTo(ExitCode.DONE_WITH_REJECTIONS.code);
                reference = new Reference(input, reports, result, workbookCells(reports),
                        process.query(LeadAuditProcess::counts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    /** A copy of the repository's sample input/ (four campaigns, three deliberately bad rows). */
    static Path sampleInput(Path dir) {
        return Fixtures.copyFolder(Path.of("input"), dir.resolve("input"));
    }

    /**
     * The embedded cluster a new data dir starts as: made once per test JVM by the product itself ({@code status} on an
     * empty data dir runs initdb and the schema's migrations), then copied, instead of every child running initdb and
     * the migrations again (about 0.8 s of each of RestartAfterKillTest's 28 first runs on a 2-core VM,
     * docs/benchmarks.md session 32). The runs themselves are unchanged; the reference run starts from it too.
     */
    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("leadaudit-template");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                Result made = new LeadAuditProcess(dir.resolve("data"), Map.of(), false).command("status");
                assertThat(made.code()).as(made.toString()).isZero();
                Path pg = dir.resolve("data/pg");
                assertThat(pg.resolve("postmaster.pid")).as("the template's server stopped").doesNotExist();
                template = pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    /** A copy of a stopped cluster, with its files' owners and permissions (PostgreSQL insists on 0700). */
    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            Files.createDirectories(to.getParent());
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; best effort
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
