package com.leadaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Where a night's CPU went, phase by phase: the machine's busy and idle time (/proc/stat) and the JVM's own CPU,
 * sampled twice a second during the night and cut at every start and end of a step, so each stretch of the night
 * says which steps ran side by side, what the JVM and the rest of the machine (the embedded PostgreSQL, mostly) used,
 * and how many core-seconds nobody used. A night's step times overlap (the branches run side by side), so they do not
 * say where the cores went; this does, and it is what issue #17's gap is explained with (docs/benchmarks.md, session
 * 38). Linux only: elsewhere the sampler records nothing and the table is empty.
 */
final class PhaseCpu {

    private static final double TICKS_PER_SECOND = 100.0;  // USER_HZ, as CpuTimes reads /proc/stat
    private static final long MIN_WINDOW_MILLIS = 500;     // shorter stretches between two step ends are not shown

    private PhaseCpu() {
    }

    /** One reading: when, the machine's busy and idle ticks (all cores), the JVM's CPU in nanoseconds. */
    record Sample(long millis, long busyTicks, long idleTicks, long jvmNanos) {

        static Sample now() {
            long[] machine = CpuTimes.machineTicks();
            return new Sample(System.currentTimeMillis(), machine[2], machine[0], CpuTimes.processCpuNanos());
        }
    }

    /** A step's run, as the job repository recorded it (epoch milliseconds). */
    record Step(String name, long startMillis, long endMillis) {
    }

    /** Samples on a daemon thread from construction to close. */
    static final class Sampler implements AutoCloseable {

        private final List<Sample> samples = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        Sampler() {
            add(Sample.now());
            thread = new Thread(() -> {
                while (running) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                    add(Sample.now());
                }
            }, "phase-cpu");
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized void add(Sample sample) {
            if (sample.busyTicks() >= 0) {
                samples.add(sample);
            }
        }

        synchronized List<Sample> samples() {
            return List.copyOf(samples);
        }

        /** Stops sampling after a last reading; closing again does nothing. */
        @Override
        public void close() {
            if (!running) {
                return;
            }
            running = false;
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            add(Sample.now());
        }
    }

    /**
     * The night cut at its steps' starts and ends, as a markdown table; a partition's steps ("name:partition") run
     * inside their manager step and are left out. A stretch under half a second joins the next one (the last is shown
     * as it is), and a step is named in a stretch when it ran for half a second of it (or half of it). Empty without
     * samples or steps.
     */
    static String markdown(List<Sample> samples, List<Step> steps) {
        List<Step> shown = steps.stream().filter(s -> !s.name().contains(":") && s.endMillis() > s.startMillis())
                .toList();
        if (samples.size() < 2 || shown.isEmpty()) {
            return "";
        }
        TreeSet<Long> cuts = new TreeSet<>();
        shown.forEach(s -> {
            cuts.add(s.startMillis());
            cuts.add(s.endMillis());
        });
        long first = cuts.first();
        long last = cuts.last();
        StringBuilder out = new StringBuilder();
        out.append("    | from s | to s | steps running | wall | JVM core-s | other core-s | idle core-s |\n");
        out.append("    |---|---|---|---|---|---|---|\n");
        double[] total = new double[4];
        Long from = null;
        for (long to : cuts) {
            // the night's last stretch is shown however short: there is none after it to join
            if (from != null && (to - from >= MIN_WINDOW_MILLIS || to == last)) {
                long a = from;
                // a step that only reaches into the stretch (its end recorded a moment after the next step's
                // start, or the short stretch joined to this one) is not named in it
                long named = Math.min(MIN_WINDOW_MILLIS, (to - a) / 2);
                List<String> running = shown.stream()
                        .filter(s -> Math.min(s.endMillis(), to) - Math.max(s.startMillis(), a) >= named)
                        .map(Step::name).toList();
                double[] x = at(samples, a);
                double[] y = at(samples, to);
                double busy = (y[0] - x[0]) / TICKS_PER_SECOND;
                double jvm = (y[2] - x[2]) / 1e9;
                double[] row = {(to - a) / 1000.0, jvm, busy - jvm, (y[1] - x[1]) / TICKS_PER_SECOND};
                for (int i = 0; i < 4; i++) {
                    total[i] += row[i];
                }
                out.append(String.format(Locale.ROOT, "    | %.1f | %.1f | %s | %.1f | %.1f | %.1f | %.1f |%n",
                        (a - first) / 1000.0, (to - first) / 1000.0, String.join(", ", running), row[0], row[1], row[2],
                        row[3]));
            }
            if (from == null || to - from >= MIN_WINDOW_MILLIS) {
                from = to;
            }
        }
        out.append(String.format(Locale.ROOT, "    | | | the steps | %.1f | %.1f | %.1f | %.1f |%n", total[0], total[1],
                total[2], total[3]));
        return out.toString();
    }

    /** {busy ticks, idle ticks, JVM nanoseconds} at a moment, interpolated between the samples around it. */
    private static double[] at(List<Sample> samples, long millis) {
        if (millis <= samples.get(0).millis()) {
            return values(samples.get(0));
        }
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1);
            Sample after = samples.get(i);
            if (after.millis() >= millis) {
                double f = after.millis() == before.millis() ? 1
                        : (double) (millis - before.millis()) / (after.millis() - before.millis());
                return new double[] {
                    before.busyTicks() + f * (after.busyTicks() - before.busyTicks()),
                    before.idleTicks() + f * (after.idleTicks() - before.idleTicks()),
                    before.jvmNanos() + f * (after.jvmNanos() - before.jvmNanos())};
            }
        }
        return values(samples.get(samples.size() - 1));  // after the last sample: the last reading
    }

    private static double[] values(Sample s) {
        return new double[] {s.busyTicks(), s.idleTicks(), s.jvmNanos()};
    }
}
