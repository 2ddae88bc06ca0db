package com.leadaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory of a run, as the machine sees it (the heap figures of {@link HeapWatch} leave out metaspace,
 * threads, direct buffers and PostgreSQL). The JVM's peak is its own VmHWM, reset at the start of the run through
 * /proc/self/clear_refs. PostgreSQL runs as separate processes (the postmaster, found by its postmaster.pid, and its
 * backends and workers): their memory is sampled every two seconds as the sum of their proportional set sizes (PSS),
 * so shared buffers touched by several backends count once, not once per backend. Linux only; elsewhere it reports -1.
 *
 * <p>Not more often: the kernel walks every page a process maps to answer smaps_rollup, 512 MB of shared buffers in
 * each backend. Sampled every 200 ms this watcher took 30 CPU seconds of a 300 s cold run on a 2-core machine (JFR's
 * per-thread CPU), time the measured run lost to its own measuring.
 */
final class RssWatch implements AutoCloseable {

    record Peaks(long jvmHwm, long postgresPss, long togetherSampled) {
    }

    private static final long SAMPLE_EVERY_MS = 2000;

    private final Path postmasterPid;
    private final AtomicLong postgres = new AtomicLong(-1);
    private final AtomicLong together = new AtomicLong(-1);
    private final Thread sampler;
    private volatile boolean running = true;

    /** pgData: the embedded server's data directory, or null when the run uses a server elsewhere. */
    RssWatch(Path pgData) {
        this.postmasterPid = pgData == null ? null : pgData.resolve("postmaster.pid");
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");  // 5 resets VmHWM to the current RSS
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: VmHWM then is the JVM's peak since it started
        }
        sampler = new Thread(this::sample, "rss-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    Peaks peaks() {
        return new Peaks(statusKb(Path.of("/proc/self/status"), "VmHWM:") * 1024, postgres.get(), together.get());
    }

    private void sample() {
        while (running) {
            long pg = postgresPss();
            long jvm = statusKb(Path.of("/proc/self/status"), "VmRSS:") * 1024;
            postgres.accumulateAndGet(pg, Math::max);
            together.accumulateAndGet(Math.max(0, pg) + Math.max(0, jvm), Math::max);
            try {
                Thread.sleep(SAMPLE_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long postgresPss() {
        if (postmasterPid == null || !Files.exists(postmasterPid)) {
            return -1;
        }
        try {
            List<String> lines = Files.readAllLines(postmasterPid);
            long pid = Long.parseLong(lines.get(0).strip());
            long[] sum = {statusKb(Path.of("/proc/" + pid + "/smaps_rollup"), "Pss:")};
            ProcessHandle.of(pid).ifPresent(p -> p.children().forEach(c ->
                    sum[0] += Math.max(0, statusKb(Path.of("/proc/" + c.pid() + "/smaps_rollup"), "Pss:"))));
            return sum[0] * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;  // the server is starting or stopping
        }
    }

    /** The kB value of the line starting with key in a /proc file, or -1. */
    private static long statusKb(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a backend that just ended
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
