-- Issue #17: a campaign's Leads sheet has one column per custom question its leads answered. Finding them reads the
-- answers of every lead of the campaign (about 24 ms a campaign, 4.8 s of database time a night for 200 campaigns),
-- yet they change only when the campaign's leads are built again. So they are kept with the fingerprint its leads
-- were built with (derived_state, set "leads"): while that fingerprint is the recorded one, the columns are these.
CREATE TABLE lead_answer_columns (
    campaign_code     TEXT PRIMARY KEY,
    leads_fingerprint TEXT NOT NULL,
    columns           TEXT[] NOT NULL
);
