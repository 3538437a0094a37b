-- The consultation page is kept in memory between changes too (see src/consultations/cache.rs),
-- so the data version now also moves on with every table that page reads and the dashboard did
-- not: sessions, their speakers and themes, people and their positions, published notes (a note
-- is counted while it is or was published; its statements change only with its own row), and
-- the names users sign notes with. Drafts being written move nothing.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['session', 'session_speaker', 'session_theme', 'person',
        'person_role']
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
