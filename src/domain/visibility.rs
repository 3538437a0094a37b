//! Who may see a record. The access policy (`crate::access`) decides which levels a viewer sees;
//! this is only the vocabulary, so that every slice's forms read and offer it the same way.

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

super::enumerated! {
    Visibility {
        Public => "public", "Public";
        Members => "members", "Members";
        Staff => "staff", "Staff only";
    }
}
