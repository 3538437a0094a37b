-- Search lists the newest matches first and stops when it has a page of them, so that its cost
-- does not grow with the number of records (see src/findings/search.rs).
--
-- Each searchable record keeps its text folded (lower case, without accents), so that a scan of
-- the newest records compares stored text instead of folding it row by row; the trigram indexes
-- move onto the folded text, and the newest records of each kind are reached through an index.
ALTER TABLE finding ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(statement))) STORED;
ALTER TABLE note ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(search_text))) STORED;
ALTER TABLE session ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(title || ' ' || description))) STORED;

DROP INDEX finding_statement_trgm_idx;
DROP INDEX note_search_text_trgm_idx;
DROP INDEX session_text_trgm_idx;
-- Unused since notes are searched through their whole text: they only slowed every save.
DROP INDEX note_summary_trgm_idx;
DROP INDEX note_statement_trgm_idx;

CREATE INDEX finding_search_folded_idx ON finding USING gin (search_folded gin_trgm_ops);
CREATE INDEX note_search_folded_idx ON note USING gin (search_folded gin_trgm_ops)
    WHERE status = 'published';
CREATE INDEX session_search_folded_idx ON session USING gin (search_folded gin_trgm_ops)
    WHERE archived_at IS NULL;

CREATE INDEX note_published_idx ON note (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX session_created_idx ON session (created_at DESC, id DESC) WHERE archived_at IS NULL;
