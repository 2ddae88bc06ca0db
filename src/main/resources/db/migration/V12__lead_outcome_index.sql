-- The nightly outcome pass (SPEC §14) looks at leads that have an outcome (a few per cent), not at every lead row.
CREATE INDEX lead_with_outcome ON lead (id) WHERE outcome_id IS NOT NULL;
