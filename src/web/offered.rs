//! A form's list of records to choose from when there may be thousands: at most [`SHOWN`] of
//! them, those already chosen always among them, narrowed by a filter box. The filter's "Show
//! matching" button, [`NARROW`], sends the form back to itself as typed instead of saving it
//! ([`narrowing`]); the handler then shows it again with the list narrowed.
//!
//! Each kind of record says how it is listed in a [`Listing`] (organisations in
//! `organisations::offered`, consultations in `consultations::offered`); [`offer`] reads it.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::domain::Choice;

/// At most this many records are listed in a form at once (besides those chosen).
pub const SHOWN: i64 = 200;

/// The longest filter read, in characters.
const FILTER_LENGTH: usize = 200;

/// The form field of the button that narrows the lists instead of saving.
pub const NARROW: &str = "narrow";

/// Whether a posted form asks for its lists to be narrowed rather than saved.
pub fn narrowing(form: &crate::web::form::Pairs) -> bool {
    !form.get(NARROW).is_empty()
}

/// The records listed: those chosen, then the first [`SHOWN`] matching the filter; with the
/// hints the form shows under the list.
#[derive(Debug, Clone, Default)]
pub struct Offered {
    pub choices: Vec<Choice>,
    /// The form field of the filter box, and the filter as typed.
    pub field: &'static str,
    pub filter: String,
    /// More records match than are listed.
    pub more: bool,
    /// When more match than are listed, what the form says of it (else empty).
    pub hint: String,
    /// When none matches the filter, what the form says (else empty).
    pub none: String,
}

/// How a kind of record is listed for a form. Each text is SQL over the record as `o`.
pub struct Listing {
    /// The table.
    pub table: &'static str,
    /// What a record may be chosen as (in use, say).
    pub choosable: &'static str,
    /// Its label.
    pub label: &'static str,
    /// Which come first when there are more than [`SHOWN`] (an `ORDER BY` list).
    pub first: &'static str,
    /// The order they are shown in.
    pub order: &'static str,
    /// The form field of its filter box.
    pub field: &'static str,
    /// The hints, in the reader's language: the first [`SHOWN`] of many are listed; the first
    /// of many that match the filter; none matches it.
    pub first_hint: fn() -> String,
    pub first_matching_hint: fn(&str) -> String,
    pub none_hint: fn(&str) -> String,
}

impl Listing {
    /// The statement of [`offer`]: `$1` the filter as a LIKE pattern (or NULL), matched against
    /// the folded text kept beside each record for search (`search_folded`: any case, with or
    /// without accents) and its compact form (`search_compact`, without spaces: "Ha Noi" finds
    /// "Hanoi"), `$2` the chosen, `$3` [`SHOWN`]. Rows: id, label, and whether more match.
    fn statement(&self) -> String {
        let Self {
            table,
            choosable,
            label,
            first,
            order,
            ..
        } = self;
        format!(
            "WITH listed AS (
                 SELECT o.id FROM {table} o
                  WHERE {choosable}
                    AND ($1::text IS NULL OR o.search_folded LIKE '%' || search_fold($1) || '%'
                         OR o.search_compact LIKE '%' || search_compact($1) || '%')
                  ORDER BY {first} LIMIT $3 + 1),
             numbered AS (SELECT id, row_number() OVER () AS n FROM listed),
             more AS (SELECT count(*) > $3 AS more FROM numbered),
             ids AS (SELECT id FROM numbered WHERE n <= $3 UNION SELECT unnest($2::uuid[]))
             SELECT o.id, {label}, (SELECT more FROM more)
               FROM ids JOIN {table} o ON o.id = ids.id AND {choosable}
              ORDER BY {order}"
        )
    }

    /// The hints for `filter` (trimmed), given whether more match and whether any is listed.
    fn hints(&self, filter: &str, more: bool, listed: bool) -> (String, String) {
        let hint = match (more, filter.is_empty()) {
            (false, _) => String::new(),
            (true, true) => (self.first_hint)(),
            (true, false) => (self.first_matching_hint)(filter),
        };
        let none = match listed || filter.is_empty() {
            true => String::new(),
            false => (self.none_hint)(filter),
        };
        (hint, none)
    }
}

/// The records of `listing` a form lists for `filter`, with those `chosen`.
pub async fn offer(
    db: impl PgExecutor<'_>,
    listing: &Listing,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Offered, sqlx::Error> {
    // A name is never this long; a longer filter is cut rather than echoed back whole.
    let filter: String = filter.trim().chars().take(FILTER_LENGTH).collect();
    let filter = filter.as_str();
    let pattern = (!filter.is_empty()).then(|| crate::domain::text::like_escape(filter));
    let rows: Vec<(Uuid, String, bool)> = sqlx::query_as(&listing.statement())
        .bind(pattern)
        .bind(chosen)
        .bind(SHOWN)
        .fetch_all(db)
        .await?;
    let more = rows.first().is_some_and(|r| r.2);
    let (hint, none) = listing.hints(filter, more, !rows.is_empty());
    Ok(Offered {
        choices: rows
            .into_iter()
            .map(|(id, label, _)| Choice { id, label })
            .collect(),
        field: listing.field,
        filter: filter.to_owned(),
        more,
        hint,
        none,
    })
}
