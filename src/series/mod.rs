//! Series of consultations (a programme: organiser, funder, period, planned Member States), and
//! the home page, which shows them with the Member States.

pub mod forms;
pub mod handlers;
pub mod queries;
pub mod views;
