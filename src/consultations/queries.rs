//! SQL for consultation pages. Every query takes the viewer's visible levels.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use sqlx::types::Json;
use uuid::Uuid;

use super::{ConsultationStatus, ParticipationRole};
use crate::auth::Visibility;
use crate::stakeholders::OrganisationKind;

/// A Member State, by code and short name.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct StateRef {
    pub code: String,
    pub name: String,
}

/// One consultation, whole.
#[derive(Debug, sqlx::FromRow)]
pub struct ConsultationRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub number_in_series: Option<i16>,
    pub city: String,
    pub venue: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub status_reason: String,
    pub is_regional: bool,
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    pub languages: Vec<String>,
    pub participants_reported: Option<i32>,
    pub participants_reported_note: String,
    pub source: String,
    pub series_slug: Option<String>,
    pub series_title: Option<String>,
    pub host_code: Option<String>,
    pub host_name: Option<String>,
    pub states: Json<Vec<StateRef>>,
}

pub async fn find_by_slug(
    db: impl PgExecutor<'_>,
    slug: &str,
    levels: &[Visibility],
) -> Result<Option<ConsultationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.slug, c.title, c.number_in_series, c.city, c.venue, c.starts_on,
                c.ends_on, c.planned_period, c.status, c.status_reason, c.is_regional,
                c.chatham_house, c.objectives, c.summary, c.languages, c.participants_reported,
                c.participants_reported_note, c.source,
                s.slug AS series_slug, s.title AS series_title,
                h.code::text AS host_code, h.short_name AS host_name,
                coalesce((SELECT json_agg(json_build_object('code', m.code, 'name', m.short_name)
                                          ORDER BY m.short_name)
                            FROM consultation_state cs
                            JOIN member_state m ON m.code = cs.member_state_code
                           WHERE cs.consultation_id = c.id), '[]') AS states
           FROM consultation c
           LEFT JOIN series s ON s.id = c.series_id AND s.visibility = ANY($2)
           LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.slug = $1 AND c.visibility = ANY($2) AND c.archived_at IS NULL",
    )
    .bind(slug)
    .bind(levels)
    .fetch_optional(db)
    .await
}

/// A consultation in a list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsultationSummary {
    pub slug: String,
    pub title: String,
    pub series_id: Option<Uuid>,
    pub number_in_series: Option<i16>,
    pub city: String,
    pub host_name: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub participants_reported: Option<i32>,
}

const SUMMARY_COLUMNS: &str = "c.slug, c.title, c.series_id, c.number_in_series, c.city,
    h.short_name AS host_name, c.starts_on, c.ends_on, c.planned_period, c.status,
    c.participants_reported";

const SUMMARY_ORDER: &str =
    "ORDER BY c.starts_on NULLS LAST, c.number_in_series NULLS LAST, h.short_name, c.title";

/// Every visible consultation, in date order (undated ones last).
pub async fn list_all(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.visibility = ANY($1) AND c.archived_at IS NULL
          {SUMMARY_ORDER}"
    ))
    .bind(levels)
    .fetch_all(db)
    .await
}

/// The visible consultations of a series.
pub async fn list_for_series(
    db: impl PgExecutor<'_>,
    series_id: Uuid,
    levels: &[Visibility],
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.series_id = $1 AND c.visibility = ANY($2) AND c.archived_at IS NULL
          {SUMMARY_ORDER}"
    ))
    .bind(series_id)
    .bind(levels)
    .fetch_all(db)
    .await
}

/// The visible consultations that cover a Member State.
pub async fn list_for_state(
    db: impl PgExecutor<'_>,
    code: &str,
    levels: &[Visibility],
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.visibility = ANY($2) AND c.archived_at IS NULL
            AND (c.host_state_code = $1 OR EXISTS (
                     SELECT 1 FROM consultation_state cs
                      WHERE cs.consultation_id = c.id AND cs.member_state_code = $1))
          {SUMMARY_ORDER}"
    ))
    .bind(code)
    .bind(levels)
    .fetch_all(db)
    .await
}

/// An organisation's part in a consultation, summed over its participation records.
#[derive(Debug, sqlx::FromRow)]
pub struct ParticipantOrganisation {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub state_name: Option<String>,
    pub roles: Vec<ParticipationRole>,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
}

pub async fn participants(
    db: impl PgExecutor<'_>,
    consultation_id: Uuid,
) -> Result<Vec<ParticipantOrganisation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.slug, o.name, o.acronym, o.kind, m.short_name AS state_name,
                array_agg(DISTINCT p.role ORDER BY p.role) AS roles,
                sum(p.female)::bigint AS female, sum(p.male)::bigint AS male,
                sum(p.other_or_unstated)::bigint AS other_or_unstated
           FROM participation p
           JOIN organisation o ON o.id = p.organisation_id
           LEFT JOIN member_state m ON m.code = o.member_state_code
          WHERE p.consultation_id = $1
          GROUP BY o.id, m.short_name
          ORDER BY min(p.role), o.kind, o.name",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await
}
