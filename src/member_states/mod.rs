//! The eleven ASEAN Member States, with their membership dates and the frameworks that bind
//! them: reference data every slice reads (each one's page is `country`).

pub mod queries;
