//! Participant lists: a consultation's attendance sheet uploaded as CSV (as Excel writes it),
//! checked row by row in a dry run, and written in one transaction only when every row is
//! right. Names are personal data: these pages are for staff only.

pub mod handlers;
pub mod parse;
pub mod queries;
pub mod views;
