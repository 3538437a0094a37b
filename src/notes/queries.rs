//! SQL for notes: who may write on a session, the notes and their statements, revisions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgExecutor;
use uuid::Uuid;

use super::{Attribution, NoteStatus, Section};
use crate::audit::{self, Entry};
use crate::auth::Visibility;
use crate::organisations::OrganisationKind;

/// The session a note is about, with its consultation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionContext {
    pub session_id: Uuid,
    pub session_title: String,
    pub consultation_id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub chatham_house: bool,
    /// Whether the viewer's organisation took part in the consultation (so its partners may
    /// write notes).
    pub took_part: bool,
    /// The Member State the consultation takes place in ("" for a regional one): its zone is
    /// the one times are said in.
    pub host_state_code: String,
}

/// A live session that notes may be written about, if the viewer (who reads `levels`) may see
/// it, with whether `organisation` (the viewer's) took part in its consultation.
pub async fn session_context(
    db: impl PgExecutor<'_>,
    session: Uuid,
    organisation: Option<Uuid>,
    levels: &[Visibility],
) -> Result<Option<SessionContext>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.id AS session_id, se.title AS session_title, c.id AS consultation_id,
                c.slug AS consultation_slug, c.title AS consultation_title, c.chatham_house,
                coalesce(c.host_state_code::text, '') AS host_state_code,
                EXISTS (SELECT 1 FROM participation p
                         WHERE p.organisation_id = $2 AND p.consultation_id = c.id) AS took_part
           FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.id = $1 AND se.archived_at IS NULL AND c.archived_at IS NULL
            AND se.effective_visibility = ANY($3)",
    )
    .bind(session)
    .bind(organisation)
    .bind(levels)
    .fetch_optional(db)
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

/// How many notes await review, up to [`crate::web::REVIEW_COUNT_CAP`] + 1: a scalar SQL
/// expression, read with a staff member's login (in the same statement) for the count in the
/// navigation. Counting every one cost 3 to 4 ms on each staff request at the synthetic scale
/// 100 (40,000 waiting).
pub const REVIEW_COUNT: &str =
    "(SELECT count(*) FROM (SELECT 1 FROM note WHERE status = 'submitted' LIMIT 100) waiting)";

/// How many of a partner's notes are returned to them: a scalar SQL expression of the user's
/// id (`$1`), read with a partner's login (in the same statement) for the badge in the
/// navigation and the message after signing in.
pub const RETURNED_COUNT: &str =
    "(SELECT count(*) FROM note WHERE author_id = $1 AND status = 'returned')";

/// A note, whole.
#[derive(Debug, Clone, sqlx::FromRow, Deserialize)]
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
    /// The level staff published it at (its own; `staff` until published).
    pub visibility: Visibility,
    /// The most restrictive of its own level and its session's, consultation's and series'
    /// (kept by the database): what decides who may read it.
    pub effective_visibility: Visibility,
    /// The author's choice of attribution.
    pub proposed_attribution: Attribution,
    /// What staff published it with (never more than the author chose).
    pub attribution: Attribution,
    pub reviewer_comment: String,
    pub submitted_at: Option<DateTime<Utc>>,
    /// When it was last returned to its author.
    #[serde(default)]
    pub returned_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    /// When it was first written.
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
    /// The language it is written in.
    pub language: crate::domain::language::TextLanguage,
    /// An example of the demo data's demo layer, shown with a "Demo" badge.
    #[serde(default)]
    pub is_demo: bool,
}

pub(crate) const NOTE: &str = "
    SELECT n.id, n.session_id, se.title AS session_title, c.slug AS consultation_slug,
           c.title AS consultation_title, c.chatham_house, n.author_id,
           u.display_name AS author_name, n.organisation_id, o.name AS organisation_name,
           n.status, n.summary, n.proposed_visibility, n.visibility, n.effective_visibility,
           n.proposed_attribution, n.attribution, n.reviewer_comment,
           n.submitted_at, n.returned_at, n.published_at, n.created_at, n.updated_at, n.version, n.is_demo,
           n.language
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

/// A user's own notes, the most recently changed first.
pub async fn by_author(db: impl PgExecutor<'_>, author: Uuid) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{NOTE} WHERE n.author_id = $1 ORDER BY n.updated_at DESC"
    ))
    .bind(author)
    .fetch_all(db)
    .await
}

/// A page of the review queue: `limit` submitted notes from `offset`, the most recently changed
/// first (read in that order from `note_review_order_idx`).
pub async fn submitted(
    db: impl PgExecutor<'_>,
    limit: i64,
    offset: i64,
) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{NOTE} WHERE n.status = 'submitted' ORDER BY n.updated_at DESC, n.id LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await
}

/// How many notes wait in the review queue.
pub async fn submitted_count(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM note WHERE status = 'submitted'")
        .fetch_one(db)
        .await
}

/// What a revision keeps: the note's text as it was.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Content {
    pub summary: String,
    pub statements: Vec<Statement>,
    pub proposed_visibility: Visibility,
    /// The author's choice (revisions kept before it existed read as the default).
    #[serde(default)]
    pub proposed_attribution: Attribution,
    /// The language it is written in (revisions kept before it was recorded: English).
    #[serde(default)]
    pub language: crate::domain::language::TextLanguage,
}

/// The text search looks through: the summary, then the statements section by section.
pub fn search_text(content: &Content) -> String {
    let mut text = content.summary.clone();
    text.push(' ');
    let bodies: Vec<&str> = Section::ALL
        .iter()
        .flat_map(|section| {
            content
                .statements
                .iter()
                .filter(move |s| s.section == *section)
                .map(|s| s.body.as_str())
        })
        .collect();
    text.push_str(&bodies.join(" "));
    text
}

/// The statements as columns (section, position within it, body, not attributed, sector), for
/// writing them all in one statement.
type StatementColumns<'a> = (
    Vec<Section>,
    Vec<i16>,
    Vec<&'a str>,
    Vec<bool>,
    Vec<Option<OrganisationKind>>,
);

fn columns(statements: &[Statement]) -> StatementColumns<'_> {
    let mut out: StatementColumns<'_> = Default::default();
    for section in Section::ALL {
        let own = statements.iter().filter(|s| s.section == section);
        for (i, s) in own.enumerate() {
            out.0.push(section);
            out.1.push(i16::try_from(i + 1).unwrap_or(i16::MAX));
            out.2.push(&s.body);
            out.3.push(s.non_attributed);
            out.4.push(s.speaker_sector);
        }
    }
    out
}

/// Replaces a note's statements, and its search text (one statement each).
pub async fn write_statements(
    db: &mut sqlx::PgConnection,
    note: Uuid,
    content: &Content,
) -> Result<(), sqlx::Error> {
    let (sections, positions, bodies, non_attributed, sectors) = columns(&content.statements);
    sqlx::query("DELETE FROM note_statement WHERE note_id = $1")
        .bind(note)
        .execute(&mut *db)
        .await?;
    sqlx::query(
        "INSERT INTO note_statement (note_id, section, position, body, non_attributed, speaker_sector)
         SELECT $1, t.* FROM unnest($2::statement_section[], $3::int2[], $4::text[], $5::bool[],
                                    $6::organisation_kind[]) AS t",
    )
    .bind(note)
    .bind(sections)
    .bind(positions)
    .bind(bodies)
    .bind(non_attributed)
    .bind(sectors)
    .execute(&mut *db)
    .await?;
    sqlx::query("UPDATE note SET search_text = $2 WHERE id = $1")
        .bind(note)
        .bind(search_text(content))
        .execute(db)
        .await?;
    Ok(())
}

/// A note about to be written for the first time, from a form with a one-time token.
pub struct NewNote<'a> {
    pub id: Uuid,
    pub token: Uuid,
    pub session_id: Uuid,
    pub author_id: Uuid,
    /// Staff may write about any live session; others only for an organisation that took part
    /// in its consultation.
    pub writer_is_staff: bool,
    /// A partner's organisation (`None` for anyone else).
    pub writer_organisation: Option<Uuid>,
    /// The levels of visibility the writer may read: a session they may not see is not theirs to
    /// write about.
    pub writer_levels: &'a [Visibility],
    /// The author's organisation, recorded on the note.
    pub organisation_id: Option<Uuid>,
    pub status: NoteStatus,
    pub content: &'a Content,
    pub now: DateTime<Utc>,
    pub audit: &'a Entry,
}

/// Writes a new note in one statement (so in one transaction of its own): if the session is live
/// and the writer may write about it, the form's token is claimed, and only if it was not claimed
/// before are the note, its statements, its first revision and the audit entry written. Returns
/// whether they were, and the Member State the session's consultation takes place in ("" for
/// none); if not, the form was sent before (a second submission of the same form waits here for
/// the first to finish), or the writer may not write here.
pub async fn insert_note(
    db: impl PgExecutor<'_>,
    note: &NewNote<'_>,
) -> Result<(bool, String), sqlx::Error> {
    let content = note.content;
    let (sections, positions, bodies, non_attributed, sectors) = columns(&content.statements);
    let sql = format!(
        "WITH claim AS (
           INSERT INTO form_submission (token, user_id, form, record_id)
           SELECT $16, $3, 'note', $1
             FROM session se JOIN consultation c ON c.id = se.consultation_id
            WHERE se.id = $2 AND se.archived_at IS NULL AND c.archived_at IS NULL
              AND se.effective_visibility = ANY($28)
              AND ($25 OR EXISTS (SELECT 1 FROM participation p
                                   WHERE p.organisation_id = $26 AND p.consultation_id = c.id))
           ON CONFLICT (token) DO NOTHING RETURNING token),
         n AS (
           INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                             proposed_visibility, submitted_at, created_at, updated_at, search_text,
                             proposed_attribution, attribution, language)
           SELECT $1, $2, $3, $4, $5, $6, $7,
                  CASE WHEN $5 = 'submitted'::note_status THEN $8 END, $8, $8, $9, $27, $27, $29
             FROM claim
           RETURNING id),
         s AS (
           INSERT INTO note_statement (note_id, section, position, body, non_attributed, speaker_sector)
           SELECT n.id, t.* FROM n, unnest($10::statement_section[], $11::int2[], $12::text[],
                                          $13::bool[], $14::organisation_kind[]) AS t),
         r AS (
           INSERT INTO note_revision (note_id, number, status, content, author_id, reason)
           SELECT n.id, 1, $5, $15, $3, '' FROM n),
         a AS (
           INSERT INTO audit_log {}
           SELECT $17, $18, $19, $20, $21, $22, $23, $24 FROM n)
         SELECT count(*),
                (SELECT coalesce(c.host_state_code::text, '')
                   FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE se.id = $2)
           FROM n",
        audit::COLUMNS
    );
    let query = sqlx::query(&sql)
        .bind(note.id)
        .bind(note.session_id)
        .bind(note.author_id)
        .bind(note.organisation_id)
        .bind(note.status)
        .bind(&content.summary)
        .bind(content.proposed_visibility)
        .bind(note.now)
        .bind(search_text(content))
        .bind(sections)
        .bind(positions)
        .bind(bodies)
        .bind(non_attributed)
        .bind(sectors)
        .bind(sqlx::types::Json(content))
        .bind(note.token);
    let row = note
        .audit
        .bind(query)
        .bind(note.writer_is_staff)
        .bind(note.writer_organisation)
        .bind(content.proposed_attribution)
        .bind(note.writer_levels)
        .bind(content.language)
        .fetch_one(db)
        .await?;
    let written: i64 = sqlx::Row::try_get(&row, 0)?;
    let host: Option<String> = sqlx::Row::try_get(&row, 1)?;
    Ok((written == 1, host.unwrap_or_default()))
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

/// A finding drawn from one of an author's published notes, with its follow-up.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Outcome {
    pub note_id: Uuid,
    pub finding_id: Uuid,
    pub kind: crate::domain::finding::FindingKind,
    pub statement: String,
    pub status: Option<crate::domain::finding::RecommendationStatus>,
    /// The latest progress reported on it: when, and what.
    pub updated_on: Option<chrono::NaiveDate>,
    pub update: Option<String>,
}

/// What became of the published notes of `author`: the findings drawn from them, as they may
/// see them, each with its status and latest progress update.
pub async fn findings_from_notes_of(
    db: impl PgExecutor<'_>,
    author: Uuid,
    levels: &[Visibility],
) -> Result<Vec<Outcome>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.source_note_id AS note_id, f.id AS finding_id, f.kind, f.statement,
                f.recommendation_status AS status, u.reported_on AS updated_on, u.body AS update
           FROM finding f JOIN note n ON n.id = f.source_note_id
           LEFT JOIN LATERAL (SELECT reported_on, body FROM recommendation_update
                               WHERE finding_id = f.id
                               ORDER BY reported_on DESC, created_at DESC LIMIT 1) u ON true
          WHERE n.author_id = $1 AND n.status = 'published' AND f.archived_at IS NULL
            AND f.effective_visibility = ANY($2)
          ORDER BY f.created_at",
    )
    .bind(author)
    .bind(levels)
    .fetch_all(db)
    .await
}

/// The findings drawn from one note, as the viewer may see them: (id, kind, statement).
pub async fn findings_from(
    db: impl PgExecutor<'_>,
    note: Uuid,
    levels: &[Visibility],
) -> Result<Vec<(Uuid, String, String)>, sqlx::Error> {
    let rows: Vec<(Uuid, crate::domain::finding::FindingKind, String)> = sqlx::query_as(
        "SELECT id, kind, statement FROM finding
          WHERE source_note_id = $1 AND archived_at IS NULL AND effective_visibility = ANY($2)
          ORDER BY created_at",
    )
    .bind(note)
    .bind(levels)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, k, s)| (id, k.label().to_owned(), s))
        .collect())
}

/// Saves `content` over note `id` if it is still at `version`, moving it to `status` (a
/// published note keeps the attribution it was published with); false if someone saved it
/// meanwhile.
pub async fn save(
    db: impl PgExecutor<'_>,
    id: Uuid,
    version: i32,
    content: &Content,
    status: NoteStatus,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let saved = sqlx::query(
        "UPDATE note SET summary = $3, proposed_visibility = $4, status = $5,
                submitted_at = CASE WHEN $5 = 'submitted'::note_status THEN $6 ELSE submitted_at END,
                proposed_attribution = $7, language = $8,
                attribution = CASE WHEN status = 'published' THEN attribution ELSE $7 END,
                version = version + 1, updated_at = $6
          WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(&content.summary)
    .bind(content.proposed_visibility)
    .bind(status)
    .bind(now)
    .bind(content.proposed_attribution)
    .bind(content.language)
    .execute(db)
    .await?;
    Ok(saved.rows_affected() > 0)
}

/// A note's step to its next status, as the reviewer (or author) took it.
pub struct Step<'a> {
    pub from: NoteStatus,
    pub to: NoteStatus,
    pub visibility: Visibility,
    pub attribution: Attribution,
    pub comment: &'a str,
    pub by: Uuid,
    pub now: DateTime<Utc>,
}

/// Moves note `id` along `step` if it is still at `step.from` (compare-and-set on the status);
/// false if someone moved it meanwhile.
pub async fn step(db: impl PgExecutor<'_>, id: Uuid, step: &Step<'_>) -> Result<bool, sqlx::Error> {
    let moved = sqlx::query(
        "UPDATE note SET status = $3, visibility = $4, attribution = $8,
                reviewer_comment = CASE WHEN $3 = 'returned'::note_status THEN $5 ELSE reviewer_comment END,
                reviewed_by = CASE WHEN $3 IN ('returned'::note_status, 'published'::note_status) THEN $6 ELSE reviewed_by END,
                published_at = CASE WHEN $3 = 'published'::note_status THEN $7 ELSE published_at END,
                returned_at = CASE WHEN $3 = 'returned'::note_status THEN $7 ELSE returned_at END,
                submitted_at = CASE WHEN $3 = 'submitted'::note_status THEN $7 ELSE submitted_at END,
                version = version + 1, updated_at = $7
          WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(step.from)
    .bind(step.to)
    .bind(step.visibility)
    .bind(step.comment)
    .bind(step.by)
    .bind(step.now)
    .bind(step.attribution)
    .execute(db)
    .await?;
    Ok(moved.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_review_count_reads_one_more_than_the_navigation_shows() {
        let limit = format!("LIMIT {})", crate::web::REVIEW_COUNT_CAP + 1);
        assert!(
            super::REVIEW_COUNT.contains(&limit),
            "{}",
            super::REVIEW_COUNT
        );
    }
}
