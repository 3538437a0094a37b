//! Administration: users and their invitations, roles and scopes; the audit log.

pub mod handlers;
pub mod queries;
pub mod sentence;
pub mod views;
