//! Printable reports, made on the server: a consultation's report and a Member State's brief,
//! each as a print-styled page and as a PDF set by typst (A4, page numbers, the date made and
//! the visibility it was made at in the footer, headings as bookmarks). Every record is read
//! through the slices' visibility-aware queries with the viewer, so a report shows exactly
//! what its reader may see on the pages.

pub mod brief;
pub mod consultation;
pub mod handlers;
pub mod typeset;
pub mod views;

use std::collections::HashMap;

use serde::Serialize;

pub use typeset::Typesetter;

use crate::web::{PageContext, format};

/// When a report was made and at what visibility, for its footer.
#[derive(Debug, Clone, Serialize)]
pub struct Made {
    /// "2 December 2026".
    pub on: String,
    /// The most restrictive level it shows: "Public", "Members", "Staff only".
    pub level: &'static str,
    /// "public data only".
    pub scope: &'static str,
}

impl Made {
    pub fn new(ctx: &PageContext, today: chrono::NaiveDate) -> Self {
        Self {
            on: format::date(today),
            level: ctx
                .viewer
                .visible_levels()
                .last()
                .map_or("Public", |v| v.label()),
            scope: ctx.viewer.data_scope(),
        }
    }

    /// "Made on 2 December 2026 at visibility Public (public data only)".
    pub fn line(&self) -> String {
        format!(
            "Made on {} at visibility {} ({})",
            self.on, self.level, self.scope
        )
    }
}

/// A label and its value, a line of a report's facts.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub label: &'static str,
    pub value: String,
}

/// A provision of a framework, with its chapter.
pub type Provision = crate::frameworks::queries::CommitmentRow;

/// Every provision of every framework, by code.
pub async fn provisions(pool: &sqlx::PgPool) -> Result<HashMap<String, Provision>, sqlx::Error> {
    let mut all = HashMap::new();
    for framework in crate::frameworks::queries::list(pool).await? {
        for c in crate::frameworks::queries::commitments(pool, framework.id).await? {
            all.entry(c.code.clone()).or_insert(c);
        }
    }
    Ok(all)
}

/// "Chapter 4. Access to justice".
pub fn chapter_label(number: i16, title: &str) -> String {
    format!("Chapter {number}. {title}")
}
