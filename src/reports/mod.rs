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
    pub scope: String,
    /// "Made on 2 December 2026 at visibility Public (public data only)", in the reader's
    /// language.
    pub line: String,
}

impl Made {
    pub fn new(ctx: &PageContext, today: chrono::NaiveDate) -> Self {
        let on = format::date(today);
        let level = ctx
            .viewer
            .visible_levels()
            .last()
            .map_or_else(|| crate::domain::Visibility::Public.label(), |v| v.label());
        let scope = ctx.viewer.data_scope();
        let line = t!(
            "report-made",
            on = on.as_str(),
            level = level,
            scope = scope.as_str()
        );
        Self {
            on,
            level,
            scope,
            line,
        }
    }

    /// "Made on 2 December 2026 at visibility Public (public data only)".
    pub fn line(&self) -> &str {
        &self.line
    }
}

/// A label and its value, a line of a report's facts.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub label: String,
    pub value: String,
}

/// The words a PDF's typst template sets (its headings, column headings, the footer's), in
/// the reader's language, by name: the `.typ` files hold no words of their own.
pub type Labels = std::collections::BTreeMap<&'static str, String>;

/// The code of the reader's language, for typst's `lang` (hyphenation, quotation marks).
pub fn lang() -> &'static str {
    crate::i18n::Lang::current().code()
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
    t!("report-chapter", n = number, title = title)
}
