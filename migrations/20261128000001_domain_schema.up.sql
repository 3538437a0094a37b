-- The whole domain of Musyawarah: reference data (Member States, frameworks and their
-- commitments, themes), the consultation series and its workshops, stakeholders and their
-- participation, the agenda (sessions), partners' notes, findings and their follow-up,
-- self-assessments, users and the audit log.
--
-- Conventions: singular table names; uuid keys (nothing guessable in a URL); `version` on every
-- record people edit (optimistic locking); `created_at` / `updated_at` as timestamptz; statuses as
-- enums mirrored in Rust by `sqlx::Type`.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE visibility AS ENUM ('public', 'members', 'staff');
CREATE TYPE duty_bearer AS ENUM ('all', 'sending', 'receiving', 'both');
CREATE TYPE consultation_status AS ENUM
    ('planned', 'scheduled', 'held', 'report_published', 'postponed', 'cancelled');
CREATE TYPE organisation_kind AS ENUM
    ('government', 'asean_body', 'civil_society', 'trade_union', 'migrant_association',
     'employer', 'research', 'international_organisation', 'donor', 'media', 'other');
CREATE TYPE participation_role AS ENUM
    ('organiser', 'co_organiser', 'speaker', 'participant', 'observer', 'funder');
CREATE TYPE session_kind AS ENUM
    ('opening_remarks', 'presentation', 'panel', 'plenary', 'breakout_group', 'closing', 'other');
CREATE TYPE note_status AS ENUM ('draft', 'submitted', 'returned', 'published', 'withdrawn');
CREATE TYPE statement_section AS ENUM
    ('challenge', 'opportunity', 'good_practice', 'recommendation');
CREATE TYPE finding_kind AS ENUM ('challenge', 'opportunity', 'good_practice', 'recommendation');
CREATE TYPE recommendation_status AS ENUM
    ('open', 'accepted', 'in_progress', 'implemented', 'not_accepted');
CREATE TYPE assessor_kind AS ENUM ('government', 'civil_society');
CREATE TYPE round_status AS ENUM ('draft', 'open', 'closed');
CREATE TYPE assessment_status AS ENUM ('draft', 'submitted');
CREATE TYPE rating_answer AS ENUM ('rated', 'not_applicable', 'no_information');
CREATE TYPE user_role AS ENUM ('admin', 'staff', 'partner', 'official');
CREATE TYPE sex AS ENUM ('female', 'male', 'other', 'not_stated');

-- An immutable unaccent, so that search columns and indexes can use it.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- Reference data ---------------------------------------------------------------------------

CREATE TABLE member_state (
    code          char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    short_name    text NOT NULL UNIQUE CHECK (short_name <> ''),
    formal_name   text NOT NULL CHECK (formal_name <> ''),
    member_since  date NOT NULL,
    observer_since date,
    note          text NOT NULL DEFAULT '',
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (observer_since IS NULL OR observer_since <= member_since)
);

-- A rating scale for self-assessments: configurable, 0-4 by default.
CREATE TABLE rating_scale (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name        text NOT NULL CHECK (name <> ''),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rating_level (
    scale_id    uuid NOT NULL REFERENCES rating_scale (id) ON DELETE CASCADE,
    value       smallint NOT NULL CHECK (value BETWEEN 0 AND 100),
    label       text NOT NULL CHECK (label <> ''),
    description text NOT NULL DEFAULT '',
    PRIMARY KEY (scale_id, value)
);

CREATE TABLE framework (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    title         text NOT NULL CHECK (title <> ''),
    short_title   text NOT NULL CHECK (short_title <> ''),
    adopted_on    date,
    adopted_at    text NOT NULL DEFAULT '',
    legally_binding boolean NOT NULL DEFAULT false,
    description   text NOT NULL DEFAULT '',
    rating_scale_id uuid REFERENCES rating_scale (id),
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Which states a framework applies to, and from when: membership of ASEAN and being bound by
-- an instrument are separate facts (Timor-Leste joined in 2025 and did not sign the Consensus).
CREATE TABLE framework_state (
    framework_id  uuid NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    member_state_code char(2) NOT NULL REFERENCES member_state (code),
    bound_from    date NOT NULL,
    bound_until   date,
    PRIMARY KEY (framework_id, member_state_code),
    CHECK (bound_until IS NULL OR bound_until >= bound_from)
);

CREATE TABLE chapter (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    framework_id  uuid NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    number        smallint NOT NULL CHECK (number > 0),
    title         text NOT NULL CHECK (title <> ''),
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (framework_id, number),
    UNIQUE (framework_id, id)
);

-- A provision of a framework. `code` is the project's provisional, stable code; `official_ref`
-- is the paragraph number of the published text, filled in when verified.
CREATE TABLE commitment (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    framework_id  uuid NOT NULL,
    chapter_id    uuid NOT NULL,
    code          text NOT NULL CHECK (code ~ '^[A-Za-z0-9.-]+$'),
    official_ref  text NOT NULL DEFAULT '',
    position      smallint NOT NULL CHECK (position > 0),
    title         text NOT NULL CHECK (title <> ''),
    body          text NOT NULL DEFAULT '',
    duty_bearer   duty_bearer NOT NULL,
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (framework_id, chapter_id) REFERENCES chapter (framework_id, id),
    UNIQUE (framework_id, code)
);
CREATE INDEX commitment_chapter_idx ON commitment (chapter_id, position);

CREATE TABLE theme (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name          text NOT NULL UNIQUE CHECK (name <> ''),
    description   text NOT NULL DEFAULT '',
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Stakeholders ------------------------------------------------------------------------------

CREATE TABLE organisation (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name          text NOT NULL CHECK (name <> ''),
    acronym       text NOT NULL DEFAULT '',
    kind          organisation_kind NOT NULL,
    -- NULL: regional or international, not tied to one Member State.
    member_state_code char(2) REFERENCES member_state (code),
    country_note  text NOT NULL DEFAULT '',
    website       text NOT NULL DEFAULT '',
    description   text NOT NULL DEFAULT '',
    is_demo       boolean NOT NULL DEFAULT false,
    merged_into_id uuid REFERENCES organisation (id),
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE UNIQUE INDEX organisation_name_key ON organisation (lower(name)) WHERE merged_into_id IS NULL;
CREATE INDEX organisation_state_idx ON organisation (member_state_code, kind);
CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(immutable_unaccent(name)) gin_trgm_ops);

-- Other names an organisation goes by (the ACMW has several in public reports); used to match
-- imported participant lists.
CREATE TABLE organisation_alias (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    alias           text NOT NULL CHECK (alias <> ''),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_alias_key ON organisation_alias (lower(immutable_unaccent(alias)));
CREATE INDEX organisation_alias_org_idx ON organisation_alias (organisation_id);

-- A person. Everything here but the public name is personal data, for staff only.
CREATE TABLE person (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    full_name     text NOT NULL CHECK (full_name <> ''),
    honorific     text NOT NULL DEFAULT '',
    sex           sex NOT NULL DEFAULT 'not_stated',
    email         text NOT NULL DEFAULT '',
    phone         text NOT NULL DEFAULT '',
    staff_notes   text NOT NULL DEFAULT '',
    is_demo       boolean NOT NULL DEFAULT false,
    merged_into_id uuid REFERENCES person (id),
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_name_idx ON person (lower(immutable_unaccent(full_name)));

-- The positions a person holds over time; several at once (a ministry official who is also the
-- ACMW's Vice Chair).
CREATE TABLE person_role (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id       uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organisation_id uuid REFERENCES organisation (id),
    title           text NOT NULL CHECK (title <> ''),
    starts_on       date,
    ends_on         date,
    source          text NOT NULL DEFAULT '',
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX person_role_person_idx ON person_role (person_id);
CREATE INDEX person_role_org_idx ON person_role (organisation_id);

-- Consultations -----------------------------------------------------------------------------

CREATE TABLE series (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    title         text NOT NULL CHECK (title <> ''),
    framework_id  uuid REFERENCES framework (id),
    organiser_id  uuid REFERENCES organisation (id),
    funder_id     uuid REFERENCES organisation (id),
    funding_note  text NOT NULL DEFAULT '',
    starts_on     date,
    ends_on       date,
    aim           text NOT NULL DEFAULT '',
    visibility    visibility NOT NULL DEFAULT 'public',
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE series_planned_state (
    series_id         uuid NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    member_state_code char(2) NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (series_id, member_state_code)
);

CREATE TABLE consultation (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    series_id     uuid REFERENCES series (id),
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    number_in_series smallint CHECK (number_in_series > 0),
    title         text NOT NULL CHECK (title <> ''),
    -- The state where it takes place; NULL for a regional meeting held nowhere in particular.
    host_state_code char(2) REFERENCES member_state (code),
    city          text NOT NULL DEFAULT '',
    venue         text NOT NULL DEFAULT '',
    starts_on     date,
    ends_on       date,
    -- When no date is set yet: "early 2020".
    planned_period text NOT NULL DEFAULT '',
    status        consultation_status NOT NULL DEFAULT 'planned',
    status_reason text NOT NULL DEFAULT '',
    is_regional   boolean NOT NULL DEFAULT false,
    chatham_house boolean NOT NULL DEFAULT false,
    objectives    text NOT NULL DEFAULT '',
    summary       text NOT NULL DEFAULT '',
    languages     text[] NOT NULL DEFAULT '{}',
    -- What the report says when there is no participant list ("over 35").
    participants_reported integer CHECK (participants_reported >= 0),
    participants_reported_note text NOT NULL DEFAULT '',
    source        text NOT NULL DEFAULT '',
    visibility    visibility NOT NULL DEFAULT 'public',
    archived_at   timestamptz,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT consultation_ends_after_start
        CHECK (ends_on IS NULL OR (starts_on IS NOT NULL AND ends_on >= starts_on)),
    CONSTRAINT consultation_held_has_date
        CHECK (status NOT IN ('held', 'report_published') OR starts_on IS NOT NULL),
    CONSTRAINT consultation_stopped_has_reason
        CHECK (status NOT IN ('postponed', 'cancelled') OR status_reason <> ''),
    CONSTRAINT consultation_number_key UNIQUE (series_id, number_in_series)
);
CREATE INDEX consultation_series_idx ON consultation (series_id, starts_on);
CREATE INDEX consultation_host_idx ON consultation (host_state_code, starts_on);
CREATE INDEX consultation_status_idx ON consultation (status, starts_on);

-- The Member States a consultation covers (a regional meeting covers several).
CREATE TABLE consultation_state (
    consultation_id   uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    member_state_code char(2) NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (consultation_id, member_state_code)
);
CREATE INDEX consultation_state_state_idx ON consultation_state (member_state_code, consultation_id);

CREATE TABLE participation (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    person_id       uuid REFERENCES person (id),
    role            participation_role NOT NULL DEFAULT 'participant',
    female          integer NOT NULL DEFAULT 0 CHECK (female >= 0),
    male            integer NOT NULL DEFAULT 0 CHECK (male >= 0),
    other_or_unstated integer NOT NULL DEFAULT 0 CHECK (other_or_unstated >= 0),
    note            text NOT NULL DEFAULT '',
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT participation_once_per_role
        UNIQUE NULLS NOT DISTINCT (consultation_id, organisation_id, person_id, role)
);
CREATE INDEX participation_org_idx ON participation (organisation_id, consultation_id);
CREATE INDEX participation_person_idx ON participation (person_id) WHERE person_id IS NOT NULL;

-- An agenda item of a consultation ("session" never means a browser login in this code base).
CREATE TABLE session (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        smallint NOT NULL CHECK (position > 0),
    kind            session_kind NOT NULL,
    title           text NOT NULL CHECK (title <> ''),
    description     text NOT NULL DEFAULT '',
    day             date,
    starts_at       time,
    ends_at         time,
    visibility      visibility NOT NULL DEFAULT 'public',
    archived_at     timestamptz,
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at),
    CONSTRAINT session_position_key UNIQUE (consultation_id, position) DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE session_speaker (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id      uuid NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position        smallint NOT NULL DEFAULT 1 CHECK (position > 0),
    person_id       uuid REFERENCES person (id),
    organisation_id uuid REFERENCES organisation (id),
    -- "opening remarks", "presenter", "moderator", ...
    capacity        text NOT NULL DEFAULT '',
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX session_speaker_session_idx ON session_speaker (session_id, position);
CREATE INDEX session_speaker_org_idx ON session_speaker (organisation_id);
CREATE INDEX session_speaker_person_idx ON session_speaker (person_id);

CREATE TABLE session_theme (
    session_id  uuid NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    theme_id    uuid NOT NULL REFERENCES theme (id),
    PRIMARY KEY (session_id, theme_id)
);
CREATE INDEX session_theme_theme_idx ON session_theme (theme_id);

-- Users -------------------------------------------------------------------------------------

CREATE TABLE app_user (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           text NOT NULL CHECK (email LIKE '%_@_%'),
    display_name    text NOT NULL CHECK (display_name <> ''),
    role            user_role NOT NULL,
    -- A partner acts for one organisation; an official for one Member State, or for the region
    -- when member_state_code is NULL.
    organisation_id uuid REFERENCES organisation (id),
    member_state_code char(2) REFERENCES member_state (code),
    password_hash   text,
    totp_secret     bytea,
    totp_enabled_at timestamptz,
    disabled_at     timestamptz,
    last_sign_in_at timestamptz,
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_partner_has_organisation
        CHECK (role <> 'partner' OR organisation_id IS NOT NULL),
    CONSTRAINT app_user_organisation_only_for_partners
        CHECK (role = 'partner' OR organisation_id IS NULL),
    CONSTRAINT app_user_state_only_for_officials
        CHECK (role = 'official' OR member_state_code IS NULL)
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

CREATE TABLE invitation (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    -- SHA-256 of the one-time token; the token itself is shown once and never stored.
    token_hash      bytea NOT NULL UNIQUE,
    invited_by      uuid REFERENCES app_user (id),
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE recovery_code (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash   text NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);

-- Failed sign-ins, for throttling by account and by address.
CREATE TABLE sign_in_failure (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL,
    address     inet,
    failed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (lower(email), failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (address, failed_at);

-- One-time tokens of create forms: a form posted twice creates one record.
CREATE TABLE form_submission (
    token       uuid PRIMARY KEY,
    user_id     uuid REFERENCES app_user (id) ON DELETE CASCADE,
    form        text NOT NULL,
    record_id   uuid,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Notes -------------------------------------------------------------------------------------

CREATE TABLE note (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id      uuid NOT NULL REFERENCES session (id),
    author_id       uuid NOT NULL REFERENCES app_user (id),
    -- The organisation the author wrote for (a partner's own, fixed at creation).
    organisation_id uuid REFERENCES organisation (id),
    status          note_status NOT NULL DEFAULT 'draft',
    summary         text NOT NULL DEFAULT '',
    proposed_visibility visibility NOT NULL DEFAULT 'members',
    visibility      visibility NOT NULL DEFAULT 'staff',
    reviewer_comment text NOT NULL DEFAULT '',
    reviewed_by     uuid REFERENCES app_user (id),
    submitted_at    timestamptz,
    published_at    timestamptz,
    is_demo         boolean NOT NULL DEFAULT false,
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX note_session_idx ON note (session_id, status);
CREATE INDEX note_author_idx ON note (author_id, updated_at DESC);
CREATE INDEX note_review_queue_idx ON note (submitted_at) WHERE status = 'submitted';

CREATE TABLE note_statement (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    note_id         uuid NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    section         statement_section NOT NULL,
    position        smallint NOT NULL CHECK (position > 0),
    body            text NOT NULL CHECK (body <> ''),
    -- Chatham House: published views never show who said a non-attributed statement.
    non_attributed  boolean NOT NULL DEFAULT false,
    speaker_sector  organisation_kind,
    speaker_label   text NOT NULL DEFAULT '',
    UNIQUE (note_id, section, position)
);

-- Every save of a note, whole, as it was.
CREATE TABLE note_revision (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    note_id         uuid NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    number          integer NOT NULL CHECK (number > 0),
    status          note_status NOT NULL,
    content         jsonb NOT NULL,
    author_id       uuid REFERENCES app_user (id),
    reason          text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (note_id, number)
);

-- Findings ----------------------------------------------------------------------------------

CREATE TABLE finding (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid NOT NULL REFERENCES consultation (id),
    session_id      uuid REFERENCES session (id),
    source_note_id  uuid REFERENCES note (id),
    source_statement_id uuid REFERENCES note_statement (id) ON DELETE SET NULL,
    kind            finding_kind NOT NULL,
    statement       text NOT NULL CHECK (statement <> ''),
    visibility      visibility NOT NULL DEFAULT 'staff',
    -- Recommendations only: to whom, where it stands, and by when.
    addressee_organisation_id uuid REFERENCES organisation (id),
    addressee_state_code char(2) REFERENCES member_state (code),
    recommendation_status recommendation_status,
    due_on          date,
    is_demo         boolean NOT NULL DEFAULT false,
    created_by      uuid REFERENCES app_user (id),
    archived_at     timestamptz,
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    search          tsvector GENERATED ALWAYS AS
        (to_tsvector('simple', immutable_unaccent(statement))) STORED,
    CONSTRAINT finding_recommendation_has_status
        CHECK ((kind = 'recommendation') = (recommendation_status IS NOT NULL)),
    CONSTRAINT finding_addressee_only_on_recommendations
        CHECK (kind = 'recommendation' OR (addressee_organisation_id IS NULL
            AND addressee_state_code IS NULL AND due_on IS NULL))
);
CREATE INDEX finding_consultation_idx ON finding (consultation_id, kind);
CREATE INDEX finding_list_idx ON finding (visibility, created_at DESC, id);
CREATE INDEX finding_recommendation_idx ON finding (recommendation_status, due_on)
    WHERE kind = 'recommendation';
CREATE INDEX finding_source_note_idx ON finding (source_note_id) WHERE source_note_id IS NOT NULL;
CREATE INDEX finding_search_idx ON finding USING gin (search);

CREATE TABLE finding_state (
    finding_id        uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    member_state_code char(2) NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (finding_id, member_state_code)
);
CREATE INDEX finding_state_state_idx ON finding_state (member_state_code, finding_id);

CREATE TABLE finding_commitment (
    finding_id    uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    commitment_id uuid NOT NULL REFERENCES commitment (id),
    PRIMARY KEY (finding_id, commitment_id)
);
CREATE INDEX finding_commitment_commitment_idx ON finding_commitment (commitment_id, finding_id);

CREATE TABLE finding_theme (
    finding_id  uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    theme_id    uuid NOT NULL REFERENCES theme (id),
    PRIMARY KEY (finding_id, theme_id)
);
CREATE INDEX finding_theme_theme_idx ON finding_theme (theme_id, finding_id);

-- Dated progress on a recommendation, with evidence; a status change is recorded with it.
CREATE TABLE recommendation_update (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    finding_id      uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    reported_on     date NOT NULL,
    body            text NOT NULL CHECK (body <> ''),
    evidence_links  text[] NOT NULL DEFAULT '{}',
    status_from     recommendation_status,
    status_to       recommendation_status,
    created_by      uuid REFERENCES app_user (id),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_update_finding_idx ON recommendation_update (finding_id, reported_on);

-- Self-assessments --------------------------------------------------------------------------

CREATE TABLE assessment_round (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    framework_id      uuid NOT NULL REFERENCES framework (id),
    member_state_code char(2) NOT NULL REFERENCES member_state (code),
    -- A year ("2024") or a named period.
    cycle             text NOT NULL CHECK (cycle <> ''),
    rating_scale_id   uuid NOT NULL REFERENCES rating_scale (id),
    status            round_status NOT NULL DEFAULT 'draft',
    opens_on          date,
    closes_on         date,
    visibility        visibility NOT NULL DEFAULT 'staff',
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (framework_id, member_state_code, cycle),
    CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX assessment_round_cycle_idx ON assessment_round (framework_id, cycle);

CREATE TABLE assessment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    round_id        uuid NOT NULL REFERENCES assessment_round (id) ON DELETE CASCADE,
    assessor_kind   assessor_kind NOT NULL,
    status          assessment_status NOT NULL DEFAULT 'draft',
    organisation_id uuid REFERENCES organisation (id),
    submitted_by    uuid REFERENCES app_user (id),
    submitted_at    timestamptz,
    visibility      visibility NOT NULL DEFAULT 'staff',
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (round_id, assessor_kind),
    CHECK (status <> 'submitted' OR submitted_at IS NOT NULL)
);

CREATE TABLE assessment_rating (
    assessment_id   uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    commitment_id   uuid NOT NULL REFERENCES commitment (id),
    answer          rating_answer NOT NULL DEFAULT 'rated',
    rating          smallint CHECK (rating >= 0),
    evidence        text NOT NULL DEFAULT '',
    evidence_links  text[] NOT NULL DEFAULT '{}',
    updated_by      uuid REFERENCES app_user (id),
    version         integer NOT NULL DEFAULT 1,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, commitment_id),
    CHECK ((answer = 'rated') = (rating IS NOT NULL))
);
CREATE INDEX assessment_rating_commitment_idx ON assessment_rating (commitment_id);

CREATE TABLE assessment_rating_finding (
    assessment_id uuid NOT NULL,
    commitment_id uuid NOT NULL,
    finding_id    uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    PRIMARY KEY (assessment_id, commitment_id, finding_id),
    FOREIGN KEY (assessment_id, commitment_id)
        REFERENCES assessment_rating (assessment_id, commitment_id) ON DELETE CASCADE
);

-- Attachments (reports, presentations) on a consultation, a session or a note.
CREATE TABLE attachment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consultation_id uuid REFERENCES consultation (id) ON DELETE CASCADE,
    session_id      uuid REFERENCES session (id) ON DELETE CASCADE,
    note_id         uuid REFERENCES note (id) ON DELETE CASCADE,
    file_name       text NOT NULL CHECK (file_name <> ''),
    content_type    text NOT NULL,
    byte_size       integer NOT NULL CHECK (byte_size >= 0),
    content         bytea NOT NULL,
    visibility      visibility NOT NULL DEFAULT 'staff',
    uploaded_by     uuid REFERENCES app_user (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(consultation_id, session_id, note_id) = 1)
);

-- The audit log ------------------------------------------------------------------------------

-- Who changed what, when, with the before and after. Written in the same transaction as the
-- change. Never holds a password, a token or a login id.
CREATE TABLE audit_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor_id      uuid REFERENCES app_user (id) ON DELETE SET NULL,
    actor_label   text NOT NULL DEFAULT '',
    action        text NOT NULL CHECK (action <> ''),
    entity        text NOT NULL DEFAULT '',
    entity_id     text NOT NULL DEFAULT '',
    before        jsonb,
    after         jsonb,
    address       inet,
    request_id    text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, occurred_at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at DESC);
