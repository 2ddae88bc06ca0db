/**
 * Reading spreadsheets and CSV files whatever their format, encoding, layout or damage (SPEC §4): format sniffing,
 * streamed xlsx/xls/CSV cursors, header location, synonyms and layout mappings, dates and numbers as a person reads
 * them, safe text. Owns no table; storing what is read is package {@code importing}'s. Also holds the test-only pause
 * hook every step calls ({@code PauseInsideStep}). Depends on no other package.
 */
package com.leadaudit.io;
