DROP TRIGGER IF EXISTS login_deleted_bumps_login_version ON tower_sessions.session;
DROP TRIGGER IF EXISTS app_user_bumps_login_version ON app_user;
DROP FUNCTION IF EXISTS bump_login_version();
DROP TABLE IF EXISTS login_version;
