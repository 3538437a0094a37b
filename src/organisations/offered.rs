//! The organisations a staff form offers to choose from. Every form that names an organisation
//! (a session's speakers, a participation record, a finding's addressee, a series' organiser and
//! funder, a person's role, a partner's account, a merge) lists at most [`SHOWN`] of them, those
//! already chosen always among them, and narrows the list with a filter box: with 50,000
//! organisations a full list was 4 to 9 MB of HTML and 100 to 250 ms for each form.
//!
//! A form sends its filter in [`FILTER`]; its "Show matching" button, [`NARROW`], sends the form
//! back to itself as typed instead of saving it ([`narrowing`]).

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::domain::Choice;

/// At most this many organisations are listed in a form at once (besides those chosen).
pub const SHOWN: i64 = 200;

/// The form field of the filter box.
pub const FILTER: &str = "organisation_filter";

/// The form field of the button that narrows the list instead of saving.
pub const NARROW: &str = "narrow";

/// Whether a posted form asks for its list to be narrowed rather than saved.
pub fn narrowing(form: &crate::web::form::Pairs) -> bool {
    !form.get(NARROW).is_empty()
}

/// The organisations listed: those chosen, then the first [`SHOWN`] matching the filter, by
/// name.
#[derive(Debug, Clone, Default)]
pub struct Offered {
    pub choices: Vec<Choice>,
    /// The filter as typed.
    pub filter: String,
    /// More organisations match than are listed.
    pub more: bool,
}

impl Offered {
    /// The form's hint when nothing matches the filter.
    pub fn none_hint(&self) -> String {
        t!("organisation-filter-none", filter = self.filter.as_str())
    }

    /// The form's hint under its list, when the list is not the whole of what matches.
    pub fn hint(&self) -> String {
        match (self.more, self.filter.is_empty()) {
            (false, _) => String::new(),
            (true, true) => t!("organisations-offered-first", count = SHOWN),
            (true, false) => t!(
                "organisations-offered-first-matching",
                count = SHOWN,
                filter = self.filter.as_str()
            ),
        }
    }
}

/// What an organisation may be chosen as: in use, not merged into another.
const CHOOSABLE: &str = "o.archived_at IS NULL AND o.merged_into_id IS NULL";

/// Its name or acronym contains `$1` (folded: any case, with or without accents), read from
/// the folded text kept beside each organisation for search.
const MATCHES: &str = "($1::text IS NULL OR o.search_folded LIKE '%' || search_fold($1) || '%')";

fn pattern(filter: &str) -> Option<String> {
    let filter = filter.trim();
    (!filter.is_empty()).then(|| crate::domain::text::like_escape(filter))
}

/// The first [`SHOWN`] organisations matching `$1` by name, with those chosen (`$2`), as
/// `ids (id)`; and `more`, whether more match.
const LISTED: &str = "listed AS (
         SELECT o.id FROM organisation o
          WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL AND {MATCHES}
          ORDER BY lower(o.name), o.id LIMIT $3 + 1),
     numbered AS (SELECT id, row_number() OVER () AS n FROM listed),
     more AS (SELECT count(*) > $3 AS more FROM numbered),
     ids AS (SELECT id FROM numbered WHERE n <= $3 UNION SELECT unnest($2::uuid[]))";

fn listed() -> String {
    LISTED.replace("{MATCHES}", MATCHES)
}

/// The organisations a form lists for `filter`, with those `chosen`, by name, each labelled
/// with its acronym.
pub async fn offered(
    db: impl PgExecutor<'_>,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Offered, sqlx::Error> {
    let rows: Vec<(Uuid, String, bool)> = sqlx::query_as(&format!(
        "WITH {}
         SELECT o.id,
                o.name || CASE WHEN o.acronym <> '' THEN ' (' || o.acronym || ')' ELSE '' END,
                (SELECT more FROM more)
           FROM ids JOIN organisation o ON o.id = ids.id AND {CHOOSABLE}
          ORDER BY lower(o.name), o.id",
        listed()
    ))
    .bind(pattern(filter))
    .bind(chosen)
    .bind(SHOWN)
    .fetch_all(db)
    .await?;
    let more = rows.first().is_some_and(|r| r.2);
    Ok(Offered {
        choices: rows
            .into_iter()
            .map(|(id, label, _)| Choice { id, label })
            .collect(),
        filter: filter.trim().to_owned(),
        more,
    })
}

/// Of `ids`, those that may be chosen: a form checks what it was sent against these, not
/// against a list of every organisation.
pub async fn choosable(db: impl PgExecutor<'_>, ids: &[Uuid]) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT o.id FROM organisation o WHERE {CHOOSABLE} AND o.id = ANY($1)"
    ))
    .bind(ids)
    .fetch_all(db)
    .await
}

/// The organisations a session's speakers are chosen from, as [`offered`], each with its group:
/// its Member State's name, or "Regional"; by Member State (regional ones last), by name within
/// a group. With them, whether more match than are listed, and with a filter, how many
/// organisations may be chosen in all (so that the form can say how many the filter hides).
pub async fn offered_grouped(
    db: impl PgExecutor<'_>,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Grouped, sqlx::Error> {
    let rows: Vec<GroupedRow> = sqlx::query_as(&format!(
        "WITH {}
             SELECT o.id,
                    o.name || CASE WHEN o.acronym <> '' THEN ' (' || o.acronym || ')' ELSE '' END
                        AS label,
                    m.code::text AS code, m.short_name AS state, (SELECT more FROM more) AS more,
                    CASE WHEN $1::text IS NULL THEN 0
                         ELSE (SELECT count(*) FROM organisation o WHERE {CHOOSABLE}) END AS total
               FROM ids JOIN organisation o ON o.id = ids.id AND {CHOOSABLE}
               LEFT JOIN member_state m ON m.code = o.member_state_code
              ORDER BY m.short_name NULLS LAST, lower(o.name), o.id",
        listed()
    ))
    .bind(pattern(filter))
    .bind(chosen)
    .bind(SHOWN)
    .fetch_all(db)
    .await?;
    let (more, total) = rows.first().map_or((false, 0), |r| (r.more, r.total));
    Ok(Grouped {
        choices: rows
            .into_iter()
            .map(|r| {
                let group = crate::member_states::place(r.code.as_deref(), r.state.as_deref());
                (r.id, r.label, group)
            })
            .collect(),
        more,
        total: usize::try_from(total).unwrap_or_default(),
    })
}

#[derive(sqlx::FromRow)]
struct GroupedRow {
    id: Uuid,
    label: String,
    code: Option<String>,
    state: Option<String>,
    more: bool,
    total: i64,
}

/// What [`offered_grouped`] finds.
pub struct Grouped {
    /// (id, label, group), in group order.
    pub choices: Vec<(Uuid, String, String)>,
    pub more: bool,
    /// With a filter, how many organisations may be chosen in all (0 without one).
    pub total: usize,
}
