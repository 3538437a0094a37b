//! The person form and the position form.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::Sex;
use crate::web::form::{FieldErrors, Pairs, parse_date};

#[derive(Debug, Clone, Default)]
pub struct PersonInput {
    pub full_name: String,
    pub honorific: String,
    pub sex: String,
    pub email: String,
    pub phone: String,
    pub staff_notes: String,
    pub version: String,
    pub token: String,
}

impl PersonInput {
    pub fn from_pairs(p: &Pairs) -> Self {
        Self {
            full_name: p.get("full_name").to_owned(),
            honorific: p.get("honorific").to_owned(),
            sex: p.get("sex").to_owned(),
            email: p.get("email").to_owned(),
            phone: p.get("phone").to_owned(),
            staff_notes: p.text("staff_notes").trim().to_owned(),
            version: p.get("version").to_owned(),
            token: p.get("token").to_owned(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonFields {
    pub full_name: String,
    pub honorific: String,
    pub sex: Sex,
    pub email: String,
    pub phone: String,
    pub staff_notes: String,
}

pub fn parse_person(input: &PersonInput) -> Result<PersonFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    if input.full_name.is_empty() {
        errors.add("full_name", t!("person-enter-name"));
    } else if input.full_name.chars().count() > 200 {
        errors.add("full_name", t!("name-too-long-200"));
    }
    let sex = Sex::parse(&input.sex);
    if sex.is_none() {
        errors.add("sex", t!("person-choose-sex"));
    }
    if !input.email.is_empty() && !input.email.contains('@') {
        errors.add("email", t!("person-email-shape"));
    }
    crate::web::form::check_length(&input.email, 254, "email", &mut errors);
    crate::web::form::check_length(&input.honorific, 100, "honorific", &mut errors);
    match sex {
        Some(sex) if errors.is_empty() => Ok(PersonFields {
            full_name: input.full_name.clone(),
            honorific: input.honorific.clone(),
            sex,
            email: input.email.clone(),
            phone: input.phone.clone(),
            staff_notes: input.staff_notes.clone(),
        }),
        _ => Err(errors),
    }
}

#[derive(Debug, Clone, Default)]
pub struct RoleInput {
    pub organisation: String,
    pub title: String,
    pub starts_on: String,
    pub ends_on: String,
    pub source: String,
    pub token: String,
    /// The filter of the organisations' list.
    pub organisation_filter: String,
}

impl RoleInput {
    /// The organisation the form names, if it names one.
    pub fn chosen_organisations(&self) -> Vec<Uuid> {
        Uuid::parse_str(self.organisation.trim())
            .into_iter()
            .collect()
    }

    pub fn from_pairs(p: &Pairs) -> Self {
        Self {
            organisation: p.get("organisation").to_owned(),
            organisation_filter: p.get(crate::organisations::offered::FILTER).to_owned(),
            title: p.get("title").to_owned(),
            starts_on: p.get("starts_on").to_owned(),
            ends_on: p.get("ends_on").to_owned(),
            source: p.get("source").to_owned(),
            token: p.get("token").to_owned(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleFields {
    pub organisation_id: Option<Uuid>,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub source: String,
}

pub fn parse_role(input: &RoleInput, organisations: &[Uuid]) -> Result<RoleFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    let organisation_id = match input.organisation.as_str() {
        "" => None,
        v => match Uuid::parse_str(v)
            .ok()
            .filter(|id| organisations.contains(id))
        {
            Some(id) => Some(id),
            None => {
                errors.add("organisation", t!("form-choose-organisation"));
                None
            }
        },
    };
    if input.title.is_empty() {
        errors.add("title", t!("person-enter-position"));
    }
    crate::web::form::check_length(
        &input.title,
        crate::web::form::MAX_LINE,
        "title",
        &mut errors,
    );
    let starts_on = parse_date(&input.starts_on, "starts_on", &mut errors);
    let ends_on = parse_date(&input.ends_on, "ends_on", &mut errors);
    if let (Some(s), Some(e)) = (starts_on, ends_on)
        && e < s
    {
        errors.add("ends_on", t!("person-position-end-before-start"));
    }
    if errors.is_empty() {
        Ok(RoleFields {
            organisation_id,
            title: input.title.clone(),
            starts_on,
            ends_on,
            source: input.source.clone(),
        })
    } else {
        Err(errors)
    }
}
