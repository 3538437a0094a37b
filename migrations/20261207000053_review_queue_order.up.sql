-- The review queue lists submitted notes a page at a time, the most recently changed first.
-- Without an index in that order each page sorted every submitted note (40,000 at scale 100:
-- 140 ms, 17,000 pages read).
CREATE INDEX note_review_order_idx ON note (updated_at DESC, id) WHERE status = 'submitted';
