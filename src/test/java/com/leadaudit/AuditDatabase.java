package com.leadaudit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table between tests, so the suite runs alike on the embedded database and on a shared server. */
public final class AuditDatabase {

    /**
     * Every table of the schema but Flyway's history, read from the catalogue so that a table a new migration adds
     * is emptied too without an edit here (the job repository's BATCH_* tables included).
     */
    private static final String TABLES = """
            SELECT quote_ident(table_name) FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
              AND table_name <> 'flyway_schema_history'
            ORDER BY table_name""";

    private AuditDatabase() {
    }

    public static void clean(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList(TABLES, String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        // as a new database has it (V25): its staging rows, none yet, are intact
        jdbc.update("INSERT INTO staging_intact VALUES (TRUE)");
    }
}
