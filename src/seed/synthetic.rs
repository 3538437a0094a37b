//! A synthetic data set for measuring speed: `musyawarah seed synthetic --scale N`. Scale 1 is
//! about 100 consultations, 1,000 sessions, 2,000 notes, 5,000 findings and 500 organisations;
//! scale 100 a hundred times that. Deterministic: the same scale gives the same rows (ids are
//! derived from row numbers), built in bulk with `generate_series`. Every record is marked as
//! synthetic (`syn-` slugs, "Synthetic" in the text); it is never passed off as real.

use std::time::Instant;

use sqlx::PgPool;

/// One step of the load, with the rows it adds per unit of scale.
struct Step {
    name: &'static str,
    per_scale: i64,
    sql: &'static str,
}

/// `$1` is the first row number of a batch, `$2` the last (inclusive), `$3` the scale.
const STEPS: &[Step] = &[
    Step {
        name: "organisations",
        per_scale: 500,
        sql: "INSERT INTO organisation (id, slug, name, kind, member_state_code, is_demo)
              SELECT md5('syn-org-' || n)::uuid, 'syn-org-' || n, 'Synthetic organisation ' || n,
                     (enum_range(NULL::organisation_kind))[1 + n % 11],
                     CASE WHEN n % 13 = 0 THEN NULL
                          ELSE (ARRAY['BN','KH','ID','LA','MY','MM','PH','SG','TH','VN','TL'])[1 + n % 11] END,
                     true
                FROM generate_series($1::bigint, $2::bigint) n",
    },
    Step {
        name: "consultations",
        per_scale: 100,
        sql: "WITH c AS (
                INSERT INTO consultation (id, series_id, slug, title, host_state_code, city, starts_on, status,
                                          status_reason, planned_period, visibility, participants_reported)
                SELECT md5('syn-c-' || n)::uuid, md5('syn-series-' || (n % 5))::uuid,
                       'syn-c-' || n, 'Synthetic consultation ' || n,
                       (ARRAY['BN','KH','ID','LA','MY','MM','PH','SG','TH','VN'])[1 + n % 10],
                       'Synthetic city ' || (n % 37),
                       CASE WHEN n / 10 % 10 = 8 THEN NULL ELSE date '2018-01-01' + (n * 7 % 2900)::int END,
                       (CASE n / 10 % 10 WHEN 7 THEN 'report_published' WHEN 8 THEN 'planned'
                                         WHEN 9 THEN 'postponed' ELSE 'held' END)::consultation_status,
                       CASE WHEN n / 10 % 10 = 9 THEN 'Synthetic reason' ELSE '' END,
                       CASE WHEN n / 10 % 10 = 8 THEN 'Synthetic period' ELSE '' END,
                       (CASE WHEN n % 50 = 0 THEN 'staff' WHEN n % 20 = 0 THEN 'members' ELSE 'public' END)::visibility,
                       20 + n % 40
                  FROM generate_series($1::bigint, $2::bigint) n
                RETURNING id, host_state_code)
              INSERT INTO consultation_state SELECT id, host_state_code FROM c",
    },
    Step {
        name: "sessions",
        per_scale: 1_000,
        sql: "INSERT INTO session (id, consultation_id, position, kind, title, description, visibility,
                                 created_at)
              SELECT md5('syn-s-' || n)::uuid, md5('syn-c-' || (1 + (n - 1) / 10))::uuid,
                     1 + (n - 1) % 10, (enum_range(NULL::session_kind))[1 + n % 6],
                     'Synthetic session ' || n, 'Synthetic discussion of recruitment fees and social insurance',
                     'public', timestamptz '2019-01-01' + n * interval '5 minutes'
                FROM generate_series($1::bigint, $2::bigint) n",
    },
    Step {
        name: "participation",
        per_scale: 500,
        sql: "INSERT INTO participation (consultation_id, organisation_id, role, female, male, other_or_unstated)
              SELECT md5('syn-c-' || (1 + (n - 1) / 5))::uuid,
                     md5('syn-org-' || (1 + (n * 37) % ($3 * 500)))::uuid,
                     (enum_range(NULL::participation_role))[1 + n % 6], n % 7, n % 5, n % 2
                FROM generate_series($1::bigint, $2::bigint) n
              ON CONFLICT DO NOTHING",
    },
    Step {
        name: "partner accounts",
        per_scale: 10,
        sql: "INSERT INTO app_user (id, email, display_name, role, organisation_id)
              SELECT md5('syn-u-' || n)::uuid, 'syn-partner-' || n || '@demo.example',
                     'Synthetic partner ' || n, 'partner', md5('syn-org-' || n)::uuid
                FROM generate_series($1::bigint, $2::bigint) n",
    },
    Step {
        name: "notes",
        per_scale: 2_000,
        sql: "WITH n AS (
                INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                                  visibility, proposed_visibility, submitted_at, published_at,
                                  search_text)
                SELECT md5('syn-n-' || n)::uuid, md5('syn-s-' || (1 + n % ($3 * 1000)))::uuid,
                       md5('syn-u-' || (1 + n % ($3 * 10)))::uuid, md5('syn-org-' || (1 + n % ($3 * 10)))::uuid,
                       (CASE WHEN n % 10 < 7 THEN 'published' WHEN n % 10 < 9 THEN 'submitted' ELSE 'draft' END)::note_status,
                       'Synthetic note ' || n || ' on migrant workers and lao động',
                       (CASE WHEN n % 3 = 0 THEN 'members' ELSE 'public' END)::visibility, 'public',
                       CASE WHEN n % 10 < 9 THEN timestamptz '2019-01-01' + n * interval '2 minutes' END,
                       CASE WHEN n % 10 < 7 THEN timestamptz '2019-01-01' + n * interval '3 minutes' END,
                       'Synthetic note ' || n || ' on migrant workers and lao động Synthetic statement: recruitment fees remain high'
                  FROM generate_series($1::bigint, $2::bigint) n
                RETURNING id)
              INSERT INTO note_statement (note_id, section, position, body, non_attributed)
              SELECT id, 'challenge', 1, 'Synthetic statement: recruitment fees remain high', false FROM n",
    },
    Step {
        name: "findings",
        per_scale: 5_000,
        sql: "WITH f AS (
                INSERT INTO finding (id, consultation_id, kind, statement, visibility,
                                     recommendation_status, addressee_state_code, due_on, created_at)
                SELECT md5('syn-f-' || n)::uuid, md5('syn-c-' || (1 + n % ($3 * 100)))::uuid,
                       (enum_range(NULL::finding_kind))[1 + n / 10 % 4],
                       'Synthetic finding ' || n || ' on social insurance for workers in Hà Nội',
                       (CASE WHEN n / 40 % 10 = 0 THEN 'staff' WHEN n / 40 % 3 = 1 THEN 'members' ELSE 'public' END)::visibility,
                       CASE WHEN n / 10 % 4 = 3 THEN (enum_range(NULL::recommendation_status))[1 + n / 7 % 5] END,
                       CASE WHEN n / 10 % 4 = 3 THEN (ARRAY['BN','KH','ID','LA','MY','MM','PH','SG','TH','VN'])[1 + n % 10] END,
                       CASE WHEN n / 10 % 4 = 3 THEN date '2019-01-01' + (n % 2500)::int END,
                       timestamptz '2019-01-01' + n * interval '1 minute'
                  FROM generate_series($1::bigint, $2::bigint) n
                RETURNING id, consultation_id),
              s AS (INSERT INTO finding_state
                    SELECT f.id, c.host_state_code FROM f JOIN consultation c ON c.id = f.consultation_id),
              th AS (SELECT array_agg(id ORDER BY slug) AS ids FROM theme),
              t AS (INSERT INTO finding_theme
                    SELECT f.id, th.ids[1 + abs(hashtext(f.id::text || 't')) % array_length(th.ids, 1)]
                      FROM f, th WHERE array_length(th.ids, 1) > 0)
              INSERT INTO finding_commitment
              SELECT f.id, (SELECT id FROM commitment ORDER BY code OFFSET (abs(hashtext(f.id::text)) % 24) LIMIT 1)
                FROM f",
    },
];

/// Loads the synthetic data at `scale`, printing progress to standard error. Refuses to load it
/// twice.
/// Added once, whatever the scale: five series for the consultations to belong to.
const PRELUDE: &str = "
    INSERT INTO series (id, slug, title, starts_on, ends_on)
    SELECT md5('syn-series-' || n)::uuid, 'syn-series-' || n, 'Synthetic series ' || n,
           date '2018-01-01', date '2025-12-31'
      FROM generate_series(0, 4) n";

/// Added once, whatever the scale: self-assessment rounds for ten states and six cycles, both
/// sides submitted, every provision answered (about one in eight "not applicable" or "no
/// information"); even years public, odd years for members.
const ASSESSMENTS: &str = "
    WITH fw AS (SELECT id FROM framework ORDER BY adopted_on LIMIT 1),
    r AS (
        INSERT INTO assessment_round (id, framework_id, member_state_code, cycle, rating_scale_id,
                                      status, visibility)
        SELECT md5('syn-r-' || st || y)::uuid, fw.id, st, y::text,
               (SELECT id FROM rating_scale ORDER BY slug LIMIT 1), 'closed',
               (CASE WHEN y % 2 = 0 THEN 'public' ELSE 'members' END)::visibility
          FROM fw, unnest(ARRAY['BN','KH','ID','LA','MY','MM','PH','SG','TH','VN']) st,
               generate_series(2019, 2024) y
        RETURNING id),
    a AS (
        INSERT INTO assessment (id, round_id, assessor_kind, status, submitted_at, visibility)
        SELECT md5(r.id::text || k)::uuid, r.id, k::assessor_kind, 'submitted', now(), 'public'
          FROM r, unnest(ARRAY['government', 'civil_society']) k
        RETURNING id)
    INSERT INTO assessment_rating (assessment_id, commitment_id, answer, rating)
    SELECT a.id, c.id,
           (CASE abs(hashtext(a.id::text || c.id::text)) % 16 WHEN 0 THEN 'not_applicable'
                 WHEN 1 THEN 'no_information' ELSE 'rated' END)::rating_answer,
           CASE WHEN abs(hashtext(a.id::text || c.id::text)) % 16 > 1
                THEN (abs(hashtext(c.id::text || a.id::text)) % 5)::smallint END
      FROM a, commitment c JOIN fw ON c.framework_id = fw.id";

pub async fn load(pool: &PgPool, scale: i64) -> anyhow::Result<()> {
    if !(1..=1_000).contains(&scale) {
        anyhow::bail!("--scale must be between 1 and 1000");
    }
    let present: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM organisation WHERE slug = 'syn-org-1')")
            .fetch_one(pool)
            .await?;
    if present {
        anyhow::bail!("synthetic data is already loaded in this database; use a fresh one");
    }
    let started = Instant::now();
    // One connection, without the app's limit on a statement: a batch of 50,000 findings, with
    // the figures its triggers keep, may take longer than a request is allowed to.
    let mut conn = pool.acquire().await?;
    sqlx::query("SET statement_timeout = 0")
        .execute(&mut *conn)
        .await?;
    sqlx::query(PRELUDE).execute(&mut *conn).await?;
    for (i, step) in STEPS.iter().enumerate() {
        let total = step.per_scale * scale;
        let batch = 50_000_i64;
        let mut done = 0_i64;
        let step_started = Instant::now();
        while done < total {
            let last = (done + batch).min(total);
            sqlx::query(step.sql)
                .bind(done + 1)
                .bind(last)
                .bind(scale)
                .execute(&mut *conn)
                .await?;
            done = last;
            let filled = usize::try_from(done * 30 / total).unwrap_or(30);
            eprint!(
                "\r[{}/{}] {:<17} [{}{}] {done}/{total}",
                i + 1,
                STEPS.len(),
                step.name,
                "#".repeat(filled),
                "-".repeat(30 - filled)
            );
        }
        eprintln!(" in {:.1} s", step_started.elapsed().as_secs_f64());
    }
    sqlx::query(ASSESSMENTS).execute(&mut *conn).await?;
    eprintln!("self-assessments: 60 rounds, both sides");
    // The dashboard's pending figures into its totals (migration 34), as the app does.
    sqlx::query("SELECT fold_figures()")
        .execute(&mut *conn)
        .await?;
    sqlx::query("ANALYZE").execute(&mut *conn).await?;
    sqlx::query("RESET statement_timeout")
        .execute(&mut *conn)
        .await?;
    eprintln!(
        "synthetic data at scale {scale} loaded in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
