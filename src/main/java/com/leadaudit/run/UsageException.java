package com.leadaudit.run;

/** Wrong command line or configuration: exit 2 with a sentence, no stack trace. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
