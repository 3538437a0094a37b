-- Musyawarah demo layer: invented examples on top of the real series (demo.sql), so that every
-- page means something on the first run. Left out by `musyawarah seed demo --without-examples`.
--
-- Everything here is demo and says so to a reader: text begins with "[Demo]", cycles end in
-- "(demo)", and every row carries `is_demo` where its table has the column. No person is
-- invented: the authors are the demo accounts (the same as on a first local run, made here
-- without a password; the first run gives them theirs) and real organisations.
-- Head counts by sex are demo figures (the reports give none); each consultation's reported
-- figure ("over 35") stays the real one.
--
-- Idempotent, like demo.sql: fixed ids with ON CONFLICT DO NOTHING, and updates guarded so that
-- a second run touches no row. No BEGIN/COMMIT.

-- The demo accounts that author the examples --------------------------------------------------

INSERT INTO app_user (email, display_name, role, organisation_id, member_state_code)
SELECT v.email, v.display_name, v.role::user_role, o.id, v.state
FROM (VALUES
        ('staff@demo.example', 'Demo HRWG Staff', 'staff', NULL, NULL),
        ('partner.cdi@demo.example', 'Demo Partner (CDI, Viet Nam)', 'partner', 'cdi', NULL),
        ('official.vn@demo.example', 'Demo ACMW Official (Viet Nam)', 'official', NULL, 'VN')
     ) AS v (email, display_name, role, org_slug, state)
LEFT JOIN organisation o ON o.slug = v.org_slug
ON CONFLICT DO NOTHING;

-- Demo head counts by sex on the held consultations ----------------------------------------
-- On the real participation records, which stay as the reports name them; their counts are
-- demo. Guarded: a record whose counts staff have recorded is left alone.

UPDATE participation pa
   SET female = v.female, male = v.male, other_or_unstated = v.other, is_demo = true,
       note = '[Demo] Demo head counts: the report gives no figures by sex. ' || pa.note
  FROM (VALUES
        -- Jakarta: over 40 reported; 42 counted here.
        ('jakarta-2019-07-25', 'hrwg', 'organiser', 4, 3, 0),
        ('jakarta-2019-07-25', 'usaid', 'funder', 1, 1, 0),
        ('jakarta-2019-07-25', 'acmw', 'participant', 5, 6, 0),
        ('jakarta-2019-07-25', 'aichr', 'participant', 3, 3, 0),
        ('jakarta-2019-07-25', 'id-ministry-of-manpower', 'participant', 4, 5, 1),
        ('jakarta-2019-07-25', 'id-ministry-of-foreign-affairs', 'participant', 3, 3, 0),
        -- Bangkok: about 50 reported; 50 counted here.
        ('bangkok-2019-09-09', 'hrwg', 'organiser', 3, 2, 0),
        ('bangkok-2019-09-09', 'usaid', 'funder', 1, 0, 0),
        ('bangkok-2019-09-09', 'th-ministry-of-labour', 'participant', 8, 9, 0),
        ('bangkok-2019-09-09', 'th-parliament', 'participant', 4, 7, 0),
        ('bangkok-2019-09-09', 'acmw', 'participant', 5, 6, 1),
        ('bangkok-2019-09-09', 'ilo', 'participant', 2, 2, 0),
        -- Kuala Lumpur: over 35 reported; 37 counted here.
        ('kuala-lumpur-2019-11-12', 'hrwg', 'organiser', 3, 2, 0),
        ('kuala-lumpur-2019-11-12', 'usaid', 'funder', 1, 0, 0),
        ('kuala-lumpur-2019-11-12', 'acmw', 'participant', 6, 7, 0),
        ('kuala-lumpur-2019-11-12', 'aichr', 'participant', 3, 3, 0),
        ('kuala-lumpur-2019-11-12', 'my-ministry-of-human-resources', 'participant', 5, 6, 1),
        -- Hanoi: over 35 reported; 38 counted here.
        ('hanoi-2019-12-18', 'hrwg', 'organiser', 3, 2, 0),
        ('hanoi-2019-12-18', 'usaid', 'funder', 1, 0, 0),
        ('hanoi-2019-12-18', 'acmw', 'participant', 5, 4, 0),
        ('hanoi-2019-12-18', 'molisa', 'participant', 6, 5, 0),
        ('hanoi-2019-12-18', 'cdi', 'participant', 6, 2, 1),
        ('hanoi-2019-12-18', 'mekong-migrant-network', 'speaker', 2, 1, 0),
        -- Yangon: 53 reported; 53 counted here.
        ('yangon-2020-02-29', 'hrwg', 'organiser', 2, 1, 0),
        ('yangon-2020-02-29', 'usaid', 'funder', 1, 0, 0),
        ('yangon-2020-02-29', 'public-legal-aid-network', 'participant', 27, 21, 1)
     ) AS v (consultation_slug, org_slug, role, female, male, other)
  JOIN consultation c ON c.slug = v.consultation_slug
  JOIN organisation o ON o.slug = v.org_slug
 WHERE pa.consultation_id = c.id AND pa.organisation_id = o.id
   AND pa.role = v.role::participation_role AND pa.person_id IS NULL
   AND NOT pa.is_demo AND pa.female = 0 AND pa.male = 0 AND pa.other_or_unstated = 0;

-- A demo consultation under the Chatham House rule -----------------------------------------
-- Outside the real series; it shows how a note is published when no one may be named.

INSERT INTO consultation (id, series_id, slug, title, host_state_code, city, starts_on, status,
                          chatham_house, objectives, summary, participants_reported,
                          participants_reported_note, source, visibility, is_demo)
VALUES ('de400000-0000-4000-8000-000000000c01', NULL, 'demo-chatham-house-dialogue',
        '[Demo] Closed-door dialogue on recruitment fees (Chatham House rule)', 'VN', 'Hanoi',
        DATE '2024-10-15', 'held', true,
        '[Demo] An invented example, to show how notes are published under the Chatham House rule.',
        '[Demo] This consultation did not take place: it is part of the demo data.',
        NULL, '', '[Demo] Invented for the demo data; no source.', 'public', true)
ON CONFLICT DO NOTHING;

INSERT INTO consultation_state (consultation_id, member_state_code)
VALUES ('de400000-0000-4000-8000-000000000c01', 'VN')
ON CONFLICT DO NOTHING;

INSERT INTO participation (consultation_id, organisation_id, role, female, male,
                           other_or_unstated, note, is_demo)
SELECT 'de400000-0000-4000-8000-000000000c01', o.id, v.role::participation_role, v.female,
       v.male, 0, '[Demo] Demo participation and head counts.', true
FROM (VALUES ('hrwg', 'organiser', 2, 1),
             ('cdi', 'participant', 4, 2),
             ('molisa', 'participant', 3, 3)
     ) AS v (org_slug, role, female, male)
JOIN organisation o ON o.slug = v.org_slug
ON CONFLICT DO NOTHING;

-- (The session's position is a deferrable constraint, which ON CONFLICT cannot use: NOT EXISTS.)
INSERT INTO session (id, consultation_id, position, kind, title, description, day, visibility,
                     is_demo)
SELECT 'de400000-0000-4000-8000-000000005e01', c.id, 1, 'plenary',
       '[Demo] Discussion: recruitment fees paid by workers going abroad',
       '[Demo] An invented session of the demo consultation.', DATE '2024-10-15', 'public', true
FROM consultation c
WHERE c.id = 'de400000-0000-4000-8000-000000000c01'
  AND NOT EXISTS (SELECT 1 FROM session s WHERE s.consultation_id = c.id);

INSERT INTO session_theme (session_id, theme_id)
SELECT 'de400000-0000-4000-8000-000000005e01', t.id FROM theme t WHERE t.slug = 'recruitment-fees'
ON CONFLICT DO NOTHING;

-- Published demo notes, written by the demo partner of CDI and published by demo staff ----------

INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                  proposed_visibility, visibility, proposed_attribution, attribution, reviewed_by,
                  submitted_at, published_at, created_at, updated_at, is_demo)
SELECT v.id::uuid, se.id, author.id, cdi.id, 'published', v.summary, 'public', 'public',
       v.attribution::attribution, v.attribution::attribution, staff.id,
       v.submitted_at::timestamptz, v.published_at::timestamptz, v.submitted_at::timestamptz,
       v.published_at::timestamptz, true
FROM (VALUES
        ('de400000-0000-4000-8000-00000000a001', 'hanoi-2019-12-18', 4, 'organisation',
         '[Demo] An example note, written for the demo: the discussion on challenges and '
         || 'opportunities, as a partner might record it.',
         '2019-12-20 09:00:00+07', '2020-01-08 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000a002', 'hanoi-2019-12-18', 5, 'name_and_organisation',
         '[Demo] An example note on the discussion of social insurance for workers in Viet Nam.',
         '2019-12-21 09:00:00+07', '2020-01-08 10:30:00+07'),
        ('de400000-0000-4000-8000-00000000a003', 'demo-chatham-house-dialogue', 1, 'organisation',
         '[Demo] An example note under the Chatham House rule: what was said, never who said it.',
         '2024-10-17 09:00:00+07', '2024-10-25 10:00:00+07')
     ) AS v (id, consultation_slug, session_position, attribution, summary, submitted_at,
             published_at)
JOIN consultation c ON c.slug = v.consultation_slug
JOIN session se ON se.consultation_id = c.id AND se.position = v.session_position
JOIN app_user author ON lower(author.email) = 'partner.cdi@demo.example'
JOIN app_user staff ON lower(staff.email) = 'staff@demo.example'
JOIN organisation cdi ON cdi.slug = 'cdi'
ON CONFLICT DO NOTHING;

INSERT INTO note_statement (id, note_id, section, position, body, non_attributed,
                            speaker_sector)
SELECT v.id::uuid, v.note_id::uuid, v.section::statement_section, v.position, v.body,
       v.non_attributed, v.sector::organisation_kind
FROM (VALUES
        ('de400000-0000-4000-8000-00000000b001', 'de400000-0000-4000-8000-00000000a001',
         'challenge', 1::smallint,
         '[Demo] Workers going abroad still pay recruitment fees well above the legal ceiling, '
         || 'often through brokers who are not licensed.', false, NULL),
        ('de400000-0000-4000-8000-00000000b002', 'de400000-0000-4000-8000-00000000a001',
         'challenge', 2::smallint,
         '[Demo] Some workers abroad are not allowed to keep their own passports.', true,
         'government'),
        ('de400000-0000-4000-8000-00000000b003', 'de400000-0000-4000-8000-00000000a001',
         'opportunity', 1::smallint,
         '[Demo] Viet Nam''s ASEAN Chairmanship in 2020 is a chance to put the Consensus on the '
         || 'regional agenda.', false, NULL),
        ('de400000-0000-4000-8000-00000000b004', 'de400000-0000-4000-8000-00000000a001',
         'recommendation', 1::smallint,
         '[Demo] Publish a list of licensed recruitment agencies and the fees they may charge.',
         false, NULL),
        ('de400000-0000-4000-8000-00000000b005', 'de400000-0000-4000-8000-00000000a002',
         'challenge', 1::smallint,
         '[Demo] Few workers who go abroad keep paying into the voluntary social insurance '
         || 'scheme, so their years abroad do not count towards a pension.', false, NULL),
        ('de400000-0000-4000-8000-00000000b006', 'de400000-0000-4000-8000-00000000a002',
         'good_practice', 1::smallint,
         '[Demo] Pre-departure courses that explain social insurance were found useful.', true,
         'civil_society'),
        ('de400000-0000-4000-8000-00000000b007', 'de400000-0000-4000-8000-00000000a003',
         'challenge', 1::smallint,
         '[Demo] Brokers in the villages collect fees before any contract is shown to the worker.',
         true, 'civil_society'),
        ('de400000-0000-4000-8000-00000000b008', 'de400000-0000-4000-8000-00000000a003',
         'recommendation', 1::smallint,
         '[Demo] Make the employer pay the recruitment costs, as the employer-pays principle asks.',
         true, 'trade_union')
     ) AS v (id, note_id, section, position, body, non_attributed, sector)
WHERE EXISTS (SELECT 1 FROM note n WHERE n.id = v.note_id::uuid)
ON CONFLICT DO NOTHING;

-- What search reads (the summary, then the statements section by section), once.
UPDATE note n
   SET search_text = n.summary || ' ' || coalesce(
           (SELECT string_agg(s.body, ' ' ORDER BY s.section, s.position)
              FROM note_statement s WHERE s.note_id = n.id), '')
 WHERE n.is_demo AND n.id::text LIKE 'de400000-%' AND n.search_text = '';

-- Each note's history: submitted by its author, then published by staff.
INSERT INTO note_revision (note_id, number, status, content, author_id, reason, created_at)
SELECT n.id, v.number, v.status::note_status,
       jsonb_build_object(
           'summary', n.summary,
           'statements', coalesce((
               SELECT jsonb_agg(jsonb_build_object(
                          'section', s.section, 'body', s.body,
                          'non_attributed', s.non_attributed, 'speaker_sector', s.speaker_sector)
                      ORDER BY s.section, s.position)
                 FROM note_statement s WHERE s.note_id = n.id), '[]'::jsonb),
           'proposed_visibility', n.proposed_visibility,
           'proposed_attribution', n.proposed_attribution),
       CASE WHEN v.number = 1 THEN n.author_id ELSE n.reviewed_by END, '',
       CASE WHEN v.number = 1 THEN n.submitted_at ELSE n.published_at END
FROM note n
CROSS JOIN (VALUES (1, 'submitted'), (2, 'published')) AS v (number, status)
WHERE n.is_demo AND n.id::text LIKE 'de400000-%'
ON CONFLICT DO NOTHING;

-- Demo findings and recommendations, on real provisions of the Consensus -------------------

INSERT INTO finding (id, consultation_id, session_id, source_note_id, source_statement_id, kind,
                     statement, visibility, addressee_organisation_id, addressee_state_code,
                     recommendation_status, due_on, is_demo, created_by, created_at, updated_at)
SELECT v.id::uuid, c.id, se.id, v.note_id::uuid, v.statement_id::uuid, v.kind::finding_kind,
       v.statement, 'public', addressee.id, v.addressee_state,
       v.status::recommendation_status, v.due_on::date, true, staff.id,
       v.created_at::timestamptz, v.created_at::timestamptz
FROM (VALUES
        ('de400000-0000-4000-8000-00000000f001', 'hanoi-2019-12-18', 4,
         'de400000-0000-4000-8000-00000000a001', 'de400000-0000-4000-8000-00000000b001',
         'challenge',
         '[Demo] Workers going abroad pay recruitment fees above the legal ceiling, often to '
         || 'unlicensed brokers.', NULL, NULL, NULL, NULL, '2020-01-10 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000f002', 'hanoi-2019-12-18', 5, NULL, NULL,
         'opportunity',
         '[Demo] The reform of social insurance could let workers abroad keep contributing, so '
         || 'that their years abroad count.', NULL, NULL, NULL, NULL, '2020-01-10 10:10:00+07'),
        ('de400000-0000-4000-8000-00000000f003', 'hanoi-2019-12-18', 6, NULL, NULL,
         'good_practice',
         '[Demo] Regular meetings between the labour ministry and civil society on migrant '
         || 'workers, open to organisations of workers'' families.', NULL, NULL, NULL, NULL,
         '2020-01-10 10:20:00+07'),
        ('de400000-0000-4000-8000-00000000f004', 'hanoi-2019-12-18', 4,
         'de400000-0000-4000-8000-00000000a001', 'de400000-0000-4000-8000-00000000b004',
         'recommendation',
         '[Demo] Publish a list of licensed recruitment agencies and the fees they may charge, '
         || 'with pre-departure information on how to complain.', 'molisa', 'VN', 'in_progress',
         '2021-06-30', '2020-01-10 10:30:00+07'),
        ('de400000-0000-4000-8000-00000000f005', 'hanoi-2019-12-18', 6, NULL, NULL,
         'recommendation',
         '[Demo] Take stock of national implementation with the ACMW self-assessment tool, with '
         || 'civil society taking part.', 'molisa', 'VN', 'implemented', '2023-12-31',
         '2020-01-10 10:40:00+07'),
        ('de400000-0000-4000-8000-00000000f006', 'jakarta-2019-07-25', NULL, NULL, NULL,
         'recommendation',
         '[Demo] Make it an offence for employers to keep a worker''s passport.', NULL, 'ID',
         'open', '2030-12-31', '2019-08-05 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000f007', 'bangkok-2019-09-09', NULL, NULL, NULL,
         'challenge',
         '[Demo] Migrant workers may join trade unions but may not found or lead them.', NULL,
         NULL, NULL, NULL, '2019-09-20 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000f008', 'kuala-lumpur-2019-11-12', NULL, NULL, NULL,
         'challenge',
         '[Demo] Employers still hold the passports of many workers, despite the law.', NULL,
         NULL, NULL, NULL, '2019-11-25 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000f009', 'demo-chatham-house-dialogue', 1,
         'de400000-0000-4000-8000-00000000a003', 'de400000-0000-4000-8000-00000000b008',
         'recommendation',
         '[Demo] Adopt the employer-pays principle for recruitment costs.', NULL, 'VN', 'open',
         '2030-06-30', '2024-10-28 10:00:00+07')
     ) AS v (id, consultation_slug, session_position, note_id, statement_id, kind, statement,
             addressee_slug, addressee_state, status, due_on, created_at)
JOIN consultation c ON c.slug = v.consultation_slug
LEFT JOIN session se ON se.consultation_id = c.id AND se.position = v.session_position
LEFT JOIN organisation addressee ON addressee.slug = v.addressee_slug
JOIN app_user staff ON lower(staff.email) = 'staff@demo.example'
ON CONFLICT DO NOTHING;

INSERT INTO finding_state (finding_id, member_state_code)
SELECT v.id::uuid, v.state
FROM (VALUES ('de400000-0000-4000-8000-00000000f001', 'VN'),
             ('de400000-0000-4000-8000-00000000f002', 'VN'),
             ('de400000-0000-4000-8000-00000000f003', 'VN'),
             ('de400000-0000-4000-8000-00000000f004', 'VN'),
             ('de400000-0000-4000-8000-00000000f005', 'VN'),
             ('de400000-0000-4000-8000-00000000f006', 'ID'),
             ('de400000-0000-4000-8000-00000000f007', 'TH'),
             ('de400000-0000-4000-8000-00000000f008', 'MY'),
             ('de400000-0000-4000-8000-00000000f009', 'VN')
     ) AS v (id, state)
WHERE EXISTS (SELECT 1 FROM finding f WHERE f.id = v.id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO finding_commitment (finding_id, commitment_id)
SELECT v.id::uuid, cm.id
FROM (VALUES ('de400000-0000-4000-8000-00000000f001', 'C5.1'),
             ('de400000-0000-4000-8000-00000000f001', 'C5.2'),
             ('de400000-0000-4000-8000-00000000f002', 'C4.5'),
             ('de400000-0000-4000-8000-00000000f003', 'C1.6'),
             ('de400000-0000-4000-8000-00000000f003', 'C7.1'),
             ('de400000-0000-4000-8000-00000000f004', 'C5.1'),
             ('de400000-0000-4000-8000-00000000f004', 'C5.3'),
             ('de400000-0000-4000-8000-00000000f005', 'C7.1'),
             ('de400000-0000-4000-8000-00000000f006', 'C3.2'),
             ('de400000-0000-4000-8000-00000000f007', 'C4.8'),
             ('de400000-0000-4000-8000-00000000f008', 'C3.2'),
             ('de400000-0000-4000-8000-00000000f009', 'C5.2')
     ) AS v (id, code)
JOIN framework fw ON fw.slug = 'asean-consensus-2017'
JOIN commitment cm ON cm.framework_id = fw.id AND cm.code = v.code
WHERE EXISTS (SELECT 1 FROM finding f WHERE f.id = v.id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO finding_theme (finding_id, theme_id)
SELECT v.id::uuid, t.id
FROM (VALUES ('de400000-0000-4000-8000-00000000f001', 'recruitment-fees'),
             ('de400000-0000-4000-8000-00000000f002', 'social-insurance'),
             ('de400000-0000-4000-8000-00000000f003', 'cso-government-dialogue'),
             ('de400000-0000-4000-8000-00000000f004', 'recruitment-fees'),
             ('de400000-0000-4000-8000-00000000f004', 'pre-departure-and-reintegration'),
             ('de400000-0000-4000-8000-00000000f005', 'self-assessment'),
             ('de400000-0000-4000-8000-00000000f006', 'documentation'),
             ('de400000-0000-4000-8000-00000000f007', 'trade-union-rights'),
             ('de400000-0000-4000-8000-00000000f008', 'documentation'),
             ('de400000-0000-4000-8000-00000000f009', 'recruitment-fees')
     ) AS v (id, theme_slug)
JOIN theme t ON t.slug = v.theme_slug
WHERE EXISTS (SELECT 1 FROM finding f WHERE f.id = v.id::uuid)
ON CONFLICT DO NOTHING;

-- Follow-up on the recommendations: dated progress, each with the status change it records.
INSERT INTO recommendation_update (id, finding_id, reported_on, body, evidence_links,
                                   status_from, status_to, created_by, created_at, updated_at,
                                   is_demo)
SELECT v.id::uuid, v.finding_id::uuid, v.reported_on::date, v.body, '{}'::text[],
       v.status_from::recommendation_status, v.status_to::recommendation_status, staff.id,
       v.reported_on::timestamptz, v.reported_on::timestamptz, true
FROM (VALUES
        ('de400000-0000-4000-8000-00000000e001', 'de400000-0000-4000-8000-00000000f004',
         '2020-06-15', '[Demo] The ministry accepted the recommendation at a follow-up meeting.',
         'open', 'accepted'),
        ('de400000-0000-4000-8000-00000000e002', 'de400000-0000-4000-8000-00000000f004',
         '2021-03-01',
         '[Demo] A first list of licensed agencies is online; the fees are not listed yet.',
         'accepted', 'in_progress'),
        ('de400000-0000-4000-8000-00000000e003', 'de400000-0000-4000-8000-00000000f005',
         '2022-05-10', '[Demo] Work on the self-assessment began, with a civil-society meeting.',
         'open', 'in_progress'),
        ('de400000-0000-4000-8000-00000000e004', 'de400000-0000-4000-8000-00000000f005',
         '2023-07-20',
         '[Demo] The self-assessment was submitted, and civil society made a shadow assessment.',
         'in_progress', 'implemented')
     ) AS v (id, finding_id, reported_on, body, status_from, status_to)
JOIN app_user staff ON lower(staff.email) = 'staff@demo.example'
WHERE EXISTS (SELECT 1 FROM finding f WHERE f.id = v.finding_id::uuid)
ON CONFLICT DO NOTHING;

-- Self-assessment rounds: a closed one for Viet Nam and Indonesia, an open one for Viet Nam --

INSERT INTO assessment_round (id, framework_id, member_state_code, cycle, rating_scale_id,
                              status, opens_on, closes_on, visibility, is_demo)
SELECT v.id::uuid, fw.id, v.state, v.cycle, fw.rating_scale_id, v.status::round_status,
       v.opens_on::date, v.closes_on::date, 'public', true
FROM (VALUES
        ('de400000-0000-4000-8000-00000000d001', 'VN', '2023 (demo)', 'closed', '2023-03-01',
         '2023-06-30'),
        ('de400000-0000-4000-8000-00000000d002', 'ID', '2023 (demo)', 'closed', '2023-03-01',
         '2023-06-30'),
        ('de400000-0000-4000-8000-00000000d003', 'VN', '2026 (demo)', 'open', '2026-09-01',
         '2027-03-31')
     ) AS v (id, state, cycle, status, opens_on, closes_on)
JOIN framework fw ON fw.slug = 'asean-consensus-2017'
ON CONFLICT DO NOTHING;

-- Each round's two assessments: the closed rounds' submitted, the open round's in draft.
INSERT INTO assessment (id, round_id, assessor_kind, status, organisation_id, submitted_by,
                        submitted_at, visibility)
SELECT v.id::uuid, v.round_id::uuid, v.side::assessor_kind, v.status::assessment_status, o.id,
       u.id, v.submitted_at::timestamptz, 'public'
FROM (VALUES
        ('de400000-0000-4000-8000-00000000d101', 'de400000-0000-4000-8000-00000000d001',
         'government', 'submitted', NULL, 'official.vn@demo.example', '2023-06-20 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000d102', 'de400000-0000-4000-8000-00000000d001',
         'civil_society', 'submitted', 'cdi', 'partner.cdi@demo.example',
         '2023-06-28 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000d201', 'de400000-0000-4000-8000-00000000d002',
         'government', 'submitted', NULL, NULL, '2023-06-25 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000d202', 'de400000-0000-4000-8000-00000000d002',
         'civil_society', 'submitted', 'hrwg', NULL, '2023-06-29 10:00:00+07'),
        ('de400000-0000-4000-8000-00000000d301', 'de400000-0000-4000-8000-00000000d003',
         'government', 'draft', NULL, NULL, NULL),
        ('de400000-0000-4000-8000-00000000d302', 'de400000-0000-4000-8000-00000000d003',
         'civil_society', 'draft', 'cdi', NULL, NULL)
     ) AS v (id, round_id, side, status, org_slug, submitter, submitted_at)
LEFT JOIN organisation o ON o.slug = v.org_slug
LEFT JOIN app_user u ON lower(u.email) = v.submitter
WHERE EXISTS (SELECT 1 FROM assessment_round r WHERE r.id = v.round_id::uuid)
ON CONFLICT DO NOTHING;

-- The ratings (0-4), invented: the two sides of a round agree on some provisions and differ
-- by two points or more on others (`far`), which is where the comparison points.
INSERT INTO assessment_rating (assessment_id, commitment_id, answer, rating, evidence)
SELECT a.id, cm.id,
       CASE WHEN v.side = 'civil_society' AND ch.number = 2 THEN 'no_information'::rating_answer
            ELSE 'rated'::rating_answer END,
       CASE WHEN v.side = 'civil_society' AND ch.number = 2 THEN NULL
            WHEN v.side = 'government' AND cm.code = ANY(v.far) THEN 4::smallint
            WHEN v.side = 'government' THEN (2 + cm.position % 2)::smallint
            WHEN cm.code = ANY(v.far) THEN 1::smallint
            ELSE (1 + cm.position % 2)::smallint END,
       '[Demo] Example evidence for the demo data: '
       || CASE WHEN v.side = 'government' THEN 'the government''s account of its measures.'
               ELSE 'what civil-society partners see in practice.' END
FROM (VALUES
        ('de400000-0000-4000-8000-00000000d101', 'government', ARRAY['C3.2', 'C4.5', 'C5.2'], 99),
        ('de400000-0000-4000-8000-00000000d102', 'civil_society', ARRAY['C3.2', 'C4.5', 'C5.2'], 99),
        ('de400000-0000-4000-8000-00000000d201', 'government', ARRAY['C3.2', 'C4.3', 'C5.1'], 99),
        ('de400000-0000-4000-8000-00000000d202', 'civil_society', ARRAY['C3.2', 'C4.3', 'C5.1'], 99),
        ('de400000-0000-4000-8000-00000000d301', 'government', ARRAY['C3.2'], 1),
        ('de400000-0000-4000-8000-00000000d302', 'civil_society', ARRAY['C3.2'], 1)
     ) AS v (assessment_id, side, far, chapters_up_to)
JOIN assessment a ON a.id = v.assessment_id::uuid
JOIN assessment_round r ON r.id = a.round_id
JOIN commitment cm ON cm.framework_id = r.framework_id AND cm.archived_at IS NULL
JOIN chapter ch ON ch.id = cm.chapter_id
WHERE ch.number <= v.chapters_up_to
ON CONFLICT DO NOTHING;

-- Ratings that rest on a demo finding.
INSERT INTO assessment_rating_finding (assessment_id, commitment_id, finding_id)
SELECT ar.assessment_id, ar.commitment_id, v.finding_id::uuid
FROM (VALUES
        ('de400000-0000-4000-8000-00000000d102', 'C5.2', 'de400000-0000-4000-8000-00000000f001'),
        ('de400000-0000-4000-8000-00000000d202', 'C3.2', 'de400000-0000-4000-8000-00000000f006')
     ) AS v (assessment_id, code, finding_id)
JOIN commitment cm ON cm.code = v.code
JOIN assessment_rating ar ON ar.assessment_id = v.assessment_id::uuid
                         AND ar.commitment_id = cm.id
WHERE EXISTS (SELECT 1 FROM finding f WHERE f.id = v.finding_id::uuid)
ON CONFLICT DO NOTHING;
