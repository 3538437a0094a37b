//! SQL for the commitments catalogue.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::DutyBearer;

#[derive(Debug, sqlx::FromRow)]
pub struct FrameworkRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub short_title: String,
    pub adopted_on: Option<NaiveDate>,
    pub adopted_at: String,
    pub legally_binding: bool,
    pub description: String,
    pub commitments: i64,
    pub states_bound: i64,
}

const FRAMEWORK_SELECT: &str = "
    SELECT f.id, f.slug, f.title, f.short_title, f.adopted_on, f.adopted_at, f.legally_binding,
           f.description,
           (SELECT count(*) FROM commitment c
             WHERE c.framework_id = f.id AND c.archived_at IS NULL) AS commitments,
           (SELECT count(*) FROM framework_state fs
             WHERE fs.framework_id = f.id AND fs.bound_until IS NULL) AS states_bound
      FROM framework f";

pub async fn list(db: impl PgExecutor<'_>) -> Result<Vec<FrameworkRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{FRAMEWORK_SELECT} ORDER BY f.adopted_on NULLS LAST, f.title"
    ))
    .fetch_all(db)
    .await
}

pub async fn find(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<FrameworkRow>, sqlx::Error> {
    sqlx::query_as(&format!("{FRAMEWORK_SELECT} WHERE f.slug = $1"))
        .bind(slug)
        .fetch_optional(db)
        .await
}

/// A provision with its chapter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommitmentRow {
    pub id: Uuid,
    pub chapter_number: i16,
    pub chapter_title: String,
    pub code: String,
    pub official_ref: String,
    pub title: String,
    pub body: String,
    pub duty_bearer: DutyBearer,
}

const COMMITMENT_SELECT: &str = "
    SELECT c.id, ch.number AS chapter_number, ch.title AS chapter_title, c.code, c.official_ref,
           c.title, c.body, c.duty_bearer
      FROM commitment c JOIN chapter ch ON ch.id = c.chapter_id";

/// A chapter, for chapters that hold no provision yet.
#[derive(Debug, sqlx::FromRow)]
pub struct ChapterRow {
    pub number: i16,
    pub title: String,
}

pub async fn chapters(
    db: impl PgExecutor<'_>,
    framework_id: Uuid,
) -> Result<Vec<ChapterRow>, sqlx::Error> {
    sqlx::query_as("SELECT number, title FROM chapter WHERE framework_id = $1 ORDER BY number")
        .bind(framework_id)
        .fetch_all(db)
        .await
}

pub async fn commitments(
    db: impl PgExecutor<'_>,
    framework_id: Uuid,
) -> Result<Vec<CommitmentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{COMMITMENT_SELECT}
          WHERE c.framework_id = $1 AND c.archived_at IS NULL
          ORDER BY ch.number, c.position"
    ))
    .bind(framework_id)
    .fetch_all(db)
    .await
}

pub async fn find_commitment(
    db: impl PgExecutor<'_>,
    framework_id: Uuid,
    code: &str,
) -> Result<Option<CommitmentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{COMMITMENT_SELECT}
          WHERE c.framework_id = $1 AND upper(c.code) = upper($2) AND c.archived_at IS NULL"
    ))
    .bind(framework_id)
    .bind(code)
    .fetch_optional(db)
    .await
}

/// The version commitment `id` is at.
pub async fn commitment_version(db: impl PgExecutor<'_>, id: Uuid) -> Result<i32, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM commitment WHERE id = $1")
        .bind(id)
        .fetch_one(db)
        .await
}

/// What an edit of a commitment says.
pub struct CommitmentChange<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub official_ref: &'a str,
    pub duty_bearer: super::DutyBearer,
}

/// Saves `change` over commitment `id` if it is still at `version`; false if someone saved it
/// meanwhile.
pub async fn update_commitment(
    db: impl PgExecutor<'_>,
    id: Uuid,
    version: i32,
    change: &CommitmentChange<'_>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE commitment SET title = $3, body = $4, official_ref = $5, duty_bearer = $6,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(change.title)
    .bind(change.body)
    .bind(change.official_ref)
    .bind(change.duty_bearer)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}
