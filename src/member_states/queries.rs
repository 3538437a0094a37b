//! SQL for Member States.

use chrono::NaiveDate;
use sqlx::PgExecutor;

use crate::auth::Visibility;

/// A Member State with its consultation counts (over what the viewer may see).
#[derive(Debug, Clone, sqlx::FromRow, serde::Deserialize)]
pub struct StateListItem {
    pub code: String,
    pub short_name: String,
    pub member_since: NaiveDate,
}

/// Every Member State as a [`StateListItem`], unordered: a part of a larger statement.
pub const LIST: &str = "SELECT code::text AS code, short_name, member_since FROM member_state";

/// Every Member State, by name.
pub async fn list(db: impl PgExecutor<'_>) -> Result<Vec<StateListItem>, sqlx::Error> {
    sqlx::query_as(&format!("{LIST} ORDER BY short_name"))
        .fetch_all(db)
        .await
}

/// Every Member State, named in the reader's language and in the order of those names: for a
/// filter's choices.
pub async fn list_named(db: impl PgExecutor<'_>) -> Result<Vec<StateListItem>, sqlx::Error> {
    Ok(named(list(db).await?))
}

/// `states` named in the reader's language, in the order of those names.
pub fn named(mut states: Vec<StateListItem>) -> Vec<StateListItem> {
    for s in &mut states {
        s.short_name = super::state_name(&s.code, &s.short_name);
    }
    states.sort_by(|a, b| a.short_name.cmp(&b.short_name));
    states
}

/// A Member State's line on the home page.
#[derive(Debug, sqlx::FromRow)]
pub struct StateOverview {
    pub code: String,
    pub short_name: String,
    pub member_since: NaiveDate,
    pub held: i64,
    pub planned: i64,
    pub last_held: Option<NaiveDate>,
}

pub async fn overview(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
) -> Result<Vec<StateOverview>, sqlx::Error> {
    sqlx::query_as(
        "SELECT m.code::text AS code, m.short_name, m.member_since,
                count(c.id) FILTER (WHERE c.status IN ('held', 'report_published')) AS held,
                count(c.id) FILTER (WHERE c.status IN ('planned', 'scheduled', 'postponed'))
                    AS planned,
                max(c.starts_on) FILTER (WHERE c.status IN ('held', 'report_published'))
                    AS last_held
           FROM member_state m
           LEFT JOIN consultation_state cs ON cs.member_state_code = m.code
           LEFT JOIN consultation c ON c.id = cs.consultation_id
                 AND c.effective_visibility = ANY($1) AND c.archived_at IS NULL
          GROUP BY m.code
          ORDER BY m.short_name",
    )
    .bind(levels)
    .fetch_all(db)
    .await
}

/// One Member State.
#[derive(Debug, sqlx::FromRow)]
pub struct StateRow {
    pub code: String,
    pub short_name: String,
    pub formal_name: String,
    pub member_since: NaiveDate,
    pub observer_since: Option<NaiveDate>,
    pub note: String,
}

pub async fn find(db: impl PgExecutor<'_>, code: &str) -> Result<Option<StateRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT code::text AS code, short_name, formal_name, member_since, observer_since, note
           FROM member_state WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(db)
    .await
}

/// Whether, and since when, the state is bound by each framework.
#[derive(Debug, sqlx::FromRow)]
pub struct Binding {
    pub slug: String,
    pub short_title: String,
    pub bound_from: Option<NaiveDate>,
    pub bound_until: Option<NaiveDate>,
}

pub async fn bindings(db: impl PgExecutor<'_>, code: &str) -> Result<Vec<Binding>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.slug, f.short_title, fs.bound_from, fs.bound_until
           FROM framework f
           LEFT JOIN framework_state fs
                  ON fs.framework_id = f.id AND fs.member_state_code = $1
          ORDER BY f.adopted_on NULLS LAST, f.short_title",
    )
    .bind(code)
    .fetch_all(db)
    .await
}
