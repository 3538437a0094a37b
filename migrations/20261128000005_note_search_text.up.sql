-- The text of a note (summary and statements), kept on the note, so that search finds notes
-- through an index instead of assembling every note's text on each query.
ALTER TABLE note ADD COLUMN search_text text NOT NULL DEFAULT '';
UPDATE note n SET search_text = n.summary || ' ' || coalesce(
    (SELECT string_agg(s.body, ' ' ORDER BY s.section, s.position)
       FROM note_statement s WHERE s.note_id = n.id), '');
CREATE INDEX note_search_text_trgm_idx
    ON note USING gin (lower(immutable_unaccent(search_text)) gin_trgm_ops)
    WHERE status = 'published';
