-- Issue #7: a second run over unchanged inputs should redo only what the as-of changes. What the workbooks and the
-- figures show of a campaign's leads changes only when its lead rows do, so every statement that changes lead rows
-- gives the campaigns it touched a new lead_version in the same transaction (LeadVersions). A sequence, not a
-- counter per row: a version is never handed out twice, even to a campaign that was deleted and registered again.
CREATE SEQUENCE lead_version_seq;
ALTER TABLE campaign ADD COLUMN lead_version BIGINT NOT NULL DEFAULT nextval('lead_version_seq');

-- What each stored set of figures was computed from (lead_version, the campaign's scan files, the figures' SQL):
-- the figures of another as-of with the same basis are these figures, copied instead of computed again.
ALTER TABLE campaign_figures ADD COLUMN basis TEXT;

-- Workbooks as written: the basis of everything they show and the file as it was left. A re-run whose workbook has
-- the same basis, and whose file is still the one written (same size and modification time), keeps that file. The
-- Leads and Action List sheets show nothing but the campaign's leads (sheets_basis: lead_version, zone, software):
-- a later night's workbook with the same sheets_basis copies those two sheets from this file instead of writing
-- them again, and needs their row counts for the auto-filters it declares.
CREATE TABLE report_file (
    path            TEXT PRIMARY KEY,
    campaign_code   TEXT NOT NULL,
    basis           TEXT NOT NULL,
    sheets_basis    TEXT NOT NULL,
    lead_rows       INT NOT NULL,
    action_rows     INT NOT NULL,
    size            BIGINT NOT NULL,
    modified_micros BIGINT NOT NULL,         -- the file's modification time, in microseconds since 1970
    written_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_file_sheets ON report_file (campaign_code, sheets_basis);

-- An input file's modification time when it was read. A file at the same path with the same size and modification
-- time is taken as the file imported, without reading 1.2 GB of exports again to hash them (what make and rsync
-- do); any other file is hashed, and its SHA-256 decides as before.
ALTER TABLE source_file ADD COLUMN modified_micros BIGINT;
