-- Issues #15, #17: a workbook's Leads sheet is written as blocks of rows, each deflated on its own. A later night's
-- workbook of the campaign whose leads changed in a few rows takes every block whose rows hash as before from the
-- newest workbook with the same leads_blocks_basis (software, time zone, columns, rows per block), and writes only
-- the others. leads_blocks lists the blocks (LeadBlocks.encode: where the first begins in the sheet's zip entry,
-- then per block its hash, rows, CRC-32, size, offset and compressed size); null for a workbook whose Leads sheet
-- was copied from one written before this migration.
ALTER TABLE report_file ADD COLUMN leads_blocks_basis TEXT, ADD COLUMN leads_blocks TEXT;
CREATE INDEX report_file_leads_blocks ON report_file (campaign_code, leads_blocks_basis);
