package com.leadaudit.report;

/**
 * One line of the Data Quality sheet.
 *
 * @param category  {@code File rejected}, {@code Row rejected}, {@code Warning} or {@code Duplicate merged}
 * @param row       row number as the source spreadsheet shows it; null for whole-file findings
 * @param rawValues the row's cells as read, for the reader to recognise the record
 */
public record DataQualityRow(String category, String file, Integer row, String reason, String rawValues) {
}
