//! Data the app loads itself: the demo data set of the real 2019-20 consultation series (from
//! `shared/data/REFERENCE.md`), and on top of it a layer of invented examples, each marked as
//! demo, so that every page means something on the first run. Loading it again changes nothing.

pub mod synthetic;

use sqlx::PgPool;

use crate::audit;

/// The real series, as idempotent SQL.
const DEMO_SQL: &str = include_str!("demo.sql");

/// The demo layer: invented examples, every one marked as demo, as idempotent SQL.
pub const EXAMPLES_SQL: &str = include_str!("demo_examples.sql");

/// Whether the demo data brings its layer of invented examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Examples {
    /// The real series and the demo layer (the default).
    Include,
    /// The real series only (`seed demo --without-examples`).
    Leave,
}

/// Loads the demo data with its demo layer (the default run's data). Returns whether anything
/// was new.
pub async fn demo(pool: &PgPool) -> anyhow::Result<bool> {
    demo_with(pool, Examples::Include).await
}

/// Loads the demo data, with or without the demo layer, in one transaction. Returns whether
/// anything was new.
pub async fn demo_with(pool: &PgPool, examples: Examples) -> anyhow::Result<bool> {
    let mut tx = pool.begin().await?;
    let before = row_count(&mut *tx).await?;
    sqlx::raw_sql(DEMO_SQL).execute(&mut *tx).await?;
    if examples == Examples::Include {
        sqlx::raw_sql(EXAMPLES_SQL).execute(&mut *tx).await?;
    }
    let after = row_count(&mut *tx).await?;
    let changed = after != before;
    if changed {
        let entry = audit::Entry::new("seed.demo", "database", "demo")
            .by_label("command line")
            .after(serde_json::json!({
                "rows_before": before,
                "rows_after": after,
                "examples": examples == Examples::Include,
            }));
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

/// The number of rows in the tables the demo data fills (demo head counts on real participation
/// records counted as rows of their own).
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
              + (SELECT count(*) FROM session_theme)
              + (SELECT count(*) FROM participation WHERE is_demo)
              + (SELECT count(*) FROM app_user) + (SELECT count(*) FROM note)
              + (SELECT count(*) FROM note_statement) + (SELECT count(*) FROM note_revision)
              + (SELECT count(*) FROM finding) + (SELECT count(*) FROM finding_state)
              + (SELECT count(*) FROM finding_commitment) + (SELECT count(*) FROM finding_theme)
              + (SELECT count(*) FROM recommendation_update)
              + (SELECT count(*) FROM assessment_round) + (SELECT count(*) FROM assessment)
              + (SELECT count(*) FROM assessment_rating)
              + (SELECT count(*) FROM assessment_rating_finding)",
    )
    .fetch_one(executor)
    .await
}
