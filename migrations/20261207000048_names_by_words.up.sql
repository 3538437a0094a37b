-- Names searched by their words too. A query in Latin letters found names through the trigram
-- index of its longest word and then checked the others: a word in nearly every name and one in
-- none ("synthetic brunei xy") read every name and kept none (55 ms at the synthetic scale).
-- Each kind of record named by its name now keeps the words of its folded text (a `tsvector`,
-- 'simple' configuration, as the long lists do since migration 1) with a word index, which
-- answers every word of the query at once. A query in another script keeps the trigrams.

ALTER TABLE consultation ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_folded)) STORED;
CREATE INDEX consultation_search_words_idx ON consultation USING gin (search_words)
    WHERE archived_at IS NULL;

ALTER TABLE organisation ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_fold(name || ' ' || acronym))) STORED;
CREATE INDEX organisation_search_words_idx ON organisation USING gin (search_words)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;

ALTER TABLE organisation_alias ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_fold(alias))) STORED;
CREATE INDEX organisation_alias_search_words_idx ON organisation_alias USING gin (search_words);

ALTER TABLE person ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_fold(full_name))) STORED;
CREATE INDEX person_search_words_idx ON person USING gin (search_words)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;

ALTER TABLE commitment ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (to_tsvector('simple',
        search_fold(code || ' ' || official_ref || ' ' || title || ' ' || body))) STORED;
CREATE INDEX commitment_search_words_idx ON commitment USING gin (search_words)
    WHERE archived_at IS NULL;
