//! SQL for the agenda.

use chrono::{NaiveDate, NaiveTime};
use sqlx::PgExecutor;
use sqlx::types::Json;
use uuid::Uuid;

use super::SessionKind;
use crate::auth::Visibility;

/// Who spoke, as the public record names them: a person in their public capacity and roles
/// at the time, and/or an organisation.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Speaker {
    pub person: Option<String>,
    pub roles: Option<String>,
    pub organisation: Option<String>,
    pub organisation_slug: Option<String>,
    pub capacity: String,
}

/// The consultation an agenda item belongs to, as the session forms need it: its id, title
/// and dates (a session's day falls within them).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Parent {
    pub id: Uuid,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// The consultation at `slug`, unless it is archived.
pub async fn parent(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<Parent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, title, starts_on, ends_on FROM consultation
          WHERE slug = $1 AND archived_at IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// A theme, by slug and name.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ThemeRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct SessionRow {
    pub id: Uuid,
    pub position: i16,
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub day: Option<NaiveDate>,
    pub starts_at: Option<NaiveTime>,
    pub ends_at: Option<NaiveTime>,
    pub speakers: Json<Vec<Speaker>>,
    pub themes: Json<Vec<ThemeRef>>,
    /// The language its title and description are written in.
    #[serde(default)]
    pub language: crate::domain::language::TextLanguage,
}

/// A session's values as stored, with its consultation, for the edit form.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditRow {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub day: Option<NaiveDate>,
    pub starts_at: Option<NaiveTime>,
    pub ends_at: Option<NaiveTime>,
    pub speakers: Vec<Uuid>,
    pub themes: Vec<Uuid>,
    pub visibility: Visibility,
    pub language: crate::domain::language::TextLanguage,
    pub position: i16,
    pub version: i32,
}

pub async fn edit_row(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<EditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.id, se.consultation_id, c.slug AS consultation_slug,
                c.title AS consultation_title, se.kind, se.title, se.description, se.day,
                se.starts_at, se.ends_at,
                coalesce((SELECT array_agg(sp.organisation_id ORDER BY sp.position)
                            FROM session_speaker sp
                           WHERE sp.session_id = se.id AND sp.person_id IS NULL
                             AND sp.organisation_id IS NOT NULL), '{}') AS speakers,
                coalesce((SELECT array_agg(st.theme_id) FROM session_theme st
                           WHERE st.session_id = se.id), '{}') AS themes,
                se.visibility, se.language, se.position, se.version
           FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.id = $1 AND se.archived_at IS NULL AND c.archived_at IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// Writes the speakers (organisations) and themes of a session, replacing those it had. People
/// named as speakers are kept.
async fn replace_links(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    f: &super::forms::SessionFields,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM session_speaker WHERE session_id = $1 AND person_id IS NULL")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query(
        "INSERT INTO session_speaker (session_id, organisation_id, position)
         SELECT $1, o, 100 + n::smallint FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, n)",
    )
    .bind(id)
    .bind(&f.speakers)
    .execute(&mut *db)
    .await?;
    sqlx::query("DELETE FROM session_theme WHERE session_id = $1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query("INSERT INTO session_theme (session_id, theme_id) SELECT $1, unnest($2::uuid[])")
        .bind(id)
        .bind(&f.themes)
        .execute(&mut *db)
        .await?;
    Ok(())
}

/// Adds a session at the end of the agenda.
pub async fn insert(
    db: &mut sqlx::PgConnection,
    consultation_id: Uuid,
    f: &super::forms::SessionFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Uuid, sqlx::Error> {
    // One new session at a time per consultation, so that positions do not collide.
    sqlx::query("SELECT id FROM consultation WHERE id = $1 FOR UPDATE")
        .bind(consultation_id)
        .execute(&mut *db)
        .await?;
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO session (consultation_id, position, kind, title, description, day,
                              starts_at, ends_at, visibility, created_at, updated_at, language)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM session
                       WHERE consultation_id = $1),
                 $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
         RETURNING id",
    )
    .bind(consultation_id)
    .bind(f.kind)
    .bind(&f.title)
    .bind(&f.description)
    .bind(f.day)
    .bind(f.starts_at)
    .bind(f.ends_at)
    .bind(f.visibility)
    .bind(now)
    .bind(f.language)
    .fetch_one(&mut *db)
    .await?;
    replace_links(db, id, f).await?;
    Ok(id)
}

/// Saves `f` if the session is still at `version`.
pub async fn update(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    version: i32,
    f: &super::forms::SessionFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE session SET kind = $3, title = $4, description = $5, day = $6, starts_at = $7,
                ends_at = $8, visibility = $9, version = version + 1, updated_at = $10,
                language = $11
          WHERE id = $1 AND version = $2 AND archived_at IS NULL",
    )
    .bind(id)
    .bind(version)
    .bind(f.kind)
    .bind(&f.title)
    .bind(&f.description)
    .bind(f.day)
    .bind(f.starts_at)
    .bind(f.ends_at)
    .bind(f.visibility)
    .bind(now)
    .bind(f.language)
    .execute(&mut *db)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    replace_links(db, id, f).await?;
    Ok(true)
}

/// Swaps a session with its neighbour above (`up`) or below; false at either end.
pub async fn move_session(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    up: bool,
) -> Result<bool, sqlx::Error> {
    sqlx::query("SET CONSTRAINTS session_position_key DEFERRED")
        .execute(&mut *db)
        .await?;
    let neighbour: Option<(Uuid, i16, i16)> = sqlx::query_as(&format!(
        "SELECT n.id, n.position, s.position FROM session s
           JOIN session n ON n.consultation_id = s.consultation_id AND n.archived_at IS NULL
                         AND n.position {} s.position
          WHERE s.id = $1
          ORDER BY n.position {} LIMIT 1
          FOR UPDATE OF s, n",
        if up { "<" } else { ">" },
        if up { "DESC" } else { "ASC" }
    ))
    .bind(id)
    .fetch_optional(&mut *db)
    .await?;
    let Some((other, other_position, position)) = neighbour else {
        return Ok(false);
    };
    sqlx::query(
        "UPDATE session SET position = CASE id WHEN $1 THEN $3 ELSE $4 END,
                version = version + 1, updated_at = now()
          WHERE id IN ($1, $2)",
    )
    .bind(id)
    .bind(other)
    .bind(other_position)
    .bind(position)
    .execute(&mut *db)
    .await?;
    Ok(true)
}

/// Takes a session off the agenda, keeping it (and its notes) in the database.
pub async fn archive(db: impl PgExecutor<'_>, id: Uuid) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE session SET archived_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND archived_at IS NULL",
    )
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A session taken off the agenda (of a consultation still kept), for its undo page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArchivedRow {
    pub title: String,
    pub consultation_slug: String,
    pub consultation_title: String,
}

pub async fn archived_row(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<ArchivedRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.title, c.slug AS consultation_slug, c.title AS consultation_title
           FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.id = $1 AND se.archived_at IS NOT NULL AND c.archived_at IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// The sessions taken off the agenda of consultation `slug`: (id, title), in agenda order.
pub async fn removed_sessions(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Vec<(Uuid, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.id, se.title FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = $1 AND se.archived_at IS NOT NULL ORDER BY se.position",
    )
    .bind(slug)
    .fetch_all(db)
    .await
}

/// Puts an archived session back on the agenda, in the place it had (positions are never
/// reused, so it is still free).
pub async fn restore(db: impl PgExecutor<'_>, id: Uuid) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE session SET archived_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND archived_at IS NOT NULL",
    )
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The slug of the consultation of session `id`, archived or not.
pub async fn consultation_slug_of(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT c.slug FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}
