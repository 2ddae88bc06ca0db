package com.leadaudit.run.db;

/** Another leadaudit run holds the lock: exit 75 at once. */
public class AlreadyRunningException extends RuntimeException {
    public AlreadyRunningException(String message) {
        super(message);
    }
}
