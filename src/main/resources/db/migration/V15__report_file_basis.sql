-- Issue #17: a campaign workbook whose basis (everything it shows) matches a workbook written at another path — the
-- same as-of written to another reports folder — is copied from that file instead of written again. The look-up is
-- by basis, once per campaign per run, on a table that grows by a row per campaign and as-of.
CREATE INDEX report_file_basis ON report_file (basis);
