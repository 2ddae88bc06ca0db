-- SPEC §14 "Owners by name". The owner ids CRM exports write (Salesforce user ids, HubSpot owner ids), one row per
-- id and file in the form the file wrote it (a Salesforce id as 15 or 18 characters): a handful per file, so a
-- foreign key's cascade costs nothing here.
CREATE TABLE crm_owner_form (
    file_id   BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    owner_key TEXT NOT NULL,   -- SALESFORCE:<first 15 characters> | HUBSPOT:<owner id>, as the staging rows' owner
    shown     TEXT NOT NULL    -- the id as the export wrote it
);
CREATE INDEX crm_owner_form_file ON crm_owner_form (file_id);

-- Every owner id of the CRM files that count, rebuilt with the people: its name from an owner export (Salesforce
-- User, HubSpot owners) when there is one (named), else the id as the exports write it. The Data Quality sheet says
-- which export would give names for the ids a campaign's leads show.
CREATE TABLE crm_owner (
    owner_key TEXT PRIMARY KEY,
    source    TEXT NOT NULL,
    shown     TEXT NOT NULL,
    named     BOOLEAN NOT NULL
);
