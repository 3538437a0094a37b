DROP INDEX IF EXISTS note_review_order_idx;
