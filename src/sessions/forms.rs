//! The session (agenda item) form.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;
use uuid::Uuid;

use super::SessionKind;
use crate::auth::Visibility;
use crate::domain::language::TextLanguage;
use crate::web::form::{FieldErrors, Pairs, parse_date, parse_language};

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct SessionInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub day: String,
    pub starts_at: String,
    pub ends_at: String,
    pub speakers: Vec<String>,
    pub themes: Vec<String>,
    pub visibility: String,
    pub language: String,
    pub version: String,
    pub token: String,
    /// What the speakers' list is narrowed to (the form sent back to itself with GET).
    pub speaker_filter: String,
}

impl SessionInput {
    pub fn from_pairs(form: &Pairs) -> Self {
        Self {
            kind: form.get("kind").to_owned(),
            title: form.get("title").to_owned(),
            description: form.text("description").trim().to_owned(),
            day: form.get("day").to_owned(),
            starts_at: form.get("starts_at").to_owned(),
            ends_at: form.get("ends_at").to_owned(),
            speakers: form
                .all("speakers")
                .into_iter()
                .map(str::to_owned)
                .collect(),
            themes: form.all("themes").into_iter().map(str::to_owned).collect(),
            visibility: form.get("visibility").to_owned(),
            language: form.get("language").to_owned(),
            version: form.get("version").to_owned(),
            token: form.get("token").to_owned(),
            speaker_filter: form.get("speaker_filter").trim().to_owned(),
        }
    }

    pub fn speaks(&self, id: &Uuid) -> bool {
        self.speakers.iter().any(|s| *s == id.to_string())
    }

    pub fn has_theme(&self, id: &Uuid) -> bool {
        self.themes.iter().any(|s| *s == id.to_string())
    }
}

/// A session's values, valid.
#[derive(Debug, Clone, Serialize)]
pub struct SessionFields {
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub day: Option<NaiveDate>,
    pub starts_at: Option<NaiveTime>,
    pub ends_at: Option<NaiveTime>,
    pub speakers: Vec<Uuid>,
    pub themes: Vec<Uuid>,
    pub visibility: Visibility,
    /// The language the title and description are written in.
    pub language: TextLanguage,
}

fn parse_time(value: &str, field: &'static str, errors: &mut FieldErrors) -> Option<NaiveTime> {
    if value.is_empty() {
        return None;
    }
    match NaiveTime::parse_from_str(value, "%H:%M") {
        Ok(t) => Some(t),
        Err(_) => {
            errors.add(field, t!("session-time-shape"));
            None
        }
    }
}

/// Checks `input` against the known organisations and themes and the consultation's dates.
pub fn parse(
    input: &SessionInput,
    organisations: &[Uuid],
    themes: &[Uuid],
    dates: (Option<NaiveDate>, Option<NaiveDate>),
) -> Result<SessionFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = SessionKind::parse(&input.kind);
    if kind.is_none() {
        errors.add("kind", t!("session-choose-kind"));
    }
    if input.title.is_empty() {
        errors.add("title", t!("form-enter-title"));
    } else if input.title.chars().count() > 300 {
        errors.add("title", t!("form-title-too-long"));
    }
    let day = parse_date(&input.day, "day", &mut errors);
    if let (Some(day), (Some(first), last)) = (day, dates)
        && (day < first || day > last.unwrap_or(first))
    {
        errors.add("day", t!("session-day-outside"));
    }
    let starts_at = parse_time(&input.starts_at, "starts_at", &mut errors);
    let ends_at = parse_time(&input.ends_at, "ends_at", &mut errors);
    if let (Some(s), Some(e)) = (starts_at, ends_at)
        && e < s
    {
        errors.add("ends_at", t!("session-end-before-start"));
    }
    let ids = |values: &[String], known: &[Uuid], field: &'static str, errors: &mut FieldErrors| {
        let mut out = Vec::new();
        for v in values {
            match Uuid::parse_str(v).ok().filter(|id| known.contains(id)) {
                Some(id) if !out.contains(&id) => out.push(id),
                Some(_) => {}
                None => {
                    errors.add(field, t!("form-choose-from-list"));
                    break;
                }
            }
        }
        out
    };
    let speakers = ids(&input.speakers, organisations, "speakers", &mut errors);
    let theme_ids = ids(&input.themes, themes, "themes", &mut errors);
    let visibility = Visibility::parse(&input.visibility);
    if visibility.is_none() {
        errors.add("visibility", t!("form-choose-visibility"));
    }
    let language = parse_language(&input.language, &mut errors);
    match (kind, visibility, language) {
        (Some(kind), Some(visibility), Some(language)) if errors.is_empty() => Ok(SessionFields {
            kind,
            title: input.title.clone(),
            description: input.description.clone(),
            day,
            starts_at,
            ends_at,
            speakers,
            themes: theme_ids,
            visibility,
            language,
        }),
        _ => Err(errors),
    }
}
