DROP INDEX IF EXISTS note_returned_by_author_idx;
