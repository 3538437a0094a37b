-- Search across findings, published notes and sessions, in PostgreSQL: word search that ignores
-- case and accents ("ha noi" finds "Hà Nội"), and substring search for scripts written without
-- spaces between words (Thai, Burmese), both indexed.
CREATE INDEX finding_statement_trgm_idx
    ON finding USING gin (lower(immutable_unaccent(statement)) gin_trgm_ops);
CREATE INDEX note_summary_trgm_idx
    ON note USING gin (lower(immutable_unaccent(summary)) gin_trgm_ops);
CREATE INDEX note_statement_trgm_idx
    ON note_statement USING gin (lower(immutable_unaccent(body)) gin_trgm_ops);
CREATE INDEX session_text_trgm_idx
    ON session USING gin (lower(immutable_unaccent(title || ' ' || description)) gin_trgm_ops);
CREATE INDEX finding_created_idx ON finding (created_at DESC, id DESC);
