//! The reference page R of the benchmark (`GET /reference`), after TechEmpower's "Fortunes":
//! one SQL query returning twelve rows, rendered as an escaped HTML table in the site's layout,
//! through the same stack, pool, server and middleware as every other page. The benchmark
//! (`scripts/bench`) measures every other page as a ratio to this one, measured in the same run
//! on the same machine, so that figures from different machines can be compared.

use askama::Template;
use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::{PgExecutor, PgPool};

use crate::AppError;
use crate::web::{Html, PageContext};

/// How many rows the page shows.
pub const ROWS: i64 = 12;

/// A theme, as the reference table lists it.
#[derive(Debug, sqlx::FromRow)]
pub struct ThemeRow {
    pub slug: String,
    pub name: String,
}

/// The first twelve themes by their short name: the page's one query.
pub async fn first_themes(db: impl PgExecutor<'_>) -> Result<Vec<ThemeRow>, sqlx::Error> {
    sqlx::query_as("SELECT slug, name FROM theme ORDER BY slug LIMIT $1")
        .bind(ROWS)
        .fetch_all(db)
        .await
}

#[derive(Template)]
#[template(path = "benchmark/reference.html")]
pub struct ReferencePage {
    pub ctx: PageContext,
    pub themes: Vec<ThemeRow>,
}

/// `GET /reference`.
pub async fn show_reference(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let themes = first_themes(&pool).await?;
    Ok(Html(ReferencePage { ctx, themes }))
}
