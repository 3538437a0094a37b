//! `AppState`: what every handler may reach, and narrower pieces of it by `FromRef`.

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
    /// The dashboard's figures between changes of the data.
    pub dashboard: Arc<crate::dashboard::cache::DashboardCache>,
    /// Consultation pages' data between changes of the data: by slug, levels of visibility and
    /// the viewer's organisation.
    pub pages: Arc<crate::consultations::PageCache>,
    /// Search results between changes of the data.
    pub searches: Arc<crate::findings::SearchCache>,
    /// The users of logins as last checked (see `auth::login_cache`).
    pub logins: Arc<crate::auth::login_cache::CheckedLogins>,
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
            dashboard: Arc::default(),
            pages: Arc::new(crate::db::versioned::VersionedCache::new(64)),
            searches: Arc::new(crate::db::versioned::VersionedCache::new(512)),
            logins: Arc::default(),
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
