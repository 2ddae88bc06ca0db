/**
 * Reading spreadsheets and CSV files whatever their format, encoding, layout or damage (SPEC §4): format sniffing,
 * streamed xlsx/xls/CSV cursors, header location and synonyms, dates and numbers as a person reads them, safe text,
 * and the file-by-file import ({@code TableFileImporter}) that registers each file in table {@code source_file}
 * with its rejected rows ({@code row_problem}) and warnings ({@code import_warning}). Depends on no other package.
 */
package com.leadaudit.io;
