-- Staging rows (scans, CRM people, activities, accounts, users) are written by COPY, millions a night, each by the
-- import of the file whose source_file row the same transaction has just inserted. Their foreign key made PostgreSQL
-- run one look-up of that file per row loaded, inside COPY, for millions of rows (issue #7: a profile showed the
-- importers' threads busy only about a third of the time, the rest spent waiting for COPY). The keys go; the cascade they gave stays: deleting source_file rows (a changed file, a purge) deletes the
-- rows those files gave. File by file, so every DELETE is planned for one file id and uses the file_id indexes
-- (a join with the transition table, whose size the planner cannot know, could scan a million-row table instead).
ALTER TABLE scan DROP CONSTRAINT scan_file_id_fkey;
ALTER TABLE crm_person_row DROP CONSTRAINT crm_person_row_file_id_fkey;
ALTER TABLE crm_account_row DROP CONSTRAINT crm_account_row_file_id_fkey;
ALTER TABLE crm_user_row DROP CONSTRAINT crm_user_row_file_id_fkey;
ALTER TABLE activity_row DROP CONSTRAINT activity_row_file_id_fkey;

CREATE FUNCTION delete_staged_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone_id BIGINT;
BEGIN
    FOR gone_id IN SELECT id FROM gone LOOP
        DELETE FROM scan WHERE file_id = gone_id;
        DELETE FROM crm_person_row WHERE file_id = gone_id;
        DELETE FROM crm_account_row WHERE file_id = gone_id;
        DELETE FROM crm_user_row WHERE file_id = gone_id;
        DELETE FROM activity_row WHERE file_id = gone_id;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER source_file_deleted AFTER DELETE ON source_file
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION delete_staged_rows();
