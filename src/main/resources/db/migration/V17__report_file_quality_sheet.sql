-- Issue #17: a campaign's Data Quality sheet changes only with its files, warnings and leads as built, not with the
-- statuses that change every night; a workbook whose Data Quality sheet has the basis of an earlier workbook's
-- copies that sheet (and needs its row count for the auto-filter it declares). Null: not noted, never copied.
ALTER TABLE report_file ADD COLUMN quality_basis TEXT, ADD COLUMN quality_rows INT;
CREATE INDEX report_file_quality ON report_file (campaign_code, quality_basis);
