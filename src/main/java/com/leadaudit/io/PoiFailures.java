package com.leadaudit.io;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * Turns whatever POI, the zip layer or the XML parser threw into a sentence for the file's owner. The technical
 * exception stays attached as the cause for the log.
 */
final class PoiFailures {

    static final String ZIP_BOMB = "the file looks like a zip bomb: it unpacks to far more data than a spreadsheet "
            + "of its size can hold, so it was not opened";
    static final String PASSWORD = "the file is password-protected; remove the password in Excel and save it again";

    private PoiFailures() {
    }

    static UnreadableFileException checked(Throwable e, String kind) {
        return new UnreadableFileException(describe(e, kind), e);
    }

    /** For failures met while rows are pulled; {@code lastRow} tells the owner how far the file was good. */
    static UnreadableFileException.Runtime unchecked(Throwable e, String kind, int lastRow) {
        if (e instanceof UnreadableFileException.Runtime already) {
            return already;
        }
        String reason = describe(e, kind);
        if (reason.equals(damaged(kind)) && lastRow > 0) {
            reason += " after row " + lastRow;
        }
        return new UnreadableFileException.Runtime(reason, e);
    }

    static String describe(Throwable e, String kind) {
        int depth = 0;
        // bounded: a cause chain that loops back on itself must not hang the nightly run
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof UnreadableFileException || t instanceof UnreadableFileException.Runtime) {
                return t.getMessage();
            }
            if (t instanceof EncryptedDocumentException) {
                return PASSWORD;
            }
            if (t instanceof OldExcelFormatException) {
                return "the file is in the old Excel 5.0/95 format; open it in Excel and save it as xlsx";
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
                return ZIP_BOMB;
            }
        }
        return damaged(kind);
    }

    private static String damaged(String kind) {
        return "the " + kind + " file is damaged and cannot be read";
    }
}
