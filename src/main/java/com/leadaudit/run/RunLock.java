package com.leadaudit.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One run at a time (SPEC §11), also across machines sharing a database server: a PostgreSQL session-level advisory
 * lock, held on a connection of its own for the whole run. It dies with the connection, so a killed run never
 * leaves a stale lock behind.
 */
@Component
public class RunLock {

    private static final long KEY = 0x4c45414441554454L; // "LEADAUDT"

    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AutoCloseable acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    connection.close();
                    throw new AlreadyRunningException("another leadaudit run is in progress on this database; "
                            + "this run stops without doing anything");
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (!connection.isClosed()) {
                connection.close();
            }
            throw e;
        }
        return () -> {
            try (connection; PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, KEY);
                ps.execute();
            } catch (SQLException ignored) {
                // the database went away: the lock went with the connection
            }
        };
    }
}
