-- Search over every kind of record: consultations (title, city, Member State, dates), the
-- organisations with their other names and acronyms, people (staff only), the commitments, as
-- well as the sessions, findings and published notes searched since migration 4.
--
-- Each kind keeps its text folded (lower case, without accents) and compacted (folded, without
-- spaces or punctuation: "Ha Noi" and "Hanoi" both become "hanoi"), each with a trigram index.

-- Text as search compares it.
CREATE FUNCTION search_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(immutable_unaccent($1));

-- Folded, without spaces or punctuation (letters of every script stay).
CREATE FUNCTION search_compact(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(lower(immutable_unaccent($1)), '[[:space:][:punct:]]+', '', 'g');

-- How well the folded query `q` (compacted: `qc`) matches one of a record's names: 100 the
-- whole name, 80 its beginning, 60 the beginning of a word in it, 40 somewhere inside, 0 none.
CREATE FUNCTION search_rank(names text[], q text, qc text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT coalesce(max(CASE
                WHEN f = q OR (qc <> '' AND c = qc) THEN 100
                WHEN starts_with(f, q) OR (qc <> '' AND starts_with(c, qc)) THEN 80
                WHEN position(' ' || q IN ' ' || f) > 0 THEN 60
                WHEN position(q IN f) > 0 OR (qc <> '' AND position(qc IN c) > 0) THEN 40
                ELSE 0 END), 0)
              FROM (SELECT search_fold(n) AS f, search_compact(n) AS c
                      FROM unnest(names) n WHERE n <> '') names);

-- A date in the words pages use and as typed in forms: "2019-12-18 18 December 2019".
CREATE FUNCTION search_date_words(date) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN to_char($1, 'YYYY-MM-DD FMDD FMMonth YYYY');

-- Consultations: their text includes the host state's names, so it is kept by a trigger.
ALTER TABLE consultation ADD COLUMN search_folded text NOT NULL DEFAULT '';
ALTER TABLE consultation ADD COLUMN search_compact text NOT NULL DEFAULT '';

CREATE FUNCTION consultation_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    words text;
BEGIN
    words := concat_ws(' ', NEW.title, NEW.city, NEW.host_state_code,
        (SELECT ms.short_name || ' ' || ms.formal_name FROM member_state ms
          WHERE ms.code = NEW.host_state_code),
        search_date_words(NEW.starts_on), search_date_words(NEW.ends_on), NEW.planned_period);
    NEW.search_folded := search_fold(words);
    NEW.search_compact := search_compact(words);
    RETURN NEW;
END $$;

CREATE TRIGGER consultation_search_text
    BEFORE INSERT OR UPDATE OF title, city, host_state_code, starts_on, ends_on, planned_period,
        search_folded
    ON consultation FOR EACH ROW EXECUTE FUNCTION consultation_search_text();

-- A Member State renamed: its consultations' text follows.
CREATE FUNCTION member_state_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consultation SET search_folded = '' WHERE host_state_code = NEW.code;
    RETURN NULL;
END $$;

CREATE TRIGGER member_state_search_text AFTER UPDATE OF short_name, formal_name ON member_state
    FOR EACH ROW EXECUTE FUNCTION member_state_search_text();

UPDATE consultation SET search_folded = '';

CREATE INDEX consultation_search_folded_idx ON consultation USING gin (search_folded gin_trgm_ops)
    WHERE archived_at IS NULL;
CREATE INDEX consultation_search_compact_idx ON consultation USING gin (search_compact gin_trgm_ops)
    WHERE archived_at IS NULL;

-- Organisations: name and acronym on the row, other names in their own table.
ALTER TABLE organisation ADD COLUMN search_folded text
    GENERATED ALWAYS AS (search_fold(name || ' ' || acronym)) STORED;
ALTER TABLE organisation ADD COLUMN search_compact text
    GENERATED ALWAYS AS (search_compact(name) || ' ' || search_compact(acronym)) STORED;
CREATE INDEX organisation_search_folded_idx ON organisation USING gin (search_folded gin_trgm_ops)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;
CREATE INDEX organisation_search_compact_idx ON organisation USING gin (search_compact gin_trgm_ops)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;

ALTER TABLE organisation_alias ADD COLUMN search_folded text
    GENERATED ALWAYS AS (search_fold(alias)) STORED;
ALTER TABLE organisation_alias ADD COLUMN search_compact text
    GENERATED ALWAYS AS (search_compact(alias)) STORED;
CREATE INDEX organisation_alias_search_folded_idx
    ON organisation_alias USING gin (search_folded gin_trgm_ops);
CREATE INDEX organisation_alias_search_compact_idx
    ON organisation_alias USING gin (search_compact gin_trgm_ops);

-- Search results are kept per data version: other names now move it too.
CREATE CONSTRAINT TRIGGER organisation_alias_bumps_data_version
    AFTER INSERT OR UPDATE OR DELETE ON organisation_alias
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();

-- People: their names only (everything else about them is not searched).
ALTER TABLE person ADD COLUMN search_folded text
    GENERATED ALWAYS AS (search_fold(full_name)) STORED;
ALTER TABLE person ADD COLUMN search_compact text
    GENERATED ALWAYS AS (search_compact(full_name)) STORED;
CREATE INDEX person_search_folded_idx ON person USING gin (search_folded gin_trgm_ops)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;
CREATE INDEX person_search_compact_idx ON person USING gin (search_compact gin_trgm_ops)
    WHERE archived_at IS NULL AND merged_into_id IS NULL;

-- Commitments: code, paragraph number, title and text.
ALTER TABLE commitment ADD COLUMN search_folded text
    GENERATED ALWAYS AS (search_fold(code || ' ' || official_ref || ' ' || title || ' ' || body))
    STORED;
ALTER TABLE commitment ADD COLUMN search_compact text
    GENERATED ALWAYS AS (search_compact(code) || ' ' || search_compact(official_ref) || ' '
        || search_compact(title)) STORED;
CREATE INDEX commitment_search_folded_idx ON commitment USING gin (search_folded gin_trgm_ops)
    WHERE archived_at IS NULL;
CREATE INDEX commitment_search_compact_idx ON commitment USING gin (search_compact gin_trgm_ops)
    WHERE archived_at IS NULL;
