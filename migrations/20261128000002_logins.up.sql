-- Logins (a browser's signed-in state), kept server-side by tower-sessions' PostgreSQL store
-- in its own schema; and what lets the app end a person's logins at once (disabling an
-- account, changing a password) and refuse a replayed two-factor code.
CREATE SCHEMA IF NOT EXISTS tower_sessions;
CREATE TABLE tower_sessions.session (
    id          text PRIMARY KEY NOT NULL,
    data        bytea NOT NULL,
    expiry_date timestamptz NOT NULL
);
CREATE INDEX session_expiry_idx ON tower_sessions.session (expiry_date);

ALTER TABLE app_user
    -- Logins that began before this instant are over.
    ADD COLUMN logins_valid_after timestamptz NOT NULL DEFAULT '-infinity',
    -- The last TOTP time step accepted, so that a code cannot be used twice.
    ADD COLUMN totp_last_step bigint;
