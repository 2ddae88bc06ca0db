package com.leadaudit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The same fixed work timed on whatever machine the benchmark runs on, so that nights measured on different VMs can be
 * compared: the VMs this benchmark ran on differed by up to twice in CPU time for the same night (issue #17,
 * docs/benchmarks.md sessions 25–31), and a night's seconds alone cannot say whether the code or the machine changed.
 *
 * <p>Two single-threaded measures, each the best of several: the importer's reader over a fixed Salesforce task export
 * generated here (rows/s; the reading side of the imports, no database), and one PostgreSQL backend sorting and
 * writing a fixed million rows (ms). Run after the nights, never before: a reader compiled by the JIT before the cold
 * night would make that night faster than a cron run's.
 */
final class Yardstick {

    static final int TASK_ROWS = 200_000;
    /**
     * After a small benchmark the reader is not yet fully compiled: the best of three reads gave 633,000–882,000 rows/s
     * in four runs on one VM. A read takes about a quarter of a second; the later ones run the compiled reader.
     */
    private static final int READS = 8;
    private static final int STATEMENTS = 3;

    private static final String HEADER = "Id,WhoId,WhatId,Subject,ActivityDate,Status,Priority,OwnerId,Description,"
            + "IsClosed,CreatedDate,CallDurationInSeconds,CallType,TaskSubtype,CompletedDateTime";
    private static final String[] SUBJECTS = {"Call", "Email: Great meeting you", "Follow-up: booth demo",
            "Send pricing", "Left voicemail", "Meeting request"};
    private static final String[] STATUSES = {"Completed", "Not Started", "In Progress"};
    private static final String[] SUBTYPES = {"Call", "Email", "Task"};

    private static final String SORT = """
            SELECT count(*) FROM (SELECT md5(i::text) AS t FROM generate_series(1, 1000000) i ORDER BY t) s""";
    private static final String WRITE = """
            CREATE TEMP TABLE yardstick AS SELECT i, md5(i::text) AS t, i % 200 AS g FROM generate_series(1, 1000000) i""";

    private Yardstick() {
    }

    /** One line for the benchmark's report; a measure that fails says why instead of stopping the report. */
    static String measure(Connection database) {
        StringBuilder line = new StringBuilder("yardstick (after the nights, one thread, best of "
                + READS + " reads and of " + STATEMENTS + " statements): ");
        try {
            line.append(String.format(Locale.ROOT, "importer's reader %,.0f rows/s", readerRowsPerSecond()));
        } catch (Exception e) {
            line.append("importer's reader not measured (").append(e.getMessage()).append(')');
        }
        try {
            line.append(String.format(Locale.ROOT, "; PostgreSQL sort of 1M md5 texts %.0f ms, 1M rows written %.0f ms",
                    sortMillis(database), writeMillis(database)));
        } catch (SQLException e) {
            line.append("; PostgreSQL not measured (").append(e.getMessage()).append(')');
        }
        return line.toString();
    }

    /** Rows/s of the importer's reader over {@link #TASK_ROWS} generated task rows, the best of {@link #READS} reads. */
    static double readerRowsPerSecond() throws Exception {
        Path file = Files.createTempFile("yardstick-tasks", ".csv");
        try {
            writeTasks(file, TASK_ROWS);
            double best = Double.MAX_VALUE;
            for (int i = 0; i < READS; i++) {
                long started = System.nanoTime();
                long rows = XlsxReadBench.readWithImporter(file).rows();
                if (rows != TASK_ROWS) {
                    throw new IllegalStateException("the reader gave " + rows + " rows of " + TASK_ROWS);
                }
                best = Math.min(best, (System.nanoTime() - started) / 1e9);
            }
            return TASK_ROWS / best;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A Salesforce task export of {@code rows} rows, the same bytes on every machine (a fixed seed). */
    static void writeTasks(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(17);
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDateTime at = start.plusMinutes(random.nextInt(60 * 24 * 180));
                String stamp = at + ":00.000+0000";
                String status = STATUSES[random.nextInt(STATUSES.length)];
                boolean closed = status.equals("Completed");
                out.write(String.format(Locale.ROOT, "00T%015d,003%015d,,%s,%s,%s,Normal,005%015d,,%s,%s,%s,%s,%s,%s\r\n",
                        i, random.nextInt(1_000_000), SUBJECTS[random.nextInt(SUBJECTS.length)], at.toLocalDate(),
                        status, random.nextInt(40), closed, stamp, closed ? random.nextInt(600) : "",
                        closed ? "Outbound" : "", SUBTYPES[random.nextInt(SUBTYPES.length)], closed ? stamp : ""));
            }
        }
    }

    private static double sortMillis(Connection database) throws SQLException {
        try (Statement st = database.createStatement()) {
            st.execute("SET work_mem = '256MB'");
            st.execute("SET max_parallel_workers_per_gather = 0");
            return best(() -> st.execute(SORT));
        }
    }

    private static double writeMillis(Connection database) throws SQLException {
        try (Statement st = database.createStatement()) {
            return best(() -> {
                st.execute(WRITE);
                st.execute("DROP TABLE yardstick");
            });
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private static double best(Work work) throws SQLException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < STATEMENTS; i++) {
            long started = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        return best;
    }
}
