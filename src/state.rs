//! `AppState`: the core every handler may reach (the pool, the configuration, the clock), and
//! narrower pieces of it by `FromRef`. It names no feature: the caches of the features live in
//! the composition root ([`crate::app::App`]), which hands each handler the piece it asks for.

use std::sync::Arc;

use axum::extract::FromRef;
use sqlx::PgPool;

use crate::clock::Clock;
use crate::config::Config;

/// Shared by all requests; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub config: Arc<Config>,
    pub clock: Clock,
    /// Requests counted and timed, sign-in failures, imports: for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
}

impl AppState {
    pub fn new(pool: PgPool, config: Config) -> Self {
        Self::with_clock(pool, config, Clock::default())
    }

    /// The state with a clock of the caller's (tests move it by hand).
    pub fn with_clock(pool: PgPool, config: Config, clock: Clock) -> Self {
        Self {
            pool,
            config: Arc::new(config),
            clock,
            metrics: Arc::default(),
        }
    }
}

impl FromRef<AppState> for Clock {
    fn from_ref(state: &AppState) -> Self {
        state.clock.clone()
    }
}

impl FromRef<AppState> for PgPool {
    fn from_ref(state: &AppState) -> Self {
        state.pool.clone()
    }
}

impl FromRef<AppState> for Arc<Config> {
    fn from_ref(state: &AppState) -> Self {
        state.config.clone()
    }
}
