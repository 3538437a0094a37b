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

impl SessionKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::OpeningRemarks => "Opening remarks",
            Self::Presentation => "Presentation",
            Self::Panel => "Panel",
            Self::Plenary => "Plenary discussion",
            Self::BreakoutGroup => "Breakout group",
            Self::Closing => "Closing",
            Self::Other => "Other",
        }
    }
}
