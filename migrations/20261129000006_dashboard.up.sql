-- The dashboard's figures are computed once per change of the data behind them and then served
-- from memory: `data_version.n` moves on at the commit of every transaction that changes a table
-- the dashboard reads, so a reader compares one number to know whether its figures still hold.
--
-- The bump is a deferred constraint trigger, so the row is locked only while the writer commits
-- (after every other lock it takes): writers queue for a moment there and can never deadlock on
-- it. A transaction bumps once however many rows it changes.

CREATE TABLE data_version (
    id  boolean PRIMARY KEY DEFAULT true CHECK (id),
    n   bigint NOT NULL
);
INSERT INTO data_version (id, n) VALUES (true, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('musyawarah.data_version_bumped', true), '') = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('musyawarah.data_version_bumped', 'yes', true);
    UPDATE data_version SET n = n + 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['member_state', 'framework', 'framework_state', 'chapter',
        'commitment', 'theme', 'organisation', 'series', 'consultation', 'consultation_state',
        'participation', 'finding', 'finding_state', 'finding_commitment', 'finding_theme',
        'assessment_round', 'assessment', 'assessment_rating']
    LOOP
        EXECUTE format(
            'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()',
            t || '_bumps_data_version', t);
    END LOOP;
END
$$;
