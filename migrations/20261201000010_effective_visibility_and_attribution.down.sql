ALTER TABLE note DROP CONSTRAINT IF EXISTS note_attribution_within_consent;
ALTER TABLE note DROP COLUMN IF EXISTS attribution;
ALTER TABLE note DROP COLUMN IF EXISTS proposed_attribution;
DROP TYPE IF EXISTS attribution;

DROP INDEX IF EXISTS finding_list_idx;
CREATE INDEX finding_list_idx ON finding (visibility, created_at DESC, id);

DROP TRIGGER IF EXISTS session_hands_down_visibility ON session;
DROP TRIGGER IF EXISTS consultation_hands_down_visibility ON consultation;
DROP TRIGGER IF EXISTS series_hands_down_visibility ON series;
DROP FUNCTION IF EXISTS hand_down_effective_visibility();
DROP TRIGGER IF EXISTS finding_effective_visibility ON finding;
DROP TRIGGER IF EXISTS note_effective_visibility ON note;
DROP TRIGGER IF EXISTS session_effective_visibility ON session;
DROP TRIGGER IF EXISTS consultation_effective_visibility ON consultation;
DROP TRIGGER IF EXISTS series_effective_visibility ON series;
DROP FUNCTION IF EXISTS finding_effective_visibility();
DROP FUNCTION IF EXISTS note_effective_visibility();
DROP FUNCTION IF EXISTS session_effective_visibility();
DROP FUNCTION IF EXISTS consultation_effective_visibility();
DROP FUNCTION IF EXISTS series_effective_visibility();
ALTER TABLE finding DROP COLUMN IF EXISTS effective_visibility;
ALTER TABLE note DROP COLUMN IF EXISTS effective_visibility;
ALTER TABLE session DROP COLUMN IF EXISTS effective_visibility;
ALTER TABLE consultation DROP COLUMN IF EXISTS effective_visibility;
ALTER TABLE series DROP COLUMN IF EXISTS effective_visibility;
