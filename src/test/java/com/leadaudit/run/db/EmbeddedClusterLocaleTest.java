package com.leadaudit.run.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new embedded cluster's locale is C, whatever the locale of the machine (or of cron's environment) is. */
class EmbeddedClusterLocaleTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewClusterSortsTextByCodePoint() throws SQLException {
        try (Connection con = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(dataDir, true));
             Statement st = con.createStatement()) {
            ResultSet locale = st.executeQuery(
                    "SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()");
            assertThat(locale.next()).isTrue();
            assertThat(locale.getString(1)).isEqualTo("C");
            assertThat(locale.getString(2)).isEqualTo("C");
            // capitals before small letters, punctuation by its code, accented letters after z: an English locale
            // would give "_x a b B é z"
            ResultSet sorted = st.executeQuery(
                    "SELECT string_agg(w, ' ' ORDER BY w) FROM unnest(ARRAY['b', 'a', 'B', 'é', 'z', '_x']) AS w");
            assertThat(sorted.next()).isTrue();
            assertThat(sorted.getString(1)).isEqualTo("B _x a b z é");
            ResultSet encoding = st.executeQuery("SHOW server_encoding");
            assertThat(encoding.next()).isTrue();
            assertThat(encoding.getString(1)).isEqualTo("UTF8");
        } finally {
            EmbeddedPostgresServer.stopIfRunning(dataDir);
        }
    }
}
