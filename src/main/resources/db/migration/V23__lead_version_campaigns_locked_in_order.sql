-- The status step decides leads in two partitions side by side (issue #17), each chunk one UPDATE of lead in its own
-- transaction, and the statement trigger of each chunk bumps the lead_version of its leads' campaigns (V16, V22). Two
-- such transactions that share campaigns must lock those campaign rows in the same order, or each can hold a row the
-- other waits for: PostgreSQL would end the deadlock by failing one chunk, and with it the night. The bump locks rows
-- in whatever order its plan reads them, so an earlier trigger locks them in code order first: statement triggers of
-- one event fire in the alphabetical order of their names, and lead_campaigns_locked comes before lead_updated. Only
-- updates run side by side; inserts and deletes of leads are the lead build's alone.
CREATE FUNCTION lock_campaigns_of_changed_leads() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- planned per call, as V22's statements: the transition table's size differs from one statement to the next
    EXECUTE $sql$
        SELECT code FROM campaign
        WHERE code IN (SELECT DISTINCT campaign_code FROM changed_lead)
        ORDER BY code
        FOR UPDATE
    $sql$;
    RETURN NULL;
END
$$;

CREATE TRIGGER lead_campaigns_locked AFTER UPDATE ON lead REFERENCING NEW TABLE AS changed_lead
    FOR EACH STATEMENT EXECUTE FUNCTION lock_campaigns_of_changed_leads();
