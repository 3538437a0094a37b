//! Administration pages.

use askama::Template;

use super::queries::{AuditRow, UserRow};
use crate::auth::Role;
use crate::domain::Choice;
use crate::member_states::queries::StateListItem;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    pub ctx: PageContext,
    pub users: Vec<UserRow>,
}

/// The account form as typed, for showing it again.
#[derive(Debug, Default, Clone)]
pub struct AccountInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub organisation: String,
    pub member_state: String,
    pub version: i32,
}

#[derive(Template)]
#[template(path = "admin/user_form.html")]
pub struct UserFormPage {
    pub ctx: PageContext,
    /// `None` for a new account.
    pub user: Option<UserRow>,
    pub input: AccountInput,
    pub errors: FieldErrors,
    pub roles: &'static [Role],
    pub organisations: Vec<Choice>,
    pub states: Vec<StateListItem>,
    /// Set when someone else saved the account meanwhile: their version.
    pub conflict: Option<UserRow>,
}

impl UserFormPage {
    pub fn action(&self) -> String {
        match &self.user {
            Some(u) => format!("/admin/users/{}", u.id),
            None => "/admin/users".to_owned(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/invited.html")]
pub struct InvitedPage {
    pub ctx: PageContext,
    pub user: UserRow,
    pub link: String,
    pub days: i64,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub ctx: PageContext,
    pub rows: Vec<AuditLine>,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub from: String,
    pub to: String,
    pub next_page: String,
}

pub struct AuditLine {
    pub when: String,
    pub when_iso: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub before: String,
    pub after: String,
}

impl From<AuditRow> for AuditLine {
    fn from(row: AuditRow) -> Self {
        let json = |v: Option<serde_json::Value>| {
            v.map(|v| serde_json::to_string_pretty(&v).unwrap_or_default())
                .unwrap_or_default()
        };
        Self {
            when: row.occurred_at.format("%-d %b %Y %H:%M:%S UTC").to_string(),
            when_iso: row.occurred_at.to_rfc3339(),
            actor: row.actor,
            action: row.action,
            entity: if row.entity_id.is_empty() {
                row.entity
            } else {
                format!("{} {}", row.entity, row.entity_id)
            },
            before: json(row.before),
            after: json(row.after),
        }
    }
}
