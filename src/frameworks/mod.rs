//! Frameworks (the 2017 Consensus, or any other instrument: data, not code), their chapters and
//! provisions (commitments), each with its duty-bearer and, once verified, official reference.

pub mod handlers;
pub mod queries;
pub mod views;

use serde::{Deserialize, Serialize};

/// Which states a provision binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "duty_bearer", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum DutyBearer {
    All,
    Sending,
    Receiving,
    Both,
}

crate::domain::enumerated! {
    DutyBearer {
        All => "all", "All Member States";
        Sending => "sending", "Sending States";
        Receiving => "receiving", "Receiving States";
        Both => "both", "Sending and receiving States";
    }
}
