//! Who is asking, and what they may see and do: logins, passwords, the second factor, sign-in
//! throttling, invitations and route guards. (The access policy itself is `crate::access`, below
//! the web layer, which every page reads.)

pub mod accounts;
pub mod api_tokens;
pub mod csrf;
pub mod guard;
pub mod handlers;
pub mod invitations;
pub mod login;
pub mod login_cache;
pub mod password;
pub mod queries;
pub mod resume;
pub mod throttle;
pub mod totp;
pub mod views;

pub use crate::access::{Role, User, Viewer, Visibility};

/// "Center for Development and Integration (CDI)", "Viet Nam", "the region", or "".
pub async fn scope_label(pool: &sqlx::PgPool, user: &User) -> Result<String, sqlx::Error> {
    let label: Option<String> = sqlx::query_scalar(
        "SELECT CASE
                  WHEN $1::uuid IS NOT NULL THEN
                      (SELECT o.name || CASE WHEN o.acronym <> '' THEN ' (' || o.acronym || ')'
                                             ELSE '' END
                         FROM organisation o WHERE o.id = $1)
                  WHEN $2::text IS NOT NULL THEN
                      (SELECT short_name FROM member_state WHERE code = $2)
                END",
    )
    .bind(user.organisation_id)
    .bind(&user.member_state_code)
    .fetch_one(pool)
    .await?;
    Ok(match (label, user.role, &user.member_state_code) {
        (Some(label), _, Some(code)) if user.organisation_id.is_none() => {
            crate::i18n::own_or(&format!("state-{}", code.trim()), &label)
        }
        (Some(label), _, _) => label,
        (None, Role::Official, _) => t!("users-the-region"),
        (None, _, _) => String::new(),
    })
}
