-- The status step decides leads in two partitions side by side (issue #17), each chunk one UPDATE of lead in its own
-- transaction, and the statement trigger of each chunk bumps the lead_version of its leads' campaigns. Two such
-- transactions that share campaigns must lock those campaign rows in the same order, or each can hold a row the
-- other waits for: PostgreSQL would end the deadlock by failing one chunk, and with it the night. The row order of
-- the bump itself is the plan's. The campaigns are now locked in code order first; the statements are V22's.
CREATE OR REPLACE FUNCTION bump_lead_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE $sql$
        SELECT code FROM campaign
        WHERE code IN (SELECT DISTINCT campaign_code FROM changed_lead)
        ORDER BY code
        FOR UPDATE
    $sql$;
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
