-- The statement triggers of V16/V20 read the changed leads through a transition table. PL/pgSQL keeps the plan of a
-- static statement for the rest of the session, planned for the size the transition table had on the trigger's first
-- call in that connection. A pooled connection whose first lead update changed no row (the step that clears lost
-- matches, run before the match summary) kept a plan made for an empty table; the summary's 570,452 changed leads
-- then took 14.7 s in the trigger instead of 0.4 s (auto_explain, issue #17's cold run). EXECUTE plans each call for
-- the rows it has. Same statements, same effects.
CREATE OR REPLACE FUNCTION bump_lead_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        EXECUTE $sql$
            WITH bumped AS (
                UPDATE campaign SET lead_version = nextval('lead_version_seq')
                WHERE code IN (SELECT DISTINCT campaign_code FROM changed_lead)
                RETURNING code, lead_version)
            INSERT INTO lead_change (campaign_code, lead_id, version)
            SELECT cl.campaign_code, cl.id, b.lead_version
            FROM changed_lead cl
            JOIN bumped b ON b.code = cl.campaign_code
            JOIN lead_change_log g ON g.campaign_code = cl.campaign_code
        $sql$;
    ELSE
        EXECUTE $sql$
            WITH bumped AS (
                UPDATE campaign SET lead_version = nextval('lead_version_seq')
                WHERE code IN (SELECT DISTINCT campaign_code FROM changed_lead)
                RETURNING code, lead_version)
            UPDATE lead_change_log g SET from_version = b.lead_version FROM bumped b WHERE g.campaign_code = b.code
        $sql$;
    END IF;
    RETURN NULL;
END
$$;
