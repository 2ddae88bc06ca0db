package com.leadaudit.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadaudit.AuditTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AuditTest
class QueryWorkersTest {

    private static final String SHOW = "SHOW max_parallel_workers_per_gather";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager tm;

    @Test
    void noWorkersUntilTheTransactionEndsThenTheServersSetting() {
        String server = jdbc.queryForObject(SHOW, String.class);
        String inside = new TransactionTemplate(tm).execute(status -> {
            // some workers first, so the test fails without the call even on a server configured with none
            jdbc.execute("SET LOCAL max_parallel_workers_per_gather = 3");
            QueryWorkers.noneInThisTransaction(jdbc);
            return jdbc.queryForObject(SHOW, String.class);
        });
        assertThat(inside).isEqualTo("0");
        String after = new TransactionTemplate(tm).execute(status -> jdbc.queryForObject(SHOW, String.class));
        assertThat(after).isEqualTo(server);
    }
}
