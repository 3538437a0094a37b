//! The regional progress dashboard for ACMW officials: where each Member State stands, and
//! the evidence behind every figure.
//!
//! Every figure is computed by one statement ([`queries`]) from what the viewer's level of
//! visibility may see, and kept in memory until the data change ([`cache`]), so that a request
//! costs the same at any size of data. The overview ([`handlers`]) says where each Member State
//! stands and draws two charts as SVG ([`charts`]); each detailed table, with its chart, is a
//! page of its own ([`details`]) linked from it. Every figure links to the records behind it.

pub mod cache;
pub mod charts;
pub mod details;
pub mod handlers;
pub mod queries;
pub mod views;
