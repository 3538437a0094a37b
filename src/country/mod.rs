//! A Member State's page (`/states/{code}`): its membership, the frameworks that bind it, its
//! consultations and organisations. It sits above the slices it draws from.

pub mod handlers;
pub mod views;
