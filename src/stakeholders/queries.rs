//! SQL for the organisation directory and an organisation's history.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::OrganisationKind;
use crate::auth::Visibility;
use crate::consultations::{ConsultationStatus, ParticipationRole};

/// An organisation in the directory.
#[derive(Debug, sqlx::FromRow)]
pub struct OrganisationListItem {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub state_name: Option<String>,
    pub consultations: i64,
}

/// Which organisations to list: by kind, by Member State (`Some(None)`: regional ones only).
#[derive(Debug, Default)]
pub struct DirectoryFilter {
    pub kind: Option<OrganisationKind>,
    pub state: Option<Option<String>>,
}

pub async fn directory(
    db: impl PgExecutor<'_>,
    filter: &DirectoryFilter,
    levels: &[Visibility],
) -> Result<Vec<OrganisationListItem>, sqlx::Error> {
    let (state_filter, state) = match &filter.state {
        None => (false, None),
        Some(state) => (true, state.clone()),
    };
    sqlx::query_as(
        "SELECT o.slug, o.name, o.acronym, o.kind, m.short_name AS state_name,
                (SELECT count(DISTINCT p.consultation_id)
                   FROM participation p JOIN consultation c ON c.id = p.consultation_id
                  WHERE p.organisation_id = o.id AND c.visibility = ANY($4)
                    AND c.archived_at IS NULL) AS consultations
           FROM organisation o
           LEFT JOIN member_state m ON m.code = o.member_state_code
          WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL
            AND ($1::organisation_kind IS NULL OR o.kind = $1)
            AND (NOT $2 OR o.member_state_code IS NOT DISTINCT FROM $3)
          ORDER BY lower(o.name)",
    )
    .bind(filter.kind)
    .bind(state_filter)
    .bind(state)
    .bind(levels)
    .fetch_all(db)
    .await
}

/// One organisation.
#[derive(Debug, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub state_code: Option<String>,
    pub state_name: Option<String>,
    pub country_note: String,
    pub website: String,
    pub description: String,
    pub aliases: Vec<String>,
}

pub async fn find_by_slug(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<OrganisationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.slug, o.name, o.acronym, o.kind, m.code::text AS state_code,
                m.short_name AS state_name, o.country_note, o.website, o.description,
                coalesce((SELECT array_agg(a.alias ORDER BY a.alias)
                            FROM organisation_alias a WHERE a.organisation_id = o.id),
                         '{}') AS aliases
           FROM organisation o
           LEFT JOIN member_state m ON m.code = o.member_state_code
          WHERE o.slug = $1 AND o.archived_at IS NULL AND o.merged_into_id IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// A consultation the organisation took part in, with its roles there.
#[derive(Debug, sqlx::FromRow)]
pub struct HistoryItem {
    pub slug: String,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub host_name: Option<String>,
    pub roles: Vec<ParticipationRole>,
    pub sessions_spoken: Vec<String>,
}

pub async fn history(
    db: impl PgExecutor<'_>,
    organisation_id: Uuid,
    levels: &[Visibility],
) -> Result<Vec<HistoryItem>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.slug, c.title, c.starts_on, c.ends_on, c.planned_period, c.status,
                h.short_name AS host_name,
                array_agg(DISTINCT p.role ORDER BY p.role) AS roles,
                coalesce((SELECT array_agg(se.title ORDER BY se.position)
                            FROM session se
                           WHERE se.consultation_id = c.id AND se.visibility = ANY($2)
                             AND se.archived_at IS NULL
                             AND EXISTS (SELECT 1 FROM session_speaker sp
                                          WHERE sp.session_id = se.id
                                            AND sp.organisation_id = $1)), '{}')
                    AS sessions_spoken
           FROM participation p
           JOIN consultation c ON c.id = p.consultation_id
           LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE p.organisation_id = $1 AND c.visibility = ANY($2) AND c.archived_at IS NULL
          GROUP BY c.id, h.short_name
          ORDER BY c.starts_on NULLS LAST, c.title",
    )
    .bind(organisation_id)
    .bind(levels)
    .fetch_all(db)
    .await
}
