DROP TABLE IF EXISTS participant_list_import;
