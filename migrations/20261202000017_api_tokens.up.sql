-- Personal API tokens: a signed-in user's read-only key to /api, acting as its owner. Only a
-- SHA-256 of the token is kept. Each use moves the counter and the last-used time (what the
-- account page shows and staff can audit), and the per-minute window that throttles it.
CREATE TABLE api_token (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name              text NOT NULL CHECK (name <> '' AND length(name) <= 100),
    token_hash        bytea NOT NULL UNIQUE,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_used_at      timestamptz,
    use_count         bigint NOT NULL DEFAULT 0,
    window_started_at timestamptz,
    window_count      integer NOT NULL DEFAULT 0,
    revoked_at        timestamptz
);

CREATE INDEX api_token_user ON api_token (user_id, created_at);
