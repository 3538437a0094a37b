-- Back to the one data version (migrations 6, 9 and 13).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT DISTINCT table_name FROM scope_watch
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t.table_name || '_marks_inserted', t.table_name);
        EXECUTE format('DROP TRIGGER %I ON %I', t.table_name || '_marks_deleted', t.table_name);
        EXECUTE format('DROP TRIGGER %I ON %I', t.table_name || '_marks_updated', t.table_name);
    END LOOP;
END
$$;
DROP FUNCTION watch_scope(text, text, text, text);
DROP FUNCTION mark_changed_scopes();
DROP TRIGGER scope_change_bumps ON scope_change;
DROP FUNCTION bump_changed_scopes();
DROP FUNCTION scope_versions(text[]);
DROP TABLE scope_watch;
DROP TABLE scope_change;
DROP TABLE scope_version;

CREATE TABLE data_version (
    id  boolean PRIMARY KEY DEFAULT true CHECK (id),
    n   bigint NOT NULL
);
INSERT INTO data_version (id, n) VALUES (true, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('musyawarah.data_version_bumped', true), '') = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('musyawarah.data_version_bumped', 'yes', true);
    UPDATE data_version SET n = n + 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['member_state', 'framework', 'framework_state', 'chapter',
        'commitment', 'theme', 'organisation', 'series', 'consultation', 'consultation_state',
        'participation', 'finding', 'finding_state', 'finding_commitment', 'finding_theme',
        'assessment_round', 'assessment', 'assessment_rating', 'session', 'session_speaker',
        'session_theme', 'person', 'person_role', 'organisation_alias']
    LOOP
        EXECUTE format(
            'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()',
            t || '_bumps_data_version', t);
    END LOOP;
END
$$;

CREATE CONSTRAINT TRIGGER note_published_bumps_data_version AFTER UPDATE ON note
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status = 'published' OR NEW.status = 'published')
    EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER note_inserted_published_bumps_data_version AFTER INSERT ON note
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status = 'published')
    EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER note_deleted_published_bumps_data_version AFTER DELETE ON note
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status = 'published')
    EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER app_user_name_bumps_data_version AFTER UPDATE ON app_user
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
    EXECUTE FUNCTION bump_data_version();
