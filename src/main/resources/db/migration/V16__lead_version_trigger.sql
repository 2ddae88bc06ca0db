-- A campaign's lead_version (V8) changes in the statement that changes its leads, whoever writes them: a trigger on
-- table lead, not a wrapper every writer had to remember (issue #16). Statement-level, with the changed rows as a
-- transition table, so a statement costs one UPDATE of campaign for the campaigns it touched, not one per row; an
-- UPDATE that changes no row (the writers skip rows whose values are equal) bumps no campaign. TRUNCATE has no
-- transition table: every campaign gets a new version.
CREATE FUNCTION bump_lead_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE campaign SET lead_version = nextval('lead_version_seq')
    WHERE code IN (SELECT DISTINCT campaign_code FROM changed_lead);
    RETURN NULL;
END
$$;

CREATE FUNCTION bump_every_lead_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE campaign SET lead_version = nextval('lead_version_seq');
    RETURN NULL;
END
$$;

CREATE TRIGGER lead_inserted AFTER INSERT ON lead REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_lead_version();
CREATE TRIGGER lead_updated AFTER UPDATE ON lead REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_lead_version();
CREATE TRIGGER lead_deleted AFTER DELETE ON lead REFERENCING OLD TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_lead_version();
CREATE TRIGGER lead_truncated AFTER TRUNCATE ON lead
    FOR EACH STATEMENT EXECUTE FUNCTION bump_every_lead_version();

COMMENT ON COLUMN campaign.lead_version IS
    'New from lead_version_seq whenever a statement inserts, updates or deletes this campaign''s leads (triggers on lead).';
