package com.leadaudit.io;

/**
 * A file that cannot be read as a table. The message is a sentence meant for the person who supplied the file
 * (e.g. "the file is password-protected"); it does not name the file, so callers can prefix the name they show.
 */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /**
     * The same failure discovered while rows are being pulled: {@link java.util.Iterator} methods cannot throw
     * checked exceptions, so a damaged part found mid-file surfaces as this unchecked twin.
     */
    public static class Runtime extends RuntimeException {

        public Runtime(String reason) {
            super(reason);
        }

        public Runtime(String reason, Throwable cause) {
            super(reason, cause);
        }

        public UnreadableFileException toChecked() {
            return new UnreadableFileException(getMessage(), this);
        }
    }
}
