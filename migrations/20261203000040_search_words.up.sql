-- A word index beside the trigram index, for the long lists search reads (sessions, published
-- notes, findings): a query made of Latin-script words finds them by their words (folded, with
-- the 'simple' configuration, so no language's stemming applies), which costs what the words'
-- matches cost, where the trigram index of a common word ("finding", "workers") reads entries
-- for nearly every record. Text in scripts written without spaces between words (Thai,
-- Burmese) is still found inside words through the trigram indexes of migration 7.
--
-- Findings have had theirs since the first migration (`finding.search`, migration 31 for their
-- translations); notes and sessions get theirs here, from the same text as their
-- `search_folded`.
ALTER TABLE note ADD COLUMN search_words tsvector GENERATED ALWAYS AS
    (to_tsvector('simple', search_fold(search_text || ' ' || translated_text))) STORED;
CREATE INDEX note_search_words_idx ON note USING gin (search_words) WHERE status = 'published';

ALTER TABLE session ADD COLUMN search_words tsvector GENERATED ALWAYS AS
    (to_tsvector('simple', search_fold(title || ' ' || description))) STORED;
CREATE INDEX session_search_words_idx ON session USING gin (search_words)
    WHERE archived_at IS NULL;

-- For the other spellings offered when a search found nothing: the cities whose words are close
-- to the query, through a trigram index instead of folding every city on each such search
-- (organisations' names have one since the first migration, aliases since migration 13).
CREATE INDEX consultation_city_trgm_idx ON consultation USING gin (search_fold(city) gin_trgm_ops)
    WHERE archived_at IS NULL;
