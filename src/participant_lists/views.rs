//! The participant list pages.

use askama::Template;

use crate::web::PageContext;

#[derive(Template)]
#[template(path = "participant_lists/upload.html")]
pub struct UploadPage {
    pub ctx: PageContext,
    pub slug: String,
    pub title: String,
    /// A problem with the file as a whole.
    pub file_error: String,
}

/// A row that cannot be imported, and why.
pub struct ProblemRow {
    pub line: usize,
    pub name: String,
    pub organisation: String,
    pub problems: Vec<String>,
}

#[derive(Template)]
#[template(path = "participant_lists/problems.html")]
pub struct ProblemsPage {
    pub ctx: PageContext,
    pub slug: String,
    pub title: String,
    pub file_name: String,
    pub rows_read: usize,
    pub good_rows: usize,
    pub problems: Vec<ProblemRow>,
    pub blank_lines: Vec<usize>,
    /// The organisation names no organisation has, and the links that fix them.
    pub fixes: Vec<Fix>,
    /// Where the kept file is checked again.
    pub again: String,
    pub kept_hours: i32,
}

/// An organisation name no organisation has, and the links that fix it.
pub struct Fix {
    pub text: String,
    /// The new-organisation form, filled in with the name.
    pub add: String,
    /// The closest organisation's name, and its form with the name added as another name.
    pub alias: Option<(String, String)>,
}

/// Totals of what a clean list adds.
#[derive(Default)]
pub struct Totals {
    pub people: usize,
    pub female: usize,
    pub male: usize,
    pub other_or_unstated: usize,
    pub organisations: usize,
}

#[derive(Template)]
#[template(path = "participant_lists/status.html")]
pub struct StatusPage {
    pub ctx: PageContext,
    pub slug: String,
    pub title: String,
    pub import: super::queries::Import,
    pub totals: Totals,
    /// The first rows, to check by eye before writing.
    pub sample: Vec<SampleRow>,
}

pub struct SampleRow {
    pub line: usize,
    pub name: String,
    pub sex: &'static str,
    pub organisation: String,
    pub role: &'static str,
}

impl StatusPage {
    pub fn percent(&self) -> i64 {
        if self.import.total_rows == 0 {
            100
        } else {
            i64::from(self.import.processed_rows) * 100 / i64::from(self.import.total_rows)
        }
    }

    pub fn refreshing(&self) -> bool {
        self.import.status == "committing"
    }
}
