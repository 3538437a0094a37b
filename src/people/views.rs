//! People's pages (staff only).

use askama::Template;

use super::queries::{PersonListItem, PersonRow, RoleRow, TookPart};
use crate::web::{PageContext, format};

#[derive(Template)]
#[template(path = "people/list.html")]
pub struct PeoplePage {
    pub ctx: PageContext,
    pub people: Vec<PersonListItem>,
}

impl PeoplePage {
    /// The list the downloads hold, in words.
    pub fn download_what(&self) -> String {
        t!("people-download-what", count = self.people.len())
    }
}

#[derive(Template)]
#[template(path = "people/show.html")]
pub struct PersonPage {
    pub ctx: PageContext,
    pub person: PersonRow,
    pub roles: Vec<RoleLine>,
    pub took_part: Vec<TookPart>,
    /// The form to add a position, as typed.
    pub role_input: super::forms::RoleInput,
    pub role_errors: crate::web::form::FieldErrors,
    pub organisations: crate::organisations::offered::Offered,
}

#[derive(Template)]
#[template(path = "people/form.html")]
pub struct PersonFormPage {
    pub ctx: PageContext,
    pub person_id: Option<uuid::Uuid>,
    pub input: super::forms::PersonInput,
    pub errors: crate::web::form::FieldErrors,
    pub conflict: bool,
}

impl PersonFormPage {
    pub fn action(&self) -> String {
        match self.person_id {
            Some(id) => format!("/people/{id}"),
            None => "/people".to_owned(),
        }
    }

    pub fn sexes(&self) -> Vec<(&'static str, &'static str, bool)> {
        super::Sex::options(super::Sex::parse(&self.input.sex))
    }
}

/// "Vice Chair, ACMW: since 2019" and the like.
pub struct RoleLine {
    pub title: String,
    pub organisation_slug: Option<String>,
    pub organisation_name: Option<String>,
    pub period: String,
    pub current: bool,
    pub source: String,
}

impl From<RoleRow> for RoleLine {
    fn from(r: RoleRow) -> Self {
        let period = match (r.starts_on, r.ends_on) {
            (Some(s), Some(e)) => t!(
                "person-period",
                from = format::date(s),
                to = format::date(e)
            ),
            (Some(s), None) => t!("person-since", date = format::date(s)),
            (None, Some(e)) => t!("person-until-date", date = format::date(e)),
            (None, None) => t!("person-no-dates"),
        };
        Self {
            current: r.ends_on.is_none(),
            title: r.title,
            organisation_slug: r.organisation_slug,
            organisation_name: r.organisation_name,
            period,
            source: r.source,
        }
    }
}

impl PersonPage {
    /// "Took part in 2 consultations and spoke at 1."
    pub fn summary(&self) -> String {
        let spoke = self
            .took_part
            .iter()
            .filter(|t| !t.spoke_in.is_empty())
            .count();
        t!(
            "person-summary",
            count = self.took_part.len(),
            spoke = spoke
        )
    }

    pub fn when(&self, t: &TookPart) -> String {
        t.starts_on.map(format::date).unwrap_or_default()
    }

    pub fn roles_of(&self, t: &TookPart) -> String {
        t.roles
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}
