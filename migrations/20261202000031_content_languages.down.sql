DROP TRIGGER note_statement_translated_text ON note_statement_translation;
DROP TRIGGER note_translated_text ON note_translation;
DROP TRIGGER finding_translated_text ON finding_translation;
DROP FUNCTION note_translated_text();
DROP FUNCTION finding_translated_text();

ALTER TABLE note DROP COLUMN search_folded;
ALTER TABLE note ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(search_text))) STORED;
CREATE INDEX note_search_folded_idx ON note USING gin (search_folded gin_trgm_ops)
    WHERE status = 'published';
ALTER TABLE finding DROP COLUMN search;
ALTER TABLE finding ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple', immutable_unaccent(statement))) STORED;
CREATE INDEX finding_search_idx ON finding USING gin (search);
ALTER TABLE finding DROP COLUMN search_folded;
ALTER TABLE finding ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(statement))) STORED;
CREATE INDEX finding_search_folded_idx ON finding USING gin (search_folded gin_trgm_ops);
ALTER TABLE note DROP COLUMN translated_text;
ALTER TABLE finding DROP COLUMN translated_text;

DROP TABLE note_statement_translation;
DROP TABLE note_translation;
DROP TABLE finding_translation;
DROP TYPE translation_status;

ALTER TABLE finding DROP COLUMN language;
ALTER TABLE note DROP COLUMN language;
ALTER TABLE session DROP COLUMN language;
ALTER TABLE consultation DROP COLUMN language;
DROP TYPE text_language;
