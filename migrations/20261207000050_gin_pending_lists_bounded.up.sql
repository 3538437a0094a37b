-- A GIN index keeps new entries in a pending list until it holds gin_pending_list_limit (4 MB
-- by default), or until the table is vacuumed, and every search through the index reads the
-- whole list. After a few thousand edits of findings the findings' word index held 401 pending
-- pages, and a search of them took 15 ms more (synthetic scale 100). The lists of the records
-- that are written often (findings, notes, sessions) are kept to 256 kB: about a millisecond
-- to read, and the edit that fills one moves it into the index.
ALTER INDEX finding_search_idx SET (gin_pending_list_limit = 256);
ALTER INDEX finding_search_folded_idx SET (gin_pending_list_limit = 256);
ALTER INDEX note_search_words_idx SET (gin_pending_list_limit = 256);
ALTER INDEX note_search_folded_idx SET (gin_pending_list_limit = 256);
ALTER INDEX session_search_words_idx SET (gin_pending_list_limit = 256);
ALTER INDEX session_search_folded_idx SET (gin_pending_list_limit = 256);
