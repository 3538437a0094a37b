-- Failed sign-ins no longer keep what was typed as an e-mail address (a password typed into the
-- wrong field would be kept in clear): they keep a keyed hash of it, which throttling needs and
-- nothing else can read back. The key is random, one per database.
CREATE TABLE sign_in_throttle_key (
    only_one    boolean PRIMARY KEY DEFAULT true CHECK (only_one),
    key         bytea NOT NULL
);
INSERT INTO sign_in_throttle_key (key)
VALUES (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

ALTER TABLE sign_in_failure ADD COLUMN account_key bytea;
UPDATE sign_in_failure
   SET account_key = sha256((SELECT key FROM sign_in_throttle_key)
                            || convert_to(lower(email), 'UTF8'));
ALTER TABLE sign_in_failure ALTER COLUMN account_key SET NOT NULL;
DROP INDEX sign_in_failure_email_idx;
ALTER TABLE sign_in_failure DROP COLUMN email;
CREATE INDEX sign_in_failure_account_idx ON sign_in_failure (account_key, failed_at);
