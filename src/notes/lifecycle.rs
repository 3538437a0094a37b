//! The life cycle of a note as a pure state machine: which action may move a note from which
//! status, and who may take it.
//!
//! draft -> submitted (the author) -> returned (staff, with a comment) -> submitted again ->
//! published (staff, at a visibility; then locked, but for corrections by staff with a
//! reason); withdrawn by the author at any time before publication, and restored as a draft by
//! the author (the undo of a withdrawal).

use serde::{Deserialize, Serialize};

/// Where a note stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "note_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum NoteStatus {
    Draft,
    Submitted,
    Returned,
    Published,
    Withdrawn,
}

crate::domain::enumerated! {
    NoteStatus {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Submitted for review";
        Returned => "returned", "Returned to the author";
        Published => "published", "Published";
        Withdrawn => "withdrawn", "Withdrawn";
    }
}

impl NoteStatus {
    /// The CSS class of its badge.
    pub fn css(self) -> &'static str {
        match self {
            Self::Draft | Self::Submitted | Self::Returned => "status-planned",
            Self::Published => "status-held",
            Self::Withdrawn => "status-stopped",
        }
    }
}

/// What someone does to a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Save the text (a draft, or a returned note being revised).
    Save,
    Submit,
    Withdraw,
    /// Send back to the author with a comment.
    Return,
    Publish,
    /// Change a published note (a new revision with a reason).
    Correct,
    /// Undo a withdrawal: the note becomes a draft again.
    Restore,
}

impl Action {
    pub const ALL: [Self; 7] = [
        Self::Save,
        Self::Submit,
        Self::Withdraw,
        Self::Return,
        Self::Publish,
        Self::Correct,
        Self::Restore,
    ];
}

/// In what capacity someone acts on a note: as its author, as a reviewer (HRWG staff), or
/// both (a staff member's own note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capacity {
    pub author: bool,
    pub reviewer: bool,
}

/// Why an action is refused, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The status after `action`, if `who` may take it on a note at `status`.
pub fn next(status: NoteStatus, action: Action, who: Capacity) -> Result<NoteStatus, Refused> {
    use Action as A;
    use NoteStatus as S;
    match (action, status) {
        (A::Save, S::Draft | S::Returned) if who.author => Ok(status),
        (A::Submit, S::Draft | S::Returned) if who.author => Ok(S::Submitted),
        (A::Withdraw, S::Draft | S::Submitted | S::Returned) if who.author => Ok(S::Withdrawn),
        (A::Return, S::Submitted) if who.reviewer => Ok(S::Returned),
        (A::Publish, S::Submitted) if who.reviewer => Ok(S::Published),
        (A::Correct, S::Published) if who.reviewer => Ok(S::Published),
        (A::Restore, S::Withdrawn) if who.author => Ok(S::Draft),
        (A::Save | A::Submit | A::Withdraw | A::Restore, _) if !who.author => {
            Err(Refused(t!("refused-author-only")))
        }
        (A::Return | A::Publish | A::Correct, _) if !who.reviewer => {
            Err(Refused(t!("refused-staff-only")))
        }
        (_, S::Published) => Err(Refused(t!("refused-published"))),
        (_, S::Withdrawn) => Err(Refused(t!("refused-withdrawn"))),
        (A::Restore, _) => Err(Refused(t!("refused-restore"))),
        (A::Return | A::Publish, _) => Err(Refused(t!("refused-review"))),
        (A::Save | A::Submit, S::Submitted) => Err(Refused(t!("refused-with-reviewers"))),
        _ => Err(Refused(t!("refused-now"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUTHOR: Capacity = Capacity {
        author: true,
        reviewer: false,
    };
    const REVIEWER: Capacity = Capacity {
        author: false,
        reviewer: true,
    };
    const NOBODY: Capacity = Capacity {
        author: false,
        reviewer: false,
    };
    const STAFF_AUTHOR: Capacity = Capacity {
        author: true,
        reviewer: true,
    };

    /// Every allowed transition, with who may make it; everything else is refused.
    fn allowed(status: NoteStatus, action: Action, who: Capacity) -> Option<NoteStatus> {
        use Action as A;
        use NoteStatus as S;
        match (status, action) {
            (S::Draft, A::Save) | (S::Returned, A::Save) if who.author => Some(status),
            (S::Draft | S::Returned, A::Submit) if who.author => Some(S::Submitted),
            (S::Draft | S::Submitted | S::Returned, A::Withdraw) if who.author => {
                Some(S::Withdrawn)
            }
            (S::Submitted, A::Return) if who.reviewer => Some(S::Returned),
            (S::Submitted, A::Publish) if who.reviewer => Some(S::Published),
            (S::Published, A::Correct) if who.reviewer => Some(S::Published),
            (S::Withdrawn, A::Restore) if who.author => Some(S::Draft),
            _ => None,
        }
    }

    #[test]
    fn every_transition_is_allowed_or_refused_as_the_table_says() {
        let mut allowed_count = 0;
        for status in NoteStatus::ALL {
            for action in Action::ALL {
                for who in [AUTHOR, REVIEWER, NOBODY, STAFF_AUTHOR] {
                    let got = next(status, action, who);
                    match allowed(status, action, who) {
                        Some(to) => {
                            allowed_count += 1;
                            assert_eq!(got, Ok(to), "{status:?} {action:?} {who:?}");
                        }
                        None => assert!(
                            got.is_err(),
                            "{status:?} {action:?} {who:?} should be refused"
                        ),
                    }
                }
            }
        }
        assert_eq!(allowed_count, 22);
    }

    #[test]
    fn the_journey_of_a_note() {
        let s = next(NoteStatus::Draft, Action::Submit, AUTHOR).expect("submitted");
        let s = next(s, Action::Return, REVIEWER).expect("returned");
        let s = next(s, Action::Save, AUTHOR).expect("revised");
        let s = next(s, Action::Submit, AUTHOR).expect("submitted again");
        let s = next(s, Action::Publish, REVIEWER).expect("published");
        assert_eq!(s, NoteStatus::Published);
        assert_eq!(
            next(s, Action::Save, AUTHOR),
            Err(Refused(
                "This note is published and locked; staff may correct it, giving a reason."
                    .to_owned()
            ))
        );
        assert_eq!(
            next(s, Action::Withdraw, AUTHOR).map_err(|r| r.0),
            Err(
                "This note is published and locked; staff may correct it, giving a reason."
                    .to_owned()
            )
        );
        assert_eq!(
            next(NoteStatus::Submitted, Action::Publish, AUTHOR),
            Err(Refused("Only HRWG staff review notes.".to_owned()))
        );
        assert_eq!(
            next(NoteStatus::Draft, Action::Submit, REVIEWER),
            Err(Refused("Only the note's author may do this.".to_owned()))
        );
    }
}
