DROP TABLE participant_list_upload;
DELETE FROM invitation WHERE purpose = 'reset';
ALTER TABLE invitation DROP COLUMN purpose;
