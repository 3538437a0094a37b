//! The home page and a series' page.

use askama::Template;

use super::queries::SeriesRow;
use crate::consultations::queries::ConsultationSummary;
use crate::web::{PageContext, format};

/// A consultation as a line of a table.
pub struct ConsultationLine {
    pub slug: String,
    pub title: String,
    pub number: String,
    pub when: String,
    pub when_iso: String,
    pub place: String,
    pub status: &'static str,
    pub status_css: &'static str,
    pub participants: String,
}

impl From<ConsultationSummary> for ConsultationLine {
    fn from(c: ConsultationSummary) -> Self {
        let place = match (c.city.trim(), c.host_name) {
            ("", Some(state)) => state,
            ("", None) => "Regional".to_owned(),
            (city, Some(state)) if city != state => format!("{city}, {state}"),
            (city, _) => city.to_owned(),
        };
        Self {
            number: c
                .number_in_series
                .map(|n| n.to_string())
                .unwrap_or_default(),
            when: format::period(c.starts_on, c.ends_on, &c.planned_period),
            when_iso: format::iso(c.starts_on),
            status: c.status.label(),
            status_css: c.status.css(),
            participants: c
                .participants_reported
                .map(|n| n.to_string())
                .unwrap_or_default(),
            place,
            slug: c.slug,
            title: c.title,
        }
    }
}

/// A series with its consultations.
pub struct SeriesBlock {
    pub series: SeriesRow,
    pub period: String,
    /// The first of its consultations (all of them while they are few).
    pub consultations: Vec<ConsultationLine>,
    /// How many it has, held and planned.
    pub total: i64,
    pub held: i64,
    pub planned: i64,
}

impl SeriesBlock {
    /// Whether some of its consultations are not listed here.
    pub fn more(&self) -> bool {
        usize::try_from(self.total).unwrap_or(usize::MAX) > self.consultations.len()
    }
}

impl SeriesBlock {
    /// The series with the first of its consultations, and the counts of them all.
    pub fn new(
        series: SeriesRow,
        consultations: Vec<ConsultationSummary>,
        counts: crate::consultations::queries::SeriesCounts,
    ) -> Self {
        let (total, held, planned) = (counts.total, counts.held, counts.planned);
        let period = match (series.starts_on, series.ends_on) {
            (Some(s), Some(e)) => format!("{} to {}", format::date(s), format::date(e)),
            (Some(s), None) => format!("since {}", format::date(s)),
            _ => String::new(),
        };
        Self {
            series,
            period,
            consultations: consultations.into_iter().map(Into::into).collect(),
            total,
            held,
            planned,
        }
    }
}

#[derive(Template)]
#[template(path = "series/show.html")]
pub struct SeriesPage {
    pub ctx: PageContext,
    pub block: SeriesBlock,
}
