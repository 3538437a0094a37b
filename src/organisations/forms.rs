//! The organisation form, and merging two records of one organisation.

use serde::Serialize;

use super::OrganisationKind;
use crate::web::form::{FieldErrors, Pairs};

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct OrganisationInput {
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub member_state: String,
    pub country_note: String,
    pub website: String,
    pub description: String,
    /// One other name per line.
    pub aliases: String,
    pub version: String,
    pub token: String,
    /// Where to go once saved, when the form was opened to fix a participant list.
    pub then: String,
}

impl OrganisationInput {
    pub fn from_pairs(form: &Pairs) -> Self {
        Self {
            name: form.get("name").to_owned(),
            acronym: form.get("acronym").to_owned(),
            kind: form.get("kind").to_owned(),
            member_state: form.get("member_state").to_owned(),
            country_note: form.get("country_note").to_owned(),
            website: form.get("website").to_owned(),
            description: form.text("description").trim().to_owned(),
            aliases: form.text("aliases").trim().to_owned(),
            version: form.get("version").to_owned(),
            token: form.get("token").to_owned(),
            then: return_path(form.get("then")).unwrap_or_default(),
        }
    }
}

/// `then` if it is a participant list's check page (the only place a fix returns to): a
/// local path of plain characters, never another site.
pub fn return_path(then: &str) -> Option<String> {
    let plain = then
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_'));
    (plain && then.starts_with("/consultations/") && then.contains("/participants/import/"))
        .then(|| then.to_owned())
}

/// An organisation's values, valid.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationFields {
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub member_state_code: Option<String>,
    pub country_note: String,
    pub website: String,
    pub description: String,
    pub aliases: Vec<String>,
}

pub fn parse(
    input: &OrganisationInput,
    states: &[String],
) -> Result<OrganisationFields, FieldErrors> {
    let mut errors = FieldErrors::default();
    if input.name.is_empty() {
        errors.add("name", t!("organisation-enter-name"));
    } else if input.name.chars().count() > 300 {
        errors.add("name", t!("organisation-name-too-long"));
    }
    if input.acronym.chars().count() > 40 {
        errors.add("acronym", t!("organisation-acronym-too-long"));
    }
    let kind = OrganisationKind::parse(&input.kind);
    if kind.is_none() {
        errors.add("kind", t!("organisation-choose-kind"));
    }
    let member_state_code = match input.member_state.as_str() {
        "" => None,
        code if states.iter().any(|s| s == code) => Some(code.to_owned()),
        _ => {
            errors.add("member_state", t!("organisation-choose-state"));
            None
        }
    };
    let web_address = ["https://", "http://"]
        .iter()
        .any(|scheme| input.website.starts_with(scheme));
    if !input.website.is_empty() && !web_address {
        errors.add("website", t!("organisation-website-https"));
    }
    let mut aliases: Vec<String> = Vec::new();
    for line in input
        .aliases
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        if line.chars().count() > 300 {
            errors.add("aliases", t!("organisation-alias-too-long"));
            break;
        }
        let folded = line.to_lowercase();
        if folded != input.name.to_lowercase()
            && !aliases.iter().any(|a| a.to_lowercase() == folded)
        {
            aliases.push(line.to_owned());
        }
    }
    match kind {
        Some(kind) if errors.is_empty() => Ok(OrganisationFields {
            name: input.name.clone(),
            acronym: input.acronym.clone(),
            kind,
            member_state_code,
            country_note: input.country_note.clone(),
            website: input.website.clone(),
            description: input.description.clone(),
            aliases,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::return_path;

    #[test]
    fn a_fix_returns_only_to_a_participant_list_of_this_site() {
        let kept = "/consultations/hanoi-2019-12-18/participants/import/uploads/5eed0000-0000-4000-8000-000000000001";
        assert_eq!(return_path(kept).as_deref(), Some(kept));
        for hostile in [
            "//evil.test/consultations/x/participants/import/",
            "https://evil.test/consultations/x/participants/import/",
            "/consultations/x/participants/import/../../../admin/users",
            "/admin/users",
            "/consultations/x/participants/import/\r\nSet-Cookie:x",
            "",
        ] {
            assert_eq!(return_path(hostile), None, "{hostile:?}");
        }
    }
}
