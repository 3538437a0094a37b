ALTER TABLE app_user DROP COLUMN IF EXISTS totp_last_step, DROP COLUMN IF EXISTS logins_valid_after;
DROP TABLE IF EXISTS tower_sessions.session;
DROP SCHEMA IF EXISTS tower_sessions;
