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

/// A theme, by slug and name.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ThemeRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, sqlx::FromRow)]
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
}

/// The visible sessions of a consultation, in agenda order, with speakers and themes.
pub async fn agenda(
    db: impl PgExecutor<'_>,
    consultation_id: Uuid,
    levels: &[Visibility],
) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT se.id, se.position, se.kind, se.title, se.description, se.day, se.starts_at,
                se.ends_at,
                coalesce((
                    SELECT json_agg(json_build_object(
                               'person', nullif(trim(p.honorific || ' ' || p.full_name), ''),
                               'roles', (SELECT string_agg(pr.title || coalesce(', ' ||
                                                 coalesce(nullif(ro.acronym, ''), ro.name), ''),
                                                 '; ' ORDER BY pr.title)
                                           FROM person_role pr
                                           LEFT JOIN organisation ro ON ro.id = pr.organisation_id
                                          WHERE pr.person_id = p.id
                                            AND (pr.starts_on IS NULL OR c.starts_on IS NULL
                                                 OR pr.starts_on <= c.starts_on)
                                            AND (pr.ends_on IS NULL OR c.starts_on IS NULL
                                                 OR pr.ends_on >= c.starts_on)),
                               'organisation', o.name,
                               'organisation_slug', o.slug,
                               'capacity', sp.capacity) ORDER BY sp.position)
                      FROM session_speaker sp
                      LEFT JOIN person p ON p.id = sp.person_id
                      LEFT JOIN organisation o ON o.id = sp.organisation_id
                     WHERE sp.session_id = se.id), '[]') AS speakers,
                coalesce((
                    SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name)
                                    ORDER BY t.name)
                      FROM session_theme st JOIN theme t ON t.id = st.theme_id
                     WHERE st.session_id = se.id), '[]') AS themes
           FROM session se
           JOIN consultation c ON c.id = se.consultation_id
          WHERE se.consultation_id = $1 AND se.visibility = ANY($2) AND se.archived_at IS NULL
          ORDER BY se.position",
    )
    .bind(consultation_id)
    .bind(levels)
    .fetch_all(db)
    .await
}
