//! The consultation form: what was typed, and its parsing into valid values, with a message
//! beside each field that does not pass.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::ConsultationStatus;
use crate::auth::Visibility;
use crate::domain::language::TextLanguage;
use crate::web::form::{FieldErrors, Pairs, parse_date, parse_language};

/// The form as typed, kept whole so that it comes back as it was.
#[derive(Debug, Clone, Default)]
pub struct ConsultationInput {
    pub title: String,
    pub series: String,
    pub number_in_series: String,
    pub host_state: String,
    pub states: Vec<String>,
    pub city: String,
    pub venue: String,
    pub starts_on: String,
    pub ends_on: String,
    pub planned_period: String,
    pub status: String,
    pub status_reason: String,
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    pub language: String,
    pub participants_reported: String,
    pub visibility: String,
    pub version: String,
    pub token: String,
}

impl ConsultationInput {
    pub fn from_pairs(form: &Pairs) -> Self {
        Self {
            title: form.get("title").to_owned(),
            series: form.get("series").to_owned(),
            number_in_series: form.get("number_in_series").to_owned(),
            host_state: form.get("host_state").to_owned(),
            states: form.all("states").into_iter().map(str::to_owned).collect(),
            city: form.get("city").to_owned(),
            venue: form.get("venue").to_owned(),
            starts_on: form.get("starts_on").to_owned(),
            ends_on: form.get("ends_on").to_owned(),
            planned_period: form.get("planned_period").to_owned(),
            status: form.get("status").to_owned(),
            status_reason: form.text("status_reason").trim().to_owned(),
            chatham_house: form.checked("chatham_house"),
            objectives: form.text("objectives").trim().to_owned(),
            summary: form.text("summary").trim().to_owned(),
            language: form.get("language").to_owned(),
            participants_reported: form.get("participants_reported").to_owned(),
            visibility: form.get("visibility").to_owned(),
            version: form.get("version").to_owned(),
            token: form.get("token").to_owned(),
        }
    }

    /// Whether Member State `code` is ticked.
    pub fn covers(&self, code: &str) -> bool {
        self.states.iter().any(|s| s == code)
    }
}

impl ConsultationInput {
    /// The form filled in from what is stored.
    pub fn from_row(row: &super::queries::EditRow) -> Self {
        let date = |d: Option<NaiveDate>| {
            d.map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        };
        Self {
            title: row.title.clone(),
            series: row.series_id.map(|s| s.to_string()).unwrap_or_default(),
            number_in_series: row
                .number_in_series
                .map(|n| n.to_string())
                .unwrap_or_default(),
            host_state: row.host_state_code.clone().unwrap_or_default(),
            states: row.states.clone(),
            city: row.city.clone(),
            venue: row.venue.clone(),
            starts_on: date(row.starts_on),
            ends_on: date(row.ends_on),
            planned_period: row.planned_period.clone(),
            status: row.status.value().to_owned(),
            status_reason: row.status_reason.clone(),
            chatham_house: row.chatham_house,
            objectives: row.objectives.clone(),
            summary: row.summary.clone(),
            language: row.language.value().to_owned(),
            participants_reported: row
                .participants_reported
                .map(|n| n.to_string())
                .unwrap_or_default(),
            visibility: row.visibility.value().to_owned(),
            version: row.version.to_string(),
            token: String::new(),
        }
    }

    /// The fields that differ between `self` and `other`: (label, this, other).
    pub fn differences(&self, other: &Self) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        let mut cmp = |label: String, a: &str, b: &str| {
            if a != b {
                out.push((label, a.to_owned(), b.to_owned()));
            }
        };
        cmp(t!("field-title"), &self.title, &other.title);
        cmp(
            t!("consultation-number-in-series"),
            &self.number_in_series,
            &other.number_in_series,
        );
        cmp(
            t!("consultation-host-state"),
            &self.host_state,
            &other.host_state,
        );
        cmp(
            t!("states-covered"),
            &self.states.join(", "),
            &other.states.join(", "),
        );
        cmp(t!("consultation-city"), &self.city, &other.city);
        cmp(t!("venue"), &self.venue, &other.venue);
        cmp(
            t!("consultation-first-day"),
            &self.starts_on,
            &other.starts_on,
        );
        cmp(t!("consultation-last-day"), &self.ends_on, &other.ends_on);
        cmp(
            t!("consultation-planned-period"),
            &self.planned_period,
            &other.planned_period,
        );
        cmp(t!("col-status"), &self.status, &other.status);
        cmp(
            t!("consultation-reason-short"),
            &self.status_reason,
            &other.status_reason,
        );
        cmp(
            t!("consultation-chatham-house-rule"),
            &yes_no(self.chatham_house),
            &yes_no(other.chatham_house),
        );
        cmp(t!("objectives"), &self.objectives, &other.objectives);
        cmp(t!("summary"), &self.summary, &other.summary);
        cmp(t!("written-in-label"), &self.language, &other.language);
        cmp(
            t!("col-participants-reported"),
            &self.participants_reported,
            &other.participants_reported,
        );
        cmp(t!("visible-to-label"), &self.visibility, &other.visibility);
        out
    }
}

/// A consultation's editable values, valid.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ConsultationFields {
    pub title: String,
    pub series_id: Option<Uuid>,
    pub number_in_series: Option<i16>,
    pub host_state_code: Option<String>,
    pub states: Vec<String>,
    pub city: String,
    pub venue: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub status_reason: String,
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    /// The language the title, objectives and summary are written in.
    pub language: TextLanguage,
    pub participants_reported: Option<i32>,
    pub visibility: Visibility,
}

/// "yes" or "no", in the language of the request.
fn yes_no(yes: bool) -> String {
    if yes { t!("audit-yes") } else { t!("audit-no") }
}

impl From<&super::queries::EditRow> for ConsultationFields {
    fn from(row: &super::queries::EditRow) -> Self {
        Self {
            title: row.title.clone(),
            series_id: row.series_id,
            number_in_series: row.number_in_series,
            host_state_code: row.host_state_code.clone(),
            states: row.states.clone(),
            city: row.city.clone(),
            venue: row.venue.clone(),
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            planned_period: row.planned_period.clone(),
            status: row.status,
            status_reason: row.status_reason.clone(),
            chatham_house: row.chatham_house,
            objectives: row.objectives.clone(),
            summary: row.summary.clone(),
            language: row.language,
            participants_reported: row.participants_reported,
            visibility: row.visibility,
        }
    }
}

/// Checks `input`; `series` and `states` are the known ids and codes, `today` the date a held
/// consultation may not be after.
pub fn parse(
    input: &ConsultationInput,
    series: &[Uuid],
    states: &[String],
    today: NaiveDate,
) -> Result<ConsultationFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    if input.title.is_empty() {
        errors.add("title", t!("form-enter-title"));
    } else if input.title.chars().count() > 300 {
        errors.add("title", t!("form-title-too-long"));
    }
    let series_id = match input.series.as_str() {
        "" => None,
        value => match Uuid::parse_str(value).ok().filter(|id| series.contains(id)) {
            Some(id) => Some(id),
            None => {
                errors.add("series", t!("consultation-choose-series"));
                None
            }
        },
    };
    let number_in_series = match input.number_in_series.as_str() {
        "" => None,
        value => match value.parse::<i16>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                errors.add("number_in_series", t!("consultation-number-shape"));
                None
            }
        },
    };
    if number_in_series.is_some() && series_id.is_none() && errors.get("series").is_empty() {
        errors.add("number_in_series", t!("consultation-number-needs-series"));
    }
    let known = |code: &str| states.iter().any(|s| s == code);
    let host_state_code = match input.host_state.as_str() {
        "" => None,
        code if known(code) => Some(code.to_owned()),
        _ => {
            errors.add("host_state", t!("form-choose-state"));
            None
        }
    };
    let mut covered: Vec<String> = Vec::new();
    for code in &input.states {
        if !known(code) {
            errors.add("states", t!("form-tick-states"));
            break;
        }
        if !covered.contains(code) {
            covered.push(code.clone());
        }
    }
    if let Some(host) = &host_state_code
        && !covered.contains(host)
    {
        covered.push(host.clone());
    }
    covered.sort();
    let starts_on = parse_date(&input.starts_on, "starts_on", &mut errors);
    let ends_on = parse_date(&input.ends_on, "ends_on", &mut errors);
    match (starts_on, ends_on) {
        (None, Some(_)) if errors.get("starts_on").is_empty() => {
            errors.add("starts_on", t!("consultation-first-day-too"));
        }
        (Some(s), Some(e)) if e < s => errors.add("ends_on", t!("consultation-last-before-first")),
        _ => {}
    }
    let status = ConsultationStatus::parse(&input.status);
    match status {
        None => errors.add("status", t!("consultation-choose-status")),
        Some(s) if s.took_place() => match starts_on {
            None if errors.get("starts_on").is_empty() => {
                errors.add("starts_on", t!("consultation-held-needs-date"));
            }
            Some(d) if d > today => errors.add("status", t!("consultation-held-in-future")),
            _ => {}
        },
        Some(ConsultationStatus::Postponed | ConsultationStatus::Cancelled)
            if input.status_reason.is_empty() =>
        {
            errors.add("status_reason", t!("consultation-say-why"));
        }
        _ => {}
    }
    let participants_reported = match input.participants_reported.as_str() {
        "" => None,
        value => match value.parse::<i32>() {
            Ok(n) if n >= 0 => Some(n),
            Ok(_) => {
                errors.add(
                    "participants_reported",
                    t!("consultation-participants-negative"),
                );
                None
            }
            Err(_) => {
                errors.add("participants_reported", t!("consultation-whole-number"));
                None
            }
        },
    };
    let visibility = Visibility::parse(&input.visibility);
    if visibility.is_none() {
        errors.add("visibility", t!("form-choose-visibility"));
    }
    let language = parse_language(&input.language, &mut errors);
    if input.objectives.chars().count() > 20_000 || input.summary.chars().count() > 50_000 {
        errors.add("summary", t!("consultation-text-too-long"));
    }
    match (status, visibility, language) {
        (Some(status), Some(visibility), Some(language)) if errors.is_empty() => {
            Ok(ConsultationFields {
                title: input.title.clone(),
                series_id,
                number_in_series,
                host_state_code,
                states: covered,
                city: input.city.clone(),
                venue: input.venue.clone(),
                starts_on,
                ends_on,
                planned_period: input.planned_period.clone(),
                status,
                status_reason: input.status_reason.clone(),
                chatham_house: input.chatham_house,
                objectives: input.objectives.clone(),
                summary: input.summary.clone(),
                language,
                participants_reported,
                visibility,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ConsultationInput {
        ConsultationInput {
            title: "National consultation in Cambodia".into(),
            city: "Phnom Penh".into(),
            host_state: "KH".into(),
            starts_on: "2020-03-10".into(),
            status: "scheduled".into(),
            visibility: "public".into(),
            language: "en".into(),
            ..ConsultationInput::default()
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 1, 1).expect("a date")
    }

    fn states() -> Vec<String> {
        vec!["KH".into(), "VN".into()]
    }

    #[test]
    fn a_valid_form_parses_and_the_host_state_is_covered() {
        let fields = parse(&valid(), &[], &states(), today()).expect("valid");
        assert_eq!(fields.states, ["KH"]);
        assert_eq!(fields.status, ConsultationStatus::Scheduled);
    }

    #[test]
    fn each_broken_rule_has_its_message() {
        let check = |change: fn(&mut ConsultationInput), field: &str, message: &str| {
            let mut input = valid();
            change(&mut input);
            let errors = parse(&input, &[], &states(), today()).expect_err("refused");
            assert_eq!(errors.get(field), message, "{field}");
        };
        check(|i| i.title.clear(), "title", "Enter a title.");
        check(
            |i| i.starts_on = "10/03/2020".into(),
            "starts_on",
            "Enter a date like 2019-12-18.",
        );
        check(
            |i| i.ends_on = "2020-03-09".into(),
            "ends_on",
            "The last day cannot be before the first.",
        );
        check(
            |i| i.status = "held".into(),
            "status",
            "A consultation cannot have been held on a date still to come; choose planned or scheduled.",
        );
        check(
            |i| {
                i.status = "held".into();
                i.starts_on.clear();
            },
            "starts_on",
            "A consultation that was held needs its date.",
        );
        check(
            |i| i.status = "cancelled".into(),
            "status_reason",
            "Say why it was postponed or cancelled.",
        );
        check(
            |i| i.participants_reported = "-3".into(),
            "participants_reported",
            "A number of participants cannot be negative.",
        );
        check(
            |i| i.host_state = "XX".into(),
            "host_state",
            "Choose a Member State from the list.",
        );
        check(
            |i| i.series = "not-a-series".into(),
            "series",
            "Choose a series from the list.",
        );
        check(
            |i| i.visibility = "everyone".into(),
            "visibility",
            "Choose who may see it.",
        );
        check(
            |i| i.language = "klingon".into(),
            "language",
            "Choose the language from the list.",
        );
    }
}
