//! The themes sessions and findings are tagged with (reference data).

use sqlx::PgExecutor;

use crate::domain::Choice;

/// The themes that may be chosen (`id`, `label`), unordered: a part of a larger statement.
pub const CHOICES: &str = "SELECT id, name AS label FROM theme WHERE archived_at IS NULL";

/// Every theme in use, by name.
pub async fn choices(db: impl PgExecutor<'_>) -> Result<Vec<Choice>, sqlx::Error> {
    sqlx::query_as(&format!("{CHOICES} ORDER BY name"))
        .fetch_all(db)
        .await
}
