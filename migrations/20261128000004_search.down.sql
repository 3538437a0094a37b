DROP INDEX IF EXISTS finding_created_idx;
DROP INDEX IF EXISTS session_text_trgm_idx;
DROP INDEX IF EXISTS note_statement_trgm_idx;
DROP INDEX IF EXISTS note_summary_trgm_idx;
DROP INDEX IF EXISTS finding_statement_trgm_idx;
