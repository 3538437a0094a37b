//! The organisations a staff form offers to choose from. Every form that names an organisation
//! (a session's speakers, a participation record, a finding's addressee, a series' organiser and
//! funder, a person's role, a partner's account, a merge) lists them through
//! [`crate::web::offered`]: at most 200, those already chosen always among them, narrowed by a
//! filter box. With 50,000 organisations a full list was 4 to 9 MB of HTML and 100 to 250 ms for
//! each form.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::web::offered::{Listing, offer};
pub use crate::web::offered::{NARROW, Offered, SHOWN, narrowing};

/// The form field of the filter box.
pub const FILTER: &str = "organisation_filter";

/// What an organisation may be chosen as: in use, not merged into another.
const CHOOSABLE: &str = "o.archived_at IS NULL AND o.merged_into_id IS NULL";

/// Organisations by name, each labelled with its acronym, matched by name or acronym.
const ORGANISATIONS: Listing = Listing {
    table: "organisation",
    choosable: CHOOSABLE,
    label: "o.name || CASE WHEN o.acronym <> '' THEN ' (' || o.acronym || ')' ELSE '' END",
    first: "lower(o.name), o.id",
    order: "lower(o.name), o.id",
    field: FILTER,
    first_hint: || t!("organisations-offered-first", count = SHOWN),
    first_matching_hint: |filter| {
        t!(
            "organisations-offered-first-matching",
            count = SHOWN,
            filter = filter
        )
    },
    none_hint: |filter| t!("organisation-filter-none", filter = filter),
};

/// The organisations a form lists for `filter`, with those `chosen`, by name.
pub async fn offered(
    db: impl PgExecutor<'_>,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Offered, sqlx::Error> {
    offer(db, &ORGANISATIONS, filter, chosen).await
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
    pool: &sqlx::PgPool,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Grouped, sqlx::Error> {
    let listed = offered(pool, filter, chosen).await?;
    let ids: Vec<Uuid> = listed.choices.iter().map(|c| c.id).collect();
    let places: std::collections::HashMap<Uuid, (Option<String>, Option<String>)> =
        sqlx::query_as::<_, (Uuid, Option<String>, Option<String>)>(
            "SELECT o.id, m.code::text, m.short_name
               FROM organisation o LEFT JOIN member_state m ON m.code = o.member_state_code
              WHERE o.id = ANY($1)",
        )
        .bind(&ids)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|(id, code, name)| (id, (code, name)))
        .collect();
    let total = match listed.filter.is_empty() {
        true => 0,
        false => {
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT count(*) FROM organisation o WHERE {CHOOSABLE}"
            ))
            .fetch_one(pool)
            .await?
        }
    };
    // By Member State's name (regional ones last), by name within each (as listed).
    let mut choices: Vec<(Option<String>, usize, Uuid, String, String)> = listed
        .choices
        .into_iter()
        .enumerate()
        .map(|(at, c)| {
            let (code, name) = places.get(&c.id).cloned().unwrap_or_default();
            let group = crate::member_states::place(code.as_deref(), name.as_deref());
            (name, at, c.id, c.label, group)
        })
        .collect();
    choices.sort_by(|a, b| (a.0.is_none(), &a.0, a.1).cmp(&(b.0.is_none(), &b.0, b.1)));
    Ok(Grouped {
        choices: choices
            .into_iter()
            .map(|(_, _, id, label, group)| (id, label, group))
            .collect(),
        more: listed.more,
        total: usize::try_from(total).unwrap_or_default(),
        hint: listed.hint,
    })
}

/// What [`offered_grouped`] finds.
pub struct Grouped {
    /// (id, label, group), in group order.
    pub choices: Vec<(Uuid, String, String)>,
    pub more: bool,
    /// With a filter, how many organisations may be chosen in all (0 without one).
    pub total: usize,
    /// When more match than are listed, what the form says of it (else empty).
    pub hint: String,
}
