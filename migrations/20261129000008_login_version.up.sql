-- Signed-in requests read their user from memory while nothing about logins has changed:
-- `login_version.n` moves on at the commit of every transaction that changes or deletes an
-- account or deletes a login, and a request compares it (read with the data version, in one
-- small statement) with the version its memory copy was checked at. As with the data version,
-- the bump is a deferred constraint trigger, so the row is locked only while the writer commits.

CREATE TABLE login_version (
    id  boolean PRIMARY KEY DEFAULT true CHECK (id),
    n   bigint NOT NULL
);
INSERT INTO login_version (id, n) VALUES (true, 1);

CREATE FUNCTION bump_login_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('musyawarah.login_version_bumped', true), '') = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('musyawarah.login_version_bumped', 'yes', true);
    UPDATE login_version SET n = n + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER app_user_bumps_login_version AFTER UPDATE OR DELETE ON app_user
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_login_version();
CREATE CONSTRAINT TRIGGER login_deleted_bumps_login_version AFTER DELETE ON tower_sessions.session
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_login_version();
