//! SQL for series.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use sqlx::types::Json;
use uuid::Uuid;

use crate::auth::Visibility;
use crate::consultations::queries::StateRef;

/// A series, with its organiser and funder.
#[derive(Debug, sqlx::FromRow)]
pub struct SeriesRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub aim: String,
    pub funding_note: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub organiser_slug: Option<String>,
    pub organiser_name: Option<String>,
    pub funder_slug: Option<String>,
    pub funder_name: Option<String>,
    pub framework_slug: Option<String>,
    pub framework_title: Option<String>,
    pub planned_states: Json<Vec<StateRef>>,
}

const SERIES_SELECT: &str = "
    SELECT s.id, s.slug, s.title, s.aim, s.funding_note, s.starts_on, s.ends_on,
           org.slug AS organiser_slug, org.name AS organiser_name,
           fun.slug AS funder_slug, fun.name AS funder_name,
           f.slug AS framework_slug, f.short_title AS framework_title,
           coalesce((SELECT json_agg(json_build_object('code', m.code, 'name', m.short_name)
                                     ORDER BY m.short_name)
                       FROM series_planned_state sp
                       JOIN member_state m ON m.code = sp.member_state_code
                      WHERE sp.series_id = s.id), '[]') AS planned_states
      FROM series s
      LEFT JOIN organisation org ON org.id = s.organiser_id
      LEFT JOIN organisation fun ON fun.id = s.funder_id
      LEFT JOIN framework f ON f.id = s.framework_id";

/// Every visible series, newest first.
pub async fn list(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
) -> Result<Vec<SeriesRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SERIES_SELECT}
          WHERE s.effective_visibility = ANY($1) AND s.archived_at IS NULL
          ORDER BY s.starts_on DESC NULLS LAST, s.title"
    ))
    .bind(levels)
    .fetch_all(db)
    .await
}

pub async fn find_by_slug(
    db: impl PgExecutor<'_>,
    slug: &str,
    levels: &[Visibility],
) -> Result<Option<SeriesRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SERIES_SELECT}
          WHERE s.slug = $1 AND s.effective_visibility = ANY($2) AND s.archived_at IS NULL"
    ))
    .bind(slug)
    .bind(levels)
    .fetch_optional(db)
    .await
}
