DROP INDEX consultation_newest_idx;
