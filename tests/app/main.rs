//! The one integration-test binary: every feature's tests share one build and one harness.

mod accounts_harness;
mod browser;
mod harness;

mod findings;
mod forms_keep_input;
mod headers;
mod help_and_errors;

mod assessments;
mod authorization;
mod backup;
mod browser_drafts;
mod browser_journeys;
mod browser_phone;
mod cli;
mod dashboard;
mod demo_data;
mod hostile_input;
mod language_walk;
mod languages;
mod lists_at_scale;
mod local_postgres;
mod metrics_and_logs;
mod notes;
mod operations;
mod pages;
mod participant_lists;
mod reference;
mod reports;
mod resume;
mod schema_and_seed;
mod search;
mod sign_in;
mod staff_day;
mod staff_editing;
mod structure;
mod translations;
mod visibility;

// The read-only JSON API.
mod api;
// Downloads of every list (CSV, Excel) and the whole-consultation export.
mod exports;
mod faults;
// Speed while the data change: kept figures and caches by scope.
mod caches;
mod figures;
