ALTER TABLE note DROP COLUMN returned_at;
