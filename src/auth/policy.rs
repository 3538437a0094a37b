//! The access policy, in one place and deny by default: each rule says who may see or change
//! what, and anything no rule allows is refused. Queries take the viewer's visible levels from
//! here rather than deciding for themselves.

use serde::{Deserialize, Serialize};

/// Who may see a record: everyone, signed-in members, or HRWG staff only.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, sqlx::Type,
)]
#[sqlx(type_name = "visibility", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Public,
    Members,
    Staff,
}

impl Visibility {
    /// How the level is named on pages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Public => "Public",
            Self::Members => "Members",
            Self::Staff => "Staff only",
        }
    }
}

/// The person behind a request, as far as access is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Viewer {
    /// Not signed in.
    #[default]
    Anonymous,
}

impl Viewer {
    /// The visibility levels this viewer may read; bound into every list query.
    pub fn visible_levels(&self) -> Vec<Visibility> {
        match self {
            Self::Anonymous => vec![Visibility::Public],
        }
    }

    /// Whether the viewer may read a record at `level`.
    pub fn can_see(&self, level: Visibility) -> bool {
        self.visible_levels().contains(&level)
    }

    /// Whether the viewer may see participants' personal data (names of people who took part,
    /// their contact details and sex): staff only.
    pub fn sees_personal_data(&self) -> bool {
        match self {
            Self::Anonymous => false,
        }
    }

    /// A phrase for pages that say whose data they are built from.
    pub fn data_scope(&self) -> &'static str {
        match self {
            Self::Anonymous => "public data only",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_visitors_see_public_records_only() {
        let viewer = Viewer::Anonymous;
        assert!(viewer.can_see(Visibility::Public));
        assert!(!viewer.can_see(Visibility::Members));
        assert!(!viewer.can_see(Visibility::Staff));
        assert!(!viewer.sees_personal_data());
    }
}
