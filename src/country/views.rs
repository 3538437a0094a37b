//! A Member State's page.

use askama::Template;

use crate::consultations::views::ConsultationLine;
use crate::member_states::queries::{Binding, StateRow};
use crate::organisations::queries::OrganisationListItem;
use crate::web::{PageContext, format};

#[derive(Template)]
#[template(path = "country/show.html")]
pub struct MemberStatePage {
    pub ctx: PageContext,
    pub state: StateRow,
    pub membership: String,
    pub bindings: Vec<BindingLine>,
    /// The first consultations covering it, and whether there are more.
    pub consultations: Vec<ConsultationLine>,
    pub more_consultations: bool,
    /// The first organisations based there, and whether there are more.
    pub organisations: Vec<OrganisationListItem>,
    pub more_organisations: bool,
}

/// "Bound since 14 November 2017", or "Not bound (not a signatory)".
pub struct BindingLine {
    pub slug: String,
    pub title: String,
    pub bound: bool,
    pub text: String,
}

impl From<Binding> for BindingLine {
    fn from(b: Binding) -> Self {
        let text = match (b.bound_from, b.bound_until) {
            (Some(from), Some(until)) => {
                format!(
                    "Bound from {} to {}",
                    format::date(from),
                    format::date(until)
                )
            }
            (Some(from), None) => format!("Bound since {}", format::date(from)),
            (None, _) => "Not bound: not a signatory".to_owned(),
        };
        Self {
            slug: b.slug,
            title: b.short_title,
            bound: b.bound_from.is_some(),
            text,
        }
    }
}

/// "Member of ASEAN since 26 October 2025 (observer from 11 November 2022)".
pub fn membership(state: &StateRow) -> String {
    let date = format::date(state.member_since);
    match state.observer_since {
        Some(observer) => t!(
            "brief-member-since-observer",
            date = date,
            observer = format::date(observer)
        ),
        None => t!("brief-member-since", date = date),
    }
}
