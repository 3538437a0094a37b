-- When a note was last returned to its author, for the dates My notes and the review queue
-- show (written, submitted, returned, published). Notes returned before the column existed take
-- the time of their last "returned" revision.
ALTER TABLE note ADD COLUMN returned_at timestamptz;

UPDATE note n SET returned_at = r.at
  FROM (SELECT note_id, max(created_at) AS at FROM note_revision
         WHERE status = 'returned' GROUP BY note_id) r
 WHERE r.note_id = n.id;
-- The column is set by the same statement that returns a note (notes::queries::step).
