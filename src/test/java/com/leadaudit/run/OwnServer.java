package com.leadaudit.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL server of a test's own, on its own port and data directory, which the test stops, crashes and starts
 * again; leadaudit sees it as any configured server.
 */
final class OwnServer {

    private OwnServer() {
    }

    /** Starts a server on {@code dataDir} (made on first use, kept across starts). */
    static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }
}
