-- Performance at scale (issue #7). V4 is reserved for the input formats work.

-- Fingerprints of what each rebuilt table set was derived from (input files, settings, campaign register), so a
-- run whose inputs did not change skips the rebuild. Written in the same transaction as the rebuild itself, so a
-- crash leaves either the old data with the old fingerprint or the new data with the new one.
CREATE TABLE derived_state (
    name        TEXT PRIMARY KEY,            -- crm | leads | matches
    fingerprint TEXT NOT NULL,
    counts      BIGINT[] NOT NULL DEFAULT '{}',
    built_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Which scans each lead merged. Replaces scan.lead_id: rebuilding leads used to rewrite every row of the wide scan
-- table twice (set NULL, then set the new id); inserting narrow pairs is a fraction of that.
CREATE TABLE lead_scan (
    lead_id BIGINT NOT NULL,
    scan_id BIGINT NOT NULL,
    PRIMARY KEY (lead_id, scan_id)
);
ALTER TABLE scan DROP COLUMN lead_id;

-- The booth staff who scanned a lead, one element per distinct staff member (NULL for scans without one), so the
-- Owners sheet needs no pass over the scan table per campaign.
ALTER TABLE lead ADD COLUMN staff TEXT[] NOT NULL DEFAULT '{}';

-- Indexes the set-based SQL no longer uses. At scale every join in the rebuilds and the tiers is a hash join over
-- whole tables, so these only cost: each is maintained row by row while millions of rows are inserted (and, on
-- lead, while every lead is updated three times per run). The NAME tier now blocks on company and work domain by
-- hash joins; the EMAIL and PHONE tiers hash lead against person / person_phone, as does linking activities by email.
DROP INDEX person_email;
DROP INDEX person_last_name;
DROP INDEX person_company;
DROP INDEX lead_email;
DROP INDEX lead_phone;
-- Link tables filled only by the consolidation, whose SELECT DISTINCT already makes each pair unique (the two
-- statements that fill activity_person touch disjoint activities). Their primary keys were the most expensive part
-- of consolidating: 5 million random-order b-tree insertions with a conflict check each.
ALTER TABLE activity_person DROP CONSTRAINT activity_person_pkey;
ALTER TABLE person_phone DROP CONSTRAINT person_phone_pkey;

-- activity now holds only the consolidated activities that can be a touch at all (happened, not inbound, not mass
-- marketing, SPEC §7); the others are counted by the consolidation but not stored, since the first-touch search would
-- only filter them out again every night.

-- Every run updates most leads up to three times (match summary, first touch, status). With room left on each page
-- those updates are HOT (no new index entries, the new version on the same page): the match summary of a million
-- leads went from 9.9 s to 4.1 s. The price is a lead table about twice as large on disk.
ALTER TABLE lead SET (fillfactor = 50);

-- Every workbook query reads one campaign's leads (figures per rating, owner and staff member, the Leads sheet in
-- capture order, the action list, answer columns). Without this index each was a scan of the whole lead table: 7
-- scans per campaign, 70 of a 1.3 GB table for ten campaigns of 100,000 leads.
CREATE INDEX lead_campaign_capture ON lead (campaign_code, captured_at, id);
