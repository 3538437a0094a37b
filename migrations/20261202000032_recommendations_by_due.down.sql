DROP INDEX IF EXISTS finding_due_idx;
