//! The ASEAN Member States, with their membership dates, and a page for each.

pub mod handlers;
pub mod queries;
pub mod views;
