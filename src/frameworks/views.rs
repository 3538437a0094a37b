//! The catalogue pages.

use askama::Template;

use super::queries::{CommitmentRow, FrameworkRow};
use crate::web::{PageContext, format};

#[derive(Template)]
#[template(path = "frameworks/frameworks.html")]
pub struct FrameworksPage {
    pub ctx: PageContext,
    pub frameworks: Vec<FrameworkRow>,
}

#[derive(Template)]
#[template(path = "frameworks/framework.html")]
pub struct FrameworkPage {
    pub ctx: PageContext,
    pub framework: FrameworkRow,
    pub adopted: String,
    pub chapters: Vec<ChapterBlock>,
}

/// A chapter with its provisions.
pub struct ChapterBlock {
    pub number: i16,
    pub title: String,
    pub commitments: Vec<CommitmentRow>,
}

#[derive(Template)]
#[template(path = "frameworks/commitment.html")]
pub struct CommitmentPage {
    pub ctx: PageContext,
    pub framework: FrameworkRow,
    pub commitment: CommitmentRow,
    /// The first findings on it across the region (by consultation date): (id, kind,
    /// statement, consultation, states).
    pub findings: Vec<(
        uuid::Uuid,
        crate::findings::FindingKind,
        String,
        String,
        Vec<String>,
    )>,
    /// Whether there are more than those listed (the tracker lists them all).
    pub more: bool,
}

/// "Adopted 14 November 2017, 31st ASEAN Summit, Manila".
pub fn adopted(f: &FrameworkRow) -> String {
    match (f.adopted_on, f.adopted_at.trim()) {
        (Some(d), "") => format!("Adopted {}", format::date(d)),
        (Some(d), at) => format!("Adopted {}, {at}", format::date(d)),
        (None, "") => String::new(),
        (None, at) => format!("Adopted at {at}"),
    }
}
