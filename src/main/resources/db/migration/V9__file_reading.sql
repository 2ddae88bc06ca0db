-- SPEC §4: the Run sheet shows, per input file, which header was read as which field and the known fields it lacks.
ALTER TABLE source_file ADD COLUMN reading TEXT;
ALTER TABLE source_file ADD COLUMN missing_fields TEXT;
