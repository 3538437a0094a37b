//! SQL for people and their roles.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::Sex;
use crate::domain::consultation::{ConsultationStatus, ParticipationRole};

#[derive(Debug, sqlx::FromRow)]
pub struct PersonListItem {
    pub id: Uuid,
    pub full_name: String,
    pub honorific: String,
    pub roles: Vec<String>,
    /// Consultations the person took part in or spoke at.
    pub consultations: i64,
    /// Consultations the person spoke at (named as a session's speaker).
    pub spoke_at: i64,
}

pub async fn list(db: impl PgExecutor<'_>) -> Result<Vec<PersonListItem>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.full_name, p.honorific,
                coalesce((SELECT array_agg(pr.title || coalesce(', ' ||
                                    coalesce(nullif(o.acronym, ''), o.name), '')
                                    ORDER BY pr.starts_on NULLS FIRST)
                            FROM person_role pr LEFT JOIN organisation o ON o.id = pr.organisation_id
                           WHERE pr.person_id = p.id AND pr.ends_on IS NULL), '{}') AS roles,
                (SELECT count(*) FROM consultation c
                  WHERE EXISTS (SELECT 1 FROM participation pa
                                 WHERE pa.consultation_id = c.id AND pa.person_id = p.id)
                     OR EXISTS (SELECT 1 FROM session se
                                  JOIN session_speaker sp ON sp.session_id = se.id
                                 WHERE se.consultation_id = c.id AND se.archived_at IS NULL
                                   AND sp.person_id = p.id)) AS consultations,
                (SELECT count(DISTINCT se.consultation_id) FROM session se
                   JOIN session_speaker sp ON sp.session_id = se.id
                  WHERE se.archived_at IS NULL AND sp.person_id = p.id) AS spoke_at
           FROM person p WHERE p.archived_at IS NULL AND p.merged_into_id IS NULL
          ORDER BY lower(immutable_unaccent(p.full_name))",
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonRow {
    pub id: Uuid,
    pub full_name: String,
    pub honorific: String,
    pub sex: Sex,
    pub email: String,
    pub phone: String,
    pub staff_notes: String,
    pub version: i32,
}

pub async fn find(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<PersonRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, full_name, honorific, sex, email, phone, staff_notes, version
           FROM person WHERE id = $1 AND archived_at IS NULL AND merged_into_id IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// A position held, from when to when.
#[derive(Debug, sqlx::FromRow)]
pub struct RoleRow {
    pub title: String,
    pub organisation_slug: Option<String>,
    pub organisation_name: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub source: String,
}

pub async fn roles(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<RoleRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT pr.title, o.slug AS organisation_slug, o.name AS organisation_name,
                pr.starts_on, pr.ends_on, pr.source
           FROM person_role pr LEFT JOIN organisation o ON o.id = pr.organisation_id
          WHERE pr.person_id = $1
          ORDER BY pr.starts_on NULLS FIRST, pr.title",
    )
    .bind(id)
    .fetch_all(db)
    .await
}

/// Where the person took part or spoke.
#[derive(Debug, sqlx::FromRow)]
pub struct TookPart {
    pub slug: String,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub status: ConsultationStatus,
    pub roles: Vec<ParticipationRole>,
    pub spoke_in: Vec<String>,
}

pub async fn took_part(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<TookPart>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.slug, c.title, c.starts_on, c.status,
                coalesce((SELECT array_agg(DISTINCT p.role) FROM participation p
                           WHERE p.consultation_id = c.id AND p.person_id = $1), '{}') AS roles,
                coalesce((SELECT array_agg(se.title ORDER BY se.position) FROM session se
                           JOIN session_speaker sp ON sp.session_id = se.id
                          WHERE se.consultation_id = c.id AND se.archived_at IS NULL
                            AND sp.person_id = $1), '{}') AS spoke_in
           FROM consultation c
          WHERE EXISTS (SELECT 1 FROM participation p WHERE p.consultation_id = c.id AND p.person_id = $1)
             OR EXISTS (SELECT 1 FROM session se JOIN session_speaker sp ON sp.session_id = se.id
                         WHERE se.consultation_id = c.id AND se.archived_at IS NULL
                           AND sp.person_id = $1)
          ORDER BY c.starts_on NULLS LAST",
    )
    .bind(id)
    .fetch_all(db)
    .await
}
