//! SQL for administration.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::{PgExecutor, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::auth::Role;

/// A user in the administrators' list.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub organisation_name: Option<String>,
    pub member_state_code: Option<String>,
    pub member_state_name: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    pub two_factor: bool,
    pub has_password: bool,
    pub version: i32,
}

impl UserRow {
    /// The Member State an official acts for, named in the reader's language.
    pub fn state(&self) -> Option<String> {
        match (&self.member_state_code, &self.member_state_name) {
            (Some(code), Some(name)) => Some(crate::member_states::state_name(code, name)),
            _ => None,
        }
    }
}

const USER_SELECT: &str = "
    SELECT u.id, u.email, u.display_name, u.role, u.organisation_id,
           o.name AS organisation_name, u.member_state_code::text AS member_state_code,
           m.short_name AS member_state_name, u.disabled_at, u.last_sign_in_at,
           u.totp_enabled_at IS NOT NULL AS two_factor, u.password_hash IS NOT NULL AS has_password,
           u.version
      FROM app_user u
      LEFT JOIN organisation o ON o.id = u.organisation_id
      LEFT JOIN member_state m ON m.code = u.member_state_code";

/// The accounts whose name or e-mail contains `$1` (any case; all without it).
const USER_MATCHES: &str = "($1::text IS NULL
     OR lower(u.display_name) LIKE '%' || lower($1) || '%'
     OR lower(u.email) LIKE '%' || lower($1) || '%')";

/// A page of the accounts matching `q`: enabled first, by role and name.
pub async fn users(
    db: impl PgExecutor<'_>,
    q: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{USER_SELECT} WHERE {USER_MATCHES}
          ORDER BY u.disabled_at IS NOT NULL, u.role, lower(u.display_name), u.id
          LIMIT $2 OFFSET $3"
    ))
    .bind(pattern(q))
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await
}

/// How many accounts match `q`.
pub async fn users_count(db: impl PgExecutor<'_>, q: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT count(*) FROM app_user u WHERE {USER_MATCHES}"
    ))
    .bind(pattern(q))
    .fetch_one(db)
    .await
}

fn pattern(q: &str) -> Option<String> {
    let q = q.trim();
    (!q.is_empty()).then(|| crate::domain::text::like_escape(q))
}

pub async fn user(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!("{USER_SELECT} WHERE u.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// What an administrator sets on an account.
#[derive(Debug, Clone, Serialize)]
pub struct AccountFields {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub member_state_code: Option<String>,
}

pub async fn insert_user(
    db: impl PgExecutor<'_>,
    fields: &AccountFields,
    now: DateTime<Utc>,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO app_user (email, display_name, role, organisation_id, member_state_code,
                               created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(&fields.email)
    .bind(&fields.display_name)
    .bind(fields.role)
    .bind(fields.organisation_id)
    .bind(&fields.member_state_code)
    .bind(now)
    .fetch_one(db)
    .await
}

/// Updates an account if it is still at `version`; false if someone saved it meanwhile.
pub async fn update_user(
    db: impl PgExecutor<'_>,
    id: Uuid,
    version: i32,
    fields: &AccountFields,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE app_user SET email = $3, display_name = $4, role = $5, organisation_id = $6,
                member_state_code = $7, version = version + 1, updated_at = $8
          WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(&fields.email)
    .bind(&fields.display_name)
    .bind(fields.role)
    .bind(fields.organisation_id)
    .bind(&fields.member_state_code)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Disables (ending every login at once) or enables an account.
pub async fn set_disabled(
    db: impl PgExecutor<'_>,
    id: Uuid,
    disabled: bool,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE app_user
            SET disabled_at = CASE WHEN $2 THEN $3 END,
                logins_valid_after = CASE WHEN $2 THEN $3 ELSE logins_valid_after END,
                version = version + 1, updated_at = $3
          WHERE id = $1 AND (disabled_at IS NULL) = $2",
    )
    .bind(id)
    .bind(disabled)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A line of the audit log.
#[derive(Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    /// The acting user's name ("" when no user acted).
    pub actor: String,
    /// Who acted when it was no user ("command line", "unknown account").
    pub actor_label: String,
    /// The record's name (title, name, statement), while it exists.
    pub entity_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Which audit lines to show.
#[derive(Debug, Default)]
pub struct AuditFilter {
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Lines older than this id (the next page).
    pub before: Option<i64>,
}

pub const AUDIT_PAGE: i64 = 50;

/// A page of the audit log (one line more than a page tells whether there is more).
pub async fn audit(
    db: impl PgExecutor<'_>,
    filter: &AuditFilter,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    audit_up_to(db, filter, AUDIT_PAGE + 1).await
}

/// The newest `limit` lines of the audit log the filter selects (its downloads).
pub async fn audit_up_to(
    db: impl PgExecutor<'_>,
    filter: &AuditFilter,
    limit: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT a.id, a.occurred_at, coalesce(u.display_name, '') AS actor, a.actor_label,
                CASE a.entity
                  WHEN 'consultation' THEN (SELECT c.title FROM consultation c WHERE c.id = e.uid)
                  WHEN 'session' THEN (SELECT se.title FROM session se WHERE se.id = e.uid)
                  WHEN 'finding' THEN (SELECT left(f.statement, 200) FROM finding f WHERE f.id = e.uid)
                  WHEN 'note' THEN (SELECT se.title FROM note n
                                      JOIN session se ON se.id = n.session_id WHERE n.id = e.uid)
                  WHEN 'organisation' THEN (SELECT o.name FROM organisation o WHERE o.id = e.uid)
                  WHEN 'person' THEN (SELECT p.full_name FROM person p WHERE p.id = e.uid)
                  WHEN 'person_role' THEN (SELECT r.title || ', ' || p.full_name FROM person_role r
                                             JOIN person p ON p.id = r.person_id WHERE r.id = e.uid)
                  WHEN 'app_user' THEN (SELECT t.display_name FROM app_user t WHERE t.id = e.uid)
                  WHEN 'series' THEN (SELECT s.title FROM series s WHERE s.id = e.uid)
                  WHEN 'commitment' THEN (SELECT k.code || ' ' || k.title FROM commitment k
                                           WHERE k.id = e.uid)
                END AS entity_name,
                a.action, a.entity, a.entity_id, a.before, a.after
           FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
           CROSS JOIN LATERAL (SELECT CASE WHEN a.entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                           THEN a.entity_id::uuid END AS uid) e
          WHERE true",
    );
    if let Ok(actor) = Uuid::parse_str(&filter.actor) {
        q.push(" AND a.actor_id = ").push_bind(actor);
    } else if !filter.actor.is_empty() {
        let pattern = format!("%{}%", filter.actor.replace('%', "\\%").replace('_', "\\_"));
        q.push(" AND (u.email ILIKE ")
            .push_bind(pattern.clone())
            .push(" OR u.display_name ILIKE ")
            .push_bind(pattern.clone())
            .push(" OR a.actor_label ILIKE ")
            .push_bind(pattern)
            .push(")");
    }
    if !filter.action.is_empty() {
        q.push(" AND a.action LIKE ").push_bind(format!(
            "{}%",
            filter.action.replace('%', "\\%").replace('_', "\\_")
        ));
    }
    if !filter.entity.is_empty() {
        q.push(" AND a.entity = ").push_bind(filter.entity.clone());
    }
    if let Some(from) = filter.from {
        q.push(" AND a.occurred_at >= ")
            .push_bind(from)
            .push("::date");
    }
    if let Some(to) = filter.to {
        q.push(" AND a.occurred_at < ")
            .push_bind(to)
            .push("::date + 1");
    }
    if let Some(before) = filter.before {
        q.push(" AND a.id < ").push_bind(before);
    }
    q.push(" ORDER BY a.id DESC LIMIT ").push_bind(limit);
    q.build_query_as().fetch_all(db).await
}

/// The names of the records among `ids` (of any kind the log mentions), so that the log shows
/// "session: Opening remarks" where the entry recorded the session's id.
pub async fn names_of(
    db: impl PgExecutor<'_>,
    ids: &[uuid::Uuid],
) -> Result<std::collections::HashMap<uuid::Uuid, String>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    let rows: Vec<(uuid::Uuid, String)> = sqlx::query_as(
        "SELECT id, name FROM (
                   SELECT id, title AS name FROM consultation
         UNION ALL SELECT id, title FROM session
         UNION ALL SELECT id, name FROM organisation
         UNION ALL SELECT id, full_name FROM person
         UNION ALL SELECT id, display_name FROM app_user
         UNION ALL SELECT id, title FROM series
         UNION ALL SELECT id, code || ' ' || title FROM commitment
         UNION ALL SELECT id, left(statement, 80) FROM finding
         ) named WHERE id = ANY($1)",
    )
    .bind(ids)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Everyone who may have acted, for the audit log's filter: (id, name).
pub async fn people_in_log(db: impl PgExecutor<'_>) -> Result<Vec<(Uuid, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, display_name FROM app_user ORDER BY lower(display_name)")
        .fetch_all(db)
        .await
}
