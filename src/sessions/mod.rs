//! Sessions: the agenda items of a consultation (opening remarks, presentations, panels, ...),
//! in order, with their speakers and themes. "Session" never means a browser login here.

pub mod forms;
pub mod handlers;
pub mod queries;
pub mod views;

use serde::{Deserialize, Serialize};

/// What kind of agenda item a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "session_kind", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    OpeningRemarks,
    Presentation,
    Panel,
    Plenary,
    BreakoutGroup,
    Closing,
    Other,
}

crate::domain::enumerated! {
    SessionKind {
        OpeningRemarks => "opening_remarks", "Opening remarks";
        Presentation => "presentation", "Presentation";
        Panel => "panel", "Panel";
        Plenary => "plenary", "Plenary discussion";
        BreakoutGroup => "breakout_group", "Breakout group";
        Closing => "closing", "Closing";
        Other => "other", "Other";
    }
}
