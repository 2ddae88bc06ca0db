package com.leadaudit.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's parallel query workers, turned off for the rest of the current transaction in the steps that run beside
 * another step (the job's "links" flow: the matching beside the activities' consolidation; its "tail": the outcomes
 * beside the first touches). There the other branch already keeps the second core busy, and a statement's workers only
 * compete with it: in issue #17's realistic cold night, matchLeads took 16.3–18.3 s without them against 24.0–25.0 s
 * with them, while the consolidation beside it took 31.3–33.8 s either way (docs/benchmarks.md, session 27). The first
 * touches keep them: the outcomes beside them are the shorter step, and the touches run on alone after it.
 */
public final class QueryWorkers {

    private QueryWorkers() {
    }

    /** In the caller's transaction only (SET LOCAL): the next transaction on the connection has the server's setting. */
    public static void noneInThisTransaction(JdbcTemplate jdbc) {
        jdbc.execute("SET LOCAL max_parallel_workers_per_gather = 0");
    }
}
