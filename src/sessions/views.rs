//! How an agenda item is shown.

use super::queries::{SessionRow, Speaker, ThemeRef};
use crate::web::format;

/// One line of a consultation's agenda.
pub struct AgendaItem {
    pub anchor: String,
    pub position: i16,
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub when: String,
    pub speakers: Vec<Speaker>,
    pub themes: Vec<ThemeRef>,
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
            anchor: format!("session-{}", row.position),
            position: row.position,
            kind: row.kind.label(),
            title: row.title,
            description: row.description,
            when,
            speakers: row.speakers.0,
            themes: row.themes.0,
        }
    }
}
