//! Data the app loads itself: the demo data set of the real 2019-20 consultation series (from
//! `shared/data/REFERENCE.md`). Loading it again changes nothing.

pub mod synthetic;

use sqlx::PgPool;

use crate::audit;

/// The demo data, as idempotent SQL.
const DEMO_SQL: &str = include_str!("demo.sql");

/// Loads the demo data in one transaction. Returns whether anything was new.
pub async fn demo(pool: &PgPool) -> anyhow::Result<bool> {
    let mut tx = pool.begin().await?;
    let before = row_count(&mut *tx).await?;
    sqlx::raw_sql(DEMO_SQL).execute(&mut *tx).await?;
    let after = row_count(&mut *tx).await?;
    let changed = after != before;
    if changed {
        let entry = audit::Entry::new("seed.demo", "database", "demo")
            .by_label("command line")
            .after(serde_json::json!({ "rows_before": before, "rows_after": after }));
        audit::record(&mut *tx, &entry).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Whether the database holds no reference data yet (a first start).
pub async fn is_empty(pool: &PgPool) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM member_state)")
        .fetch_one(pool)
        .await
}

/// The number of rows in the tables the demo data fills.
async fn row_count(executor: impl sqlx::PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM member_state) + (SELECT count(*) FROM framework)
              + (SELECT count(*) FROM framework_state) + (SELECT count(*) FROM chapter)
              + (SELECT count(*) FROM commitment) + (SELECT count(*) FROM theme)
              + (SELECT count(*) FROM organisation) + (SELECT count(*) FROM organisation_alias)
              + (SELECT count(*) FROM person) + (SELECT count(*) FROM person_role)
              + (SELECT count(*) FROM series) + (SELECT count(*) FROM consultation)
              + (SELECT count(*) FROM consultation_state) + (SELECT count(*) FROM participation)
              + (SELECT count(*) FROM session) + (SELECT count(*) FROM session_speaker)
              + (SELECT count(*) FROM session_theme)",
    )
    .fetch_one(executor)
    .await
}
