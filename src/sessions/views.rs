//! How an agenda item is shown.

use super::queries::{SessionRow, Speaker, ThemeRef};
use crate::web::format;

/// One line of a consultation's agenda.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub id: uuid::Uuid,
    pub anchor: String,
    pub position: i16,
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    /// The language of the title and description, for their `lang`.
    pub lang: &'static str,
    pub when: String,
    pub speakers: Vec<Speaker>,
    pub themes: Vec<ThemeRef>,
    /// The published notes on it that the viewer may read.
    pub notes: Vec<PublishedNote>,
}

/// A published note as its session shows it.
#[derive(Debug, Clone)]
pub struct PublishedNote {
    pub id: uuid::Uuid,
    /// Who wrote it; empty under the Chatham House rule.
    pub byline: String,
    pub summary: String,
    /// The language it is written in, for its `lang`.
    pub lang: &'static str,
    pub sections: Vec<crate::notes::views::SectionView>,
}

impl From<SessionRow> for AgendaItem {
    fn from(row: SessionRow) -> Self {
        let time = match (row.starts_at, row.ends_at) {
            (Some(s), Some(e)) => format!("{}-{}", s.format("%H:%M"), e.format("%H:%M")),
            (Some(s), None) => s.format("%H:%M").to_string(),
            _ => String::new(),
        };
        let day = row.day.map(format::date).unwrap_or_default();
        let when = [day, time]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        Self {
            id: row.id,
            anchor: format!("session-{}", row.id),
            position: row.position,
            kind: row.kind.label(),
            title: row.title,
            description: row.description,
            lang: row.language.value(),
            when,
            speakers: row.speakers.0,
            themes: row.themes.0,
            notes: Vec::new(),
        }
    }
}

/// The organisations of one Member State (or the regional ones) among the speakers' choices.
pub struct SpeakerGroup {
    pub name: String,
    pub choices: Vec<crate::domain::Choice>,
}

impl SpeakerGroup {
    /// Groups `choices` (id, label, group; in group order).
    pub fn group(choices: Vec<(uuid::Uuid, String, String)>) -> Vec<Self> {
        let mut groups: Vec<Self> = Vec::new();
        for (id, label, group) in choices {
            let choice = crate::domain::Choice { id, label };
            match groups.last_mut() {
                Some(last) if last.name == group => last.choices.push(choice),
                _ => groups.push(Self {
                    name: group,
                    choices: vec![choice],
                }),
            }
        }
        groups
    }
}

/// The form to add or edit an agenda item.
#[derive(askama::Template)]
#[template(path = "sessions/form.html")]
pub struct SessionFormPage {
    pub ctx: crate::web::PageContext,
    pub consultation_slug: String,
    pub consultation_title: String,
    /// The session being edited; `None` for a new one.
    pub session_id: Option<uuid::Uuid>,
    pub input: super::forms::SessionInput,
    pub errors: crate::web::form::FieldErrors,
    /// The organisations that may speak, by Member State, narrowed to those matching the
    /// filter (and those already ticked).
    pub speaker_groups: Vec<SpeakerGroup>,
    /// How many organisations the filter hides.
    pub speakers_hidden: usize,
    /// When more organisations match than are listed, the hint that says so (else empty).
    pub speakers_more: String,
    pub themes: Vec<crate::domain::Choice>,
    /// Someone saved the session meanwhile.
    pub conflict: bool,
    /// The sessions taken off this agenda, which may be restored: (id, title). Shown with
    /// the form to add a session, so that staff find them before writing one again.
    pub removed: Vec<(uuid::Uuid, String)>,
}

impl SessionFormPage {
    pub fn action(&self) -> String {
        match self.session_id {
            Some(id) => format!("/sessions/{id}"),
            None => format!("/consultations/{}/sessions", self.consultation_slug),
        }
    }

    /// Where the form is sent back to itself with GET to narrow the speakers' list.
    pub fn filter_action(&self) -> String {
        match self.session_id {
            Some(id) => format!("/sessions/{id}/edit"),
            None => format!("/consultations/{}/sessions/new", self.consultation_slug),
        }
    }

    pub fn kinds(&self) -> Vec<(&'static str, &'static str, bool)> {
        super::SessionKind::options(super::SessionKind::parse(&self.input.kind))
    }

    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(crate::auth::Visibility::parse(&self.input.visibility))
    }
}
