//! The findings tracker, a finding's page and its form.

use askama::Template;
use uuid::Uuid;

use super::queries::{COUNT_CAP, FindingRow, ListItem, Update};
use super::{FindingKind, RecommendationStatus};
use crate::domain::Choice;
use crate::member_states::queries::StateListItem;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

/// The tracker's filters as typed, to show them again and to build links.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct TrackerQuery {
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub commitment: String,
    #[serde(default)]
    pub chapter: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub consultation: String,
    /// A series' slug.
    #[serde(default)]
    pub series: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub overdue: String,
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub after: String,
}

impl TrackerQuery {
    /// The query string of these filters (without the page cursor).
    pub fn query_string(&self) -> String {
        let pairs = [
            ("state", &self.state),
            ("kind", &self.kind),
            ("status", &self.status),
            ("commitment", &self.commitment),
            ("chapter", &self.chapter),
            ("theme", &self.theme),
            ("consultation", &self.consultation),
            ("series", &self.series),
            ("from", &self.from),
            ("to", &self.to),
            ("overdue", &self.overdue),
            ("sort", &self.sort),
        ];
        pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", crate::web::urlencode(v).replace('/', "%2F")))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[derive(Template)]
#[template(path = "findings/tracker.html")]
pub struct TrackerPage {
    pub ctx: PageContext,
    pub query: TrackerQuery,
    pub findings: Vec<ListItem>,
    pub total: i64,
    pub next_page: String,
    pub states: Vec<StateListItem>,
    pub themes: Vec<(String, String)>,
    pub consultations: Vec<(String, String)>,
}

impl TrackerPage {
    pub fn kinds(&self) -> Vec<(&'static str, &'static str, bool)> {
        FindingKind::options(FindingKind::parse(&self.query.kind))
    }

    pub fn statuses(&self) -> Vec<(&'static str, &'static str, bool)> {
        RecommendationStatus::options(RecommendationStatus::parse(&self.query.status))
    }

    /// "1 finding", "2 findings".
    pub fn total_label(&self) -> String {
        t!("findings-total", count = self.total)
    }

    /// The list the downloads hold, in words.
    pub fn download_what(&self) -> String {
        if self.total > super::queries::COUNT_CAP {
            t!(
                "download-what-findings-more",
                count = super::queries::COUNT_CAP
            )
        } else {
            t!("download-what-findings", count = self.total)
        }
    }
}

#[derive(Template)]
#[template(path = "findings/show.html")]
pub struct FindingPage {
    pub ctx: PageContext,
    pub finding: FindingRow,
    pub updates: Vec<Update>,
    pub overdue: bool,
    pub errors: FieldErrors,
    /// The progress form as typed (empty, with today's date, until it is sent).
    pub update: UpdateInput,
    /// Who may see it, for staff ("" for anyone else).
    pub visible_to: String,
    /// The statement shown (its own, or its translation into the reader's language) and what
    /// the page says about it.
    pub reading: crate::web::translation::Reading,
    pub statement: String,
}

/// The follow-up (progress) form of a recommendation, as typed.
#[derive(Debug, Clone, Default)]
pub struct UpdateInput {
    pub reported_on: String,
    pub body: String,
    pub links: String,
    pub status: String,
}

impl FindingPage {
    pub fn statuses(&self) -> Vec<(&'static str, &'static str, bool)> {
        RecommendationStatus::options(RecommendationStatus::parse(&self.update.status))
    }
}

/// The finding form as typed.
#[derive(Debug, Clone, Default)]
pub struct FindingInput {
    pub kind: String,
    pub statement: String,
    pub consultation: String,
    pub session: String,
    pub source_note: String,
    pub states: Vec<String>,
    pub commitments: Vec<String>,
    pub themes: Vec<String>,
    pub visibility: String,
    pub addressee: String,
    pub status: String,
    pub due_on: String,
    /// The language the statement is written in ("" on a new form: the writer's).
    pub language: String,
    pub version: String,
    pub token: String,
    /// The filter of the addressees' list of organisations.
    pub organisation_filter: String,
    /// The filter of the consultations' list.
    pub consultation_filter: String,
}

impl FindingInput {
    /// The organisation the recommendation is addressed to, if the form names one.
    pub fn addressee_organisation(&self) -> Option<Uuid> {
        self.addressee
            .strip_prefix("org:")
            .and_then(|id| Uuid::parse_str(id.trim()).ok())
    }
    pub fn has_state(&self, code: &str) -> bool {
        self.states.iter().any(|s| s == code)
    }
    pub fn has_commitment(&self, id: &Uuid) -> bool {
        self.commitments.iter().any(|s| *s == id.to_string())
    }
    pub fn has_theme(&self, id: &Uuid) -> bool {
        self.themes.iter().any(|s| *s == id.to_string())
    }
}

#[derive(Template)]
#[template(path = "findings/form.html")]
pub struct FindingFormPage {
    pub ctx: PageContext,
    pub finding_id: Option<Uuid>,
    pub input: FindingInput,
    pub errors: FieldErrors,
    pub consultations: crate::web::offered::Offered,
    pub sessions: Vec<Choice>,
    pub states: Vec<StateListItem>,
    pub commitments: Vec<Choice>,
    pub themes: Vec<Choice>,
    pub organisations: crate::organisations::offered::Offered,
    pub conflict: bool,
}

impl FindingFormPage {
    pub fn action(&self) -> String {
        match self.finding_id {
            Some(id) => format!("/findings/{id}"),
            None => "/findings".to_owned(),
        }
    }
    pub fn kinds(&self) -> Vec<(&'static str, &'static str, bool)> {
        FindingKind::options(FindingKind::parse(&self.input.kind))
    }
    pub fn statuses(&self) -> Vec<(&'static str, &'static str, bool)> {
        RecommendationStatus::options(RecommendationStatus::parse(&self.input.status))
    }
    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(crate::auth::Visibility::parse(&self.input.visibility))
    }
}
