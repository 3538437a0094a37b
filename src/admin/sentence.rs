//! The audit log in words: each entry as a sentence with people's and records' names ("Aisyah
//! Rahman changed the status of the finding ‘MOLISA should…’ from open to in progress"), and
//! the before and after as the fields that changed.

use serde_json::Value;

/// The kinds of record the log names, as a filter offers them: their values.
pub const KINDS: &[&str] = &[
    "app_user",
    "assessment",
    "assessment_round",
    "commitment",
    "consultation",
    "database",
    "finding",
    "note",
    "organisation",
    "participation",
    "person",
    "person_role",
    "series",
    "session",
];

/// The kinds of record as the filter offers them, in the language of the request: (value,
/// label).
pub fn kinds() -> Vec<(&'static str, String)> {
    KINDS.iter().map(|k| (*k, kind_label(k))).collect()
}

/// A kind of record, as the filter names it: "Findings".
fn kind_label(entity: &str) -> String {
    match entity {
        "app_user" => t!("audit-kind-accounts"),
        "assessment" => t!("audit-kind-assessments"),
        "assessment_round" => t!("audit-kind-assessment-rounds"),
        "commitment" => t!("audit-kind-commitments"),
        "consultation" => t!("audit-kind-consultations"),
        "database" => t!("audit-kind-database"),
        "finding" => t!("audit-kind-findings"),
        "note" => t!("audit-kind-notes"),
        "organisation" => t!("audit-kind-organisations"),
        "participation" => t!("audit-kind-participation"),
        "person" => t!("audit-kind-people"),
        "person_role" => t!("audit-kind-positions"),
        "series" => t!("audit-kind-series"),
        "session" => t!("audit-kind-sessions"),
        other => other.replace('_', " "),
    }
}

/// A record kind in a sentence: "finding", "account".
pub fn noun(entity: &str) -> String {
    match entity {
        "app_user" => t!("audit-noun-account"),
        "api_token" => t!("audit-noun-api-token"),
        "assessment" => t!("audit-noun-assessment"),
        "assessment_round" => t!("audit-noun-assessment-round"),
        "commitment" => t!("audit-noun-commitment"),
        "consultation" => t!("audit-noun-consultation"),
        "database" => t!("audit-noun-database"),
        "finding" => t!("audit-noun-finding"),
        "note" => t!("audit-noun-note"),
        "organisation" => t!("audit-noun-organisation"),
        "participation" => t!("audit-noun-participation"),
        "person" => t!("audit-noun-person"),
        "person_role" => t!("audit-noun-position"),
        "series" => t!("audit-noun-series"),
        "session" => t!("audit-noun-session"),
        other => other.replace('_', " "),
    }
}

/// A field's name in words, in the language of the request: "member_state_code" -> "member
/// state" (the catalogue's `audit-field-<key>` where it has one).
pub fn field_label(key: &str) -> String {
    if let Some(words) = crate::i18n::lookup(&format!("audit-field-{key}")) {
        return words;
    }
    let key = key
        .strip_suffix("_code")
        .or_else(|| key.strip_suffix("_id"))
        .unwrap_or(key);
    key.replace('_', " ")
}

/// A value in words: enum values without underscores, lists joined, nothing as "none".
pub fn readable(value: &Value) -> String {
    match value {
        Value::Null => t!("audit-none"),
        Value::Bool(true) => t!("audit-yes"),
        Value::Bool(false) => t!("audit-no"),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.is_empty() => t!("audit-none"),
        Value::String(s) => {
            let code = s.chars().all(|c| c.is_ascii_lowercase() || c == '_') && s.contains('_');
            if code { s.replace('_', " ") } else { s.clone() }
        }
        Value::Array(items) if items.is_empty() => t!("audit-none"),
        Value::Array(items) => items.iter().map(readable).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
    }
}

/// The labels of a shared enum: (catalogue id, English).
type Labels = &'static [(&'static str, &'static str)];

/// The enums a field's stored value may be a value of, most likely first.
fn enums_of(key: &str) -> &'static [Labels] {
    use crate::domain::consultation::{ConsultationStatus, ParticipationRole};
    use crate::domain::finding::{FindingKind, RecommendationStatus};
    use crate::domain::language::TextLanguage;
    use crate::{access, assessments, frameworks, notes, organisations, people, sessions};
    match key {
        "visibility" | "proposed_visibility" | "effective_visibility" => {
            &[crate::domain::Visibility::LABELS]
        }
        "status" => &[
            ConsultationStatus::LABELS,
            notes::NoteStatus::LABELS,
            RecommendationStatus::LABELS,
            assessments::AssessmentStatus::LABELS,
            assessments::RoundStatus::LABELS,
        ],
        "recommendation_status" => &[RecommendationStatus::LABELS],
        "kind" => &[
            FindingKind::LABELS,
            sessions::SessionKind::LABELS,
            organisations::OrganisationKind::LABELS,
        ],
        "role" | "roles" => &[access::Role::LABELS, ParticipationRole::LABELS],
        "language" => &[TextLanguage::LABELS],
        "attribution" | "proposed_attribution" => &[notes::Attribution::LABELS],
        "sex" => &[people::Sex::LABELS],
        "section" => &[notes::Section::LABELS],
        "assessor_kind" => &[assessments::AssessorKind::LABELS],
        "duty_bearer" | "duty_bearers" => &[frameworks::DutyBearer::LABELS],
        "answer" => &[assessments::Answer::LABELS],
        "speaker_sector" => &[organisations::OrganisationKind::LABELS],
        _ => &[],
    }
}

/// The value of field `key` in words: a stored code ("held", "civil_society") by its label in
/// the language of the request, anything else as [`readable`] says.
pub fn value_in_words(key: &str, value: &Value) -> String {
    let enums = enums_of(key);
    match value {
        Value::String(code) if !code.is_empty() => enums
            .iter()
            .flat_map(|labels| labels.iter())
            .find(|(id, _)| id.split_once('-').is_some_and(|(_, v)| v == code))
            .map(|(id, english)| crate::i18n::label(id, english).to_owned())
            .unwrap_or_else(|| readable(value)),
        Value::Array(items) if !enums.is_empty() && !items.is_empty() => items
            .iter()
            .map(|item| value_in_words(key, item))
            .collect::<Vec<_>>()
            .join(", "),
        _ => readable(value),
    }
}

/// `text` cut to about `max` characters, with an ellipsis when cut.
pub fn short(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One field that changed: its name, and its value before and after, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field's key in the record ("status").
    pub key: String,
    /// Its name in words.
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields whose values differ between `before` and `after` (those both name), in the
/// order `after` lists them. Internal fields (versions, tokens) are left out.
pub fn changes(before: Option<&Value>, after: Option<&Value>) -> Vec<Change> {
    let (Some(Value::Object(before)), Some(Value::Object(after))) = (before, after) else {
        return Vec::new();
    };
    after
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "version" | "token"))
        .filter_map(|(key, new)| {
            let old = before.get(key)?;
            (old != new).then(|| Change {
                key: key.clone(),
                field: field_label(key),
                before: short(&value_in_words(key, old), 300),
                after: short(&value_in_words(key, new), 300),
            })
        })
        .collect()
}

/// What a sentence is made from.
pub struct Facts<'a> {
    /// Who acted, by name ("" when no one signed in did).
    pub actor: &'a str,
    /// Who acted when it was no user: "command line", "unknown account", "".
    pub actor_label: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    /// The record's name (title, name, statement), when it still exists.
    pub name: Option<&'a str>,
    pub before: Option<&'a Value>,
    pub after: Option<&'a Value>,
}

/// The entry as a sentence, in the language of the request.
pub fn sentence(f: &Facts<'_>) -> String {
    let who = if !f.actor.is_empty() {
        f.actor.to_owned()
    } else {
        match f.actor_label {
            "" | "system" => t!("audit-who-system"),
            "unknown account" => t!("audit-who-someone"),
            "command line" => t!("audit-who-command-line"),
            other => other.to_owned(),
        }
    };
    let who = who.as_str();
    let noun = noun(f.entity);
    let named = match f.name {
        Some(name) if !name.is_empty() => format!(" ‘{}’", short(name, 60)),
        _ => String::new(),
    };
    // A note has no name of its own: it is the note on a session.
    let record = if f.entity == "note" && !named.is_empty() {
        t!("audit-record-note", named = named.as_str())
    } else {
        t!("audit-record", noun = noun.as_str(), named = named.as_str())
    };
    let record = record.as_str();
    let person = f
        .name
        .map_or_else(|| t!("audit-gone-account"), str::to_owned);
    let person = person.as_str();
    let changed = changes(f.before, f.after);
    let (_, verb) = f.action.split_once('.').unwrap_or(("", f.action));
    match f.action {
        "sign_in.success" => return t!("audit-signed-in", who = who),
        "sign_in.failure" => {
            return match f.name {
                Some(name) => t!("audit-sign-in-failed", name = name),
                None => t!("audit-sign-in-failed-unknown"),
            };
        }
        "sign_out" => return t!("audit-signed-out", who = who),
        "invitation.create" => return t!("audit-invited", who = who, person = person),
        "invitation.accept" => return t!("audit-accepted", who = who),
        "user.create" => return t!("audit-user-added", who = who, person = person),
        "password.change" => return t!("audit-password-changed", who = who),
        "password.reset_issue" => return t!("audit-reset-issued", who = who, person = person),
        "password.reset" => return t!("audit-password-reset", who = who),
        "two_factor.enable" => return t!("audit-two-factor-on", who = who),
        "two_factor.failure" => return t!("audit-two-factor-failed", who = who),
        "seed.demo" => return t!("audit-demo-loaded", who = who),
        "participants.import" => {
            let people = f
                .after
                .and_then(|a| a.get("people"))
                .and_then(Value::as_i64)
                .unwrap_or(0);
            return t!(
                "audit-participants-imported",
                who = who,
                count = people,
                record = record
            );
        }
        "recommendation.update" => {
            return match changed.iter().find(|c| c.key == "status") {
                Some(c) => t!(
                    "audit-status-changed",
                    who = who,
                    record = record,
                    before = c.before.as_str(),
                    after = c.after.as_str()
                ),
                None => t!("audit-progress-reported", who = who, record = record),
            };
        }
        _ => {}
    }
    match verb {
        "create" => t!("audit-added", who = who, record = record),
        "update" => match changed.as_slice() {
            [] => t!("audit-saved-unchanged", who = who, record = record),
            [one] if one.before.chars().count() <= 60 && one.after.chars().count() <= 60 => {
                t!(
                    "audit-field-changed",
                    who = who,
                    field = one.field.as_str(),
                    record = record,
                    before = one.before.as_str(),
                    after = one.after.as_str()
                )
            }
            many => t!(
                "audit-fields-changed",
                who = who,
                fields = and_list(&many.iter().map(|c| c.field.as_str()).collect::<Vec<_>>()),
                record = record
            ),
        },
        "archive" => t!("audit-removed", who = who, record = record),
        "restore" => t!("audit-restored", who = who, record = record),
        "delete" => t!("audit-deleted", who = who, record = record),
        "move" => t!("audit-moved", who = who, record = record),
        "merge" => {
            let into = f
                .after
                .and_then(|a| a.get("merged_into_slug"))
                .and_then(Value::as_str)
                .map_or_else(|| t!("audit-merged-another"), str::to_owned);
            let from = f
                .before
                .and_then(|b| b.get("name"))
                .and_then(Value::as_str)
                .map_or(String::new(), |n| format!(" ‘{}’", short(n, 60)));
            t!(
                "audit-merged",
                who = who,
                noun = noun.as_str(),
                named = from,
                into = into
            )
        }
        "submit" => t!("audit-submitted", who = who, record = record),
        "save" => t!("audit-saved", who = who, record = record),
        "correct" => t!("audit-corrected", who = who, record = record),
        "publish" => t!("audit-published", who = who, record = record),
        "return" => t!("audit-returned", who = who, record = record),
        "withdraw" => t!("audit-withdrew", who = who, record = record),
        other => t!(
            "audit-other",
            who = who,
            action = other.replace('_', " "),
            record = record
        ),
    }
}

/// Every record id that `value` holds (in strings, lists and objects), to be named.
pub fn ids_in(value: &Value, into: &mut Vec<uuid::Uuid>) {
    match value {
        Value::String(s) => into.extend(uuid::Uuid::parse_str(s).ok()),
        Value::Array(items) => items.iter().for_each(|v| ids_in(v, into)),
        Value::Object(fields) => fields.values().for_each(|v| ids_in(v, into)),
        _ => {}
    }
}

/// `value` with each record id that `names` knows replaced by that record's name.
pub fn name_ids(value: &mut Value, names: &std::collections::HashMap<uuid::Uuid, String>) {
    match value {
        Value::String(s) => {
            if let Some(name) = uuid::Uuid::parse_str(s).ok().and_then(|id| names.get(&id)) {
                *s = name.clone();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| name_ids(v, names)),
        Value::Object(fields) => fields.values_mut().for_each(|v| name_ids(v, names)),
        _ => {}
    }
}

/// "a, b and c", in the language of the request.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => t!("list-and", init = rest.join(", "), last = last.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_status_change_reads_as_a_sentence_with_names() {
        let before = json!({ "status": "open" });
        let after = json!({ "status": "in_progress", "body": "Drafted", "links": [] });
        let line = sentence(&Facts {
            actor: "Aisyah Rahman",
            actor_label: "",
            action: "recommendation.update",
            entity: "finding",
            name: Some("MOLISA should publish the decree on recruitment fees in all languages"),
            before: Some(&before),
            after: Some(&after),
        });
        assert_eq!(
            line,
            "Aisyah Rahman changed the status of the finding ‘MOLISA should publish the decree on \
             recruitment fees in all…’ from Open to In progress"
        );
    }

    #[test]
    fn only_fields_that_changed_are_listed() {
        let before = json!({ "title": "Opening", "visibility": "public", "version": 1 });
        let after = json!({ "title": "Opening", "visibility": "staff", "version": 2 });
        assert_eq!(
            changes(Some(&before), Some(&after)),
            vec![Change {
                key: "visibility".to_owned(),
                field: "visibility".to_owned(),
                before: "Public".to_owned(),
                after: "Staff only".to_owned(),
            }]
        );
        let line = sentence(&Facts {
            actor: "",
            actor_label: "command line",
            action: "session.update",
            entity: "session",
            name: Some("Opening"),
            before: Some(&before),
            after: Some(&after),
        });
        assert_eq!(
            line,
            "The command line changed the visibility of the session ‘Opening’ from Public to Staff only"
        );
    }
}
