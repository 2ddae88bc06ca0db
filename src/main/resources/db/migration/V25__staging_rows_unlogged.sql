-- The staging rows (each input file's rows as read: scans, CRM people, accounts, users, activities) are most of what
-- a night writes, and PostgreSQL wrote them twice: into the table and into its write-ahead log. A cold run of issue
-- #17's realistic shape logged 2.9 GB of WAL, about 2 GB of it these rows (activity_row alone is 1.3 GB). Inserting
-- activity_row's 6.1M rows into a copy took 11.6 s unlogged against 18.0 s logged (docs/benchmarks.md).
--
-- Unlogged, they are written once. The price: PostgreSQL empties an unlogged table when it recovers from a crash
-- (and a standby promoted, or a file-level backup restored, has them empty too). Nothing else is lost that way, and
-- the rows can be read again from the files. Table staging_intact, unlogged as well, holds one row while the
-- staging tables hold what the imports wrote: a run that finds it empty forgets every imported file, so that it
-- reads them all again and rebuilds what was built from them (run.StagingRecovery).
ALTER TABLE scan SET UNLOGGED;
ALTER TABLE crm_person_row SET UNLOGGED;
ALTER TABLE crm_account_row SET UNLOGGED;
ALTER TABLE crm_user_row SET UNLOGGED;
ALTER TABLE activity_row SET UNLOGGED;

CREATE UNLOGGED TABLE staging_intact (
    intact BOOLEAN PRIMARY KEY CHECK (intact)
);
INSERT INTO staging_intact VALUES (TRUE);
