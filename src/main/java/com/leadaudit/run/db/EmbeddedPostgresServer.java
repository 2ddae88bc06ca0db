package com.leadaudit.run.db;

import com.leadaudit.run.db.AlreadyRunningException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final int port;
    /** Completes when the server accepts connections, or with why it could not start. */
    private final CompletableFuture<EmbeddedPostgres> postgres;

    private EmbeddedPostgresServer(Path dataDir, FileChannel lockChannel, FileLock lock, int port,
                                   CompletableFuture<EmbeddedPostgres> postgres) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
        this.postgres = postgres;
    }

    /**
     * Starts (or reuses, within this JVM) the server for {@code dataDir}, waits until it accepts connections and
     * returns its JDBC URL. When another process holds the data dir: an exclusive caller (run, purge) gets
     * {@link AlreadyRunningException}; a reader (status) is pointed at the server that process runs.
     */
    public static String jdbcUrl(Path dataDir, boolean exclusive) {
        String url = startingUrl(dataDir, exclusive);
        awaitRunning(dataDir);
        return url;
    }

    /**
     * As {@link #jdbcUrl}, without waiting: the data dir is locked (or found held by another process) before this
     * returns, and the server (initdb on a new data dir, then the postmaster) starts in a thread of its own. A run
     * prepares its Spring context meanwhile, which took as long as the start did on one core while the other sat
     * idle; {@link #awaitRunning} is called before the first connection.
     */
    public static String startingUrl(Path dataDir, boolean exclusive) {
        Path dir = dataDir.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            EmbeddedPostgresServer mine = RUNNING.get(dir);
            // a start that failed is tried again (its lock was released)
            if (mine == null || mine.postgres.isCompletedExceptionally()) {
                Optional<EmbeddedPostgresServer> started = start(dir);
                if (started.isEmpty()) {
                    return urlOfServerRunBy(dir, exclusive);
                }
                mine = started.get();
                RUNNING.put(dir, mine);
            }
            return url(mine.port);
        }
    }

    /**
     * Waits until the server this JVM starts for {@code dataDir}, if any, accepts connections; throws why it could
     * not start.
     */
    public static void awaitRunning(Path dataDir) {
        EmbeddedPostgresServer mine = RUNNING.get(dataDir.toAbsolutePath().normalize());
        if (mine != null) {
            mine.running();
        }
    }

    private EmbeddedPostgres running() {
        try {
            return postgres.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The URL of zonky's EmbeddedPostgres.getJdbcUrl("postgres", "postgres"), known before the server is up. */
    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
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
            int port = freePort();
            EmbeddedPostgres.Builder builder = builder(pgData, port);
            CompletableFuture<EmbeddedPostgres> postgres = new CompletableFuture<>();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, channel, lock, port, postgres);
            Thread starter = new Thread(() -> {
                try {
                    log.info("Starting embedded PostgreSQL with data in {}", pgData);
                    postgres.complete(builder.start());
                } catch (Throwable e) {
                    // whatever went wrong, whoever waits must learn it rather than wait forever
                    server.releaseLock();
                    postgres.completeExceptionally(new UncheckedIOException("could not start the embedded database in "
                            + dir + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e)));
                }
            }, "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return Optional.of(server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A port nothing listens on now, as zonky picks one when none is set (the server takes it moments later). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedPostgres.Builder builder(Path pgData, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
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
        return builder;
    }

    private static String urlOfServerRunBy(Path dir, boolean exclusive) {
        if (exclusive) {
            throw new AlreadyRunningException("another leadaudit run is in progress (it holds " + dir
                    + "); this run stops without doing anything");
        }
        Optional<Integer> port = OrphanPostmaster.port(dir.resolve("pg"));
        return port.map(EmbeddedPostgresServer::url)
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
        EmbeddedPostgres pg;
        try {
            pg = postgres.join();  // a server still starting is stopped once it is up
        } catch (CompletionException notStarted) {
            return;  // its lock was released when the start failed
        }
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        releaseLock();
        RUNNING.remove(dataDir, this);
    }

    /**
     * Frees the data dir for another process; a server that failed to start stays in {@link #RUNNING}, so that
     * whoever waits for it learns why.
     */
    private void releaseLock() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock dies with the process anyway
        }
    }

}
