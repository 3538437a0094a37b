//! The organisation directory and an organisation's page.

use askama::Template;

use super::OrganisationKind;
use super::queries::{HistoryItem, OrganisationListItem, OrganisationRow};
use crate::member_states::queries::StateListItem;
use crate::web::{PageContext, format};

#[derive(Template)]
#[template(path = "organisations/directory.html")]
pub struct DirectoryPage {
    pub ctx: PageContext,
    /// This page's organisations.
    pub organisations: Vec<OrganisationListItem>,
    /// How many the filters select, and the position of this page's first.
    pub total: i64,
    pub first: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// The name filter.
    pub q: String,
    pub kinds: &'static [OrganisationKind],
    pub states: Vec<StateListItem>,
    pub kind: String,
    pub state: String,
}

impl DirectoryPage {
    /// The label of the selected filter values, for the heading.
    pub fn filtered(&self) -> bool {
        !self.kind.is_empty() || !self.state.is_empty() || !self.q.is_empty()
    }

    /// The filters as a query string, for the download links.
    pub fn download_query(&self) -> String {
        crate::web::download::query_of(&[
            ("kind", &self.kind),
            ("state", &self.state),
            ("q", &self.q),
        ])
    }

    /// The list the downloads hold, in words.
    pub fn download_what(&self) -> String {
        if self.filtered() {
            t!("download-what-organisations-filtered", count = self.total)
        } else {
            t!("download-what-organisations", count = self.total)
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/organisation.html")]
pub struct OrganisationPage {
    pub ctx: PageContext,
    pub org: OrganisationRow,
    pub history: Vec<HistoryLine>,
}

impl OrganisationPage {
    /// Where the history's downloads are, without the extension.
    pub fn history_path(&self) -> String {
        format!("/organisations/{}/history", self.org.slug)
    }
}

pub struct HistoryLine {
    pub slug: String,
    pub title: String,
    pub when: String,
    pub when_iso: String,
    pub status: &'static str,
    pub place: String,
    pub roles: String,
    pub sessions_spoken: Vec<String>,
}

impl From<HistoryItem> for HistoryLine {
    fn from(h: HistoryItem) -> Self {
        Self {
            when: format::period(h.starts_on, h.ends_on, &h.planned_period),
            when_iso: format::iso(h.starts_on),
            status: h.status.label(),
            place: crate::member_states::place(h.host_code.as_deref(), h.host_name.as_deref()),
            roles: h
                .roles
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join(", "),
            slug: h.slug,
            title: h.title,
            sessions_spoken: h.sessions_spoken,
        }
    }
}

/// The form to add or edit an organisation, with the merge form when editing.
#[derive(Template)]
#[template(path = "organisations/form.html")]
pub struct OrganisationFormPage {
    pub ctx: PageContext,
    /// The organisation being edited; `None` for a new one.
    pub slug: Option<String>,
    pub input: super::forms::OrganisationInput,
    pub errors: crate::web::form::FieldErrors,
    pub kinds: &'static [OrganisationKind],
    pub states: Vec<StateListItem>,
    /// Others it could be merged into.
    pub others: super::offered::Offered,
    pub conflict: bool,
    /// The merge form as sent (the organisation chosen, the box ticked).
    pub merge_into: String,
    pub merge_confirmed: bool,
}

impl OrganisationFormPage {
    pub fn action(&self) -> String {
        match &self.slug {
            Some(slug) => format!("/organisations/{slug}"),
            None => "/organisations".to_owned(),
        }
    }
}
