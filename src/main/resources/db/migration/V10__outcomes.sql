-- SPEC §14: opportunities / deals read from CRM exports, and each lead's outcome.
-- Staging rows of opportunity exports (about one per twenty leads, so a foreign key's cascade costs nothing here).
CREATE TABLE opportunity_row (
    file_id            BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number         INT NOT NULL,
    source             TEXT NOT NULL,
    crm_id             TEXT NOT NULL,
    name               TEXT NOT NULL,
    amount             NUMERIC(18, 2),
    currency           TEXT,
    stage              TEXT NOT NULL,
    closed             BOOLEAN NOT NULL,
    won                BOOLEAN NOT NULL,
    created_local      TIMESTAMP,
    created_instant    TIMESTAMPTZ,
    close_date         DATE,
    person_ids         TEXT[] NOT NULL,
    contact_email_norm TEXT,
    account_id         TEXT
);
CREATE INDEX opportunity_row_file ON opportunity_row (file_id);

-- Salesforce OpportunityContactRole: which contacts an opportunity belongs to.
CREATE TABLE opportunity_contact_row (
    file_id        BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number     INT NOT NULL,
    opportunity_id TEXT NOT NULL,
    person_id      TEXT NOT NULL
);
CREATE INDEX opportunity_contact_row_file ON opportunity_contact_row (file_id);

-- A lead's outcome (§14): its earliest opportunity on a matched CRM person within the window, state as of the as-of.
ALTER TABLE lead ADD COLUMN outcome_id TEXT;
ALTER TABLE lead ADD COLUMN outcome_name TEXT;
ALTER TABLE lead ADD COLUMN outcome_created TIMESTAMPTZ;
ALTER TABLE lead ADD COLUMN outcome_amount NUMERIC(18, 2);
ALTER TABLE lead ADD COLUMN outcome_currency TEXT;
ALTER TABLE lead ADD COLUMN outcome_stage TEXT;
ALTER TABLE lead ADD COLUMN outcome_state TEXT;          -- OPEN | WON | LOST

-- Outcome figures per campaign and as-of, kept like the §9 figures for the trend: per dimension (ALL, STATUS,
-- SPEED) and group, per currency (no conversion). currency '' holds the counts of leads whatever the currency.
CREATE TABLE outcome_figures (
    campaign_code    TEXT NOT NULL,
    as_of            TEXT NOT NULL,
    dimension        TEXT NOT NULL,
    grp              TEXT NOT NULL,
    currency         TEXT NOT NULL,
    leads            BIGINT NOT NULL,
    with_opportunity BIGINT NOT NULL,
    pipeline         NUMERIC(18, 2) NOT NULL,
    won              NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (campaign_code, as_of, dimension, grp, currency)
);

-- What a campaign cost (register columns cost, currency), for cost per lead and return.
ALTER TABLE campaign ADD COLUMN cost NUMERIC(18, 2);
ALTER TABLE campaign ADD COLUMN cost_currency TEXT;
