-- Issue #17: a nightly delta export consolidates only its own activity ids (CrmRepository.appendActivities) instead
-- of five million activities. The first-touch search then looks again only at the leads matched to the people whose
-- activities the export replaced or added (FollowUpRepository): they are noted here, for the last such export, with
-- the fingerprints the activities had before and after it. A full consolidation empties both tables.
CREATE TABLE activity_append (
    from_fingerprint TEXT NOT NULL,
    to_fingerprint   TEXT NOT NULL
);

CREATE TABLE activity_change (
    person_key TEXT NOT NULL
);
