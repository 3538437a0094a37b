//! The series form.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::auth::Visibility;
use crate::web::form::{FieldErrors, Pairs, parse_date};

#[derive(Debug, Clone, Default)]
pub struct SeriesInput {
    pub title: String,
    pub organiser: String,
    pub funder: String,
    pub funding_note: String,
    pub starts_on: String,
    pub ends_on: String,
    pub aim: String,
    pub planned_states: Vec<String>,
    pub visibility: String,
    pub version: String,
    pub token: String,
    /// The filter of the organisers' and funders' list.
    pub organisation_filter: String,
}

impl SeriesInput {
    /// The organisations the form names (organiser, funder).
    pub fn chosen_organisations(&self) -> Vec<uuid::Uuid> {
        [&self.organiser, &self.funder]
            .into_iter()
            .filter_map(|v| uuid::Uuid::parse_str(v.trim()).ok())
            .collect()
    }

    pub fn from_pairs(p: &Pairs) -> Self {
        Self {
            title: p.get("title").to_owned(),
            organiser: p.get("organiser").to_owned(),
            organisation_filter: p.get(crate::organisations::offered::FILTER).to_owned(),
            funder: p.get("funder").to_owned(),
            funding_note: p.get("funding_note").to_owned(),
            starts_on: p.get("starts_on").to_owned(),
            ends_on: p.get("ends_on").to_owned(),
            aim: p.text("aim").trim().to_owned(),
            planned_states: p
                .all("planned_states")
                .into_iter()
                .map(str::to_owned)
                .collect(),
            visibility: p.get("visibility").to_owned(),
            version: p.get("version").to_owned(),
            token: p.get("token").to_owned(),
        }
    }

    pub fn plans(&self, code: &str) -> bool {
        self.planned_states.iter().any(|s| s == code)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SeriesFields {
    pub title: String,
    pub organiser_id: Option<Uuid>,
    pub funder_id: Option<Uuid>,
    pub funding_note: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub aim: String,
    pub planned_states: Vec<String>,
    pub visibility: Visibility,
}

pub fn parse(
    input: &SeriesInput,
    organisations: &[Uuid],
    states: &[String],
) -> Result<SeriesFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    if input.title.is_empty() {
        errors.add("title", t!("form-enter-title"));
    }
    crate::web::form::check_length(
        &input.title,
        crate::web::form::MAX_LINE,
        "title",
        &mut errors,
    );
    let mut org = |value: &str, field: &'static str| match value {
        "" => None,
        v => match Uuid::parse_str(v)
            .ok()
            .filter(|id| organisations.contains(id))
        {
            Some(id) => Some(id),
            None => {
                errors.add(field, t!("form-choose-organisation"));
                None
            }
        },
    };
    let organiser_id = org(&input.organiser, "organiser");
    let funder_id = org(&input.funder, "funder");
    let starts_on = parse_date(&input.starts_on, "starts_on", &mut errors);
    let ends_on = parse_date(&input.ends_on, "ends_on", &mut errors);
    if let (Some(s), Some(e)) = (starts_on, ends_on)
        && e < s
    {
        errors.add("ends_on", t!("series-end-before-start"));
    }
    let mut planned_states = Vec::new();
    for code in &input.planned_states {
        if !states.contains(code) {
            errors.add("planned_states", t!("form-tick-states"));
            break;
        }
        if !planned_states.contains(code) {
            planned_states.push(code.clone());
        }
    }
    let visibility = Visibility::parse(&input.visibility);
    if visibility.is_none() {
        errors.add("visibility", t!("form-choose-visibility"));
    }
    match visibility {
        Some(visibility) if errors.is_empty() => Ok(SeriesFields {
            title: input.title.clone(),
            organiser_id,
            funder_id,
            funding_note: input.funding_note.clone(),
            starts_on,
            ends_on,
            aim: input.aim.clone(),
            planned_states,
            visibility,
        }),
        _ => Err(errors),
    }
}
