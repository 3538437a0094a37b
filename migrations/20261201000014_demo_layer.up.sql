-- The demo layer (`musyawarah seed demo`, left out with `--without-examples`): every record it
-- adds says it is demo. Notes, findings, organisations and people have had `is_demo` from the
-- start; these are the other records the layer fills. A participation record marked demo
-- carries demo head counts on a real organisation's real part (the reports give no counts by
-- sex); saving real counts over them clears the mark.
ALTER TABLE consultation ADD COLUMN is_demo boolean NOT NULL DEFAULT false;
ALTER TABLE session ADD COLUMN is_demo boolean NOT NULL DEFAULT false;
ALTER TABLE participation ADD COLUMN is_demo boolean NOT NULL DEFAULT false;
ALTER TABLE recommendation_update ADD COLUMN is_demo boolean NOT NULL DEFAULT false;
ALTER TABLE assessment_round ADD COLUMN is_demo boolean NOT NULL DEFAULT false;
