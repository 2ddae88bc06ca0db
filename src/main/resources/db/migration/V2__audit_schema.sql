-- leadaudit's own tables. Imported rows are kept per source file (so a changed file replaces exactly what it gave
-- before); everything derived from them (people, activities, leads, matches, statuses) is rebuilt set-based by the
-- nightly job, which makes every step safe to repeat after a crash.

CREATE TABLE campaign (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    start_date       DATE,
    end_date         DATE,
    time_zone        TEXT NOT NULL,
    sla              TEXT NOT NULL,
    country          TEXT NOT NULL,
    qualifying_types TEXT NOT NULL,
    holidays         TEXT NOT NULL DEFAULT '',
    registered       BOOLEAN NOT NULL,
    in_input         BOOLEAN NOT NULL DEFAULT TRUE,
    warnings         TEXT[] NOT NULL DEFAULT '{}', -- register problems, shown on the Data Quality sheet
    as_of_instant    TIMESTAMPTZ,                  -- the as-of of the run in progress, in this campaign's zone
    purged_at        TIMESTAMPTZ
);

CREATE TABLE source_file (
    id            BIGSERIAL PRIMARY KEY,
    path          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,            -- BADGE_SCAN | CRM | REGISTER
    campaign_code TEXT,
    kind          TEXT,                     -- detected table kind, e.g. badge-scan, salesforce-task
    format        TEXT,
    sha256        TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,            -- sha256 + importer version + settings that shape imported values
    size_bytes    BIGINT NOT NULL,
    status        TEXT NOT NULL,            -- IMPORTED | REJECTED
    reason        TEXT,
    data_rows     INT NOT NULL DEFAULT 0,
    rejected_rows INT NOT NULL DEFAULT 0,
    present       BOOLEAN NOT NULL DEFAULT TRUE,
    imported_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE rejected_row (
    file_id    BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number INT NOT NULL,
    reason     TEXT NOT NULL,
    raw_values TEXT
);
CREATE INDEX rejected_row_file ON rejected_row (file_id);

CREATE TABLE import_warning (
    file_id    BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number INT,
    message    TEXT NOT NULL
);
CREATE INDEX import_warning_file ON import_warning (file_id);

CREATE TABLE scan (
    id                BIGSERIAL PRIMARY KEY,
    file_id           BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number        INT NOT NULL,
    campaign_code     TEXT NOT NULL,
    scanned_local     TIMESTAMP,            -- wall time without offset: the campaign's zone applies
    scanned_instant   TIMESTAMPTZ,          -- when the file carried an offset
    capture_estimated BOOLEAN NOT NULL DEFAULT FALSE,
    first_name        TEXT NOT NULL DEFAULT '',
    last_name         TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    company           TEXT NOT NULL DEFAULT '',
    title             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    phone_e164        TEXT,
    country           TEXT NOT NULL DEFAULT '',
    badge_id          TEXT NOT NULL DEFAULT '',
    scanned_by        TEXT NOT NULL DEFAULT '',
    rating_raw        TEXT NOT NULL DEFAULT '',
    rating            TEXT NOT NULL,
    notes             TEXT NOT NULL DEFAULT '',
    answers           JSONB,
    email_norm        TEXT,
    name_key          TEXT NOT NULL DEFAULT '',
    last_name_key     TEXT NOT NULL DEFAULT '',
    company_key       TEXT NOT NULL DEFAULT '',
    lead_id           BIGINT
);
CREATE INDEX scan_campaign ON scan (campaign_code);
CREATE INDEX scan_file ON scan (file_id);

CREATE TABLE crm_person_row (
    file_id              BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number           INT NOT NULL,
    source               TEXT NOT NULL,     -- SALESFORCE | HUBSPOT | DYNAMICS
    person_type          TEXT NOT NULL,     -- CONTACT | LEAD
    crm_id               TEXT NOT NULL,
    first_name           TEXT NOT NULL DEFAULT '',
    last_name            TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    email_norm           TEXT,
    company              TEXT NOT NULL DEFAULT '',
    account_id           TEXT,
    phones_e164          TEXT[] NOT NULL DEFAULT '{}',
    owner                TEXT NOT NULL DEFAULT '',
    converted_contact_id TEXT,
    name_key             TEXT NOT NULL DEFAULT '',
    last_name_key        TEXT NOT NULL DEFAULT '',
    company_key          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX crm_person_row_file ON crm_person_row (file_id);

CREATE TABLE crm_account_row (
    file_id BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    crm_id   TEXT NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL
);
CREATE INDEX crm_account_row_file ON crm_account_row (file_id);

CREATE TABLE crm_user_row (
    file_id BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    crm_id  TEXT NOT NULL,
    name    TEXT NOT NULL
);
CREATE INDEX crm_user_row_file ON crm_user_row (file_id);

CREATE TABLE activity_row (
    file_id            BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    row_number         INT NOT NULL,
    source             TEXT NOT NULL,
    crm_id             TEXT NOT NULL,
    channel            TEXT NOT NULL,
    direction          TEXT NOT NULL,
    happened           BOOLEAN NOT NULL,
    occurred_local     TIMESTAMP,           -- wall time without offset: the CRM zone applies
    occurred_instant   TIMESTAMPTZ,
    occurred_date      DATE,                -- date-only activities, never shifted
    owner              TEXT NOT NULL DEFAULT '',
    subject            TEXT NOT NULL DEFAULT '',
    person_ids         TEXT[] NOT NULL DEFAULT '{}',
    contact_email_norm TEXT
);
CREATE INDEX activity_row_file ON activity_row (file_id);

-- Consolidated CRM: one row per CRM id (the most recently imported file wins), rebuilt every run.
-- One row per CRM record id; records of one real person (a Salesforce lead converted to a contact) share person_key.
CREATE TABLE person (
    crm_id        TEXT PRIMARY KEY,
    person_key    TEXT NOT NULL,
    source        TEXT NOT NULL,
    person_type   TEXT NOT NULL,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email_norm    TEXT,
    company       TEXT NOT NULL,
    company_key   TEXT NOT NULL,
    name_key      TEXT NOT NULL,
    last_name_key TEXT NOT NULL,
    email_domain  TEXT,
    owner         TEXT NOT NULL
);
CREATE INDEX person_email ON person (email_norm);
CREATE INDEX person_last_name ON person (last_name_key);
CREATE INDEX person_company ON person (company_key);

CREATE TABLE person_phone (
    person_key TEXT NOT NULL,
    phone_e164 TEXT NOT NULL,
    last_name_key TEXT NOT NULL,
    PRIMARY KEY (phone_e164, person_key)
);

CREATE TABLE activity (
    id               BIGSERIAL PRIMARY KEY,
    source           TEXT NOT NULL,
    crm_id           TEXT NOT NULL,
    channel          TEXT NOT NULL,
    direction        TEXT NOT NULL,
    happened         BOOLEAN NOT NULL,
    occurred_at      TIMESTAMPTZ,
    occurred_date    DATE,
    owner            TEXT NOT NULL,
    subject          TEXT NOT NULL
);

CREATE TABLE activity_person (
    activity_id BIGINT NOT NULL,
    person_key  TEXT NOT NULL,
    PRIMARY KEY (person_key, activity_id)
);

CREATE TABLE lead (
    id                 BIGSERIAL PRIMARY KEY,
    campaign_code      TEXT NOT NULL,
    lead_key           TEXT NOT NULL,
    email              TEXT NOT NULL,
    email_norm         TEXT,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    company            TEXT NOT NULL,
    title              TEXT NOT NULL,
    phone              TEXT NOT NULL,
    phone_e164         TEXT,
    rating             TEXT NOT NULL,
    scanned_by         TEXT NOT NULL,
    captured_at        TIMESTAMPTZ NOT NULL,
    capture_estimated  BOOLEAN NOT NULL,
    scans              INT NOT NULL,
    notes              TEXT NOT NULL,
    answers            JSONB,
    source_file        TEXT NOT NULL,
    source_row         INT NOT NULL,
    name_key           TEXT NOT NULL,
    last_name_key      TEXT NOT NULL,
    company_key        TEXT NOT NULL,
    email_domain       TEXT,
    match_tier         TEXT,
    crm_owner          TEXT,
    first_touch_id     BIGINT,
    first_touch_at     TIMESTAMPTZ,
    first_touch_date   DATE,
    first_touch_type   TEXT,
    first_touch_by     TEXT,
    hours_to_touch     NUMERIC(12, 1),
    deadline           TIMESTAMPTZ,
    status             TEXT,
    UNIQUE (campaign_code, lead_key)
);
CREATE INDEX lead_email ON lead (email_norm);
CREATE INDEX lead_phone ON lead (phone_e164);

CREATE TABLE lead_person (
    lead_id    BIGINT NOT NULL,
    person_key TEXT NOT NULL,
    tier       TEXT NOT NULL,
    PRIMARY KEY (lead_id, person_key)
);

-- Figures of every run per campaign and as-of (SPEC §9): the trend across nights.
CREATE TABLE campaign_figures (
    campaign_code   TEXT NOT NULL,
    as_of           TEXT NOT NULL,
    as_of_instant   TIMESTAMPTZ NOT NULL,
    computed_at     TIMESTAMPTZ NOT NULL,
    scans_read      BIGINT NOT NULL,
    rows_rejected   BIGINT NOT NULL,
    duplicates      BIGINT NOT NULL,
    leads           BIGINT NOT NULL,
    leads_in_crm    BIGINT NOT NULL,
    on_time         BIGINT NOT NULL,
    late            BIGINT NOT NULL,
    overdue         BIGINT NOT NULL,
    open            BIGINT NOT NULL,
    sla_compliance  DOUBLE PRECISION,
    followed_up     DOUBLE PRECISION,
    median_hours    DOUBLE PRECISION,
    p90_hours       DOUBLE PRECISION,
    PRIMARY KEY (campaign_code, as_of)
);
