package com.leadaudit.run;

import com.leadaudit.run.db.AlreadyRunningException;
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
 *
 * <p>The flip side: when that connection dies under a live run (database restarted, connections cut), the lock is
 * gone and another run may start. {@link #checkStillHeld()}, called before every step, stops such a run at the next
 * step boundary; the next run resumes it.
 */
@Component
public class RunLock {

    private static final long KEY = 0x4c45414441554454L; // "LEADAUDT"
    private static final int VALID_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;
    private volatile Connection held;

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
        held = connection;
        return () -> {
            held = null;
            try (connection) {
                if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
                    return; // the database went away: the lock went with the connection
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    ps.setLong(1, KEY);
                    ps.execute();
                }
            } catch (SQLException ignored) {
                // the database went away: the lock went with the connection
            }
        };
    }

    /** Throws {@link DatabaseConnectionLostException} when the lock this process took has died with its connection. */
    public void checkStillHeld() {
        Connection connection = held;
        if (connection == null) {
            return;
        }
        boolean valid;
        try {
            valid = connection.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        if (!valid) {
            throw new DatabaseConnectionLostException("the connection to the database was lost during the run");
        }
    }
}
