//! People: the persons who take part in consultations, and the positions they hold over time
//! (one person can be a ministry official and the ACMW's Vice Chair at once). Everything here is
//! personal data, for HRWG staff only.

pub mod forms;
pub mod handlers;
pub mod queries;
pub mod views;

use serde::{Deserialize, Serialize};

/// A person's sex, as donors' head counts need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "sex", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    Other,
    NotStated,
}

crate::domain::enumerated! {
    Sex {
        Female => "female", "Female";
        Male => "male", "Male";
        Other => "other", "Other";
        NotStated => "not_stated", "Not stated";
    }
}
