package com.leadaudit.run;

import com.leadaudit.run.db.AlreadyRunningException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Maps what went wrong to an exit code and a sentence (SPEC §11): bad usage or configuration is 2, another run is 75,
 * anything else is 1. The stack trace is printed only for failures nobody could have foreseen.
 */
final class Failures {

    /** What the operator reads when the database went away under a running run. */
    static final String CONNECTION_LOST = "leadaudit: the database connection was lost, so the run stopped; nothing "
            + "is lost: run the same command again to resume it";

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
        if (isConnectionLost(e)) {
            err.println(CONNECTION_LOST);
            return ExitCode.FAILED;
        }
        if (isUnreachable(e)) {
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

    /** The failures {@link #report} explains in a sentence, without a stack trace. */
    static boolean isExpected(Throwable e) {
        return find(e, AlreadyRunningException.class) != null || find(e, UsageException.class) != null
                || isConnectionLost(e) || isUnreachable(e) || find(e, FlywayException.class) != null;
    }

    /**
     * True when an established connection died under the run: the run lock's connection went (our own check), the
     * server ended the session (SQLSTATE 57P01-57P03: terminated, crashed, shutting down) or the link broke
     * (08003 connection does not exist, 08006 connection failure, 08007 transaction state unknown). Failing to
     * connect in the first place (08001, connection refused) is not "lost": see {@link #isUnreachable}.
     */
    static boolean isConnectionLost(Throwable e) {
        if (find(e, DatabaseConnectionLostException.class) != null) {
            return true;
        }
        return hasSqlState(e, "57P01", "57P02", "57P03", "08003", "08006", "08007") || isPoolConnectionClosed(e);
    }

    private static boolean isPoolConnectionClosed(Throwable e) {
        return causes(e).stream().anyMatch(t -> t instanceof SQLException sql && sql.getSQLState() == null
                && POOL_CONNECTION_CLOSED.equals(sql.getMessage()));
    }

    /** The database went away under the run or cannot be reached: said in a sentence, never with a stack trace. */
    static boolean isDatabaseGone(Throwable e) {
        return isConnectionLost(e) || isUnreachable(e);
    }

    private static boolean isUnreachable(Throwable e) {
        return find(e, ConnectException.class) != null || hasSqlState(e, "08");
    }

    /** Hikari's words for a pooled connection it closed because the server ended it; Hikari 7 gives no SQLSTATE. */
    private static final String POOL_CONNECTION_CLOSED = "Connection is closed";

    private static boolean hasSqlState(Throwable e, String... prefixes) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    for (String prefix : prefixes) {
                        if (state != null && state.startsWith(prefix)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t : causes(e)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The exception and its causes; where a rollback failed after the work had failed, also the work's exception
     * (Spring keeps it as the application exception): when the server goes away, the rollback fails only because
     * the connection is gone, and the first failure says why.
     */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && all.size() < 100; t = t.getCause() == t ? null : t.getCause()) {
            all.add(t);
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != t) {
                all.addAll(causes(tx.getApplicationException()));
            }
        }
        return all;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
