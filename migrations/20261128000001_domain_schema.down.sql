DROP TABLE IF EXISTS audit_log, attachment, assessment_rating_finding, assessment_rating,
    assessment, assessment_round, recommendation_update, finding_theme, finding_commitment,
    finding_state, finding, note_revision, note_statement, note, form_submission,
    sign_in_failure, recovery_code, invitation, app_user, session_theme, session_speaker,
    session, participation, consultation_state, consultation, series_planned_state, series,
    person_role, person, organisation_alias, organisation, theme, commitment, chapter,
    framework_state, framework, rating_level, rating_scale, member_state;
DROP FUNCTION IF EXISTS immutable_unaccent(text);
DROP TYPE IF EXISTS sex, user_role, rating_answer, assessment_status, round_status, assessor_kind,
    recommendation_status, finding_kind, statement_section, note_status, session_kind,
    participation_role, organisation_kind, consultation_status, duty_bearer, visibility;
DROP EXTENSION IF EXISTS pg_trgm;
DROP EXTENSION IF EXISTS unaccent;
