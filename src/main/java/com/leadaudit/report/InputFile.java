package com.leadaudit.report;

/**
 * One input file the run looked at, for the Run sheet.
 *
 * @param kind    what the header said the file is (badge scans, contacts, activities, …)
 * @param outcome {@code imported}, {@code skipped (unchanged)} or {@code rejected: <reason>}
 */
public record InputFile(String path, String kind, String sha256, long dataRows, long rejectedRows, String outcome) {
}
