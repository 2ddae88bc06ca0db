package com.leadaudit.formats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads back what an import stored, one row as column → text (as PostgreSQL's JSON rendering writes it: timestamps
 * ISO, arrays and JSON as JSON text, SQL NULL as null), so tests can assert every field of a row in one place.
 */
public final class StoredRows {

    private final JdbcTemplate jdbc;

    public StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row of {@code table} (scan, crm_person_row, activity_row) that line {@code row} of {@code path} gave. */
    public Map<String, String> row(String table, String path, int row) {
        long found = jdbc.queryForObject("""
                SELECT count(*) FROM %s t JOIN source_file f ON f.id = t.file_id WHERE f.path = ? AND t.row_number = ?"""
                .formatted(table), Long.class, path, row);
        if (found != 1) {
            throw new AssertionError(found + " " + table + " rows for " + path + " row " + row);
        }
        Map<String, String> values = new HashMap<>();
        jdbc.query("""
                SELECT key, value FROM %s t JOIN source_file f ON f.id = t.file_id, jsonb_each_text(to_jsonb(t))
                WHERE f.path = ? AND t.row_number = ?""".formatted(table), rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                }, path, row);
        return values;
    }

    /** How many rows of {@code table} a file gave. */
    public long count(String table, String path) {
        return jdbc.queryForObject("SELECT count(*) FROM %s t JOIN source_file f ON f.id = t.file_id WHERE f.path = ?"
                .formatted(table), Long.class, path);
    }

    /** The register entry of a file: status, kind, reason, data_rows, rejected_rows. */
    public Map<String, String> file(String path) {
        Map<String, String> file = new HashMap<>();
        jdbc.query("SELECT key, value FROM source_file f, jsonb_each_text(to_jsonb(f)) WHERE f.path = ?",
                rs -> {
                    file.put(rs.getString(1), rs.getString(2));
                }, path);
        if (file.isEmpty()) {
            throw new AssertionError("no source_file row for " + path);
        }
        return file;
    }

    /** Rejected rows of a file as "row: reason". */
    public List<String> rejected(String path) {
        return jdbc.queryForList("""
                SELECT r.row_number || ': ' || r.reason FROM rejected_row r JOIN source_file f ON f.id = r.file_id
                WHERE f.path = ? ORDER BY r.row_number""", String.class, path);
    }

    /** Warnings of a file as "row: message" (row 0 for file-wide warnings). */
    public List<String> warnings(String path) {
        return jdbc.queryForList("""
                SELECT COALESCE(w.row_number, 0) || ': ' || w.message FROM import_warning w
                JOIN source_file f ON f.id = w.file_id WHERE f.path = ? ORDER BY w.row_number NULLS FIRST, w.message""",
                String.class, path);
    }

    /** A timestamptz as JSON renders it (with the session's offset), as an instant. */
    public static Instant instant(String json) {
        return json == null ? null : OffsetDateTime.parse(json).toInstant();
    }
}
