package com.leadaudit.run.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server starts in the background; whoever waits for it gets it up, or learns why it is not. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theUrlGivenBeforeTheStartReachesTheServerOnceItIsUp() throws SQLException {
        try {
            String url = EmbeddedPostgresServer.startingUrl(dataDir, true);
            EmbeddedPostgresServer.awaitRunning(dataDir);
            try (Connection con = DriverManager.getConnection(url); Statement st = con.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 6 * 7")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            // the same JVM asking again gets the same server
            assertThat(EmbeddedPostgresServer.jdbcUrl(dataDir, true)).isEqualTo(url);
        } finally {
            EmbeddedPostgresServer.stopIfRunning(dataDir);
        }
    }

    @Test
    void aServerThatCannotStartFailsTheWaitWithWhyAndFreesTheDataDir() throws Exception {
        Path pgData = dataDir.resolve("pg");
        Files.writeString(pgData, "not a PostgreSQL data directory");
        try {
            EmbeddedPostgresServer.startingUrl(dataDir, true);
            assertThatThrownBy(() -> EmbeddedPostgresServer.awaitRunning(dataDir))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("could not start the embedded database in " + dataDir.toAbsolutePath());
            // asked again, it fails again rather than handing out the URL of a server that is not there
            assertThatThrownBy(() -> EmbeddedPostgresServer.jdbcUrl(dataDir, true))
                    .isInstanceOf(UncheckedIOException.class);

            Files.delete(pgData);
            try (Connection con = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(dataDir, true));
                 Statement st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            EmbeddedPostgresServer.stopIfRunning(dataDir);
        }
    }
}
