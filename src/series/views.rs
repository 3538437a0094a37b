//! The home page and a series' page.

use askama::Template;

use super::queries::SeriesRow;
use crate::consultations::queries::ConsultationSummary;
use crate::consultations::views::ConsultationLine;
use crate::web::{PageContext, format};

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
    /// Where the series' downloads are, without the extension.
    pub fn downloads_path(&self) -> String {
        format!("/series/{}/consultations", self.series.slug)
    }

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
