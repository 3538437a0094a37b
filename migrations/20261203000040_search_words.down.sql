DROP INDEX consultation_city_trgm_idx;
DROP INDEX session_search_words_idx;
ALTER TABLE session DROP COLUMN search_words;
DROP INDEX note_search_words_idx;
ALTER TABLE note DROP COLUMN search_words;
