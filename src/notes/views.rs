//! The note pages, and how a published note shows on its consultation's page.

use askama::Template;
use uuid::Uuid;

use super::queries::{NoteRow, SessionContext, Statement};
use super::{Attribution, NoteStatus, Section};
use crate::organisations::OrganisationKind;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

/// One statement slot of the form.
#[derive(Debug, Clone, Default)]
pub struct Slot {
    pub index: usize,
    pub body: String,
    pub non_attributed: bool,
    pub sector: String,
}

/// A section of the form with its slots (the statements so far, and two empty ones).
pub struct SectionSlots {
    pub section: Section,
    pub slots: Vec<Slot>,
}

/// The note form as typed.
#[derive(Debug, Clone, Default)]
pub struct NoteInput {
    pub summary: String,
    pub proposed_visibility: String,
    /// The author's choice of attribution, as typed (a value of [`Attribution`]).
    pub proposed_attribution: String,
    /// The language it is written in (a value of [`TextLanguage`]; "" for the writer's).
    ///
    /// [`TextLanguage`]: crate::domain::language::TextLanguage
    pub language: String,
    pub statements: Vec<(Section, Slot)>,
    pub reason: String,
    pub version: String,
    pub token: String,
}

impl NoteInput {
    /// The sections with their slots, numbered across the form.
    pub fn sections(&self) -> Vec<SectionSlots> {
        let mut index = 0;
        Section::ALL
            .into_iter()
            .map(|section| {
                let mut slots: Vec<Slot> = self
                    .statements
                    .iter()
                    .filter(|(s, _)| *s == section)
                    .map(|(_, slot)| slot.clone())
                    .collect();
                slots.push(Slot::default());
                slots.push(Slot::default());
                for slot in &mut slots {
                    slot.index = index;
                    index += 1;
                }
                SectionSlots { section, slots }
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "notes/form.html")]
pub struct NoteFormPage {
    pub ctx: PageContext,
    pub session: SessionContext,
    /// The note being edited; `None` for a new one.
    pub note_id: Option<Uuid>,
    pub input: NoteInput,
    pub errors: FieldErrors,
    /// Staff correcting a published note: a reason is asked for.
    pub correction: bool,
    pub conflict: bool,
    /// How often the page's script saves a draft.
    pub autosave_seconds: u64,
    /// What the reviewer asked for, while the note is returned to its author ("" otherwise).
    pub reviewer_comment: String,
}

impl NoteFormPage {
    /// The status lines of the form's script, in the page's language, as JSON for its
    /// `data-messages` (`{minutes}`, `{status}` and `{time}` are filled in by the script).
    pub fn script_messages(&self) -> String {
        serde_json::json!({
            "saving": t!("draft-saving"),
            "warning_one": t!("draft-login-warning", minutes = 1),
            "warning_other": t!("draft-login-warning", minutes = "{minutes}"),
            "ended": t!("draft-login-ended"),
            "not_saved_ended": t!("draft-not-saved-ended"),
            "not_saved_conflict": t!("draft-not-saved-conflict"),
            "not_saved_invalid": t!("draft-not-saved-invalid"),
            "not_saved_error": t!("draft-not-saved-error", status = "{status}"),
            "saved": t!("draft-saved-at", time = "{time}"),
            "offline": t!("draft-offline"),
        })
        .to_string()
    }

    pub fn action(&self) -> String {
        match self.note_id {
            Some(id) => format!("/notes/{id}"),
            None => format!("/sessions/{}/notes", self.session.session_id),
        }
    }

    /// The sectors a statement may be tagged with (each statement has its own choice).
    pub fn sectors(&self) -> Vec<(&'static str, &'static str, bool)> {
        OrganisationKind::options(None)
    }

    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(crate::auth::Visibility::parse(
            &self.input.proposed_visibility,
        ))
    }

    /// The attribution choices: `(value, label, what readers see)`.
    pub fn attributions(&self) -> Vec<(&'static str, &'static str, String)> {
        Attribution::ALL
            .into_iter()
            .map(|a| (a.value(), a.label(), a.explanation()))
            .collect()
    }
}

/// A statement as a published page shows it.
#[derive(Debug, Clone)]
pub struct StatementView {
    /// Its place in the note (for "create a finding from this statement").
    pub index: usize,
    pub body: String,
    /// "Not attributed: a speaker from government", or "".
    pub attribution: String,
    /// The language of `body` (the note's, or a translation's).
    pub lang: &'static str,
}

/// A section with its statements, as shown.
#[derive(Debug, Clone)]
pub struct SectionView {
    pub label: &'static str,
    pub statements: Vec<StatementView>,
}

/// Groups statements by section for display; non-attributed ones say only the speaker's sector.
pub fn sections_of(statements: &[Statement]) -> Vec<SectionView> {
    Section::ALL
        .into_iter()
        .filter_map(|section| {
            let statements: Vec<StatementView> = statements
                .iter()
                .enumerate()
                .filter(|(_, s)| s.section == section)
                .map(|(index, s)| StatementView {
                    index,
                    body: s.body.clone(),
                    attribution: match (s.non_attributed, s.speaker_sector) {
                        (true, Some(kind)) => {
                            t!("not-attributed-from", sector = kind.label().to_lowercase())
                        }
                        (true, None) => t!("not-attributed"),
                        (false, _) => String::new(),
                    },
                    lang: "",
                })
                .collect();
            (!statements.is_empty()).then(|| SectionView {
                label: section.label(),
                statements,
            })
        })
        .collect()
}

/// The statements as the note's author and staff see them: besides what readers see, the
/// speaker's sector the author chose, also where the statement is attributed.
pub fn sections_for_insiders(statements: &[Statement]) -> Vec<SectionView> {
    let mut sections = sections_of(statements);
    for section in &mut sections {
        for view in &mut section.statements {
            let chosen = statements
                .get(view.index)
                .and_then(|s| (!s.non_attributed).then_some(s.speaker_sector).flatten());
            if let Some(kind) = chosen {
                view.attribution = t!("speaker-sector-is", sector = kind.label().to_lowercase());
            }
        }
    }
    sections
}

/// The attribution a published note shows its readers: the least of the author's choice, what
/// staff published with, and none under the Chatham House rule. The one place that decides it.
pub fn shown_attribution(note: &NoteRow) -> Attribution {
    Attribution::effective(
        note.proposed_attribution,
        note.attribution,
        note.chatham_house,
    )
}

/// The byline readers of a published note see, at `attribution`.
pub fn byline_at(note: &NoteRow, attribution: Attribution) -> String {
    match (attribution, &note.organisation_name) {
        (Attribution::NameAndOrganisation, Some(org)) => {
            t!("note-by", who = format!("{}, {org}", note.author_name))
        }
        (Attribution::NameAndOrganisation, None) => {
            t!("note-by", who = note.author_name.as_str())
        }
        (Attribution::Organisation, Some(org)) => t!("note-by", who = org.as_str()),
        (Attribution::Organisation | Attribution::None, _) => t!("note-by-partner"),
    }
}

/// The byline of a published note, as its readers see it.
pub fn byline(note: &NoteRow) -> String {
    byline_at(note, shown_attribution(note))
}

#[derive(Template)]
#[template(path = "notes/show.html")]
pub struct NotePage {
    pub ctx: PageContext,
    pub note: NoteRow,
    pub sections: Vec<SectionView>,
    /// The byline readers see (or will see once it is published).
    pub byline: String,
    /// Who wrote it and what they chose, for its author and staff; empty for everyone else.
    pub written_by: String,
    pub can_edit: bool,
    pub can_submit: bool,
    pub can_withdraw: bool,
    pub can_restore: bool,
    pub can_review: bool,
    pub can_correct: bool,
    pub errors: FieldErrors,
    /// Findings drawn from this note (its provenance forwards).
    pub findings: Vec<(Uuid, String, String)>,
    /// Who may see it, for staff ("" for anyone else).
    pub visible_to: String,
    /// Which text is shown (the note's, or its translation into the reader's language).
    pub reading: crate::web::translation::Reading,
    /// The summary shown, and its language.
    pub summary: String,
    pub summary_lang: &'static str,
}

impl NotePage {
    /// The attribution choices staff may publish with: the author's, or less.
    pub fn attributions(&self) -> Vec<(&'static str, &'static str, bool)> {
        Attribution::ALL
            .into_iter()
            .filter(|a| *a >= self.note.proposed_attribution)
            .map(|a| (a.value(), a.label(), a == self.note.proposed_attribution))
            .collect()
    }

    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(Some(self.note.proposed_visibility))
    }
}

/// A line of a diff between two revisions.
pub struct DiffLine {
    /// "added", "removed" or "same".
    pub kind: &'static str,
    pub text: String,
}

pub struct RevisionView {
    pub number: i32,
    pub status: NoteStatus,
    pub when: String,
    /// Who saved it, when the viewer may know.
    pub by: String,
    pub reason: String,
    pub diff: Vec<DiffLine>,
}

#[derive(Template)]
#[template(path = "notes/history.html")]
pub struct HistoryPage {
    pub ctx: PageContext,
    pub note: NoteRow,
    pub revisions: Vec<RevisionView>,
    /// Every revision (the author and staff), or only the published ones (everyone else).
    pub complete: bool,
}

#[derive(Template)]
#[template(path = "notes/list.html")]
pub struct NoteListPage {
    pub ctx: PageContext,
    pub heading: String,
    pub intro: String,
    /// The notes on this page of the list.
    pub notes: Vec<NoteRow>,
    /// How many the whole list holds, and the position of this page's first.
    pub total: usize,
    pub first: i64,
    /// The neighbouring pages, when the list takes more than one.
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Whether to show the author (the review queue).
    pub show_author: bool,
    /// What became of the published notes: the findings drawn from them.
    pub outcomes: Vec<OutcomeView>,
}

impl NoteListPage {
    /// "1 note", "2 notes"; on one page of several, "40000 notes: 51 to 100".
    pub fn caption(&self) -> String {
        crate::web::extract::paged_caption(
            t!("notes-count", count = self.total),
            self.first,
            self.notes.len(),
            self.previous.is_some() || self.next.is_some(),
        )
    }

    /// My notes' downloads, in words.
    pub fn caption_lower(&self) -> String {
        t!("download-what-my-notes", count = self.notes.len())
    }

    /// The dates of a note's life so far, in order: written, submitted, returned, published.
    pub fn dates(&self, note: &NoteRow) -> Vec<(String, String)> {
        note_dates(note)
    }

    /// The findings drawn from `note`.
    pub fn outcomes_of(&self, note: &NoteRow) -> Vec<&OutcomeView> {
        self.outcomes
            .iter()
            .filter(|o| o.note_id == note.id)
            .collect()
    }

    /// The published notes, for "What became of your notes".
    pub fn published(&self) -> Vec<&NoteRow> {
        self.notes
            .iter()
            .filter(|n| n.status == NoteStatus::Published)
            .collect()
    }

    /// The reviewer's comment while it still has something to say: gone once published.
    pub fn comment<'a>(&self, note: &'a NoteRow) -> &'a str {
        match note.status {
            NoteStatus::Published => "",
            _ => &note.reviewer_comment,
        }
    }
}

/// The dates of a note's life so far, as pages write them: `(what, "1 December 2026")`.
pub fn note_dates(note: &NoteRow) -> Vec<(String, String)> {
    let day = |at: chrono::DateTime<chrono::Utc>| crate::web::format::date(at.date_naive());
    let mut dates = vec![(t!("date-written"), day(note.created_at))];
    if let Some(at) = note.submitted_at {
        dates.push((t!("date-submitted"), day(at)));
    }
    if let Some(at) = note.returned_at {
        dates.push((t!("date-returned"), day(at)));
    }
    if let Some(at) = note.published_at {
        dates.push((t!("date-published"), day(at)));
    }
    dates
}

/// A finding drawn from a published note, with its follow-up, as My notes shows it.
pub struct OutcomeView {
    pub note_id: Uuid,
    pub finding_id: Uuid,
    /// "Recommendation".
    pub kind: &'static str,
    pub statement: String,
    /// "In progress", or "" for a finding that is not a recommendation.
    pub status: &'static str,
    /// "3 March 2027: MOLISA drafted the decree", or "".
    pub latest: String,
}

impl From<super::queries::Outcome> for OutcomeView {
    fn from(o: super::queries::Outcome) -> Self {
        Self {
            note_id: o.note_id,
            finding_id: o.finding_id,
            kind: o.kind.label(),
            statement: o.statement,
            status: o.status.map_or("", |s| s.label()),
            latest: match (o.updated_on, o.update) {
                (Some(on), Some(body)) => format!("{}: {body}", crate::web::format::date(on)),
                _ => String::new(),
            },
        }
    }
}

/// Who wrote a note and how they chose to be named, for its author and staff.
pub fn written_by(note: &NoteRow) -> String {
    let who = match &note.organisation_name {
        Some(org) => format!("{}, {org}", note.author_name),
        None => note.author_name.clone(),
    };
    let chosen = note.proposed_attribution.label().to_lowercase();
    match note.status {
        NoteStatus::Published if note.attribution != note.proposed_attribution => t!(
            "written-by-published-with",
            who = who,
            chosen = chosen,
            published = note.attribution.label().to_lowercase()
        ),
        _ => t!("written-by", who = who, chosen = chosen),
    }
}

/// The page that shows a note's attribution and readers again before it is submitted.
#[derive(Template)]
#[template(path = "notes/confirm.html")]
pub struct ConfirmNotePage {
    pub ctx: PageContext,
    pub note: NoteRow,
    /// The byline the note would be published with, at the author's choice.
    pub byline: String,
    pub chosen: Attribution,
}
