package com.leadaudit.run.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left behind by a leadaudit process that was killed (SIGKILL, OOM killer, reboot of the JVM only).
 * Called only by the holder of the data-dir lock, so the server found here belongs to nobody alive.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

    private OrphanPostmaster() {
    }

    static void stopIfRunning(Path pgData) {
        pid(pgData).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(process -> {
            if (!servesDataDir(process, pgData)) {
                // postmaster.pid outlived its server (power loss, reboot) and the pid now belongs to someone else
                log.warn("Ignoring the stale {} (pid {} is not a PostgreSQL server of this data dir)",
                        pgData.resolve("postmaster.pid"), process.pid());
                return;
            }
            log.warn("Stopping the database server left running by an interrupted run (pid {})", process.pid());
            // SIGTERM is PostgreSQL's smart shutdown: its clients died with the killed run, so it exits promptly.
            process.destroy();
            if (!waitForExit(process, Duration.ofSeconds(30))) {
                process.destroyForcibly();
                waitForExit(process, Duration.ofSeconds(10));
            }
        });
    }

    /** True when the process is a postgres started on this data dir (its command line says {@code -D <pgData>}). */
    static boolean servesDataDir(ProcessHandle process, Path pgData) {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        String[] args = info.arguments().orElse(new String[0]);
        if (!Path.of(command).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        Path target = pgData.toAbsolutePath().normalize();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D") && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(target)) {
                return true;
            }
        }
        return false;
    }

    static Optional<Integer> port(Path pgData) {
        return line(pgData, 3).flatMap(OrphanPostmaster::parseInt);
    }

    private static Optional<Long> pid(Path pgData) {
        return line(pgData, 0).flatMap(OrphanPostmaster::parseInt).map(Integer::longValue);
    }

    private static Optional<String> line(Path pgData, int index) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() > index ? Optional.of(lines.get(index).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
