package com.leadaudit.run;

/**
 * The connection that holds the run lock died while the run was going on (database restarted, connection cut): the
 * run can no longer be sure it is the only one, so it stops and the next run resumes it.
 */
public class DatabaseConnectionLostException extends RuntimeException {
    public DatabaseConnectionLostException(String message) {
        super(message);
    }
}
