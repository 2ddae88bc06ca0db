package com.leadaudit.report;

/**
 * One input file the run looked at, for the Run sheet.
 *
 * @param kind    what the header said the file is (badge scans, contacts, activities, …)
 * @param outcome {@code imported}, {@code skipped: same content as <file>} or {@code rejected: <reason>}
 * @param reading which header was read as which field, {@code "Scan Date (UTC)" → scanned at (times in UTC); …}
 * @param missing the known fields of its kind that the file lacks
 */
public record InputFile(String path, String kind, String sha256, long dataRows, long rejectedRows, String outcome,
                        String reading, String missing) {

    public InputFile(String path, String kind, String sha256, long dataRows, long rejectedRows, String outcome) {
        this(path, kind, sha256, dataRows, rejectedRows, outcome, null, null);
    }
}
