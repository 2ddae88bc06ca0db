package com.leadaudit.run;

import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/**
 * Maps what went wrong to an exit code and a sentence (SPEC §11): bad usage or configuration is 2, another run is 75,
 * anything else is 1. The stack trace is printed only for failures nobody could have foreseen.
 */
final class Failures {

    private Failures() {
    }

    static ExitCode report(Throwable e, PrintStream err) {
        AlreadyRunningException running = find(e, AlreadyRunningException.class);
        if (running != null) {
            err.println("leadaudit: " + running.getMessage());
            return ExitCode.ALREADY_RUNNING;
        }
        UsageException usage = find(e, UsageException.class);
        if (usage != null) {
            err.println("leadaudit: " + usage.getMessage());
            return ExitCode.BAD_USAGE;
        }
        if (find(e, ConnectException.class) != null || isConnectionFailure(find(e, SQLException.class))) {
            err.println("leadaudit: cannot reach the database (" + rootMessage(e) + "). Check that PostgreSQL is "
                    + "running and that SPRING_DATASOURCE_URL / spring.datasource.* are right, then run again.");
            return ExitCode.FAILED;
        }
        FlywayException flyway = find(e, FlywayException.class);
        if (flyway != null) {
            err.println("leadaudit: the database schema could not be brought up to date: " + flyway.getMessage());
            return ExitCode.FAILED;
        }
        err.println("leadaudit: failed: " + rootMessage(e));
        e.printStackTrace(err);
        return ExitCode.FAILED;
    }

    private static boolean isConnectionFailure(SQLException e) {
        return e != null && e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
