DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['member_state', 'framework', 'framework_state', 'chapter',
        'commitment', 'theme', 'organisation', 'series', 'consultation', 'consultation_state',
        'participation', 'finding', 'finding_state', 'finding_commitment', 'finding_theme',
        'assessment_round', 'assessment', 'assessment_rating']
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_bumps_data_version', t);
    END LOOP;
END
$$;
DROP FUNCTION IF EXISTS bump_data_version();
DROP TABLE IF EXISTS data_version;
