//! The themes sessions and findings are tagged with (reference data).

use sqlx::PgExecutor;

use crate::domain::Choice;

/// Every theme in use, by name.
pub async fn choices(db: impl PgExecutor<'_>) -> Result<Vec<Choice>, sqlx::Error> {
    sqlx::query_as("SELECT id, name AS label FROM theme WHERE archived_at IS NULL ORDER BY name")
        .fetch_all(db)
        .await
}
