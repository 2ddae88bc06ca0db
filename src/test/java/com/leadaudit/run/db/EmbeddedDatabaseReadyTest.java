package com.leadaudit.run.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The datasource is handed on only once the embedded server that started in the background accepts connections. */
class EmbeddedDatabaseReadyTest {

    @TempDir
    Path dataDir;

    @Test
    void theDatasourceWaitsForTheServerStartedInTheBackground() throws SQLException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "leadaudit.data-dir", dataDir.toString(), "leadaudit.embedded-database", "true")));
        try {
            // a new data dir: initdb alone takes about a second, so the server cannot be up when this returns
            String url = EmbeddedPostgresServer.startingUrl(dataDir, true);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);

            Object handedOn = new EmbeddedDatabaseReady(env).postProcessBeforeInitialization(dataSource, "dataSource");

            assertThat(handedOn).isSameAs(dataSource);
            try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_setting('wal_level')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("minimal");
            }
        } finally {
            EmbeddedPostgresServer.stopIfRunning(dataDir);
        }
    }
}
