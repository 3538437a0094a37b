//! The search page.

use askama::Template;

use crate::web::PageContext;

/// A search result as shown.
#[derive(Debug)]
pub struct HitView {
    pub kind: String,
    pub title: String,
    pub url: String,
    /// Escaped text with `<mark>`ed matches.
    pub snippet: String,
}

#[derive(Template)]
#[template(path = "search/show.html")]
pub struct SearchPage<'a> {
    pub ctx: PageContext,
    pub q: String,
    /// The results as kept (see `search::SearchCache`).
    pub hits: &'a [HitView],
    /// More matches than the page shows.
    pub more: bool,
}
