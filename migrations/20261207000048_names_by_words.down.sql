-- Names found through their trigrams alone again.
ALTER TABLE commitment DROP COLUMN search_words;
ALTER TABLE person DROP COLUMN search_words;
ALTER TABLE organisation_alias DROP COLUMN search_words;
ALTER TABLE organisation DROP COLUMN search_words;
ALTER TABLE consultation DROP COLUMN search_words;
