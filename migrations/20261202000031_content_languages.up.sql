-- The language a record is written in, and translations of findings and published notes.
--
-- Consultations, sessions, notes and findings record the language of their own text (a code
-- of `text_language`, the languages the region writes in), so that pages can mark that text
-- with its own `lang` for screen readers and fonts. New records take the writer's interface
-- language; the records written before this change were written in English.
CREATE TYPE text_language AS ENUM
    ('en', 'id', 'vi', 'th', 'km', 'my', 'lo', 'ms', 'fil', 'tet', 'zh');

ALTER TABLE consultation ADD COLUMN language text_language NOT NULL DEFAULT 'en';
ALTER TABLE session ADD COLUMN language text_language NOT NULL DEFAULT 'en';
ALTER TABLE note ADD COLUMN language text_language NOT NULL DEFAULT 'en';
ALTER TABLE finding ADD COLUMN language text_language NOT NULL DEFAULT 'en';

-- How far a translation can be trusted: made by a machine, written by a person, or written and
-- then checked by a second person (staff).
CREATE TYPE translation_status AS ENUM ('machine', 'human', 'reviewed');

-- A finding's statement in another language. One per finding and language.
CREATE TABLE finding_translation (
    finding_id      uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    language        text_language NOT NULL,
    statement       text NOT NULL CHECK (statement <> ''),
    status          translation_status NOT NULL,
    -- The finding's version it was made from: an older one means the finding changed since.
    source_version  integer NOT NULL,
    written_by      uuid REFERENCES app_user (id),
    reviewed_by     uuid REFERENCES app_user (id),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (finding_id, language)
);

-- A published note's summary in another language, with its statements below.
CREATE TABLE note_translation (
    note_id         uuid NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    language        text_language NOT NULL,
    summary         text NOT NULL DEFAULT '',
    status          translation_status NOT NULL,
    source_version  integer NOT NULL,
    written_by      uuid REFERENCES app_user (id),
    reviewed_by     uuid REFERENCES app_user (id),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (note_id, language)
);

-- Each statement of the note in that language (a statement left out is shown in its original).
CREATE TABLE note_statement_translation (
    note_id         uuid NOT NULL,
    language        text_language NOT NULL,
    statement_id    uuid NOT NULL REFERENCES note_statement (id) ON DELETE CASCADE,
    body            text NOT NULL CHECK (body <> ''),
    PRIMARY KEY (note_id, language, statement_id),
    FOREIGN KEY (note_id, language) REFERENCES note_translation (note_id, language)
        ON DELETE CASCADE
);

-- Search finds a record by its translations too: each keeps their text beside its own, kept
-- by the triggers below, and its folded search text covers both.
ALTER TABLE finding ADD COLUMN translated_text text NOT NULL DEFAULT '';
ALTER TABLE note ADD COLUMN translated_text text NOT NULL DEFAULT '';

ALTER TABLE finding DROP COLUMN search_folded;
ALTER TABLE finding ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(statement || ' ' || translated_text))) STORED;
CREATE INDEX finding_search_folded_idx ON finding USING gin (search_folded gin_trgm_ops);
ALTER TABLE finding DROP COLUMN search;
ALTER TABLE finding ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple', immutable_unaccent(statement || ' ' || translated_text))) STORED;
CREATE INDEX finding_search_idx ON finding USING gin (search);

ALTER TABLE note DROP COLUMN search_folded;
ALTER TABLE note ADD COLUMN search_folded text
    GENERATED ALWAYS AS (lower(immutable_unaccent(search_text || ' ' || translated_text))) STORED;
CREATE INDEX note_search_folded_idx ON note USING gin (search_folded gin_trgm_ops)
    WHERE status = 'published';

CREATE FUNCTION finding_translated_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.finding_id ELSE NEW.finding_id END;
BEGIN
    UPDATE finding f SET translated_text = coalesce(
        (SELECT string_agg(t.statement, ' ' ORDER BY t.language)
           FROM finding_translation t WHERE t.finding_id = target), '')
     WHERE f.id = target;
    RETURN NULL;
END $$;
CREATE TRIGGER finding_translated_text AFTER INSERT OR UPDATE OR DELETE ON finding_translation
    FOR EACH ROW EXECUTE FUNCTION finding_translated_text();

CREATE FUNCTION note_translated_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.note_id ELSE NEW.note_id END;
BEGIN
    UPDATE note n SET translated_text = coalesce(
        (SELECT string_agg(concat_ws(' ', t.summary,
                    (SELECT string_agg(s.body, ' ') FROM note_statement_translation s
                      WHERE s.note_id = t.note_id AND s.language = t.language)),
                    ' ' ORDER BY t.language)
           FROM note_translation t WHERE t.note_id = target), '')
     WHERE n.id = target;
    RETURN NULL;
END $$;
CREATE TRIGGER note_translated_text AFTER INSERT OR UPDATE OR DELETE ON note_translation
    FOR EACH ROW EXECUTE FUNCTION note_translated_text();
CREATE TRIGGER note_statement_translated_text
    AFTER INSERT OR UPDATE OR DELETE ON note_statement_translation
    FOR EACH ROW EXECUTE FUNCTION note_translated_text();
