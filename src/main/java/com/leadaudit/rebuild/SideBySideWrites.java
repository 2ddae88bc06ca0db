package com.leadaudit.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One writer of lead_state at a time among the steps that run side by side: the outcomes and the first touches (the
 * job's "tail" flow) both update it, and a lead can change in both. Each takes this lock before its first update of
 * lead_state and holds it until its transaction ends, so the second waits for the first to commit instead of each
 * holding a lead row, or a campaign row locked by lead_state's triggers (V23, V24), that the other needs: PostgreSQL
 * would end such a deadlock by failing one step, and with it the night. Their searches, which take most of their time,
 * still run side by side before it. (What else they write is their own: their own tables and temp tables, and
 * disjoint derived sets, none built on the other's.) A transaction-level advisory lock rather than a lock on the
 * table, which would also wait for autovacuum; taken again in the same transaction, it is simply held once more.
 */
public final class SideBySideWrites {

    private static final long KEY = 0x4c45414453544154L; // "LEADSTAT"

    private SideBySideWrites() {
    }

    /** Waits until no other transaction holds the lock, then holds it until the caller's transaction ends. */
    public static void lockForThisTransaction(JdbcTemplate jdbc) {
        jdbc.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
    }
}
