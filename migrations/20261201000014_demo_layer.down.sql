ALTER TABLE assessment_round DROP COLUMN is_demo;
ALTER TABLE recommendation_update DROP COLUMN is_demo;
ALTER TABLE participation DROP COLUMN is_demo;
ALTER TABLE session DROP COLUMN is_demo;
ALTER TABLE consultation DROP COLUMN is_demo;
