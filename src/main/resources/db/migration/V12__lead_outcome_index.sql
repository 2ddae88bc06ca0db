-- The nightly outcome pass (SPEC §14) looks at leads that have an outcome (a few per cent), not at every lead row.
CREATE INDEX lead_with_outcome ON lead (id) WHERE outcome_id IS NOT NULL;

-- Which opportunities could be each lead's outcome (matched person, created within the window after capture),
-- rebuilt only when the matches or the CRM exports change; each night then only applies its as-of to these rows.
CREATE TABLE outcome_candidate (
    lead_id    BIGINT NOT NULL,
    crm_id     TEXT NOT NULL,
    name       TEXT NOT NULL,
    created    TIMESTAMPTZ NOT NULL,
    amount     NUMERIC(18, 2),
    currency   TEXT,
    stage      TEXT NOT NULL,
    closed     BOOLEAN NOT NULL,
    won        BOOLEAN NOT NULL,
    close_date DATE
);
