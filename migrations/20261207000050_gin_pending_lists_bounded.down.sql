ALTER INDEX finding_search_idx RESET (gin_pending_list_limit);
ALTER INDEX finding_search_folded_idx RESET (gin_pending_list_limit);
ALTER INDEX note_search_words_idx RESET (gin_pending_list_limit);
ALTER INDEX note_search_folded_idx RESET (gin_pending_list_limit);
ALTER INDEX session_search_words_idx RESET (gin_pending_list_limit);
ALTER INDEX session_search_folded_idx RESET (gin_pending_list_limit);
