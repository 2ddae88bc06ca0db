package com.leadaudit.run.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Six import threads in each of the two load branches need more connections than the pool's configured 12: the pool
 * the application runs with is raised to what the job can hold at once.
 */
@AuditTest
@TestPropertySource(properties = "leadaudit.import.threads=6")
class ConnectionPoolSizeTest {

    @Autowired
    DataSource dataSource;

    @Test
    void thePoolHoldsEveryConnectionTheThreadSettingsAskFor() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        // 2 branches × (6 files + 1 step transaction) + run lock, job repository, one to spare
        assertThat(ConnectionPoolSize.needed(6, 2)).isEqualTo(17);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(17);
    }

    @Test
    void theDefaultThreadsFitTheConfiguredPool() {
        assertThat(ConnectionPoolSize.needed(2, 2)).isLessThanOrEqualTo(12);
        assertThat(ConnectionPoolSize.needed(2, 12)).isEqualTo(16);
    }
}
