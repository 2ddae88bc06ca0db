package com.leadaudit.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AuditTest
class StagingTablesVacuumTest {

    @Autowired
    JdbcTemplate jdbc;

    /** V26: the staging tables get no autovacuum pass for inserts alone (their rows are read by full scans). */
    @Test
    void stagingTablesHaveNoInsertDrivenVacuum() {
        assertThat(jdbc.queryForList("""
                SELECT c.relname FROM pg_class c
                WHERE c.relnamespace = current_schema()::regnamespace
                  AND 'autovacuum_vacuum_insert_threshold=-1' = ANY (c.reloptions)
                ORDER BY c.relname""", String.class))
                .containsExactly("activity_row", "crm_account_row", "crm_person_row", "crm_user_row", "scan");
    }
}
