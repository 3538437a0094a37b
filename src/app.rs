//! The composition root: the whole state of the running app, assembled from the core
//! ([`AppState`]) and the features' caches, and the one place (with `routes.rs`) that knows every
//! feature. Handlers take the narrowest piece they need through `FromRef`: the core, a pool, the
//! clock, or their own feature's cache.

use std::sync::Arc;

use axum::extract::FromRef;
use sqlx::PgPool;

use crate::auth::login::LoginState;
use crate::auth::login_cache::CheckedLogins;
use crate::clock::Clock;
use crate::config::Config;
use crate::consultations::PageCache;
use crate::dashboard::cache::DashboardCache;
use crate::db::versioned::VersionedCache;
use crate::reports::Typesetter;
use crate::reports::brief::BriefCache;
use crate::search::SearchCache;
use crate::state::AppState;

/// Everything the router's handlers may be handed; cheap to clone.
#[derive(Clone)]
pub struct App {
    pub core: AppState,
    /// The dashboard's figures between changes of the data.
    pub dashboard: Arc<DashboardCache>,
    /// Consultation pages' data between changes of the data: by slug, levels of visibility and
    /// the viewer's organisation (at most 64 pages).
    pub pages: Arc<PageCache>,
    /// Search results between changes of the data (at most 512).
    pub searches: Arc<SearchCache>,
    /// The users of logins as last checked (see `auth::login_cache`).
    pub logins: Arc<CheckedLogins>,
    /// The API's OpenAPI document, generated from its handlers.
    pub api_document: Arc<crate::api::doc::ApiDocument>,
    /// The PDF reports' typesetter: its library and fonts, loaded once for the process.
    pub typesetter: Arc<Typesetter>,
    /// Country briefs and their lists of consultations, between changes of what each is read
    /// from (at most 64 of each).
    pub briefs: Arc<BriefCache>,
}

impl App {
    pub fn new(core: AppState) -> Self {
        Self {
            typesetter: Typesetter::shared(&core.config.font_dirs),
            core,
            dashboard: Arc::default(),
            pages: Arc::new(VersionedCache::new(64)),
            searches: Arc::new(VersionedCache::new(512)),
            logins: Arc::default(),
            api_document: Arc::new(crate::api::doc::ApiDocument::of(
                &crate::api::doc::document::<Self>(),
            )),
            briefs: Arc::new(BriefCache::default()),
        }
    }
}

impl FromRef<App> for Arc<crate::api::doc::ApiDocument> {
    fn from_ref(app: &App) -> Self {
        app.api_document.clone()
    }
}

impl FromRef<App> for AppState {
    fn from_ref(app: &App) -> Self {
        app.core.clone()
    }
}

impl FromRef<App> for PgPool {
    fn from_ref(app: &App) -> Self {
        app.core.pool.clone()
    }
}

impl FromRef<App> for Clock {
    fn from_ref(app: &App) -> Self {
        app.core.clock.clone()
    }
}

impl FromRef<App> for Arc<Config> {
    fn from_ref(app: &App) -> Self {
        app.core.config.clone()
    }
}

impl FromRef<App> for Arc<DashboardCache> {
    fn from_ref(app: &App) -> Self {
        app.dashboard.clone()
    }
}

impl FromRef<App> for Arc<PageCache> {
    fn from_ref(app: &App) -> Self {
        app.pages.clone()
    }
}

impl FromRef<App> for Arc<SearchCache> {
    fn from_ref(app: &App) -> Self {
        app.searches.clone()
    }
}

impl FromRef<App> for Arc<Typesetter> {
    fn from_ref(app: &App) -> Self {
        app.typesetter.clone()
    }
}

impl FromRef<App> for Arc<BriefCache> {
    fn from_ref(app: &App) -> Self {
        app.briefs.clone()
    }
}

impl FromRef<App> for LoginState {
    fn from_ref(app: &App) -> Self {
        LoginState {
            core: app.core.clone(),
            logins: app.logins.clone(),
            review_count: crate::notes::queries::REVIEW_COUNT,
            returned_count: crate::notes::queries::RETURNED_COUNT,
        }
    }
}

/// Readies a new connection of the serving pool ([`crate::db::serving_pool`]) for the app's
/// heaviest statements: a search (a visitor's and staff's), and the dashboard's figures with and without filters, each
/// run once for a visitor, so that the server has planned them and cached what they read of
/// its catalogs, and the connection has prepared them. What they answer is dropped; a failure
/// (the database going away) is logged and leaves the connection as it is.
pub fn warm(conn: &mut sqlx::PgConnection) -> futures_util::future::BoxFuture<'_, ()> {
    Box::pin(async move {
        use crate::access::Visibility;
        use crate::dashboard::queries::{Filters, kept_figures};
        let started = std::time::Instant::now();
        let levels = [Visibility::Public];
        let search = crate::search::queries::Search {
            q: "musyawarah".into(),
            page: 1,
            ..Default::default()
        };
        // A visitor's, and staff's (who may read every level and find people too).
        let readers = [
            crate::search::queries::Reader {
                levels: levels.to_vec(),
                sees_people: false,
            },
            crate::search::queries::Reader {
                levels: Visibility::ALL.to_vec(),
                sees_people: true,
            },
        ];
        let today = chrono::Utc::now().date_naive();
        // A period of part years and part months: the filtered statement in full.
        let period = Filters {
            from: chrono::NaiveDate::from_ymd_opt(2018, 2, 14),
            to: chrono::NaiveDate::from_ymd_opt(2025, 10, 3),
            ..Filters::default()
        };
        let mut failed = Vec::new();
        for reader in &readers {
            if let Err(err) = crate::search::queries::search(&mut *conn, &search, reader).await {
                failed.push(format!("the search: {err}"));
            }
        }
        for filters in [Filters::default(), period] {
            if let Err(err) = kept_figures(&mut *conn, &levels, &filters, today, 0, &[]).await {
                failed.push(format!("the figures: {err}"));
            }
        }
        let ms = started.elapsed().as_millis();
        if failed.is_empty() {
            tracing::debug!(ms, "readied a connection");
        } else {
            tracing::warn!(ms, failed = ?failed, "could not ready a connection");
        }
    })
}
