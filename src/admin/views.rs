//! Administration pages.

use askama::Template;

use super::queries::{AuditRow, UserRow};
use super::sentence::{self, Change};
use crate::auth::Role;
use crate::member_states::queries::StateListItem;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    pub ctx: PageContext,
    /// This page of the accounts matching `q`, of `total`, the first being the `first`th.
    pub users: Vec<UserRow>,
    pub total: i64,
    pub first: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub q: String,
}

impl UsersPage {
    /// "2216 accounts", and on one page of several "2216 accounts: 101 to 200".
    pub fn caption(&self) -> String {
        crate::web::extract::paged_caption(
            t!("users-count", count = self.total),
            self.first,
            self.users.len(),
            self.previous.is_some() || self.next.is_some(),
        )
    }
}

/// The account form as typed, for showing it again.
#[derive(Debug, Default, Clone)]
pub struct AccountInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub organisation: String,
    /// The filter of the organisations' list.
    pub organisation_filter: String,
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
    pub organisations: crate::organisations::offered::Offered,
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
    /// The link to send: the full address when the site's address is known, else its path.
    pub link: String,
    /// Whether `link` is the full address.
    pub full: bool,
    /// "7 days", "24 hours".
    pub valid_for: String,
    /// A password-reset link, not an invitation.
    pub reset: bool,
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
    /// Whose entries the filter may show: (id, name).
    pub people: Vec<(uuid::Uuid, String)>,
    /// The kinds of record: (value, label).
    pub kinds: Vec<(&'static str, String)>,
}

impl AuditPage {
    pub fn actor_is(&self, id: &uuid::Uuid) -> bool {
        self.actor == id.to_string()
    }

    /// A name typed into the address (`?actor=...`) rather than chosen from the list.
    pub fn actor_typed(&self) -> bool {
        !self.actor.is_empty() && uuid::Uuid::parse_str(&self.actor).is_err()
    }
}

pub struct AuditLine {
    pub when: String,
    pub when_iso: String,
    /// What happened, as a sentence with names.
    pub sentence: String,
    /// The fields that changed.
    pub changes: Vec<Change>,
    /// What was recorded, for an entry with no before (a new record): (field, value).
    pub recorded: Vec<(String, String)>,
    /// The code of what happened, for those who search the log by it.
    pub action: String,
}

impl AuditPage {
    /// The filters as a query string, for the download links.
    pub fn download_query(&self) -> String {
        crate::web::download::query_of(&[
            ("actor", &self.actor),
            ("action", &self.action),
            ("entity", &self.entity),
            ("from", &self.from),
            ("to", &self.to),
        ])
    }
}

impl From<AuditRow> for AuditLine {
    fn from(row: AuditRow) -> Self {
        let sentence = sentence::sentence(&sentence::Facts {
            actor: &row.actor,
            actor_label: &row.actor_label,
            action: &row.action,
            entity: &row.entity,
            name: row.entity_name.as_deref(),
            before: row.before.as_ref(),
            after: row.after.as_ref(),
        });
        let changes = sentence::changes(row.before.as_ref(), row.after.as_ref());
        let recorded = match (&row.before, &row.after) {
            (None, Some(serde_json::Value::Object(after))) => after
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "version" | "token"))
                .map(|(k, v)| {
                    (
                        sentence::field_label(k),
                        sentence::short(&sentence::value_in_words(k, v), 300),
                    )
                })
                .collect(),
            _ => Vec::new(),
        };
        Self {
            when: t!(
                "audit-when",
                date = crate::web::format::date(row.occurred_at.date_naive()),
                time = row.occurred_at.format("%H:%M:%S").to_string()
            ),
            when_iso: row.occurred_at.to_rfc3339(),
            sentence,
            changes,
            recorded,
            action: row.action,
        }
    }
}
