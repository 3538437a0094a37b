-- A participant list uploaded for a consultation: checked row by row first (a dry run), kept
-- here until staff commit it, then written in one transaction, with progress to show.
CREATE TABLE participant_list_import (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    uploaded_by     uuid REFERENCES app_user (id) ON DELETE SET NULL,
    file_name       text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'ready'
                    CHECK (status IN ('ready', 'committing', 'committed', 'failed')),
    total_rows      integer NOT NULL CHECK (total_rows >= 0),
    processed_rows  integer NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
    -- The checked rows, ready to write: [{line, name, sex, organisation_id, role, title, email}].
    rows            jsonb NOT NULL,
    message         text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participant_list_import_consultation_idx
    ON participant_list_import (consultation_id, created_at DESC);
