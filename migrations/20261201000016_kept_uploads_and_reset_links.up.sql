-- 1. A one-time link is an invitation (the invitee chooses a first password) or a password
-- reset issued by an administrator (the user chooses a new one, ending their other logins).
ALTER TABLE invitation ADD COLUMN purpose text NOT NULL DEFAULT 'invitation'
    CHECK (purpose IN ('invitation', 'reset'));

-- 2. A participant list with problems is kept for a day, so that staff can fix what it names
-- (add an organisation, another name) and check the same file again without uploading it.
-- Only staff reach it, by its id; it is deleted once checked clean or when it expires.
CREATE TABLE participant_list_upload (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    uploaded_by     uuid REFERENCES app_user (id) ON DELETE SET NULL,
    file_name       text NOT NULL,
    content         bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL
);
CREATE INDEX participant_list_upload_expires_idx ON participant_list_upload (expires_at);
