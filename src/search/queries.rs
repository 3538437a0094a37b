//! Search across findings, published notes and sessions, in PostgreSQL: words matched without
//! regard to case or accents ("ha noi" finds "Hà Nội", "lao dong" finds "lao động"), and text
//! found inside words for scripts written without spaces (Thai, Burmese). Findings match by
//! words (a tsvector) or by text; notes and sessions by text (each record keeps its text folded,
//! with a trigram index on it). Results respect the viewer's visibility; snippets mark the
//! matches.
//!
//! The newest matches come first, and a search stops once it has a page of them, so its cost
//! does not grow with the number of records. For each kind of record it first looks through the
//! newest [`WINDOW`] records in date order (a common word fills the page there, after a few dozen
//! rows); only if they hold less than a page does it ask the trigram index for the older matches,
//! which are then few. The statement is written so that PostgreSQL plans it once per connection
//! (every value it depends on comes through one row, `q`), not on every search.

use sqlx::PgExecutor;
use unicode_normalization::UnicodeNormalization as _;

use crate::auth::Visibility;
use crate::domain::text::like_escape;

/// Results on the page; the statement asks for one more, to know whether there are more.
pub const PAGE: usize = 20;

/// How many of the newest records of each kind are looked through before the trigram index is
/// asked (written into the statement below as `LIMIT 200` and `OFFSET 199`); with the page's
/// 21 rows, a word found in more than one record in ten fills the page there.
pub const WINDOW: usize = 200;

/// A search result.
#[derive(Debug, sqlx::FromRow)]
pub struct Hit {
    pub kind: String,
    pub id: String,
    pub title: String,
    pub url: String,
    pub text: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The newest matches of `query` the viewer may see: at most [`PAGE`] + 1, newest first.
pub async fn search(
    db: impl PgExecutor<'_>,
    query: &str,
    levels: &[Visibility],
) -> Result<Vec<Hit>, sqlx::Error> {
    let escaped = like_escape(query.trim());
    sqlx::query_as(SEARCH)
        .bind(query)
        .bind(escaped)
        .bind(levels)
        .fetch_all(db)
        .await
}

/// Each kind is a pair of parts under one LIMIT: the newest records in index order (stopping as
/// soon as the page is full: no join there, not even a semi-join, the parents' visibility is read
/// row by row through scalar subqueries, so that nothing makes PostgreSQL read the whole window
/// first), then, only when that left the page
/// short, the older matches found through the trigram index (dates compared and ordered through
/// an expression, so that PostgreSQL cannot choose to walk the table in date order instead).
const SEARCH: &str = "
WITH q AS MATERIALIZED (
    SELECT plainto_tsquery('simple', immutable_unaccent($1)) AS words,
           '%' || lower(immutable_unaccent($2)) || '%' AS text,
           $3::visibility[] AS levels
), findings AS (
    SELECT * FROM (
        (SELECT f.id, (SELECT c.title FROM consultation c WHERE c.id = f.consultation_id) AS title,
                f.statement, f.created_at
           FROM (SELECT * FROM finding ORDER BY created_at DESC, id DESC LIMIT 200) f
          WHERE f.archived_at IS NULL
            AND f.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (f.search_folded LIKE (SELECT text FROM q) OR f.search @@ (SELECT words FROM q))
            AND (SELECT c.visibility FROM consultation c WHERE c.id = f.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
          ORDER BY f.created_at DESC, f.id DESC LIMIT 21)
        UNION ALL
        (SELECT f.id, c.title, f.statement, f.created_at
           FROM finding f JOIN consultation c ON c.id = f.consultation_id
          WHERE (f.created_at + interval '0', f.id)
                  < (SELECT created_at, id FROM finding
                      ORDER BY created_at DESC, id DESC OFFSET 199 LIMIT 1)
            AND f.archived_at IS NULL
            AND f.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (f.search_folded LIKE (SELECT text FROM q) OR f.search @@ (SELECT words FROM q))
          ORDER BY f.created_at + interval '0' DESC, f.id DESC LIMIT 21)
    ) parts LIMIT 21
), notes AS (
    SELECT * FROM (
        (SELECT n.id, (SELECT se.title FROM session se WHERE se.id = n.session_id) AS title,
                n.search_text, n.published_at
           FROM (SELECT * FROM note WHERE status = 'published'
                  ORDER BY published_at DESC, id DESC LIMIT 200) n
          WHERE n.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND n.search_folded LIKE (SELECT text FROM q)
            AND (SELECT se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                        AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                   FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE se.id = n.session_id)
          ORDER BY n.published_at DESC, n.id DESC LIMIT 21)
        UNION ALL
        (SELECT n.id, se.title, n.search_text, n.published_at
           FROM note n JOIN session se ON se.id = n.session_id
           JOIN consultation c ON c.id = se.consultation_id
          WHERE n.status = 'published'
            AND (n.published_at + interval '0', n.id)
                  < (SELECT published_at, id FROM note WHERE status = 'published'
                      ORDER BY published_at DESC, id DESC OFFSET 199 LIMIT 1)
            AND n.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND n.search_folded LIKE (SELECT text FROM q)
          ORDER BY n.published_at + interval '0' DESC, n.id DESC LIMIT 21)
    ) parts LIMIT 21
), sessions AS (
    SELECT * FROM (
        (SELECT se.id, (SELECT c.slug FROM consultation c WHERE c.id = se.consultation_id) AS slug,
                se.title, se.description, se.created_at
           FROM (SELECT * FROM session WHERE archived_at IS NULL
                  ORDER BY created_at DESC, id DESC LIMIT 200) se
          WHERE se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND se.search_folded LIKE (SELECT text FROM q)
            AND (SELECT c.visibility FROM consultation c WHERE c.id = se.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
          ORDER BY se.created_at DESC, se.id DESC LIMIT 21)
        UNION ALL
        (SELECT se.id, c.slug, se.title, se.description, se.created_at
           FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE se.archived_at IS NULL
            AND (se.created_at + interval '0', se.id)
                  < (SELECT created_at, id FROM session WHERE archived_at IS NULL
                      ORDER BY created_at DESC, id DESC OFFSET 199 LIMIT 1)
            AND se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND se.search_folded LIKE (SELECT text FROM q)
          ORDER BY se.created_at + interval '0' DESC, se.id DESC LIMIT 21)
    ) parts LIMIT 21
)
SELECT 'Finding' AS kind, id::text AS id, title, '/findings/' || id AS url,
       statement AS text, created_at AS at
  FROM findings
UNION ALL
SELECT 'Note', id::text, title, '/notes/' || id, search_text, published_at FROM notes
UNION ALL
SELECT 'Session', id::text, title, '/consultations/' || slug || '#session-' || id,
       title || '. ' || description, created_at
  FROM sessions
ORDER BY at DESC, id DESC LIMIT 21";

/// A character as search compares it: lower case, without accents (`đ` as `d`).
fn fold_char(c: char) -> String {
    match c {
        'đ' | 'Đ' => "d".to_owned(),
        _ => c
            .to_lowercase()
            .collect::<String>()
            .nfd()
            // Only the Latin accents: Thai and Burmese marks are letters of their words.
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .collect(),
    }
}

/// `text` folded for comparing.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// A short excerpt of `text` around the first match of `query`, escaped for HTML, with every
/// match of the query's words in `<mark>`.
pub fn snippet(text: &str, query: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    // The folded text, and for each folded char the original char it came from.
    let mut folded = Vec::new();
    let mut origin = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        for f in fold_char(*c).chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    let mut marked = vec![false; chars.len()];
    let words: Vec<Vec<char>> = fold(query)
        .split_whitespace()
        .map(|w| w.chars().collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    for word in &words {
        let mut i = 0;
        while i + word.len() <= folded.len() {
            if folded[i..i + word.len()] == word[..] {
                for k in i..i + word.len() {
                    marked[origin[k]] = true;
                }
                i += word.len();
            } else {
                i += 1;
            }
        }
    }
    let first = marked.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(60);
    let end = (first + 200).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut i = start;
    while i < end {
        let on = marked[i];
        let mut j = i;
        while j < end && marked[j] == on {
            j += 1;
        }
        let piece: String = chars[i..j].iter().collect();
        if on {
            out.push_str(&format!("<mark>{}</mark>", escape(&piece)));
        } else {
            out.push_str(&escape(&piece));
        }
        i = j;
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_uses_the_window_and_page_sizes_named_here() {
        assert_eq!(SEARCH.matches(&format!("LIMIT {WINDOW})")).count(), 3);
        assert_eq!(
            SEARCH
                .matches(&format!("OFFSET {} LIMIT 1", WINDOW - 1))
                .count(),
            3
        );
        assert_eq!(SEARCH.matches(&format!("LIMIT {}", PAGE + 1)).count(), 10);
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Hà Nội"), "ha noi");
        assert_eq!(fold("Lao Động"), "lao dong");
        assert_eq!(fold("แรงงานข้ามชาติ"), "แรงงานข้ามชาติ");
    }

    #[test]
    fn snippets_mark_matches_in_the_original_text_and_escape_the_rest() {
        assert_eq!(
            snippet("Workers in Hà Nội <b>", "ha noi"),
            "Workers in <mark>Hà</mark> <mark>Nội</mark> &#60;b&#62;"
        );
        assert_eq!(
            snippet("quyền lao động", "lao dong"),
            "quyền <mark>lao</mark> <mark>động</mark>"
        );
    }
}
