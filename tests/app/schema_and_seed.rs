//! The schema's rules and reversibility, and the demo data's idempotence.

use musyawarah::db::MIGRATOR;
use musyawarah::seed;
use sqlx::PgPool;

use crate::harness::TestApp;

/// A digest of every row of every table in the public schema, by table.
async fn contents(pool: &PgPool) -> Vec<(String, i64, String)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('_sqlx_migrations', 'audit_log')
          ORDER BY table_name",
    )
    .fetch_all(pool)
    .await
    .expect("lists tables");
    let mut out = Vec::new();
    for table in tables {
        let (count, digest): (i64, String) = sqlx::query_as(&format!(
            "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))
               FROM \"{table}\" t"
        ))
        .fetch_one(pool)
        .await
        .expect("reads the table");
        out.push((table, count, digest));
    }
    out
}

#[tokio::test]
async fn loading_the_demo_data_again_changes_nothing() {
    let app = TestApp::demo().await;
    let before = contents(&app.pool).await;
    let changed = seed::demo(&app.pool)
        .await
        .expect("the demo data loads again");
    assert!(!changed, "the second load reports no change");
    assert_eq!(before, contents(&app.pool).await);

    let count = |table: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("SELECT count(*) FROM {table}"))
                .fetch_one(&pool)
                .await
                .expect("counts")
        }
    };
    assert_eq!(count("member_state").await, 11);
    assert_eq!(count("chapter").await, 8);
    assert_eq!(count("framework_state").await, 10);
    // The only notes and findings are the demo layer's, each marked as demo (see demo_data.rs).
    assert_eq!(count("note WHERE NOT is_demo").await, 0);
    assert_eq!(count("finding WHERE NOT is_demo").await, 0);
    assert_eq!(count("note").await, 3);
}

#[tokio::test]
async fn the_first_load_is_audited_once() {
    let app = TestApp::empty().await;
    assert!(seed::is_empty(&app.pool).await.expect("checks"));
    assert!(seed::demo(&app.pool).await.expect("loads"));
    assert!(!seed::demo(&app.pool).await.expect("loads again"));
    let entries: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'seed.demo'")
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!(entries, 1);
}

#[tokio::test]
async fn the_migrations_run_down_and_up_again() {
    let app = TestApp::empty().await;
    MIGRATOR
        .undo(&app.pool, 0)
        .await
        .expect("every migration reverts");
    let left: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
          WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&app.pool)
    .await
    .expect("lists tables");
    assert_eq!(
        left,
        Vec::<String>::new(),
        "nothing is left after reverting"
    );
    let types: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype = 'e'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("counts enums");
    assert_eq!(types, 0, "no enum is left after reverting");
    MIGRATOR
        .run(&app.pool)
        .await
        .expect("the migrations apply again");
    assert!(seed::demo(&app.pool).await.expect("the demo data loads"));
}

/// Runs `sql` and returns the constraint it broke.
async fn broken_constraint(pool: &PgPool, sql: &str) -> String {
    let err = sqlx::raw_sql(sql)
        .execute(pool)
        .await
        .expect_err("the database refuses it");
    err.as_database_error()
        .and_then(|e| e.constraint().map(str::to_owned))
        .unwrap_or_else(|| err.to_string())
}

#[tokio::test]
async fn the_schema_refuses_what_cannot_be_true() {
    let app = TestApp::demo().await;
    let hanoi = "(SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18')";
    let molisa = "(SELECT id FROM organisation WHERE slug = 'molisa')";

    // Negative head counts.
    let c = broken_constraint(
        &app.pool,
        &format!(
            "INSERT INTO participation (consultation_id, organisation_id, role, female)
             VALUES ({hanoi}, {molisa}, 'observer', -1)"
        ),
    )
    .await;
    assert_eq!(c, "participation_female_check");

    // The same organisation twice in the same role.
    let c = broken_constraint(
        &app.pool,
        &format!(
            "INSERT INTO participation (consultation_id, organisation_id, role)
             SELECT consultation_id, organisation_id, role FROM participation
              WHERE consultation_id = {hanoi} AND organisation_id = {molisa}"
        ),
    )
    .await;
    assert_eq!(c, "participation_once_per_role");

    // A held consultation needs a date; a cancelled one a reason; it cannot end before it starts.
    let c = broken_constraint(
        &app.pool,
        "INSERT INTO consultation (slug, title, status) VALUES ('x', 'X', 'held')",
    )
    .await;
    assert_eq!(c, "consultation_held_has_date");
    let c = broken_constraint(
        &app.pool,
        "INSERT INTO consultation (slug, title, status) VALUES ('y', 'Y', 'cancelled')",
    )
    .await;
    assert_eq!(c, "consultation_stopped_has_reason");
    let c = broken_constraint(
        &app.pool,
        "INSERT INTO consultation (slug, title, starts_on, ends_on)
         VALUES ('z', 'Z', '2020-01-02', '2020-01-01')",
    )
    .await;
    assert_eq!(c, "consultation_ends_after_start");

    // A finding that is not a recommendation has no recommendation status.
    let c = broken_constraint(
        &app.pool,
        &format!(
            "INSERT INTO finding (consultation_id, kind, statement, recommendation_status)
             VALUES ({hanoi}, 'challenge', 'Demo statement', 'open')"
        ),
    )
    .await;
    assert_eq!(c, "finding_recommendation_has_status");

    // A partner acts for an organisation.
    let c = broken_constraint(
        &app.pool,
        "INSERT INTO app_user (email, display_name, role) VALUES ('p@example.org', 'P', 'partner')",
    )
    .await;
    assert_eq!(c, "app_user_partner_has_organisation");

    // Aliases are unique whatever their case and accents.
    let c = broken_constraint(
        &app.pool,
        &format!(
            "INSERT INTO organisation_alias (organisation_id, alias)
             VALUES ({molisa}, 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')"
        ),
    )
    .await;
    assert_eq!(c, "organisation_alias_key");
}

#[tokio::test]
async fn synthetic_data_at_scale_one_has_the_promised_size_and_is_the_same_every_time() {
    let first = TestApp::demo().await;
    let second = TestApp::demo().await;
    musyawarah::seed::synthetic::load(&first.pool, 1)
        .await
        .expect("loads");
    musyawarah::seed::synthetic::load(&second.pool, 1)
        .await
        .expect("loads");
    let counts = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_as::<_, (i64, i64, i64, i64, i64)>(
                "SELECT (SELECT count(*) FROM consultation WHERE slug LIKE 'syn-%'),
                        (SELECT count(*) FROM session WHERE title LIKE 'Synthetic%'),
                        (SELECT count(*) FROM note WHERE summary LIKE 'Synthetic%'),
                        (SELECT count(*) FROM finding WHERE statement LIKE 'Synthetic%'),
                        (SELECT count(*) FROM organisation WHERE slug LIKE 'syn-%')",
            )
            .fetch_one(&pool)
            .await
            .expect("counts")
        }
    };
    assert_eq!(counts(&first).await, (100, 1_000, 2_000, 5_000, 500));
    let digest = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT md5(string_agg(f.id::text || f.kind::text || f.visibility::text || fc.commitment_id::text, ',' ORDER BY f.id))
                   FROM finding f JOIN finding_commitment fc ON fc.finding_id = f.id",
            )
            .fetch_one(&pool)
            .await
            .expect("a digest")
        }
    };
    assert_eq!(digest(&first).await, digest(&second).await, "deterministic");
    let again = musyawarah::seed::synthetic::load(&first.pool, 1).await;
    assert!(again.is_err_and(|e| e.to_string().contains("already loaded")));
    // The pages still answer over it.
    assert_eq!(
        first.get("/findings?state=VN").await.status,
        axum::http::StatusCode::OK
    );
    assert_eq!(
        first.get("/search?q=ha+noi").await.status,
        axum::http::StatusCode::OK
    );
}
