//! SQL for notes: who may write on a session, the notes and their statements, revisions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgExecutor;
use uuid::Uuid;

use super::{NoteStatus, Section};
use crate::auth::Visibility;
use crate::stakeholders::OrganisationKind;

/// The session a note is about, with its consultation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionContext {
    pub session_id: Uuid,
    pub session_title: String,
    pub consultation_id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub chatham_house: bool,
}

pub async fn session_context(
    db: impl PgExecutor<'_>,
    session: Uuid,
) -> Result<Option<SessionContext>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.id AS session_id, se.title AS session_title, c.id AS consultation_id,
                c.slug AS consultation_slug, c.title AS consultation_title, c.chatham_house
           FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.id = $1 AND se.archived_at IS NULL AND c.archived_at IS NULL",
    )
    .bind(session)
    .fetch_optional(db)
    .await
}

/// Whether `organisation` took part in `consultation` (so its partners may write notes).
pub async fn took_part(
    db: impl PgExecutor<'_>,
    organisation: Uuid,
    consultation: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM participation
                         WHERE organisation_id = $1 AND consultation_id = $2)",
    )
    .bind(organisation)
    .bind(consultation)
    .fetch_one(db)
    .await
}

/// A statement of a note.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, sqlx::FromRow)]
pub struct Statement {
    pub section: Section,
    pub body: String,
    pub non_attributed: bool,
    pub speaker_sector: Option<OrganisationKind>,
}

/// A note, whole.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoteRow {
    pub id: Uuid,
    pub session_id: Uuid,
    pub session_title: String,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub chatham_house: bool,
    pub author_id: Uuid,
    pub author_name: String,
    pub organisation_id: Option<Uuid>,
    pub organisation_name: Option<String>,
    pub status: NoteStatus,
    pub summary: String,
    pub proposed_visibility: Visibility,
    pub visibility: Visibility,
    pub reviewer_comment: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

const NOTE: &str = "
    SELECT n.id, n.session_id, se.title AS session_title, c.slug AS consultation_slug,
           c.title AS consultation_title, c.chatham_house, n.author_id,
           u.display_name AS author_name, n.organisation_id, o.name AS organisation_name,
           n.status, n.summary, n.proposed_visibility, n.visibility, n.reviewer_comment,
           n.submitted_at, n.published_at, n.updated_at, n.version
      FROM note n
      JOIN session se ON se.id = n.session_id
      JOIN consultation c ON c.id = se.consultation_id
      JOIN app_user u ON u.id = n.author_id
      LEFT JOIN organisation o ON o.id = n.organisation_id";

pub async fn find(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!("{NOTE} WHERE n.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

pub async fn statements(
    db: impl PgExecutor<'_>,
    note: Uuid,
) -> Result<Vec<Statement>, sqlx::Error> {
    sqlx::query_as(
        "SELECT section, body, non_attributed, speaker_sector FROM note_statement
          WHERE note_id = $1 ORDER BY section, position",
    )
    .bind(note)
    .fetch_all(db)
    .await
}

/// A user's own notes, newest first.
pub async fn by_author(db: impl PgExecutor<'_>, author: Uuid) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{NOTE} WHERE n.author_id = $1 ORDER BY n.updated_at DESC"
    ))
    .bind(author)
    .fetch_all(db)
    .await
}

/// The review queue: submitted notes, oldest first.
pub async fn submitted(db: impl PgExecutor<'_>) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{NOTE} WHERE n.status = 'submitted' ORDER BY n.submitted_at, n.id"
    ))
    .fetch_all(db)
    .await
}

/// The published notes of a consultation's sessions that the viewer may see.
pub async fn published_for_consultation(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
    levels: &[Visibility],
) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{NOTE} WHERE c.id = $1 AND n.status = 'published' AND n.visibility = ANY($2)
                  AND se.visibility = ANY($2)
          ORDER BY se.position, n.published_at"
    ))
    .bind(consultation)
    .bind(levels)
    .fetch_all(db)
    .await
}

pub async fn statements_of(
    db: impl PgExecutor<'_>,
    notes: &[Uuid],
) -> Result<Vec<(Uuid, Statement)>, sqlx::Error> {
    let rows: Vec<(Uuid, Section, String, bool, Option<OrganisationKind>)> = sqlx::query_as(
        "SELECT note_id, section, body, non_attributed, speaker_sector FROM note_statement
          WHERE note_id = ANY($1) ORDER BY note_id, section, position",
    )
    .bind(notes)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, section, body, non_attributed, speaker_sector)| {
            (
                id,
                Statement {
                    section,
                    body,
                    non_attributed,
                    speaker_sector,
                },
            )
        })
        .collect())
}

/// What a revision keeps: the note's text as it was.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Content {
    pub summary: String,
    pub statements: Vec<Statement>,
    pub proposed_visibility: Visibility,
}

/// Keeps the note's searchable text (summary and statements) up to date.
pub async fn refresh_search_text(
    db: &mut sqlx::PgConnection,
    note: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE note n SET search_text = n.summary || ' ' || coalesce(
             (SELECT string_agg(s.body, ' ' ORDER BY s.section, s.position)
                FROM note_statement s WHERE s.note_id = n.id), '')
          WHERE n.id = $1",
    )
    .bind(note)
    .execute(db)
    .await?;
    Ok(())
}

/// Replaces a note's statements.
pub async fn write_statements(
    db: &mut sqlx::PgConnection,
    note: Uuid,
    statements: &[Statement],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM note_statement WHERE note_id = $1")
        .bind(note)
        .execute(&mut *db)
        .await?;
    for section in Section::ALL {
        let own: Vec<&Statement> = statements.iter().filter(|s| s.section == section).collect();
        for (i, s) in own.iter().enumerate() {
            sqlx::query(
                "INSERT INTO note_statement (note_id, section, position, body, non_attributed, speaker_sector)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(note)
            .bind(section)
            .bind(i16::try_from(i + 1).unwrap_or(i16::MAX))
            .bind(&s.body)
            .bind(s.non_attributed)
            .bind(s.speaker_sector)
            .execute(&mut *db)
            .await?;
        }
    }
    refresh_search_text(db, note).await
}

/// Keeps a revision of the note as it now is.
pub async fn add_revision(
    db: &mut sqlx::PgConnection,
    note: Uuid,
    status: NoteStatus,
    content: &Content,
    author: Uuid,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO note_revision (note_id, number, status, content, author_id, reason)
         VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM note_revision WHERE note_id = $1),
                 $2, $3, $4, $5)",
    )
    .bind(note)
    .bind(status)
    .bind(sqlx::types::Json(content))
    .bind(author)
    .bind(reason)
    .execute(&mut *db)
    .await?;
    Ok(())
}

/// A revision, as kept.
#[derive(Debug, sqlx::FromRow)]
pub struct Revision {
    pub number: i32,
    pub status: NoteStatus,
    pub content: sqlx::types::Json<Content>,
    pub author_name: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

pub async fn revisions(db: impl PgExecutor<'_>, note: Uuid) -> Result<Vec<Revision>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.number, r.status, r.content, coalesce(u.display_name, '') AS author_name,
                r.reason, r.created_at
           FROM note_revision r LEFT JOIN app_user u ON u.id = r.author_id
          WHERE r.note_id = $1 ORDER BY r.number",
    )
    .bind(note)
    .fetch_all(db)
    .await
}
