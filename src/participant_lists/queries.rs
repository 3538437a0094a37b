//! SQL for participant lists: matching organisations by name, acronym or any other name (in any
//! case, with or without accents), finding people already recorded, and the import itself.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::PgExecutor;
use uuid::Uuid;

use super::parse::Row;
use crate::consultations::ParticipationRole;
use crate::people::Sex;

/// The organisation each distinct text names, where one does.
pub async fn match_organisations(
    db: impl PgExecutor<'_>,
    texts: &[String],
) -> Result<HashMap<String, (Uuid, String)>, sqlx::Error> {
    let rows: Vec<(String, Uuid, String)> = sqlx::query_as(
        "SELECT DISTINCT ON (k) k, o.id, o.name
           FROM unnest($1::text[]) AS k
           JOIN organisation o ON o.merged_into_id IS NULL AND o.archived_at IS NULL
                AND (lower(immutable_unaccent(o.name)) = lower(immutable_unaccent(k))
                     OR (o.acronym <> '' AND lower(o.acronym) = lower(k))
                     OR EXISTS (SELECT 1 FROM organisation_alias a
                                 WHERE a.organisation_id = o.id
                                   AND lower(immutable_unaccent(a.alias))
                                       = lower(immutable_unaccent(k))))
          ORDER BY k, o.name",
    )
    .bind(texts)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(k, id, name)| (k, (id, name)))
        .collect())
}

/// The closest organisation name to each text, to suggest for unknown ones.
pub async fn suggestions(
    db: impl PgExecutor<'_>,
    texts: &[String],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT k, (SELECT o.name FROM organisation o
                     WHERE o.merged_into_id IS NULL AND o.archived_at IS NULL
                       AND similarity(lower(immutable_unaccent(o.name)),
                                      lower(immutable_unaccent(k))) > 0.3
                     ORDER BY similarity(lower(immutable_unaccent(o.name)),
                                         lower(immutable_unaccent(k))) DESC
                     LIMIT 1)
           FROM unnest($1::text[]) AS k",
    )
    .bind(texts)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(k, s)| s.map(|s| (k, s)))
        .collect())
}

/// The people (name folded, organisation) already recorded for a consultation.
pub async fn recorded_people(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
) -> Result<Vec<(String, Uuid)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT lower(p.full_name), pa.organisation_id FROM participation pa
           JOIN person p ON p.id = pa.person_id WHERE pa.consultation_id = $1",
    )
    .bind(consultation)
    .fetch_all(db)
    .await
}

/// A row checked and ready to write.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReadyRow {
    pub line: usize,
    pub name: String,
    pub sex: Sex,
    pub organisation_id: Uuid,
    pub role: ParticipationRole,
    pub title: String,
    pub email: String,
}

impl ReadyRow {
    /// The row ready to write, once its organisation is known; `None` if its sex or role
    /// could not be read (such a row has a problem and is never saved).
    pub fn from_row(row: &Row, organisation_id: Uuid) -> Option<Self> {
        Some(Self {
            line: row.line,
            name: row.name.clone(),
            sex: row.sex?,
            organisation_id,
            role: row.role?,
            title: row.title.clone(),
            email: row.email.clone(),
        })
    }
}

/// An import, as stored.
#[derive(Debug, sqlx::FromRow)]
pub struct Import {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub file_name: String,
    pub status: String,
    pub total_rows: i32,
    pub processed_rows: i32,
    pub message: String,
}

/// Keeps a clean list until it is committed, so that the commit needs no file.
pub async fn save(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
    user: Option<Uuid>,
    file_name: &str,
    rows: &[ReadyRow],
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO participant_list_import (consultation_id, uploaded_by, file_name, total_rows, rows)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(consultation)
    .bind(user)
    .bind(file_name)
    .bind(i32::try_from(rows.len()).unwrap_or(i32::MAX))
    .bind(sqlx::types::Json(rows))
    .fetch_one(db)
    .await
}

/// The import `id` of this consultation; `None` for an import of another one.
pub async fn find(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
    id: Uuid,
) -> Result<Option<Import>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, consultation_id, file_name, status, total_rows, processed_rows, message
           FROM participant_list_import WHERE id = $1 AND consultation_id = $2",
    )
    .bind(id)
    .bind(consultation)
    .fetch_optional(db)
    .await
}

/// Claims a ready import for writing; `None` if it was claimed already (a second click).
pub async fn claim(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<Vec<ReadyRow>>, sqlx::Error> {
    let rows: Option<sqlx::types::Json<Vec<ReadyRow>>> = sqlx::query_scalar(
        "UPDATE participant_list_import SET status = 'committing', updated_at = now()
          WHERE id = $1 AND status = 'ready' RETURNING rows",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(rows.map(|r| r.0))
}

/// Records how many rows have been written so far (shown on the progress page).
pub async fn progress(db: impl PgExecutor<'_>, id: Uuid, done: usize) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE participant_list_import SET processed_rows = $2, updated_at = now() WHERE id = $1",
    )
    .bind(id)
    .bind(i32::try_from(done).unwrap_or(i32::MAX))
    .execute(db)
    .await?;
    Ok(())
}

/// The rows of an import, as checked.
pub async fn rows(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<ReadyRow>, sqlx::Error> {
    let rows: sqlx::types::Json<Vec<ReadyRow>> =
        sqlx::query_scalar("SELECT rows FROM participant_list_import WHERE id = $1")
            .bind(id)
            .fetch_one(db)
            .await?;
    Ok(rows.0)
}

/// The names of the organisations `ids`.
pub async fn organisation_names(
    db: impl PgExecutor<'_>,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, sqlx::Error> {
    let rows: Vec<(Uuid, String)> =
        sqlx::query_as("SELECT id, name FROM organisation WHERE id = ANY($1)")
            .bind(ids)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().collect())
}

/// Marks an import committed, inside the transaction that writes its rows, so that the status
/// and the rows are written together or not at all. `false` if it is no longer being
/// committed (it was given up as stalled meanwhile): the caller then rolls back.
pub async fn mark_committed(db: impl PgExecutor<'_>, id: Uuid) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE participant_list_import
            SET status = 'committed', message = '', processed_rows = total_rows, updated_at = now()
          WHERE id = $1 AND status = 'committing'",
    )
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks an import that is still being committed as failed, with the message to show.
pub async fn mark_failed(
    db: impl PgExecutor<'_>,
    id: Uuid,
    message: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE participant_list_import SET status = 'failed', message = $2, updated_at = now()
          WHERE id = $1 AND status = 'committing'",
    )
    .bind(id)
    .bind(message)
    .execute(db)
    .await?;
    Ok(())
}

/// Gives up an import whose writing made no progress for five minutes (its server stopped
/// while writing, so its transaction was rolled back): it shows as failed instead of
/// refreshing for ever.
pub async fn give_up_if_stalled(
    db: impl PgExecutor<'_>,
    id: Uuid,
    message: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE participant_list_import SET status = 'failed', message = $2, updated_at = now()
          WHERE id = $1 AND status = 'committing' AND updated_at < now() - interval '5 minutes'",
    )
    .bind(id)
    .bind(message)
    .execute(db)
    .await?;
    Ok(())
}

/// Holds the consultation's participants still until the transaction ends, so that two lists
/// written at once for one consultation cannot both add the same person.
pub async fn lock_consultation(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT 1 FROM consultation WHERE id = $1 FOR NO KEY UPDATE")
        .bind(consultation)
        .execute(db)
        .await?;
    Ok(())
}

/// How many of `rows` name a person already recorded for the consultation at the same
/// organisation (a list checked before another one was committed).
pub async fn already_recorded(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
    rows: &[ReadyRow],
) -> Result<i64, sqlx::Error> {
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let organisations: Vec<Uuid> = rows.iter().map(|r| r.organisation_id).collect();
    sqlx::query_scalar(
        "SELECT count(*) FROM unnest($2::text[], $3::uuid[]) AS x(n, o)
          WHERE EXISTS (SELECT 1 FROM participation pa JOIN person p ON p.id = pa.person_id
                         WHERE pa.consultation_id = $1 AND pa.organisation_id = x.o
                           AND lower(p.full_name) = lower(x.n))",
    )
    .bind(consultation)
    .bind(&names)
    .bind(&organisations)
    .fetch_one(db)
    .await
}

/// Writes a chunk of rows: a person each, their position if a title is given, and their
/// participation with a head count of one in their sex's column.
pub async fn write_chunk(
    db: &mut sqlx::PgConnection,
    consultation: Uuid,
    rows: &[ReadyRow],
) -> Result<(), sqlx::Error> {
    let ids: Vec<Uuid> = rows.iter().map(|_| Uuid::new_v4()).collect();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let sexes: Vec<Sex> = rows.iter().map(|r| r.sex).collect();
    let emails: Vec<&str> = rows.iter().map(|r| r.email.as_str()).collect();
    let organisations: Vec<Uuid> = rows.iter().map(|r| r.organisation_id).collect();
    let roles: Vec<ParticipationRole> = rows.iter().map(|r| r.role).collect();
    let titles: Vec<&str> = rows.iter().map(|r| r.title.as_str()).collect();
    sqlx::query(
        "INSERT INTO person (id, full_name, sex, email)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::sex[], $4::text[])",
    )
    .bind(&ids)
    .bind(&names)
    .bind(&sexes)
    .bind(&emails)
    .execute(&mut *db)
    .await?;
    sqlx::query(
        "INSERT INTO person_role (person_id, organisation_id, title, source)
         SELECT p, o, t, 'participant list' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(p, o, t)
          WHERE t <> ''",
    )
    .bind(&ids)
    .bind(&organisations)
    .bind(&titles)
    .execute(&mut *db)
    .await?;
    sqlx::query(
        "INSERT INTO participation (consultation_id, organisation_id, person_id, role, female,
                                    male, other_or_unstated)
         SELECT $1, o, p, r, (s = 'female')::int, (s = 'male')::int,
                (s IN ('other', 'not_stated'))::int
           FROM unnest($2::uuid[], $3::uuid[], $4::participation_role[], $5::sex[]) AS x(o, p, r, s)",
    )
    .bind(consultation)
    .bind(&organisations)
    .bind(&ids)
    .bind(&roles)
    .bind(&sexes)
    .execute(&mut *db)
    .await?;
    Ok(())
}

/// How long a list with problems is kept for checking again.
pub const KEPT_HOURS: i32 = 24;

/// Keeps an uploaded list with problems for [`KEPT_HOURS`], so that it can be checked again
/// once fixed without uploading it; lists kept longer are deleted meanwhile.
pub async fn keep_upload(
    db: &mut sqlx::PgConnection,
    consultation: Uuid,
    user: Option<Uuid>,
    file_name: &str,
    content: &[u8],
) -> Result<Uuid, sqlx::Error> {
    sqlx::query("DELETE FROM participant_list_upload WHERE expires_at < now()")
        .execute(&mut *db)
        .await?;
    sqlx::query_scalar(
        "INSERT INTO participant_list_upload (consultation_id, uploaded_by, file_name, content,
                                              expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING id",
    )
    .bind(consultation)
    .bind(user)
    .bind(file_name)
    .bind(content)
    .bind(KEPT_HOURS)
    .fetch_one(&mut *db)
    .await
}

/// A kept list of this consultation that has not expired: its file name and content.
pub async fn kept_upload(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
    id: Uuid,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT file_name, content FROM participant_list_upload
          WHERE id = $1 AND consultation_id = $2 AND expires_at > now()",
    )
    .bind(id)
    .bind(consultation)
    .fetch_optional(db)
    .await
}

/// Forgets a kept list (once it checked clean).
pub async fn forget_upload(db: impl PgExecutor<'_>, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM participant_list_upload WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// The organisation names closest to each text, with their slugs, to suggest for unknown ones.
pub async fn suggested_slugs(
    db: impl PgExecutor<'_>,
    names: &[String],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT o.name, o.slug FROM organisation o
          WHERE o.name = ANY($1) AND o.merged_into_id IS NULL AND o.archived_at IS NULL",
    )
    .bind(names)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().collect())
}
