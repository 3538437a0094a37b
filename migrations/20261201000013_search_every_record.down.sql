DROP TRIGGER organisation_alias_bumps_data_version ON organisation_alias;
DROP TRIGGER member_state_search_text ON member_state;
DROP FUNCTION member_state_search_text();
DROP TRIGGER consultation_search_text ON consultation;
DROP FUNCTION consultation_search_text();

ALTER TABLE commitment DROP COLUMN search_compact, DROP COLUMN search_folded;
ALTER TABLE person DROP COLUMN search_compact, DROP COLUMN search_folded;
ALTER TABLE organisation_alias DROP COLUMN search_compact, DROP COLUMN search_folded;
ALTER TABLE organisation DROP COLUMN search_compact, DROP COLUMN search_folded;
ALTER TABLE consultation DROP COLUMN search_compact, DROP COLUMN search_folded;

DROP FUNCTION search_date_words(date);
DROP FUNCTION search_rank(text[], text, text);
DROP FUNCTION search_compact(text);
DROP FUNCTION search_fold(text);
