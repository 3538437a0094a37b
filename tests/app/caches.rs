//! Answers kept in memory are checked against the versions of the scopes they were read from
//! (migration 35). Two promises: every table a kept answer reads is watched by one of the scopes
//! it checks (else a change of that table would leave the answer stale); and a change moves only
//! the scopes it touches (one edit in Thailand does not clear Viet Nam's brief or the Hanoi
//! page).

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

use musyawarah::access::{Viewer, Visibility};
use musyawarah::dashboard::queries::{self as dashboard, Filters};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions as _, Connection as _, PgConnection, PgPool};

use crate::harness::timeouts::until;
use crate::harness::{Fixture, TestApp, TestDb};

const ALL: [Visibility; 3] = [Visibility::Public, Visibility::Members, Visibility::Staff];

/// How many times each table has been read (sequential and index scans), as PostgreSQL's
/// statistics have it. `stats` reads only the statistics, never a table.
async fn reads(stats: &mut PgConnection) -> BTreeMap<String, i64> {
    sqlx::query("SELECT pg_stat_clear_snapshot()")
        .execute(&mut *stats)
        .await
        .expect("a fresh look at the statistics");
    sqlx::query_as::<_, (String, i64)>(
        "SELECT relname::text, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::bigint
           FROM pg_stat_user_tables WHERE schemaname = 'public'",
    )
    .fetch_all(&mut *stats)
    .await
    .expect("the statistics")
    .into_iter()
    .collect()
}

/// A pool of one connection to `url`, named `name` in `pg_stat_activity`.
async fn own_pool(url: &str, name: &str) -> PgPool {
    let options: PgConnectOptions = url.parse::<PgConnectOptions>().expect("the url");
    let options = options.application_name(name).disable_statement_logging();
    PgPoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("a connection of its own")
}

/// Closes `pool` and waits until its connection has ended, and so reported its statistics (a
/// connection reports them when it ends).
async fn close(pool: PgPool, name: &str, stats: &mut PgConnection) {
    pool.close().await;
    let stats = std::sync::Arc::new(tokio::sync::Mutex::new(stats));
    until(&format!("{name}'s connection to end"), || {
        let stats = stats.clone();
        async move {
            let mut stats = stats.lock().await;
            let left: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
            )
            .bind(name)
            .fetch_one(&mut **stats)
            .await
            .expect("the connections");
            (left == 0).then_some(())
        }
    })
    .await;
}

type Build<'a> = Box<dyn FnOnce(PgPool) -> Pin<Box<dyn Future<Output = ()> + 'a>> + 'a>;

/// The tables `build` reads, run on a connection of its own that then ends. Nothing else
/// uses the database meanwhile.
async fn tables_read(
    url: &str,
    stats: &mut PgConnection,
    name: &str,
    build: Build<'_>,
) -> BTreeSet<String> {
    let before = reads(stats).await;
    let own = own_pool(url, name).await;
    build(own.clone()).await;
    close(own, name, stats).await;
    let after = reads(stats).await;
    after
        .into_iter()
        .filter(|(table, n)| before.get(table).copied().unwrap_or(0) < *n)
        .map(|(table, _)| table)
        .filter(|table| table != "scope_version")
        .collect()
}

/// The scopes that watch each table (`scope_watch`), by table.
async fn watched(pool: &PgPool) -> BTreeMap<String, BTreeSet<String>> {
    let mut by_table: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT DISTINCT table_name, scope FROM scope_watch")
            .fetch_all(pool)
            .await
            .expect("the watches");
    for (table, scope) in rows {
        by_table.entry(table).or_default().insert(scope);
    }
    by_table
}

/// Whether a kept answer checking `scopes` sees a change that moves `watch` (a kind, or a
/// prefix such as `consultation:` for every consultation's own scope).
fn covers(scopes: &[String], watch: &str) -> bool {
    scopes
        .iter()
        .any(|s| s == watch || (watch.ends_with(':') && s.starts_with(watch)))
}

fn owned(scopes: &[&str]) -> Vec<String> {
    scopes.iter().map(|s| (*s).to_owned()).collect()
}

/// Tables a kept answer may read that no scope watches, and why.
const NOT_WATCHED: &[(&str, &str)] = &[
    (
        "figure_count",
        "a fold moves deltas into it, which changes no figure: figures change with their deltas, \
         which 'figures' watches",
    ),
    (
        "figure_slice_count",
        "a fold moves deltas into it, which changes no figure: figures change with their deltas, \
         which 'figures' watches",
    ),
];

#[tokio::test]
async fn every_table_a_kept_answer_reads_is_watched() {
    // A database of its own that no app's pool uses: a connection reports what it read only
    // now and then, and must not report into another's measurement.
    let db = TestDb::new(Fixture::Demo).await;
    let mut stats = PgConnection::connect(&db.url).await.expect("a connection");
    let setup = own_pool(&db.url, "setup").await;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
    let hanoi: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'")
            .fetch_one(&setup)
            .await
            .expect("Hanoi");
    let theme: String = sqlx::query_scalar("SELECT slug FROM theme ORDER BY slug LIMIT 1")
        .fetch_one(&setup)
        .await
        .expect("a theme");
    let latest = dashboard::latest(&setup, &Viewer::Anonymous)
        .await
        .expect("the latest");
    let watches = watched(&setup).await;
    close(setup, "setup", &mut stats).await;

    let answers: Vec<(&str, Vec<String>, Build<'_>)> = vec![
        (
            "dashboard",
            owned(musyawarah::dashboard::cache::SCOPES),
            Box::new(|pool| {
                Box::pin(async move {
                    dashboard::kept_figures(&pool, &ALL, &Filters::default(), today, 0, &latest)
                        .await
                        .expect("the figures");
                })
            }),
        ),
        (
            "dashboard-filtered",
            owned(musyawarah::dashboard::cache::SCOPES),
            Box::new(|pool| {
                let filters = Filters {
                    theme: Some(theme.clone()),
                    series: Some("hrwg-consensus-2019-2020".into()),
                    from: chrono::NaiveDate::from_ymd_opt(2019, 1, 1),
                    to: None,
                };
                Box::pin(async move {
                    dashboard::kept_figures(&pool, &ALL, &filters, today, 0, &[])
                        .await
                        .expect("the figures");
                })
            }),
        ),
        (
            "dashboard-latest",
            owned(musyawarah::dashboard::cache::LATEST_SCOPES),
            Box::new(|pool| {
                Box::pin(async move {
                    dashboard::latest(&pool, &Viewer::Anonymous)
                        .await
                        .expect("the latest");
                })
            }),
        ),
        (
            "consultation-page",
            musyawarah::consultations::queries::page_scopes(hanoi),
            Box::new(|pool| {
                Box::pin(async move {
                    let page = musyawarah::consultations::queries::page(
                        &pool,
                        "hanoi-2019-12-18",
                        &ALL,
                        None,
                    )
                    .await
                    .expect("the page");
                    assert!(page.is_some(), "the Hanoi page is read");
                })
            }),
        ),
        (
            "search",
            owned(musyawarah::search::SCOPES),
            Box::new(|pool| {
                Box::pin(async move {
                    let reader = musyawarah::search::queries::Reader {
                        levels: ALL.to_vec(),
                        sees_people: true,
                    };
                    for q in ["migrant", "ha noi", "zzyzx"] {
                        let wanted = musyawarah::search::queries::Search {
                            q: q.into(),
                            page: 1,
                            ..Default::default()
                        };
                        musyawarah::search::queries::search(&pool, &wanted, &reader)
                            .await
                            .expect("a search");
                    }
                    musyawarah::search::queries::close_names(&pool, "zzyzx", &ALL)
                        .await
                        .expect("close names");
                })
            }),
        ),
        (
            "brief",
            musyawarah::reports::brief::scopes("VN"),
            Box::new(|pool| {
                Box::pin(async move {
                    let ctx = musyawarah::web::PageContext::default();
                    musyawarah::reports::brief::build(&pool, &ctx, "VN", today)
                        .await
                        .expect("the brief");
                })
            }),
        ),
        (
            "brief-consultations",
            owned(musyawarah::reports::brief::CONSULTATION_SCOPES),
            Box::new(|pool| {
                Box::pin(async move {
                    let (held, _) =
                        musyawarah::reports::brief::consultation_lists(&pool, "VN", &ALL)
                            .await
                            .expect("the brief's consultations");
                    assert!(
                        !held.lines.is_empty(),
                        "Viet Nam's held consultations are read"
                    );
                })
            }),
        ),
    ];

    let mut unwatched = Vec::new();
    for (name, scopes, build) in answers {
        let read = tables_read(&db.url, &mut stats, name, build).await;
        assert!(
            read.len() >= 3,
            "{name} reads at least three tables (the statistics work): {read:?}"
        );
        for table in read {
            let seen = watches
                .get(&table)
                .is_some_and(|w| w.iter().any(|watch| covers(&scopes, watch)))
                || NOT_WATCHED.iter().any(|(t, _)| *t == table);
            if !seen {
                unwatched.push(format!(
                    "{name} reads {table}, which none of its scopes {scopes:?} watches \
                     (watched by {:?})",
                    watches.get(&table)
                ));
            }
        }
    }
    assert!(unwatched.is_empty(), "{unwatched:#?}");
}

/// The version of `scopes` now.
async fn version(pool: &PgPool, scopes: &[String]) -> i64 {
    musyawarah::db::versioned::version(pool, scopes, None)
        .await
        .expect("the version")
}

#[tokio::test]
async fn a_change_moves_only_the_scopes_it_touches() {
    let app = TestApp::demo().await;
    let pool = &app.pool;
    let consultation = |slug: &'static str| async move {
        let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM consultation WHERE slug = $1")
            .bind(slug)
            .fetch_one(pool)
            .await
            .expect("the consultation");
        musyawarah::consultations::queries::page_scopes(id)
    };
    let hanoi = consultation("hanoi-2019-12-18").await;
    // A finding covering Thailand and no other state, of a consultation other than Hanoi's.
    let (finding, of): (uuid::Uuid, String) = sqlx::query_as(
        "SELECT f.id, c.slug FROM finding f JOIN consultation c ON c.id = f.consultation_id
          WHERE c.slug <> 'hanoi-2019-12-18' AND f.archived_at IS NULL
            AND (SELECT array_agg(member_state_code::text) FROM finding_state
                  WHERE finding_id = f.id) = ARRAY['TH']
          ORDER BY f.created_at LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .expect("a finding in Thailand");
    let own_page = {
        let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM consultation WHERE slug = $1")
            .bind(&of)
            .fetch_one(pool)
            .await
            .expect("its consultation");
        musyawarah::consultations::queries::page_scopes(id)
    };
    let vn = musyawarah::reports::brief::scopes("VN");
    let th = musyawarah::reports::brief::scopes("TH");
    let figures = owned(musyawarah::dashboard::cache::SCOPES);
    let search = owned(musyawarah::search::SCOPES);
    let all = [&hanoi, &own_page, &vn, &th, &figures, &search];
    let mut before = Vec::new();
    for scopes in all {
        before.push(version(pool, scopes).await);
    }
    let moved =
        |now: &[i64], then: &[i64]| -> [bool; 6] { std::array::from_fn(|i| now[i] != then[i]) };

    // A staff edit of the finding's words: its consultation, Thailand, search; not the figures.
    sqlx::query("UPDATE finding SET statement = statement || ' (edited)' WHERE id = $1")
        .bind(finding)
        .execute(pool)
        .await
        .expect("an edit");
    let mut now = Vec::new();
    for scopes in all {
        now.push(version(pool, scopes).await);
    }
    assert_eq!(
        moved(&now, &before),
        [false, true, false, true, false, true],
        "an edit of a Thai finding's words moves (Hanoi page, its page, VN brief, TH brief, \
         figures, search)"
    );

    // Made staff-only: now the figures move too, and still not Viet Nam's brief nor Hanoi.
    sqlx::query("UPDATE finding SET visibility = 'staff' WHERE id = $1 AND visibility <> 'staff'")
        .bind(finding)
        .execute(pool)
        .await
        .expect("an edit");
    sqlx::query("UPDATE finding SET visibility = 'members' WHERE id = $1")
        .bind(finding)
        .execute(pool)
        .await
        .expect("an edit");
    let mut later = Vec::new();
    for scopes in all {
        later.push(version(pool, scopes).await);
    }
    assert_eq!(
        moved(&later, &now),
        [false, true, false, true, true, true],
        "a change of visibility moves the figures too"
    );

    // A draft note written in Hanoi moves nothing that is kept.
    let quiet = later.clone();
    sqlx::query(
        "INSERT INTO note (session_id, author_id, summary)
         SELECT se.id, u.id, 'A draft' FROM session se JOIN consultation c ON c.id = se.consultation_id,
                app_user u
          WHERE c.slug = 'hanoi-2019-12-18' AND u.role = 'partner' LIMIT 1",
    )
    .execute(pool)
    .await
    .expect("a draft");
    let mut after_draft = Vec::new();
    for scopes in all {
        after_draft.push(version(pool, scopes).await);
    }
    assert_eq!(after_draft, quiet, "a draft moves no kept answer");

    // A rolled-back change moves nothing either.
    let mut tx = pool.begin().await.expect("a transaction");
    sqlx::query("UPDATE consultation SET title = 'Renamed' WHERE slug = 'hanoi-2019-12-18'")
        .execute(&mut *tx)
        .await
        .expect("an edit");
    tx.rollback().await.expect("rolled back");
    let mut after_rollback = Vec::new();
    for scopes in all {
        after_rollback.push(version(pool, scopes).await);
    }
    assert_eq!(after_rollback, quiet, "a rolled-back change moves nothing");

    // Through the app: the Hanoi page is kept across the Thai edits, and read again after its
    // own change.
    let first = app.get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(first.status, axum::http::StatusCode::OK);
    sqlx::query("UPDATE finding SET statement = statement || '.' WHERE id = $1")
        .bind(finding)
        .execute(pool)
        .await
        .expect("an edit");
    let kept = app.get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(kept.body, first.body, "the Hanoi page is unchanged");
    sqlx::query(
        "UPDATE consultation SET venue = 'A venue named by the test'
          WHERE slug = 'hanoi-2019-12-18'",
    )
    .execute(pool)
    .await
    .expect("an edit");
    app.get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&["A venue named by the test"]);
}
