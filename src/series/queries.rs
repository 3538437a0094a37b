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
    .map(|rows: Vec<SeriesRow>| rows.into_iter().map(SeriesRow::named).collect())
}

impl SeriesRow {
    /// The planned Member States named in the reader's language.
    fn named(mut self) -> Self {
        for state in &mut self.planned_states.0 {
            state.name = crate::member_states::state_name(&state.code, &state.name);
        }
        self
    }
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
    .map(|row: Option<SeriesRow>| row.map(SeriesRow::named))
}

/// A series as its edit form shows it.
#[derive(Debug, sqlx::FromRow)]
pub struct SeriesEdit {
    pub id: Uuid,
    pub title: String,
    pub organiser_id: Option<Uuid>,
    pub funder_id: Option<Uuid>,
    pub funding_note: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub aim: String,
    pub planned_states: Vec<String>,
    pub visibility: Visibility,
    pub version: i32,
}

/// The series `slug` as its edit form shows it, unless archived.
pub async fn edit_row(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<SeriesEdit>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.title, s.organiser_id, s.funder_id, s.funding_note, s.starts_on, s.ends_on,
                s.aim, coalesce((SELECT array_agg(member_state_code::text ORDER BY member_state_code)
                                   FROM series_planned_state WHERE series_id = s.id), '{}') AS planned_states,
                s.visibility, s.version
           FROM series s WHERE s.slug = $1 AND s.archived_at IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// Adds the series `f` at `slug`, with its planned Member States.
pub async fn insert(
    db: &mut sqlx::PgConnection,
    slug: &str,
    f: &super::forms::SeriesFields,
) -> Result<Uuid, sqlx::Error> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO series (slug, title, organiser_id, funder_id, funding_note, starts_on, ends_on, aim, visibility)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(slug)
    .bind(&f.title)
    .bind(f.organiser_id)
    .bind(f.funder_id)
    .bind(&f.funding_note)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(&f.aim)
    .bind(f.visibility)
    .fetch_one(&mut *db)
    .await?;
    write_states(db, id, &f.planned_states).await?;
    Ok(id)
}

/// Saves `f` over series `id` if it is still at `version`; false if someone saved it
/// meanwhile.
pub async fn update(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    version: i32,
    f: &super::forms::SeriesFields,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE series SET title = $3, organiser_id = $4, funder_id = $5, funding_note = $6,
                starts_on = $7, ends_on = $8, aim = $9, visibility = $10, version = version + 1,
                updated_at = now()
          WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(&f.title)
    .bind(f.organiser_id)
    .bind(f.funder_id)
    .bind(&f.funding_note)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(&f.aim)
    .bind(f.visibility)
    .execute(&mut *db)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    write_states(db, id, &f.planned_states).await?;
    Ok(true)
}

/// Replaces the Member States series `id` plans to cover.
async fn write_states(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    states: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM series_planned_state WHERE series_id = $1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query("INSERT INTO series_planned_state (series_id, member_state_code) SELECT $1, unnest($2::text[])")
        .bind(id)
        .bind(states)
        .execute(&mut *db)
        .await?;
    Ok(())
}
