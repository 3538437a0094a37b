DROP INDEX IF EXISTS note_search_text_trgm_idx;
ALTER TABLE note DROP COLUMN IF EXISTS search_text;
