//! The audit log in words: each entry as a sentence with people's and records' names ("Aisyah
//! Rahman changed the status of the finding ‘MOLISA should…’ from open to in progress"), and
//! the before and after as the fields that changed.

use serde_json::Value;

/// The kinds of record the log names, as a filter offers them: (value, label).
pub const KINDS: &[(&str, &str)] = &[
    ("app_user", "Accounts"),
    ("assessment", "Assessments"),
    ("assessment_round", "Assessment rounds"),
    ("commitment", "Commitments"),
    ("consultation", "Consultations"),
    ("database", "Database"),
    ("finding", "Findings"),
    ("note", "Notes"),
    ("organisation", "Organisations"),
    ("participation", "Participation"),
    ("person", "People"),
    ("person_role", "Positions"),
    ("series", "Series"),
    ("session", "Sessions"),
];

/// A record kind in a sentence: "finding", "account".
pub fn noun(entity: &str) -> String {
    match entity {
        "app_user" => "account".to_owned(),
        "person_role" => "position".to_owned(),
        "participation" => "participation record".to_owned(),
        other => other.replace('_', " "),
    }
}

/// A field's name in words: "member_state_code" -> "member state".
pub fn field_label(key: &str) -> String {
    let key = key
        .strip_suffix("_code")
        .or_else(|| key.strip_suffix("_id"))
        .unwrap_or(key);
    key.replace('_', " ")
}

/// A value in words: enum values without underscores, lists joined, nothing as "none".
pub fn readable(value: &Value) -> String {
    match value {
        Value::Null => "none".to_owned(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.is_empty() => "none".to_owned(),
        Value::String(s) => {
            let code = s.chars().all(|c| c.is_ascii_lowercase() || c == '_') && s.contains('_');
            if code { s.replace('_', " ") } else { s.clone() }
        }
        Value::Array(items) if items.is_empty() => "none".to_owned(),
        Value::Array(items) => items.iter().map(readable).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
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
                field: field_label(key),
                before: short(&readable(old), 300),
                after: short(&readable(new), 300),
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

/// The entry as a sentence.
pub fn sentence(f: &Facts<'_>) -> String {
    let who = if !f.actor.is_empty() {
        f.actor.to_owned()
    } else {
        match f.actor_label {
            "" | "system" => "The system".to_owned(),
            "unknown account" => "Someone".to_owned(),
            "command line" => "The command line".to_owned(),
            other => other.to_owned(),
        }
    };
    let noun = noun(f.entity);
    let named = match f.name {
        Some(name) if !name.is_empty() => format!(" ‘{}’", short(name, 60)),
        _ => String::new(),
    };
    // A note has no name of its own: it is the note on a session.
    let record = if f.entity == "note" && !named.is_empty() {
        format!("the note on{named}")
    } else {
        format!("the {noun}{named}")
    };
    let person = f
        .name
        .map_or("an account that no longer exists".to_owned(), |n| {
            n.to_owned()
        });
    let changed = changes(f.before, f.after);
    let (_, verb) = f.action.split_once('.').unwrap_or(("", f.action));
    match f.action {
        "sign_in.success" => return format!("{who} signed in"),
        "sign_in.failure" => {
            return match f.name {
                Some(name) => format!("A sign-in as {name} failed"),
                None => "A sign-in failed for an unknown account".to_owned(),
            };
        }
        "sign_out" => return format!("{who} signed out"),
        "invitation.create" => return format!("{who} invited {person}"),
        "invitation.accept" => {
            return format!("{who} accepted the invitation and chose a password");
        }
        "user.create" => return format!("{who} added the account of {person}"),
        "password.change" => return format!("{who} changed their password"),
        "password.reset_issue" => {
            return format!("{who} issued a password-reset link for {person}");
        }
        "password.reset" => return format!("{who} set a new password with a reset link"),
        "two_factor.enable" => return format!("{who} turned on two-factor sign-in"),
        "two_factor.failure" => return format!("{who} entered a wrong second-factor code"),
        "seed.demo" => return format!("{who} loaded the demo data"),
        "participants.import" => {
            let people = f
                .after
                .and_then(|a| a.get("people"))
                .and_then(Value::as_i64)
                .unwrap_or(0);
            let plural = if people == 1 { "person" } else { "people" };
            return format!("{who} imported a participant list of {people} {plural} into {record}");
        }
        "recommendation.update" => {
            return match changed.iter().find(|c| c.field == "status") {
                Some(c) => format!(
                    "{who} changed the status of {record} from {} to {}",
                    c.before, c.after
                ),
                None => format!("{who} reported progress on {record}"),
            };
        }
        _ => {}
    }
    match verb {
        "create" => format!("{who} added {record}"),
        "update" => match changed.as_slice() {
            [] => format!("{who} saved {record} (nothing changed)"),
            [one] if one.before.chars().count() <= 60 && one.after.chars().count() <= 60 => {
                format!(
                    "{who} changed the {} of {record} from {} to {}",
                    one.field, one.before, one.after
                )
            }
            many => format!(
                "{who} changed the {} of {record}",
                and_list(&many.iter().map(|c| c.field.as_str()).collect::<Vec<_>>())
            ),
        },
        "archive" => format!("{who} removed {record}"),
        "restore" => format!("{who} restored {record}"),
        "delete" => format!("{who} deleted {record}"),
        "move" => format!("{who} moved {record} on the agenda"),
        "merge" => {
            let into = f
                .after
                .and_then(|a| a.get("merged_into_slug"))
                .and_then(Value::as_str)
                .unwrap_or("another");
            let from = f
                .before
                .and_then(|b| b.get("name"))
                .and_then(Value::as_str)
                .map_or(String::new(), |n| format!(" ‘{}’", short(n, 60)));
            format!("{who} merged the {noun}{from} into {into}")
        }
        "submit" => format!("{who} submitted {record}"),
        "save" => format!("{who} saved {record}"),
        "correct" => format!("{who} corrected {record}"),
        "publish" => format!("{who} published {record}"),
        "return" => format!("{who} returned {record}"),
        "withdraw" => format!("{who} withdrew {record}"),
        other => format!("{who}: {} on {record}", other.replace('_', " ")),
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

/// "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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
             recruitment fees in all…’ from open to in progress"
        );
    }

    #[test]
    fn only_fields_that_changed_are_listed() {
        let before = json!({ "title": "Opening", "visibility": "public", "version": 1 });
        let after = json!({ "title": "Opening", "visibility": "staff", "version": 2 });
        assert_eq!(
            changes(Some(&before), Some(&after)),
            vec![Change {
                field: "visibility".to_owned(),
                before: "public".to_owned(),
                after: "staff".to_owned(),
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
            "The command line changed the visibility of the session ‘Opening’ from public to staff"
        );
    }
}
