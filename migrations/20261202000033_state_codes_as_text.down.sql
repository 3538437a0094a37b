-- Member State codes back to char(2).
ALTER TABLE framework_state DROP CONSTRAINT framework_state_member_state_code_fkey;
ALTER TABLE organisation DROP CONSTRAINT organisation_member_state_code_fkey;
ALTER TABLE finding_state DROP CONSTRAINT finding_state_member_state_code_fkey;
ALTER TABLE series_planned_state DROP CONSTRAINT series_planned_state_member_state_code_fkey;
ALTER TABLE consultation DROP CONSTRAINT consultation_host_state_code_fkey;
ALTER TABLE consultation_state DROP CONSTRAINT consultation_state_member_state_code_fkey;
ALTER TABLE app_user DROP CONSTRAINT app_user_member_state_code_fkey;
ALTER TABLE finding DROP CONSTRAINT finding_addressee_state_code_fkey;
ALTER TABLE assessment_round DROP CONSTRAINT assessment_round_member_state_code_fkey;

-- A trigger that names the column must be made again around the change of its type.
DROP TRIGGER consultation_search_text ON consultation;

ALTER TABLE member_state ALTER COLUMN code TYPE char(2);
ALTER TABLE framework_state ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE organisation ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE finding_state ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE series_planned_state ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE consultation ALTER COLUMN host_state_code TYPE char(2);
ALTER TABLE consultation_state ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE app_user ALTER COLUMN member_state_code TYPE char(2);
ALTER TABLE finding ALTER COLUMN addressee_state_code TYPE char(2);
ALTER TABLE assessment_round ALTER COLUMN member_state_code TYPE char(2);

CREATE TRIGGER consultation_search_text
    BEFORE INSERT OR UPDATE OF title, city, host_state_code, starts_on, ends_on, planned_period,
        search_folded ON consultation
    FOR EACH ROW EXECUTE FUNCTION consultation_search_text();

ALTER TABLE framework_state ADD CONSTRAINT framework_state_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE organisation ADD CONSTRAINT organisation_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE finding_state ADD CONSTRAINT finding_state_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE series_planned_state ADD CONSTRAINT series_planned_state_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE consultation ADD CONSTRAINT consultation_host_state_code_fkey
    FOREIGN KEY (host_state_code) REFERENCES member_state (code);
ALTER TABLE consultation_state ADD CONSTRAINT consultation_state_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE app_user ADD CONSTRAINT app_user_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
ALTER TABLE finding ADD CONSTRAINT finding_addressee_state_code_fkey
    FOREIGN KEY (addressee_state_code) REFERENCES member_state (code);
ALTER TABLE assessment_round ADD CONSTRAINT assessment_round_member_state_code_fkey
    FOREIGN KEY (member_state_code) REFERENCES member_state (code);
