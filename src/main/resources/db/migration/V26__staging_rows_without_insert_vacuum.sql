-- The staging tables are filled by COPY and read whole, by sequential scans, when the leads, people and activities are
-- rebuilt; their indexes serve small lookups (one file's rows, one campaign's scans), not scans that would skip
-- all-visible pages. Autovacuum's insert-driven passes (PostgreSQL 13 and later: after inserts alone) read such a table
-- soon after its rows arrive and write every page of it again to mark it all-visible. In issue #17's realistic cold
-- night autovacuum went through scan and crm_person_row that way while the night ran (86,000 pages, 0.7 GB read and
-- written again beside the rebuilds); activity_row (160,000 pages) would have been next (docs/benchmarks.md, session
-- 27). Passes after deletes (a changed file's rows replaced) and those against transaction-id wraparound are kept:
-- only the insert threshold is off.
ALTER TABLE scan SET (autovacuum_vacuum_insert_threshold = -1);
ALTER TABLE crm_person_row SET (autovacuum_vacuum_insert_threshold = -1);
ALTER TABLE crm_account_row SET (autovacuum_vacuum_insert_threshold = -1);
ALTER TABLE crm_user_row SET (autovacuum_vacuum_insert_threshold = -1);
ALTER TABLE activity_row SET (autovacuum_vacuum_insert_threshold = -1);
