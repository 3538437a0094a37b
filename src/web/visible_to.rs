//! Who may see a record, as its page tells staff: the record's effective level (never wider
//! than its parents') and, when a parent's level decides it, which parent.

use std::collections::HashMap;

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::domain::Visibility;

/// The kinds of record whose pages say who may see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Consultation,
    Session,
    Note,
    Finding,
}

/// Who a level lets in, in words (in the language of the request).
pub fn audience(level: Visibility) -> String {
    match level {
        Visibility::Public => t!("audience-public"),
        Visibility::Members => t!("audience-members"),
        Visibility::Staff => t!("audience-staff"),
    }
}

/// "Visible to: staff only (set on the session)": the effective level, and the nearest
/// record of `chain` (the record itself first, then its parents, nearest first) whose own
/// level it is.
pub fn sentence(effective: Visibility, chain: &[(&str, Option<Visibility>)]) -> String {
    let source = chain
        .iter()
        .find(|(_, level)| *level == Some(effective))
        .map(|(name, _)| *name);
    let parent = match source {
        Some("session") => Some(t!("set-on-session")),
        Some("consultation") => Some(t!("set-on-consultation")),
        Some("series") => Some(t!("set-on-series")),
        _ => None,
    };
    match parent {
        Some(parent) => t!(
            "visible-to-set-on",
            audience = audience(effective),
            parent = parent
        ),
        None => t!("visible-to", audience = audience(effective)),
    }
}

type Levels = (
    Uuid,
    Visibility,
    Visibility,
    Option<Visibility>,
    Option<Visibility>,
    Option<Visibility>,
);

/// The visibility sentence of each record `ids` of `kind`.
pub async fn sentences(
    db: impl PgExecutor<'_>,
    kind: Record,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, sqlx::Error> {
    // The record's effective and own level, then its session's, consultation's and series'
    // own levels (where it has them).
    let sql = match kind {
        Record::Consultation => {
            "SELECT c.id, c.effective_visibility, c.visibility, NULL::visibility,
                    NULL::visibility, s.visibility
               FROM consultation c LEFT JOIN series s ON s.id = c.series_id
              WHERE c.id = ANY($1)"
        }
        Record::Session => {
            "SELECT se.id, se.effective_visibility, se.visibility, NULL::visibility,
                    c.visibility, s.visibility
               FROM session se JOIN consultation c ON c.id = se.consultation_id
               LEFT JOIN series s ON s.id = c.series_id
              WHERE se.id = ANY($1)"
        }
        Record::Note => {
            "SELECT n.id, n.effective_visibility, n.visibility, se.visibility,
                    c.visibility, s.visibility
               FROM note n JOIN session se ON se.id = n.session_id
               JOIN consultation c ON c.id = se.consultation_id
               LEFT JOIN series s ON s.id = c.series_id
              WHERE n.id = ANY($1)"
        }
        Record::Finding => {
            "SELECT f.id, f.effective_visibility, f.visibility, se.visibility,
                    c.visibility, s.visibility
               FROM finding f LEFT JOIN session se ON se.id = f.session_id
               LEFT JOIN consultation c ON c.id = f.consultation_id
               LEFT JOIN series s ON s.id = c.series_id
              WHERE f.id = ANY($1)"
        }
    };
    let rows: Vec<Levels> = sqlx::query_as(sql).bind(ids).fetch_all(db).await?;
    Ok(rows
        .into_iter()
        .map(|(id, effective, own, session, consultation, series)| {
            let chain = [
                ("", Some(own)),
                ("session", session),
                ("consultation", consultation),
                ("series", series),
            ];
            (id, sentence(effective, &chain))
        })
        .collect())
}

/// The visibility sentence of one record, for a viewer who is staff; "" for anyone else.
pub async fn for_staff(
    db: impl PgExecutor<'_>,
    staff: bool,
    kind: Record,
    id: Uuid,
) -> Result<String, sqlx::Error> {
    if !staff {
        return Ok(String::new());
    }
    Ok(sentences(db, kind, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_set_by_a_parent_names_the_parent() {
        let chain = [
            ("", Some(Visibility::Public)),
            ("session", Some(Visibility::Staff)),
            ("consultation", Some(Visibility::Members)),
        ];
        assert_eq!(
            sentence(Visibility::Staff, &chain),
            "Visible to: staff only (set on the session)"
        );
        let own = [
            ("", Some(Visibility::Members)),
            ("consultation", Some(Visibility::Members)),
        ];
        assert_eq!(
            sentence(Visibility::Members, &own),
            "Visible to: signed-in members"
        );
    }
}
