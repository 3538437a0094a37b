-- Musyawarah demo data: the real 2019-2020 HRWG consultation series on the 2017 ASEAN Consensus
-- on the Protection and Promotion of the Rights of Migrant Workers.
--
-- Every fact here comes from shared/data/REFERENCE.md (public sources). Where a fact is not
-- verified the row says so, and staff can correct it in the app. This file holds no notes, no
-- findings and no invented people.
--
-- Idempotent: run inside one transaction by `seed::demo` (sqlx raw_sql); running it again
-- changes nothing. Rows are matched on natural keys (INSERT ... ON CONFLICT DO NOTHING, foreign
-- keys resolved by joins on slugs and codes); tables without a natural key use
-- INSERT ... SELECT ... WHERE NOT EXISTS, or a fixed id (person, person_role).
-- No BEGIN/COMMIT and no psql meta-commands.

-- Member States ---------------------------------------------------------------------------

INSERT INTO member_state (code, short_name, formal_name, member_since, observer_since, note)
VALUES
    ('ID', 'Indonesia', 'Republic of Indonesia', DATE '1967-08-08', NULL, 'Founding member.'),
    ('MY', 'Malaysia', 'Malaysia', DATE '1967-08-08', NULL, 'Founding member.'),
    ('PH', 'Philippines', 'Republic of the Philippines', DATE '1967-08-08', NULL, 'Founding member.'),
    ('SG', 'Singapore', 'Republic of Singapore', DATE '1967-08-08', NULL, 'Founding member.'),
    ('TH', 'Thailand', 'Kingdom of Thailand', DATE '1967-08-08', NULL, 'Founding member.'),
    ('BN', 'Brunei Darussalam', 'Brunei Darussalam', DATE '1984-01-07', NULL, ''),
    ('VN', 'Viet Nam', 'Socialist Republic of Viet Nam', DATE '1995-07-28', NULL, ''),
    ('LA', 'Lao PDR', 'Lao People''s Democratic Republic', DATE '1997-07-23', NULL, ''),
    ('MM', 'Myanmar', 'Republic of the Union of Myanmar', DATE '1997-07-23', NULL, ''),
    ('KH', 'Cambodia', 'Kingdom of Cambodia', DATE '1999-04-30', NULL, ''),
    ('TL', 'Timor-Leste', 'Democratic Republic of Timor-Leste', DATE '2025-10-26', DATE '2022-11-11',
     'Admitted at the 47th ASEAN Summit, Kuala Lumpur; observer from 2022. Did not sign the 2017 ASEAN Consensus on migrant workers.')
ON CONFLICT DO NOTHING;

-- Rating scale ----------------------------------------------------------------------------

INSERT INTO rating_scale (slug, name)
VALUES ('default-0-4', 'Default 0-4')
ON CONFLICT DO NOTHING;

INSERT INTO rating_level (scale_id, value, label)
SELECT s.id, v.value, v.label
FROM (VALUES
        (0::smallint, 'Not started'),
        (1::smallint, 'Initial'),
        (2::smallint, 'Partial'),
        (3::smallint, 'Substantial'),
        (4::smallint, 'Full')
     ) AS v (value, label)
JOIN rating_scale s ON s.slug = 'default-0-4'
ON CONFLICT DO NOTHING;

-- The framework: the 2017 ASEAN Consensus -------------------------------------------------

INSERT INTO framework (slug, title, short_title, adopted_on, adopted_at, legally_binding,
                       description, rating_scale_id)
VALUES (
    'asean-consensus-2017',
    'ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers',
    'ASEAN Consensus (2017)',
    DATE '2017-11-14',
    '31st ASEAN Summit, Manila',
    false,
    'Signed on 14 November 2017 at the 31st ASEAN Summit in Manila and published by the ASEAN '
    || 'Secretariat in 2018. Not legally binding. Implemented through the ACMW''s Action Plan '
    || '2018-2025, whose five areas are education and information, protection, enforcement, '
    || 'recourse, and reintegration. The Action Plan includes a national self-assessment tool; '
    || 'the 16th ACMW meeting (July 2023) examined the Member States'' second self-assessment. '
    || 'The tool''s questions and scale are not public, so the rating scale here is configurable '
    || '(default 0-4).',
    (SELECT id FROM rating_scale WHERE slug = 'default-0-4')
)
ON CONFLICT DO NOTHING;

-- The ten signatories (all but Timor-Leste, which joined ASEAN in 2025 and did not sign).
INSERT INTO framework_state (framework_id, member_state_code, bound_from)
SELECT f.id, m.code, DATE '2017-11-14'
FROM framework f
JOIN member_state m ON m.code IN ('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN')
WHERE f.slug = 'asean-consensus-2017'
ON CONFLICT DO NOTHING;

INSERT INTO chapter (framework_id, number, title)
SELECT f.id, v.number, v.title
FROM (VALUES
        (1::smallint, 'General Principles'),
        (2::smallint, 'Definitions'),
        (3::smallint, 'Fundamental Rights of Migrant Workers and Members of Their Families'),
        (4::smallint, 'Specific Rights of Migrant Workers'),
        (5::smallint, 'Obligations of Sending States'),
        (6::smallint, 'Obligations of Receiving States'),
        (7::smallint, 'Commitments of ASEAN Member States'),
        (8::smallint, 'Amendments')
     ) AS v (number, title)
JOIN framework f ON f.slug = 'asean-consensus-2017'
ON CONFLICT DO NOTHING;

-- Provisions known from public commentaries. Codes are provisional (chapter.position); the
-- official paragraph numbers are not verified, so official_ref stays empty for staff to fill in.
-- Chapters 6 and 8: no provisions known, left empty.
INSERT INTO commitment (framework_id, chapter_id, code, official_ref, position, title, body,
                        duty_bearer)
SELECT f.id, ch.id, v.code, '', v.position, v.title,
       v.body || ' Known from public commentaries; the official paragraph number is not verified.',
       v.duty_bearer::duty_bearer
FROM (VALUES
        -- 1. General Principles
        (1, 'C1.1', 1::smallint, 'Dignity and full potential of migrant workers',
         'Migrant workers are to be treated with dignity and enabled to reach their full potential.',
         'all'),
        (1, 'C1.2', 2::smallint, 'Fair treatment regardless of gender and nationality',
         'Migrant workers are to be treated fairly, regardless of their gender and nationality.',
         'all'),
        (1, 'C1.3', 3::smallint, 'Fundamental rights under instruments to which the state is party',
         'Each state protects the fundamental rights of migrant workers under the international instruments to which it is a party.',
         'all'),
        (1, 'C1.4', 4::smallint, 'ASEAN Charter principles',
         'The Consensus is to be implemented in line with the principles of the ASEAN Charter.',
         'all'),
        (1, 'C1.5', 5::smallint, 'Sovereignty over migration policy',
         'Each state keeps its sovereign right to determine its own migration policy.',
         'all'),
        (1, 'C1.6', 6::smallint, 'Shared and balanced responsibilities of sending and receiving states',
         'Sending and receiving states share balanced responsibilities for protecting and promoting the rights of migrant workers.',
         'both'),
        -- 2. Definitions (no duty-bearer given in the sources: recorded as all)
        (2, 'C2.1', 1::smallint, 'Definition of undocumented migrant worker',
         'Defines who is an undocumented migrant worker for the purposes of the Consensus.',
         'all'),
        (2, 'C2.2', 2::smallint, 'Applicability subject to national law',
         'The application of the Consensus is subject to the national laws of each state.',
         'all'),
        -- 3. Fundamental Rights of Migrant Workers and Members of Their Families
        (3, 'C3.1', 1::smallint, 'Visits by family members',
         'Migrant workers may receive visits from members of their families.',
         'receiving'),
        (3, 'C3.2', 2::smallint, 'Holding one''s own passport and documents',
         'Migrant workers have the right to hold their own passports and identity and work documents; these are not to be confiscated.',
         'receiving'),
        (3, 'C3.3', 3::smallint, 'Filing grievances with authorities',
         'Migrant workers may file grievances with the relevant authorities.',
         'receiving'),
        (3, 'C3.4', 4::smallint, 'Assistance from one''s own embassy or consulate',
         'Migrant workers may seek assistance from the embassy or consulate of their own country.',
         'both'),
        -- 4. Specific Rights of Migrant Workers
        (4, 'C4.1', 1::smallint, 'Information on employment terms',
         'Migrant workers are to receive information on the terms and conditions of their employment.',
         'both'),
        (4, 'C4.2', 2::smallint, 'Written employment contract',
         'Migrant workers are to have a written employment contract.',
         'receiving'),
        (4, 'C4.3', 3::smallint, 'Fair treatment at work and protection against violence and sexual harassment',
         'Migrant workers are to be treated fairly at work and protected against violence and sexual harassment.',
         'receiving'),
        (4, 'C4.4', 4::smallint, 'Adequate accommodation',
         'Migrant workers are to have adequate accommodation.',
         'receiving'),
        (4, 'C4.5', 5::smallint, 'Fair remuneration and benefits',
         'Migrant workers are to receive fair remuneration and benefits.',
         'receiving'),
        (4, 'C4.6', 6::smallint, 'Transfer of earnings',
         'Migrant workers may transfer their earnings.',
         'receiving'),
        (4, 'C4.7', 7::smallint, 'Complaints in labour disputes',
         'Migrant workers may make complaints in labour disputes.',
         'receiving'),
        (4, 'C4.8', 8::smallint, 'Joining trade unions and associations',
         'Migrant workers may join trade unions and associations.',
         'receiving'),
        -- 5. Obligations of Sending States (placement of these provisions not verified)
        (5, 'C5.1', 1::smallint, 'Regulating recruitment agencies',
         'Sending states regulate recruitment agencies. The placement of this provision in this chapter is not verified.',
         'sending'),
        (5, 'C5.2', 2::smallint, 'Prohibiting excessive placement and recruitment fees',
         'Sending states prohibit excessive placement and recruitment fees. The placement of this provision in this chapter is not verified.',
         'sending'),
        (5, 'C5.3', 3::smallint, 'Pre-departure information, repatriation and reintegration',
         'Sending states provide pre-departure information and support repatriation and reintegration. The placement of this provision in this chapter is not verified.',
         'sending'),
        -- 7. Commitments of ASEAN Member States
        (7, 'C7.1', 1::smallint, 'Implementation through an action plan',
         'The Member States implement the Consensus through an action plan, through the ACMW.',
         'all')
     ) AS v (chapter_number, code, position, title, body, duty_bearer)
JOIN framework f ON f.slug = 'asean-consensus-2017'
JOIN chapter ch ON ch.framework_id = f.id AND ch.number = v.chapter_number
ON CONFLICT DO NOTHING;

-- Themes: a second, free taxonomy -----------------------------------------------------------

INSERT INTO theme (slug, name, description)
VALUES
    ('social-insurance', 'Social insurance',
     'Social insurance and social protection coverage of migrant workers.'),
    ('recruitment-fees', 'Recruitment fees and agencies',
     'Regulation of recruitment agencies; excessive placement and recruitment fees.'),
    ('access-to-justice', 'Access to justice',
     'Grievances, complaints in labour disputes and remedies.'),
    ('documentation', 'Passports and documents',
     'Holding one''s own passport and documents; confiscation of documents.'),
    ('employment-contracts', 'Employment contracts',
     'Information on employment terms; written employment contracts.'),
    ('remuneration', 'Remuneration and earnings',
     'Fair remuneration and benefits; transfer of earnings.'),
    ('trade-union-rights', 'Trade union and association rights',
     'Joining trade unions and associations.'),
    ('family-visits', 'Family visits',
     'Visits by members of migrant workers'' families.'),
    ('pre-departure-and-reintegration', 'Pre-departure, repatriation and reintegration',
     'Pre-departure information, repatriation and reintegration of migrant workers.'),
    ('gender-and-violence', 'Gender, violence and harassment',
     'Fair treatment regardless of gender; protection against violence and sexual harassment.'),
    ('consular-assistance', 'Consular assistance',
     'Assistance from a migrant worker''s own embassy or consulate.'),
    ('cso-government-dialogue', 'Government and civil-society dialogue',
     'Dialogue and cooperation between governments, ASEAN bodies and civil society.'),
    ('self-assessment', 'Self-assessment',
     'National self-assessment of implementation, such as the tool in the ACMW Action Plan 2018-2025.')
ON CONFLICT DO NOTHING;

-- Organisations -----------------------------------------------------------------------------

INSERT INTO organisation (slug, name, acronym, kind, member_state_code, country_note, description)
VALUES
    ('hrwg', 'Human Rights Working Group', 'HRWG', 'civil_society', 'ID', '',
     'Organiser of the 2019-2020 national consultations on the ASEAN Consensus on migrant workers.'),
    ('usaid', 'United States Agency for International Development', 'USAID', 'donor', NULL,
     'United States',
     'Funded the 2019-2020 HRWG consultation series through the ASEAN-USAID PROSPECT project.'),
    ('asean-usaid-prospect', 'ASEAN-USAID PROSPECT project', 'PROSPECT', 'donor', NULL, '',
     'ASEAN-USAID project through which USAID funded the 2019-2020 HRWG consultation series.'),
    ('acmw',
     'ASEAN Committee on the Implementation of the ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers',
     'ACMW', 'asean_body', NULL, '',
     'Established on 30 July 2007; one senior labour-ministry official per Member State plus the '
     || 'ASEAN Secretariat. Implements the ASEAN Consensus through its Action Plan 2018-2025. '
     || 'Public reports use several variants of its name.'),
    ('aichr', 'ASEAN Intergovernmental Commission on Human Rights', 'AICHR', 'asean_body', NULL, '',
     ''),
    ('afml', 'ASEAN Forum on Migrant Labour', 'AFML', 'asean_body', NULL, '',
     'Held annually since 2008; adopts recommendations.'),
    ('asean-secretariat', 'ASEAN Secretariat', '', 'asean_body', NULL, '',
     'Published the ASEAN Consensus on migrant workers in 2018; takes part in the ACMW.'),
    ('molisa', 'Ministry of Labour, Invalids and Social Affairs', 'MOLISA', 'government', 'VN', '',
     ''),
    ('cdi', 'Center for Development and Integration', 'CDI', 'civil_society', 'VN', '', ''),
    ('mekong-migrant-network', 'Mekong Migrant Network', 'MMN', 'civil_society', NULL, '', ''),
    ('id-ministry-of-manpower', 'Ministry of Manpower (Indonesia)', '', 'government', 'ID', '', ''),
    ('id-ministry-of-foreign-affairs', 'Ministry of Foreign Affairs (Indonesia)', '', 'government',
     'ID', '', ''),
    ('th-ministry-of-labour', 'Ministry of Labour (Thailand)', '', 'government', 'TH', '', ''),
    ('th-parliament', 'National Assembly of Thailand (Parliament)', '', 'government', 'TH', '', ''),
    ('ilo', 'International Labour Organization', 'ILO', 'international_organisation', NULL, '', ''),
    ('my-ministry-of-human-resources', 'Ministry of Human Resources (Malaysia)', '', 'government',
     'MY', '', ''),
    ('public-legal-aid-network', 'Public Legal Aid Network', '', 'civil_society', 'MM', '', '')
ON CONFLICT DO NOTHING;

INSERT INTO organisation_alias (organisation_id, alias)
SELECT o.id, v.alias
FROM (VALUES
        ('hrwg', 'HRWG'),
        ('usaid', 'USAID'),
        ('asean-usaid-prospect', 'PROSPECT'),
        ('asean-usaid-prospect', 'ASEAN-USAID PROSPECT'),
        ('acmw', 'ASEAN Committee on the Implementation of the ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers'),
        ('acmw', 'ASEAN Committee on Migrant Workers'),
        ('acmw', 'ACMW'),
        ('aichr', 'ASEAN Intergovernmental Commission on Human Rights'),
        ('aichr', 'AICHR'),
        ('afml', 'ASEAN Forum on Migrant Labour'),
        ('afml', 'AFML'),
        ('molisa', 'Bộ Lao động - Thương binh và Xã hội'),
        ('molisa', 'MOLISA'),
        ('molisa', 'Viet Nam''s Ministry of Labour, Invalids and Social Affairs'),
        ('cdi', 'CDI'),
        ('mekong-migrant-network', 'MMN'),
        ('id-ministry-of-manpower', 'Indonesia''s Ministry of Manpower'),
        ('id-ministry-of-foreign-affairs', 'Indonesia''s Ministry of Foreign Affairs'),
        ('th-ministry-of-labour', 'Thailand''s Ministry of Labour'),
        ('th-parliament', 'Thai Parliament'),
        ('th-parliament', 'Parliament of Thailand'),
        ('ilo', 'ILO'),
        ('my-ministry-of-human-resources', 'Malaysia''s Ministry of Human Resources')
     ) AS v (org_slug, alias)
JOIN organisation o ON o.slug = v.org_slug
ON CONFLICT DO NOTHING;

-- People: only the one named in the Hanoi report ------------------------------------------

INSERT INTO person (id, full_name, honorific, sex, staff_notes, is_demo)
VALUES ('5eed0000-0000-4000-8000-000000000001', 'Hà Thị Minh Đức', 'Ms.', 'female',
        'Written "Ha Thi Minh Duc" in the English-language Hanoi consultation report (18 December 2019).',
        false)
ON CONFLICT (id) DO NOTHING;

INSERT INTO person_role (id, person_id, organisation_id, title, starts_on, source)
SELECT v.id::uuid, p.id, o.id, v.title, NULL, 'Hanoi consultation report, 18 December 2019'
FROM (VALUES
        ('5eed0000-0000-4000-8000-000000000101', 'molisa',
         'Deputy Director-General, International Cooperation Department'),
        ('5eed0000-0000-4000-8000-000000000102', 'acmw', 'Vice Chair')
     ) AS v (id, org_slug, title)
JOIN person p ON p.id = '5eed0000-0000-4000-8000-000000000001'
JOIN organisation o ON o.slug = v.org_slug
ON CONFLICT (id) DO NOTHING;

-- The series --------------------------------------------------------------------------------

INSERT INTO series (slug, title, framework_id, organiser_id, funder_id, funding_note, starts_on,
                    ends_on, aim, visibility)
VALUES (
    'hrwg-consensus-2019-2020',
    'National consultations on the ASEAN Consensus on migrant workers (2019-2020)',
    (SELECT id FROM framework WHERE slug = 'asean-consensus-2017'),
    (SELECT id FROM organisation WHERE slug = 'hrwg'),
    (SELECT id FROM organisation WHERE slug = 'usaid'),
    'Funded by USAID through the ASEAN-USAID PROSPECT project.',
    DATE '2019-07-25',
    NULL,
    'A platform for dialogue among governments, ASEAN bodies and civil society on the national '
    || 'and regional implementation of the ASEAN Consensus on the Protection and Promotion of the '
    || 'Rights of Migrant Workers, including how to use self-assessment tools to take stock of '
    || 'national implementation.',
    'public'
)
ON CONFLICT DO NOTHING;

INSERT INTO series_planned_state (series_id, member_state_code)
SELECT s.id, m.code
FROM series s
JOIN member_state m ON m.code IN ('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN')
WHERE s.slug = 'hrwg-consensus-2019-2020'
ON CONFLICT DO NOTHING;

-- Consultations -----------------------------------------------------------------------------

INSERT INTO consultation (series_id, slug, number_in_series, title, host_state_code, city,
                          starts_on, ends_on, planned_period, status, is_regional, chatham_house,
                          objectives, summary, languages, participants_reported,
                          participants_reported_note, source, visibility)
SELECT s.id, v.slug, v.number_in_series, v.title, v.host, v.city,
       v.starts_on, v.ends_on, v.planned_period, v.status::consultation_status, false, false,
       v.objectives, v.summary, '{}'::text[], v.participants_reported,
       v.participants_note, v.source, 'public'
FROM (VALUES
        ('jakarta-2019-07-25', 1::smallint,
         'Regional partners'' meeting and national consultation in Indonesia',
         'ID', 'Jakarta', DATE '2019-07-25', DATE '2019-07-26', '', 'held', '',
         'A regional partners'' meeting followed by Indonesia''s national consultation. Civil-society '
         || 'partners from all ten ASEAN Member States of the time took part, with the ACMW, the AICHR and '
         || 'Indonesia''s Ministries of Manpower and Foreign Affairs; over 40 participants.',
         40, 'over 40',
         'Public report of the HRWG consultation series (2019-2020).'),
        ('bangkok-2019-09-09', 2::smallint,
         'National consultation in Thailand',
         'TH', 'Bangkok', DATE '2019-09-09', NULL, '', 'held', '',
         'About 50 participants, from the Ministry of Labour, the Parliament, industry associations, '
         || 'academia, the ACMW and the ILO.',
         50, 'about 50',
         'Public report of the HRWG consultation series (2019-2020).'),
        ('kuala-lumpur-2019-11-12', 3::smallint,
         'National consultation in Malaysia',
         'MY', 'Kuala Lumpur', DATE '2019-11-12', NULL, '', 'held', '',
         'Over 35 participants, from civil society, the ACMW, the AICHR and the Ministry of Human '
         || 'Resources.',
         35, 'over 35',
         'Public report of the HRWG consultation series (2019-2020).'),
        ('hanoi-2019-12-18', 4::smallint,
         'National consultation in Viet Nam',
         'VN', 'Hanoi', DATE '2019-12-18', NULL, '', 'held',
         'A platform for dialogue among the government, ASEAN bodies and civil society on the '
         || 'national and regional implementation of the ASEAN Consensus on migrant workers, '
         || 'including how to use self-assessment tools to take stock of national implementation.',
         'Over 35 representatives from civil society, the ACMW, Viet Nam''s Ministry of Labour, '
         || 'Invalids and Social Affairs (MOLISA) and the Center for Development and Integration '
         || '(CDI), among others. Opening remarks by the Deputy Director-General of MOLISA''s '
         || 'International Cooperation Department, Vice Chair of the ACMW; presentations by HRWG '
         || 'and the Mekong Migrant Network; discussion in three areas: challenges and '
         || 'opportunities in the promotion and protection of migrant workers'' rights, social '
         || 'insurance for workers in Viet Nam, and the roles of government and civil-society '
         || 'stakeholders in advancing the Consensus commitments. Further consultations were '
         || 'planned over the following four months.',
         35, 'over 35',
         'Public report of the Hanoi consultation, 18 December 2019 (this project''s seed report).'),
        ('yangon-2020-02-29', NULL::smallint,
         'Multi-stakeholder policy dialogue in Myanmar',
         'MM', 'Yangon', DATE '2020-02-29', NULL, '', 'held', '',
         'A multi-stakeholder policy dialogue with the Public Legal Aid Network and others; 53 '
         || 'participants. Its number in the series is not verified.',
         53, '',
         'Public report of the HRWG consultation series (2019-2020). Number in the series not verified.'),
        ('cambodia-planned-2020', NULL::smallint,
         'National consultation in Cambodia (planned)',
         'KH', 'Phnom Penh', NULL::date, NULL::date, 'early 2020', 'planned', '',
         'Planned "over the next four months" from December 2019. Whether it took place is not '
         || 'known (COVID-19 from March 2020).',
         NULL::integer, '',
         'Hanoi consultation report, 18 December 2019 (plans for further consultations). City assumed (capital), not stated in the source.'),
        ('lao-pdr-planned-2020', NULL::smallint,
         'National consultation in Lao PDR (planned)',
         'LA', 'Vientiane', NULL::date, NULL::date, 'early 2020', 'planned', '',
         'Planned "over the next four months" from December 2019. Whether it took place is not '
         || 'known (COVID-19 from March 2020).',
         NULL::integer, '',
         'Hanoi consultation report, 18 December 2019 (plans for further consultations). City assumed (capital), not stated in the source.'),
        ('philippines-planned-2020', NULL::smallint,
         'National consultation in the Philippines (planned)',
         'PH', 'Manila', NULL::date, NULL::date, 'early 2020', 'planned', '',
         'Planned "over the next four months" from December 2019. Whether it took place is not '
         || 'known (COVID-19 from March 2020).',
         NULL::integer, '',
         'Hanoi consultation report, 18 December 2019 (plans for further consultations). City assumed (capital), not stated in the source.'),
        ('singapore-planned-2020', NULL::smallint,
         'National consultation in Singapore (planned)',
         'SG', 'Singapore', NULL::date, NULL::date, 'early 2020', 'planned', '',
         'Planned "over the next four months" from December 2019. Whether it took place is not '
         || 'known (COVID-19 from March 2020).',
         NULL::integer, '',
         'Hanoi consultation report, 18 December 2019 (plans for further consultations). City assumed (capital), not stated in the source.'),
        ('brunei-darussalam-planned-2020', NULL::smallint,
         'National consultation in Brunei Darussalam (planned)',
         'BN', 'Bandar Seri Begawan', NULL::date, NULL::date, 'early 2020', 'planned', '',
         'Planned "over the next four months" from December 2019. Whether it took place is not '
         || 'known (COVID-19 from March 2020).',
         NULL::integer, '',
         'Hanoi consultation report, 18 December 2019 (plans for further consultations). City assumed (capital), not stated in the source.')
     ) AS v (slug, number_in_series, title, host, city, starts_on, ends_on, planned_period, status,
             objectives, summary, participants_reported, participants_note, source)
JOIN series s ON s.slug = 'hrwg-consensus-2019-2020'
ON CONFLICT DO NOTHING;

-- Each consultation covers its host state.
INSERT INTO consultation_state (consultation_id, member_state_code)
SELECT c.id, c.host_state_code
FROM consultation c
WHERE c.slug IN ('jakarta-2019-07-25', 'bangkok-2019-09-09', 'kuala-lumpur-2019-11-12',
                 'hanoi-2019-12-18', 'yangon-2020-02-29', 'cambodia-planned-2020',
                 'lao-pdr-planned-2020', 'philippines-planned-2020', 'singapore-planned-2020',
                 'brunei-darussalam-planned-2020')
  AND c.host_state_code IS NOT NULL
ON CONFLICT DO NOTHING;

-- Participation: organisations named in the reports. Head counts by sex are not reported, so
-- they stay 0 and the note says so. One row per role.
INSERT INTO participation (consultation_id, organisation_id, person_id, role, female, male,
                           other_or_unstated, note)
SELECT c.id, o.id, NULL, v.role::participation_role, 0, 0, 0, v.note
FROM (VALUES
        -- #1 Jakarta
        ('jakarta-2019-07-25', 'hrwg', 'organiser',
         'Series organiser. Head counts by sex not reported.'),
        ('jakarta-2019-07-25', 'usaid', 'funder',
         'Series funder, through the ASEAN-USAID PROSPECT project. Head counts by sex not reported.'),
        ('jakarta-2019-07-25', 'acmw', 'participant', 'Head counts by sex not reported.'),
        ('jakarta-2019-07-25', 'aichr', 'participant', 'Head counts by sex not reported.'),
        ('jakarta-2019-07-25', 'id-ministry-of-manpower', 'participant',
         'Head counts by sex not reported.'),
        ('jakarta-2019-07-25', 'id-ministry-of-foreign-affairs', 'participant',
         'Head counts by sex not reported.'),
        -- #2 Bangkok
        ('bangkok-2019-09-09', 'hrwg', 'organiser',
         'Series organiser. Head counts by sex not reported.'),
        ('bangkok-2019-09-09', 'usaid', 'funder',
         'Series funder, through the ASEAN-USAID PROSPECT project. Head counts by sex not reported.'),
        ('bangkok-2019-09-09', 'th-ministry-of-labour', 'participant',
         'Head counts by sex not reported.'),
        ('bangkok-2019-09-09', 'th-parliament', 'participant', 'Head counts by sex not reported.'),
        ('bangkok-2019-09-09', 'acmw', 'participant', 'Head counts by sex not reported.'),
        ('bangkok-2019-09-09', 'ilo', 'participant', 'Head counts by sex not reported.'),
        -- #3 Kuala Lumpur
        ('kuala-lumpur-2019-11-12', 'hrwg', 'organiser',
         'Series organiser. Head counts by sex not reported.'),
        ('kuala-lumpur-2019-11-12', 'usaid', 'funder',
         'Series funder, through the ASEAN-USAID PROSPECT project. Head counts by sex not reported.'),
        ('kuala-lumpur-2019-11-12', 'acmw', 'participant', 'Head counts by sex not reported.'),
        ('kuala-lumpur-2019-11-12', 'aichr', 'participant', 'Head counts by sex not reported.'),
        ('kuala-lumpur-2019-11-12', 'my-ministry-of-human-resources', 'participant',
         'Head counts by sex not reported.'),
        -- #4 Hanoi
        ('hanoi-2019-12-18', 'hrwg', 'organiser',
         'Series organiser. Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'hrwg', 'speaker',
         'Presented on the human rights situation of migrant workers in ASEAN. Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'usaid', 'funder',
         'Series funder, through the ASEAN-USAID PROSPECT project. Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'acmw', 'participant', 'Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'molisa', 'participant', 'Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'cdi', 'participant', 'Head counts by sex not reported.'),
        ('hanoi-2019-12-18', 'mekong-migrant-network', 'speaker',
         'Presented on the roles of countries of origin in protecting migrants'' rights. Head counts by sex not reported.'),
        -- Yangon (number in the series not verified)
        ('yangon-2020-02-29', 'hrwg', 'organiser',
         'Series organiser; its role at this dialogue is not verified. Head counts by sex not reported.'),
        ('yangon-2020-02-29', 'usaid', 'funder',
         'Series funder; funding of this dialogue not verified. Head counts by sex not reported.'),
        ('yangon-2020-02-29', 'public-legal-aid-network', 'participant',
         'Named in the report ("with the Public Legal Aid Network and others"); exact role not stated. Head counts by sex not reported.')
     ) AS v (consultation_slug, org_slug, role, note)
JOIN consultation c ON c.slug = v.consultation_slug
JOIN organisation o ON o.slug = v.org_slug
ON CONFLICT DO NOTHING;

-- The Hanoi agenda ------------------------------------------------------------------------
-- (consultation_id, position) is a deferrable constraint, which ON CONFLICT cannot use as an
-- arbiter: NOT EXISTS instead. Times were not reported.

INSERT INTO session (consultation_id, position, kind, title, description, day, starts_at, ends_at,
                     visibility)
SELECT c.id, v.position, v.kind::session_kind, v.title, v.description, DATE '2019-12-18', NULL,
       NULL, 'public'
FROM (VALUES
        (1::smallint, 'opening_remarks', 'Opening remarks',
         'Ms. Hà Thị Minh Đức, Deputy Director-General of MOLISA''s International Cooperation '
         || 'Department and Vice Chair of the ACMW, hoped for continued dialogue between the '
         || 'Government of Viet Nam and social organisations on migrant worker issues, and noted '
         || 'Viet Nam''s ASEAN Chairmanship in 2020.'),
        (2::smallint, 'presentation', 'The human rights situation of migrant workers in ASEAN',
         'Research presentation by HRWG.'),
        (3::smallint, 'presentation', 'Roles of countries of origin in protecting migrants'' rights',
         'Presentation by the Mekong Migrant Network.'),
        (4::smallint, 'plenary',
         'Discussion: challenges and opportunities in the promotion and protection of migrant workers'' rights',
         'First of the three discussion areas.'),
        (5::smallint, 'plenary', 'Discussion: social insurance for workers in Viet Nam',
         'Second of the three discussion areas.'),
        (6::smallint, 'plenary',
         'Discussion: roles of government and civil-society stakeholders in advancing the Consensus commitments',
         'Third of the three discussion areas.')
     ) AS v (position, kind, title, description)
JOIN consultation c ON c.slug = 'hanoi-2019-12-18'
WHERE NOT EXISTS (
    SELECT 1 FROM session s WHERE s.consultation_id = c.id AND s.position = v.position
);

INSERT INTO session_speaker (session_id, position, person_id, organisation_id, capacity)
SELECT s.id, v.speaker_position, v.person_id::uuid, o.id, v.capacity
FROM (VALUES
        (1::smallint, 1::smallint, '5eed0000-0000-4000-8000-000000000001', NULL, 'opening remarks'),
        (2::smallint, 1::smallint, NULL, 'hrwg', 'research presentation'),
        (3::smallint, 1::smallint, NULL, 'mekong-migrant-network', 'research presentation')
     ) AS v (session_position, speaker_position, person_id, org_slug, capacity)
JOIN consultation c ON c.slug = 'hanoi-2019-12-18'
JOIN session s ON s.consultation_id = c.id AND s.position = v.session_position
LEFT JOIN organisation o ON o.slug = v.org_slug
WHERE (v.person_id IS NULL OR EXISTS (SELECT 1 FROM person p WHERE p.id = v.person_id::uuid))
  AND (v.org_slug IS NULL OR o.id IS NOT NULL)
  AND NOT EXISTS (
      SELECT 1 FROM session_speaker ss
      WHERE ss.session_id = s.id AND ss.position = v.speaker_position
  );

INSERT INTO session_theme (session_id, theme_id)
SELECT s.id, t.id
FROM (VALUES
        (1::smallint, 'cso-government-dialogue'),
        (5::smallint, 'social-insurance'),
        (6::smallint, 'cso-government-dialogue')
     ) AS v (session_position, theme_slug)
JOIN consultation c ON c.slug = 'hanoi-2019-12-18'
JOIN session s ON s.consultation_id = c.id AND s.position = v.session_position
JOIN theme t ON t.slug = v.theme_slug
ON CONFLICT DO NOTHING;
