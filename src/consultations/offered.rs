//! The consultations a staff form offers to choose from (a finding's consultation), through
//! [`crate::web::offered`]: the latest 200, those already chosen always among them, narrowed by
//! a filter box on the title or city. With 10,000 consultations the full list was 900 KB of
//! the finding form's HTML.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::web::offered::{Listing, Offered, SHOWN, offer};

/// The form field of the filter box.
pub const FILTER: &str = "consultation_filter";

/// Consultations by date (planned ones without a date last), by title; the latest first when
/// there are more than are listed (planned ones, then the most recent held).
const CONSULTATIONS: Listing = Listing {
    table: "consultation",
    choosable: "o.archived_at IS NULL",
    label: "o.title",
    first: "o.starts_on DESC NULLS FIRST, o.id",
    order: "o.starts_on NULLS LAST, o.title, o.id",
    field: FILTER,
    first_hint: || t!("consultations-offered-first", count = SHOWN),
    first_matching_hint: |filter| {
        t!(
            "consultations-offered-first-matching",
            count = SHOWN,
            filter = filter
        )
    },
    none_hint: |filter| t!("consultation-filter-none", filter = filter),
};

/// The consultations a form lists for `filter`, with those `chosen`.
pub async fn offered(
    db: impl PgExecutor<'_>,
    filter: &str,
    chosen: &[Uuid],
) -> Result<Offered, sqlx::Error> {
    offer(db, &CONSULTATIONS, filter, chosen).await
}
