-- Issue #17: what the nights decide about a lead (its match summary, first touch, deadline, status and outcome) moves
-- out of table lead into a narrow table of its own, lead_state, one row per lead with the same id. Table lead keeps
-- what the lead build merged from the scans, which no step changes until the campaign's leads are built again.
--
-- Why: a first night updates every lead three or four times (tier and owners, first touches, statuses, outcomes), and
-- PostgreSQL writes a whole new row version for each update. The lead row is about 565 bytes (answers, source file,
-- names, keys ...), stored at fillfactor 50 so that updates find room on their page: 951 MB for the 813,608 leads of
-- issue #17's realistic shape, more than shared_buffers, so each full update read the table back from the kernel's
-- cache and wrote most of it itself, and copied every changed row whole into the statement triggers' transition
-- table. Measured on that database, one update of 570,452 leads: 6.0-8.5 s on lead, 2.8-2.9 s on a table of these
-- columns (203 MB). Table lead no longer needs room for updates either: it is filled to its pages from now on.
--
-- The id, campaign and capture time are repeated here (immutable copies, written with the lead) so that the nightly
-- statements, which select leads by campaign and compare times with the capture, read this table alone.
--
-- Fillfactor 30: a lead_state row is born with its first three columns and grows with each update of a first night
-- (about 60 bytes, then the tier and owners, the first touch, the status). At 50 the pages were full again after the
-- second update, and most rows of the first-touch and status updates moved to other pages, with new entries in every
-- index. The four updates of a first night, on copies of this table on issue #17's database (no triggers, each twice):
-- 12.2-12.6 s at fillfactor 50, 9.3-10.4 s at 30, and the table ends the night at the same size (218-219 MB).
CREATE TABLE lead_state (
    id               BIGINT PRIMARY KEY,
    campaign_code    TEXT NOT NULL,
    captured_at      TIMESTAMPTZ NOT NULL,
    match_tier       TEXT,
    crm_owner        TEXT,
    first_touch_id   BIGINT,
    first_touch_at   TIMESTAMPTZ,
    first_touch_date DATE,
    first_touch_type TEXT,
    first_touch_by   TEXT,
    hours_to_touch   NUMERIC(12, 1),
    deadline         TIMESTAMPTZ,
    status           TEXT,
    outcome_id       TEXT,
    outcome_name     TEXT,
    outcome_created  TIMESTAMPTZ,
    outcome_amount   NUMERIC(18, 2),
    outcome_currency TEXT,
    outcome_stage    TEXT,
    outcome_state    TEXT
) WITH (fillfactor = 30);

INSERT INTO lead_state (id, campaign_code, captured_at, match_tier, crm_owner, first_touch_id, first_touch_at,
                        first_touch_date, first_touch_type, first_touch_by, hours_to_touch, deadline, status,
                        outcome_id, outcome_name, outcome_created, outcome_amount, outcome_currency, outcome_stage,
                        outcome_state)
SELECT id, campaign_code, captured_at, match_tier, crm_owner, first_touch_id, first_touch_at, first_touch_date,
       first_touch_type, first_touch_by, hours_to_touch, deadline, status, outcome_id, outcome_name, outcome_created,
       outcome_amount, outcome_currency, outcome_stage, outcome_state
FROM lead;

DROP INDEX lead_with_outcome;
ALTER TABLE lead DROP COLUMN match_tier, DROP COLUMN crm_owner, DROP COLUMN first_touch_id,
    DROP COLUMN first_touch_at, DROP COLUMN first_touch_date, DROP COLUMN first_touch_type,
    DROP COLUMN first_touch_by, DROP COLUMN hours_to_touch, DROP COLUMN deadline, DROP COLUMN status,
    DROP COLUMN outcome_id, DROP COLUMN outcome_name, DROP COLUMN outcome_created, DROP COLUMN outcome_amount,
    DROP COLUMN outcome_currency, DROP COLUMN outcome_stage, DROP COLUMN outcome_state;
ALTER TABLE lead SET (fillfactor = 100);

-- The same two indexes as lead had for these columns (V3, V12): a campaign's leads, and the few with an outcome.
CREATE INDEX lead_state_campaign ON lead_state (campaign_code, captured_at, id);
CREATE INDEX lead_state_with_outcome ON lead_state (id) WHERE outcome_id IS NOT NULL;

-- The statement triggers of lead's updates (V16, V20, V22, V23), for the updates that now land here: a campaign's
-- lead_version and change log follow whichever of the two tables a statement changes. The campaigns are locked in
-- code order first (lead_state_campaigns_locked sorts before lead_state_updated, as V23 explains).
--
-- Leads are inserted in both tables together, by the lead build only, and a lead shows in the workbooks once it has
-- its lead_state row (their queries join the two): the insert is noted there. Noted on lead, the trigger kept every
-- inserted row whole in its transition table, 813,608 rows of about 565 bytes on a first night (2.2-5.7 s of the
-- insert, issue #17); of lead_state's new rows it keeps about 60 bytes each. Deletes stay noted on lead.
DROP TRIGGER lead_inserted ON lead;
CREATE TRIGGER lead_state_inserted AFTER INSERT ON lead_state REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_lead_version();
CREATE TRIGGER lead_state_campaigns_locked AFTER UPDATE ON lead_state REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION lock_campaigns_of_changed_leads();
CREATE TRIGGER lead_state_updated AFTER UPDATE ON lead_state REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_lead_version();
CREATE TRIGGER lead_state_moved BEFORE UPDATE OF campaign_code, captured_at, id ON lead_state
    FOR EACH ROW EXECUTE FUNCTION lead_moved();

-- A lead whole, as before the split: what was scanned and what the nights decided, for reading by hand (and by the
-- tests). The workbooks' queries join the two tables themselves.
CREATE VIEW lead_with_state AS
SELECT l.*, s.match_tier, s.crm_owner, s.first_touch_id, s.first_touch_at, s.first_touch_date, s.first_touch_type,
       s.first_touch_by, s.hours_to_touch, s.deadline, s.status, s.outcome_id, s.outcome_name, s.outcome_created,
       s.outcome_amount, s.outcome_currency, s.outcome_stage, s.outcome_state
FROM lead l JOIN lead_state s ON s.id = l.id;

-- Statistics for the first night after the upgrade to plan with (the lead build analyses both tables after it).
ANALYZE lead_state;
