//! The read-only JSON API (`/api/v1/...`) and its OpenAPI document: series, consultations with
//! their sessions, participation and published notes, organisations, commitments, findings and
//! recommendations with follow-up, self-assessment results and the dashboard's figures.
//!
//! Every record is read through the lower slices' visibility-aware queries with the caller as
//! the viewer (a login's, or a personal token's owner, see `auth::api_tokens`), so the API can
//! show nothing its caller's pages would not. Its errors are `application/problem+json`
//! (`web::problem`).

pub mod caller;
pub mod doc;
pub mod handlers;
pub mod views;
