//! The dashboard's kept figures (migrations 34 and 51) against a full count of the records:
//! after any sequence of writes, including visibility handed down, deletions, archiving, merges
//! of organisations, moved commitments, consultations and findings moved between series and
//! consultations, rolled-back transactions and folds at any moment, the figures read from the
//! kept totals equal those counted from the records, for every level of visibility, on any day
//! and with any filters; so do the country brief's counts by chapter and the counts of the lists
//! of consultations read from them. The same writes check what each link of a finding to a
//! commitment, a Member State and a theme keeps of its finding for the provision's page and the
//! tracker (migrations 41 and 43).

use chrono::NaiveDate;
use musyawarah::access::Visibility;
use musyawarah::dashboard::queries::{self, Figures, Filters};
use sqlx::PgPool;

use crate::harness::TestApp;

/// A small deterministic generator (xorshift64*), so that a failing sequence can be replayed
/// from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> i64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        i64::try_from(self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 2).unwrap_or(0)
    }
}

/// One random write. `$1`, `$2`, `$3` are random whole numbers that pick the rows and values.
const WRITES: &[(&str, &str)] = &[
    (
        "a finding becomes a recommendation with a status and a due date near today",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1)
         UPDATE finding SET kind = 'recommendation',
                recommendation_status = (enum_range(NULL::recommendation_status))
                    [1 + (SELECT b FROM r) % 5],
                due_on = CASE WHEN (SELECT c FROM r) % 4 = 0 THEN NULL
                              ELSE DATE '2026-11-10' + ((SELECT c FROM r) % 70)::int END
          WHERE id = (SELECT id FROM f)",
    ),
    (
        "a finding becomes a challenge or an opportunity",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1)
         UPDATE finding SET kind = (enum_range(NULL::finding_kind))[1 + (SELECT b FROM r) % 3],
                recommendation_status = NULL, due_on = NULL, addressee_state_code = NULL,
                addressee_organisation_id = NULL
          WHERE id = (SELECT id FROM f) AND (SELECT c FROM r) >= 0",
    ),
    (
        "a recommendation's status moves",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding WHERE kind = 'recommendation' ORDER BY id
                     OFFSET (SELECT a FROM r) % greatest(1, (SELECT count(*) FROM finding
                                                              WHERE kind = 'recommendation'))
                     LIMIT 1)
         UPDATE finding SET recommendation_status = (enum_range(NULL::recommendation_status))
                    [1 + (SELECT b FROM r) % 5]
          WHERE id = (SELECT id FROM f) AND (SELECT c FROM r) >= 0",
    ),
    (
        "a finding's visibility changes",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1)
         UPDATE finding SET visibility = (enum_range(NULL::visibility))[1 + (SELECT b FROM r) % 3]
          WHERE id = (SELECT id FROM f) AND (SELECT c FROM r) >= 0",
    ),
    (
        "a finding is archived or brought back",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1)
         UPDATE finding SET archived_at = CASE WHEN archived_at IS NULL THEN now() END,
                is_demo = ((SELECT b FROM r) % 2 = 0)
          WHERE id = (SELECT id FROM f) AND (SELECT c FROM r) >= 0",
    ),
    (
        "a Member State is added to a finding, or one taken away",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1),
              m AS (SELECT code FROM member_state ORDER BY code
                     OFFSET (SELECT b FROM r) % 11 LIMIT 1),
              gone AS (DELETE FROM finding_state
                        WHERE finding_id = (SELECT id FROM f) AND (SELECT c FROM r) % 2 = 0
                          AND member_state_code = (SELECT code FROM m) RETURNING 1)
         INSERT INTO finding_state (finding_id, member_state_code)
         SELECT (SELECT id FROM f), (SELECT code FROM m) WHERE (SELECT c FROM r) % 2 = 1
             ON CONFLICT DO NOTHING",
    ),
    (
        "a theme is added to a finding, or one taken away",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1),
              t AS (SELECT id FROM theme ORDER BY id
                     OFFSET (SELECT b FROM r) % (SELECT count(*) FROM theme) LIMIT 1),
              gone AS (DELETE FROM finding_theme
                        WHERE finding_id = (SELECT id FROM f) AND (SELECT c FROM r) % 2 = 0
                          AND theme_id = (SELECT id FROM t) RETURNING 1)
         INSERT INTO finding_theme (finding_id, theme_id)
         SELECT (SELECT id FROM f), (SELECT id FROM t) WHERE (SELECT c FROM r) % 2 = 1
             ON CONFLICT DO NOTHING",
    ),
    (
        "a commitment is added to a finding, or all taken away",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              f AS (SELECT id FROM finding ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1),
              k AS (SELECT id FROM commitment ORDER BY id
                     OFFSET (SELECT b FROM r) % (SELECT count(*) FROM commitment) LIMIT 1),
              gone AS (DELETE FROM finding_commitment
                        WHERE finding_id = (SELECT id FROM f) AND (SELECT c FROM r) % 3 = 0
                        RETURNING 1)
         INSERT INTO finding_commitment (finding_id, commitment_id)
         SELECT (SELECT id FROM f), (SELECT id FROM k) WHERE (SELECT c FROM r) % 3 <> 0
             ON CONFLICT DO NOTHING",
    ),
    (
        "a new finding, with two Member States, a theme and a commitment, in one statement",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              c AS (SELECT id FROM consultation ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1),
              f AS (INSERT INTO finding (consultation_id, kind, statement, visibility,
                                         recommendation_status, due_on)
                    SELECT (SELECT id FROM c), 'recommendation', 'A finding of the test',
                           (enum_range(NULL::visibility))[1 + (SELECT b FROM r) % 3],
                           (enum_range(NULL::recommendation_status))[1 + (SELECT c FROM r) % 5],
                           DATE '2026-11-20' + ((SELECT c FROM r) % 30)::int
                    RETURNING id),
              s AS (INSERT INTO finding_state
                    SELECT f.id, m.code FROM f,
                           (SELECT code FROM member_state ORDER BY code
                             OFFSET (SELECT b FROM r) % 10 LIMIT 2) m),
              t AS (INSERT INTO finding_theme
                    SELECT f.id, (SELECT id FROM theme ORDER BY id
                                   OFFSET (SELECT c FROM r) % (SELECT count(*) FROM theme)
                                   LIMIT 1) FROM f)
         INSERT INTO finding_commitment
         SELECT f.id, (SELECT id FROM commitment ORDER BY id
                        OFFSET (SELECT a FROM r) % (SELECT count(*) FROM commitment) LIMIT 1)
           FROM f",
    ),
    (
        "a finding made by the test is deleted",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         DELETE FROM finding WHERE id = (
             SELECT id FROM finding WHERE statement = 'A finding of the test' ORDER BY id
              OFFSET (SELECT a FROM r) % greatest(1, (SELECT count(*) FROM finding
                                                      WHERE statement = 'A finding of the test'))
              LIMIT 1)
           AND (SELECT b + c FROM r) >= 0",
    ),
    (
        "a consultation's visibility changes (handed down to its sessions and findings)",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE consultation SET visibility = (enum_range(NULL::visibility))
                    [1 + (SELECT b FROM r) % 3]
          WHERE id = (SELECT id FROM consultation ORDER BY id
                       OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1)
            AND (SELECT c FROM r) >= 0",
    ),
    (
        "a series' visibility changes (handed down to its consultations)",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE series SET visibility = (enum_range(NULL::visibility))[1 + (SELECT b FROM r) % 3]
          WHERE id = (SELECT id FROM series ORDER BY id
                       OFFSET (SELECT a FROM r) % (SELECT count(*) FROM series) LIMIT 1)
            AND (SELECT c FROM r) >= 0",
    ),
    (
        "a consultation is held on a new day, planned again, or archived",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE consultation SET
                status = CASE (SELECT b FROM r) % 3 WHEN 0 THEN 'held'::consultation_status
                              WHEN 1 THEN 'planned' ELSE status END,
                starts_on = CASE WHEN (SELECT b FROM r) % 3 = 0
                                 THEN DATE '2019-01-01' + ((SELECT c FROM r) % 2000)::int
                                 ELSE starts_on END,
                ends_on = NULL,
                archived_at = CASE WHEN (SELECT b FROM r) % 3 = 2
                                   THEN CASE WHEN archived_at IS NULL THEN now() END
                                   ELSE archived_at END
          WHERE id = (SELECT id FROM consultation ORDER BY id
                       OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1)",
    ),
    (
        "a consultation whose findings are tied to commitments moves to another day",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE consultation SET starts_on = DATE '2019-01-01' + ((SELECT b FROM r) % 2000)::int,
                                 ends_on = NULL
          WHERE id = (SELECT id FROM consultation c
                       WHERE EXISTS (SELECT 1 FROM finding f JOIN finding_commitment fc
                                                ON fc.finding_id = f.id
                                      WHERE f.consultation_id = c.id)
                       ORDER BY id
                      OFFSET (SELECT a FROM r) % greatest(1, (SELECT count(DISTINCT consultation_id)
                                                              FROM finding f JOIN finding_commitment fc
                                                                ON fc.finding_id = f.id))
                       LIMIT 1)
            AND (SELECT c FROM r) >= 0",
    ),
    (
        "a Member State is added to a consultation, or one taken away",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              c AS (SELECT id FROM consultation ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1),
              m AS (SELECT code FROM member_state ORDER BY code
                     OFFSET (SELECT b FROM r) % 11 LIMIT 1),
              gone AS (DELETE FROM consultation_state
                        WHERE consultation_id = (SELECT id FROM c) AND (SELECT c FROM r) % 2 = 0
                          AND member_state_code = (SELECT code FROM m) RETURNING 1)
         INSERT INTO consultation_state (consultation_id, member_state_code)
         SELECT (SELECT id FROM c), (SELECT code FROM m) WHERE (SELECT c FROM r) % 2 = 1
             ON CONFLICT DO NOTHING",
    ),
    (
        "an organisation takes part with head counts, or its counts change",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         INSERT INTO participation (consultation_id, organisation_id, role, female, male,
                                    other_or_unstated, is_demo)
         SELECT (SELECT id FROM consultation ORDER BY id
                  OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1),
                (SELECT id FROM organisation WHERE merged_into_id IS NULL ORDER BY id
                  OFFSET (SELECT b FROM r) % (SELECT count(*) FROM organisation
                                               WHERE merged_into_id IS NULL) LIMIT 1),
                (enum_range(NULL::participation_role))[1 + (SELECT c FROM r) % 6],
                (SELECT c FROM r) % 5, (SELECT b FROM r) % 4, (SELECT a FROM r) % 2,
                (SELECT c FROM r) % 7 = 0
             ON CONFLICT (consultation_id, organisation_id, person_id, role)
             DO UPDATE SET female = EXCLUDED.female, male = EXCLUDED.male + 1",
    ),
    (
        "a participation is taken away",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         DELETE FROM participation WHERE id = (
             SELECT id FROM participation ORDER BY id
              OFFSET (SELECT a FROM r) % greatest(1, (SELECT count(*) FROM participation))
              LIMIT 1)
           AND (SELECT b + c FROM r) >= 0",
    ),
    (
        "an organisation's kind changes",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE organisation SET kind = (enum_range(NULL::organisation_kind))
                    [1 + (SELECT b FROM r) % 11]
          WHERE id = (SELECT pa.organisation_id FROM participation pa ORDER BY pa.id
                       OFFSET (SELECT a FROM r) % greatest(1, (SELECT count(*)
                                                                FROM participation))
                       LIMIT 1)
            AND (SELECT c FROM r) >= 0",
    ),
    (
        "a consultation joins a series, or leaves its own",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE consultation SET number_in_series = NULL,
                series_id = CASE WHEN (SELECT c FROM r) % 3 = 0 THEN NULL
                                 ELSE (SELECT id FROM series ORDER BY id
                                        OFFSET (SELECT b FROM r) % (SELECT count(*) FROM series)
                                        LIMIT 1) END
          WHERE id = (SELECT id FROM consultation ORDER BY id
                       OFFSET (SELECT a FROM r) % (SELECT count(*) FROM consultation) LIMIT 1)",
    ),
    (
        "a finding is moved to another consultation",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c)
         UPDATE finding SET session_id = NULL,
                consultation_id = (SELECT id FROM consultation ORDER BY id
                                    OFFSET (SELECT b FROM r) % (SELECT count(*) FROM consultation)
                                    LIMIT 1)
          WHERE id = (SELECT id FROM finding ORDER BY id
                       OFFSET (SELECT a FROM r) % (SELECT count(*) FROM finding) LIMIT 1)
            AND (SELECT c FROM r) >= 0",
    ),
    (
        "a commitment moves to another chapter",
        "WITH r AS (SELECT $1::bigint a, $2::bigint b, $3::bigint c),
              k AS (SELECT id, framework_id FROM commitment ORDER BY id
                     OFFSET (SELECT a FROM r) % (SELECT count(*) FROM commitment) LIMIT 1)
         UPDATE commitment SET chapter_id = (
                    SELECT ch.id FROM chapter ch WHERE ch.framework_id = (SELECT framework_id FROM k)
                     ORDER BY ch.id
                    OFFSET (SELECT b FROM r) % (SELECT count(*) FROM chapter ch2
                                                 WHERE ch2.framework_id = (SELECT framework_id
                                                                             FROM k))
                     LIMIT 1)
          WHERE id = (SELECT id FROM k) AND (SELECT c FROM r) >= 0",
    ),
];

/// Every figure, as comparable lines: each list sorted, the version left out.
fn lines(figures: &Figures) -> Vec<String> {
    fn sorted<T: std::fmt::Debug>(name: &str, rows: &[T]) -> Vec<String> {
        let mut lines: Vec<String> = rows.iter().map(|r| format!("{name} {r:?}")).collect();
        lines.sort();
        lines
    }
    let mut all = Vec::new();
    all.extend(sorted("consultations", &figures.consultations));
    all.extend(sorted("participants", &figures.participants));
    all.extend(sorted("findings", &figures.findings));
    all.extend(sorted("recommendations", &figures.recommendations));
    all.extend(sorted("theme", &figures.by_theme));
    all.extend(sorted("chapter", &figures.by_chapter));
    all.extend(sorted("ratings", &figures.ratings));
    all.extend(sorted("timeline", &figures.timeline));
    all.extend(sorted("states", &figures.states));
    all.extend(sorted("themes", &figures.themes));
    all.extend(sorted("chapters", &figures.chapters));
    all.extend(sorted("series", &figures.series));
    all.push(format!("demo {:?}", figures.demo));
    all
}

/// Choices of filters to check, from the data: a theme, a series, periods within a month,
/// within a year, across years, open at either end, today's (findings of consultations not
/// dated fall on the day they were recorded), and all three filters at once.
async fn filter_choices(pool: &PgPool) -> Vec<Filters> {
    let themes: Vec<String> = sqlx::query_scalar("SELECT slug FROM theme ORDER BY slug LIMIT 2")
        .fetch_all(pool)
        .await
        .expect("the themes");
    let series: String = sqlx::query_scalar("SELECT slug FROM series ORDER BY slug LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("a series");
    assert_eq!(themes.len(), 2, "the demo data have themes");
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let period = |from, to| Filters {
        from,
        to,
        ..Filters::default()
    };
    vec![
        Filters {
            theme: Some(themes[0].clone()),
            ..Filters::default()
        },
        Filters {
            series: Some(series.clone()),
            ..Filters::default()
        },
        period(day(2019, 12, 18), day(2019, 12, 18)),
        period(day(2019, 6, 15), day(2019, 12, 31)),
        period(day(2020, 2, 14), day(2023, 10, 3)),
        period(day(2021, 1, 1), None),
        period(None, day(2020, 6, 30)),
        period(day(2026, 12, 1), None),
        Filters {
            series: Some(series),
            from: day(2019, 3, 1),
            to: day(2026, 12, 31),
            theme: Some(themes[1].clone()),
        },
    ]
}

/// The kept figures and the full count agree for every level of visibility on `today`, without
/// filters and with each of `filters`.
async fn assert_figures_agree(pool: &PgPool, today: NaiveDate, filters: &[&Filters], after: &str) {
    let latest = queries::latest(pool, &musyawarah::access::Viewer::Anonymous)
        .await
        .expect("the latest self-assessments");
    for levels in [
        vec![Visibility::Public],
        vec![Visibility::Public, Visibility::Members],
        vec![Visibility::Public, Visibility::Members, Visibility::Staff],
    ] {
        for filters in std::iter::once(&Filters::default()).chain(filters.iter().copied()) {
            let kept = queries::kept_figures(pool, &levels, filters, today, 0, &latest)
                .await
                .expect("the kept figures");
            let counted = queries::figures(pool, &levels, filters, today, &latest)
                .await
                .expect("the counted figures");
            let (kept, counted) = (lines(&kept), lines(&counted));
            if kept != counted {
                let only_kept: Vec<_> = kept.iter().filter(|l| !counted.contains(l)).collect();
                let only_counted: Vec<_> = counted.iter().filter(|l| !kept.contains(l)).collect();
                panic!(
                    "after {after}, for {levels:?} with {filters:?} on {today}: kept \
                     {only_kept:#?} where the records count {only_counted:#?}"
                );
            }
        }
    }
}

/// The country brief's counts of `states`' findings by chapter and kind, read from the kept
/// totals, equal a full count of the records for every level of visibility on `today` (the
/// overdue recommendations: in all, which is what the brief shows).
async fn assert_chapters_agree(pool: &PgPool, today: NaiveDate, states: &[String], after: &str) {
    let lines = |counts: Vec<musyawarah::findings::queries::ChapterCount>| {
        let mut lines: Vec<String> = counts
            .into_iter()
            .map(|c| {
                let overdue = if c.in_all { c.overdue } else { 0 };
                format!(
                    "{:?} {:?} {:?} in all {}: {} ({overdue} overdue)",
                    c.chapter, c.chapter_title, c.kind, c.in_all, c.n
                )
            })
            .collect();
        lines.sort();
        lines
    };
    for levels in [
        vec![Visibility::Public],
        vec![Visibility::Public, Visibility::Members, Visibility::Staff],
    ] {
        for state in states {
            let kept = musyawarah::findings::queries::kept_by_chapter(pool, state, &levels, today)
                .await
                .expect("the kept counts by chapter");
            let filter = musyawarah::findings::queries::Filter {
                state: Some(state.clone()),
                ..Default::default()
            };
            let counted =
                musyawarah::findings::queries::counts_by_chapter(pool, &filter, &levels, today)
                    .await
                    .expect("the counts by chapter");
            assert_eq!(
                lines(kept),
                lines(counted),
                "after {after}, {state}'s findings by chapter for {levels:?} on {today}"
            );
        }
    }
}

/// How many consultations a Member State's or the region's list counts at each stage, read from
/// the kept figures, equals a full count of the records for every level of visibility.
async fn assert_consultation_counts_agree(pool: &PgPool, state: Option<&str>, after: &str) {
    use musyawarah::consultations::queries::{ListFilter, count_counted, count_filtered};
    for levels in [
        vec![Visibility::Public],
        vec![Visibility::Public, Visibility::Members, Visibility::Staff],
    ] {
        for stage in [
            None,
            Some("held"),
            Some("planned"),
            Some("postponed"),
            Some("cancelled"),
        ] {
            let filter = ListFilter {
                state: state.map(str::to_owned),
                stage,
                ..ListFilter::default()
            };
            let kept = count_filtered(pool, &filter, &levels)
                .await
                .expect("the kept count");
            let counted = count_counted(pool, &filter, &levels)
                .await
                .expect("the full count");
            assert_eq!(
                kept, counted,
                "after {after}, the consultations of {state:?} at stage {stage:?} for {levels:?}"
            );
        }
    }
}

/// Every link of a finding to a commitment, a Member State or a theme carries its finding's
/// facts as they are now.
async fn assert_links_agree(pool: &PgPool, after: &str) {
    for link in ["finding_commitment", "finding_state", "finding_theme"] {
        let wrong: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT f.statement, format('%s %s %s %s', k.live, k.effective_visibility, k.open_due,
                                        k.listed_on)
               FROM {link} k JOIN finding f ON f.id = k.finding_id
               JOIN consultation c ON c.id = f.consultation_id
              WHERE (k.live, k.effective_visibility, k.open_due, k.listed_on, k.created_at)
                    IS DISTINCT FROM
                    (f.archived_at IS NULL, f.effective_visibility,
                     CASE WHEN f.kind = 'recommendation'
                               AND f.recommendation_status NOT IN ('implemented', 'not_accepted')
                          THEN coalesce(f.due_on, DATE '9999-12-31') END,
                     c.starts_on, f.created_at)"
        ))
        .fetch_all(pool)
        .await
        .expect("the links");
        assert!(
            wrong.is_empty(),
            "after {after}, rows of {link} that disagree with their findings: {wrong:#?}"
        );
    }
}

#[tokio::test]
async fn kept_figures_equal_a_full_count_after_any_writes() {
    let app = TestApp::demo().await;
    let pool = &app.pool;
    let seed = 0x5eed_f16e_u64;
    let mut rng = Rng(seed);
    let days = [
        NaiveDate::from_ymd_opt(2026, 12, 3),
        NaiveDate::from_ymd_opt(2026, 11, 30),
        NaiveDate::from_ymd_opt(2027, 1, 1),
    ]
    .map(|d| d.expect("a date"));
    let choices = filter_choices(pool).await;
    let every: Vec<&Filters> = choices.iter().collect();
    assert_figures_agree(pool, days[0], &every, "loading the demo data").await;
    let states: Vec<String> = sqlx::query_scalar("SELECT code FROM member_state ORDER BY code")
        .fetch_all(pool)
        .await
        .expect("the Member States");
    assert_chapters_agree(pool, days[0], &states, "loading the demo data").await;
    for state in std::iter::once(None).chain(states.iter().map(|s| Some(s.as_str()))) {
        assert_consultation_counts_agree(pool, state, "loading the demo data").await;
    }

    let mut written = 0;
    let mut rolled_back = 0;
    for step in 0..150 {
        // One to three writes in a transaction; some transactions are rolled back.
        let mut tx = pool.begin().await.expect("a transaction");
        let mut done = Vec::new();
        let mut failed = false;
        for _ in 0..1 + rng.next() % 3 {
            let (what, sql) = WRITES[usize::try_from(rng.next()).unwrap_or(0) % WRITES.len()];
            let (a, b, c) = (rng.next(), rng.next(), rng.next());
            let result = sqlx::query("SAVEPOINT w").execute(&mut *tx).await.and(
                sqlx::query(sql)
                    .bind(a)
                    .bind(b)
                    .bind(c)
                    .execute(&mut *tx)
                    .await,
            );
            match result {
                Ok(_) => done.push(what),
                Err(sqlx::Error::Database(e)) if e.code().is_some_and(|c| c.starts_with("23")) => {
                    // A write the schema refuses (a held consultation must have a date...).
                    sqlx::query("ROLLBACK TO SAVEPOINT w")
                        .execute(&mut *tx)
                        .await
                        .expect("back to the savepoint");
                }
                Err(e) => {
                    failed = true;
                    done.push(what);
                    eprintln!("step {step}: {what}: {e}");
                }
            }
        }
        assert!(!failed, "a write failed other than on a constraint");
        if rng.next() % 5 == 0 {
            tx.rollback().await.expect("rolled back");
            rolled_back += 1;
        } else {
            tx.commit().await.expect("committed");
            written += done.len();
        }
        if step % 7 == 3 {
            // Two organisations that take part become one.
            let mut tx = pool.begin().await.expect("a transaction");
            let pair: Option<(uuid::Uuid, uuid::Uuid)> = sqlx::query_as(
                "SELECT a.id, b.id FROM organisation a, organisation b
                  WHERE a.id < b.id AND a.merged_into_id IS NULL AND b.merged_into_id IS NULL
                    AND EXISTS (SELECT 1 FROM participation WHERE organisation_id = a.id)
                  ORDER BY a.id, b.id OFFSET $1 LIMIT 1",
            )
            .bind(rng.next() % 20)
            .fetch_optional(&mut *tx)
            .await
            .expect("two organisations");
            if let Some((from, into)) = pair {
                musyawarah::organisations::queries::merge(&mut tx, from, into)
                    .await
                    .expect("merged");
                tx.commit().await.expect("committed");
                done.push("two organisations merged");
                written += 1;
            }
        }
        if rng.next() % 4 == 0 {
            queries::fold(pool).await.expect("folded");
        }
        let today = days[usize::try_from(rng.next()).unwrap_or(0) % days.len()];
        // One choice of filters a step, in turn, and every one now and then.
        let filters: Vec<&Filters> = if step % 25 == 24 {
            every.clone()
        } else {
            vec![&choices[step % choices.len()]]
        };
        assert_figures_agree(pool, today, &filters, &format!("step {step}: {done:?}")).await;
        assert_links_agree(pool, &format!("step {step}: {done:?}")).await;
        // One Member State's brief a step, in turn.
        let state = std::slice::from_ref(&states[step % states.len()]);
        assert_chapters_agree(pool, today, state, &format!("step {step}: {done:?}")).await;
        // And one list of consultations, the region's every other step.
        let listed = (step % 2 == 1).then_some(states[step / 2 % states.len()].as_str());
        assert_consultation_counts_agree(pool, listed, &format!("step {step}: {done:?}")).await;
    }
    assert!(
        written >= 150 && rolled_back >= 10,
        "the writes must mostly take: {written} written, {rolled_back} transactions rolled back"
    );
    // All folded, nothing pending, still equal.
    queries::fold(pool).await.expect("folded");
    let pending: i64 = sqlx::query_scalar("SELECT count(*) FROM figure_delta")
        .fetch_one(pool)
        .await
        .expect("the pending deltas");
    assert_eq!(pending, 0, "a fold moves every committed delta");
    let pending: i64 = sqlx::query_scalar("SELECT count(*) FROM figure_slice_delta")
        .fetch_one(pool)
        .await
        .expect("the pending deltas by slice");
    assert_eq!(pending, 0, "a fold moves every committed delta by slice");
    assert_figures_agree(pool, days[0], &every, "the last fold").await;
    assert_chapters_agree(pool, days[0], &states, "the last fold").await;
    for state in std::iter::once(None).chain(states.iter().map(|s| Some(s.as_str()))) {
        assert_consultation_counts_agree(pool, state, "the last fold").await;
    }
}
