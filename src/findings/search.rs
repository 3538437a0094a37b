//! Search across findings, published notes and sessions, in PostgreSQL: words matched without
//! regard to case or accents ("ha noi" finds "Hà Nội", "lao dong" finds "lao động"), and text
//! found inside words for scripts written without spaces (Thai, Burmese). Findings match by
//! words (a tsvector) or by text; notes and sessions by text, through trigram indexes. Results
//! respect the viewer's visibility; snippets mark the matches.

use sqlx::PgExecutor;
use unicode_normalization::UnicodeNormalization as _;

use crate::auth::Visibility;

/// A search result.
#[derive(Debug, sqlx::FromRow)]
pub struct Hit {
    pub kind: String,
    pub id: String,
    pub title: String,
    pub url: String,
    pub text: String,
    pub rank: f64,
}

/// Escapes `%`, `_` and `\\` for a LIKE pattern.
fn like_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub async fn search(
    db: impl PgExecutor<'_>,
    query: &str,
    levels: &[Visibility],
) -> Result<Vec<Hit>, sqlx::Error> {
    let escaped = like_escape(query.trim());
    sqlx::query_as(
        "WITH q AS (SELECT plainto_tsquery('simple', immutable_unaccent($1)) AS tq,
                           '%' || lower(immutable_unaccent($2)) || '%' AS p)
         SELECT kind, id, title, url, text, rank FROM (
           SELECT 'Finding' AS kind, f.id::text AS id, c.title AS title,
                  '/findings/' || f.id AS url, f.statement AS text,
                  (ts_rank(f.search, q.tq)
                    + CASE WHEN lower(immutable_unaccent(f.statement)) LIKE q.p THEN 0.1 ELSE 0 END)::float8 AS rank
             FROM finding f JOIN consultation c ON c.id = f.consultation_id, q
            WHERE f.archived_at IS NULL AND f.visibility = ANY($3) AND c.visibility = ANY($3)
              AND (f.search @@ q.tq OR lower(immutable_unaccent(f.statement)) LIKE q.p)
           UNION ALL
           SELECT 'Note', n.id::text, se.title, '/notes/' || n.id, n.search_text,
                  (ts_rank(to_tsvector('simple', immutable_unaccent(n.search_text)), q.tq) + 0.1)::float8
             FROM note n JOIN session se ON se.id = n.session_id
             JOIN consultation c ON c.id = se.consultation_id, q
            WHERE n.status = 'published' AND n.visibility = ANY($3)
              AND se.visibility = ANY($3) AND c.visibility = ANY($3)
              AND lower(immutable_unaccent(n.search_text)) LIKE q.p
           UNION ALL
           SELECT 'Session', se.id::text, se.title, '/consultations/' || c.slug || '#session-' || se.id,
                  se.title || '. ' || se.description,
                  (ts_rank(to_tsvector('simple', immutable_unaccent(se.title || ' ' || se.description)), q.tq) + 0.1)::float8
             FROM session se JOIN consultation c ON c.id = se.consultation_id, q
            WHERE se.archived_at IS NULL AND se.visibility = ANY($3) AND c.visibility = ANY($3)
              AND lower(immutable_unaccent(se.title || ' ' || se.description)) LIKE q.p
         ) hits
         ORDER BY rank DESC, title LIMIT 50",
    )
    .bind(query)
    .bind(escaped)
    .bind(levels)
    .fetch_all(db)
    .await
}

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
