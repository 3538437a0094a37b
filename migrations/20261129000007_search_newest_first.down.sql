DROP INDEX IF EXISTS session_created_idx;
DROP INDEX IF EXISTS note_published_idx;
DROP INDEX IF EXISTS session_search_folded_idx;
DROP INDEX IF EXISTS note_search_folded_idx;
DROP INDEX IF EXISTS finding_search_folded_idx;
ALTER TABLE session DROP COLUMN IF EXISTS search_folded;
ALTER TABLE note DROP COLUMN IF EXISTS search_folded;
ALTER TABLE finding DROP COLUMN IF EXISTS search_folded;
CREATE INDEX finding_statement_trgm_idx
    ON finding USING gin (lower(immutable_unaccent(statement)) gin_trgm_ops);
CREATE INDEX note_search_text_trgm_idx
    ON note USING gin (lower(immutable_unaccent(search_text)) gin_trgm_ops)
    WHERE status = 'published';
CREATE INDEX session_text_trgm_idx
    ON session USING gin (lower(immutable_unaccent(title || ' ' || description)) gin_trgm_ops);
CREATE INDEX note_summary_trgm_idx
    ON note USING gin (lower(immutable_unaccent(summary)) gin_trgm_ops);
CREATE INDEX note_statement_trgm_idx
    ON note_statement USING gin (lower(immutable_unaccent(body)) gin_trgm_ops);
