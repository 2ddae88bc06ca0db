package com.leadaudit.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Owner of table staging_intact, which says whether the staging tables (scan, crm_person_row, crm_account_row,
 * crm_user_row, activity_row) still hold what the imports wrote. They are unlogged (V25), so PostgreSQL empties them
 * when it recovers from a crash, and staging_intact, unlogged too, with them: without its one row, the registered
 * files' rows are gone, though source_file still says they were imported.
 */
@Repository
public class StagingRows {

    private final JdbcTemplate jdbc;

    public StagingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean lost() {
        return !jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM staging_intact)", Boolean.class);
    }

    /**
     * Statistics of a staging table as its files left it, for a rebuild about to read it whole. Nothing else analyses
     * it in time: autovacuum looks at a table a minute at the earliest after its rows arrived, and on a first night the
     * rebuilds read them sooner, so the planner guessed 240,000 of activity_row's 6 million rows, sorted them on one
     * core and spilled 860 MB to disk (issue #17's realistic shape, EXPLAIN ANALYZE).
     */
    public void analyse(String table) {
        jdbc.execute("ANALYZE " + table);
    }

    /** After the files that gave the lost rows are forgotten: what the staging tables hold is again what was imported. */
    public void markIntact() {
        jdbc.update("INSERT INTO staging_intact VALUES (TRUE) ON CONFLICT DO NOTHING");
    }
}
