-- The addresses typed at sign-in cannot come back from their hashes; failures kept until now
-- come back with an empty address (they only ever served throttling, for 15 minutes).
ALTER TABLE sign_in_failure ADD COLUMN email text NOT NULL DEFAULT '';
ALTER TABLE sign_in_failure ALTER COLUMN email DROP DEFAULT;
DROP INDEX sign_in_failure_account_idx;
ALTER TABLE sign_in_failure DROP COLUMN account_key;
CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (lower(email), failed_at);
DROP TABLE sign_in_throttle_key;
