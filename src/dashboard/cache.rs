//! The dashboard's figures, kept in memory between changes of what they count.
//!
//! The figures are read from the totals the writing transactions keep (migration 34, and by
//! slice for filters, migration 51): a few small reads, so a request after a change reads them
//! itself and waits for no one. The figures of a level of visibility and a choice of filters
//! are kept with the version of the scopes they were read from, read first; a request reads the
//! version (one small statement) and uses the kept figures while it holds.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use sqlx::PgPool;

use super::queries::{self, Figures, Filters};
use crate::access::Visibility;

/// At most this many choices of filters are kept; beyond it the oldest half is dropped.
const CAPACITY: usize = 64;

/// What the figures are read from, with filters or without: the kept totals, the Member States,
/// themes, chapters and series listed beside them, and the self-assessments.
pub const SCOPES: &[&str] = &["figures", "reference", "series", "assessment"];

/// What decides which self-assessments count as the states' latest.
pub const LATEST_SCOPES: &[&str] = &["assessment", "reference"];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    levels: Vec<Visibility>,
    filters: Filters,
    today: NaiveDate,
    /// The assessments that count as the states' latest for the reader (sorted).
    latest: Vec<uuid::Uuid>,
}

impl Key {
    fn new(
        levels: &[Visibility],
        filters: &Filters,
        today: NaiveDate,
        latest: &[uuid::Uuid],
    ) -> Self {
        Self {
            levels: levels.to_vec(),
            filters: filters.clone(),
            today,
            latest: latest.to_vec(),
        }
    }
}

/// What decides which assessments a reader counts as the states' latest, known without reading
/// the database: the levels they read, an official's Member State, a partner's organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReaderKey {
    levels: Vec<Visibility>,
    official_of: Option<String>,
    partner_of: Option<uuid::Uuid>,
}

impl ReaderKey {
    pub fn of(viewer: &crate::access::Viewer) -> Self {
        use crate::access::Role;
        let user = viewer.user();
        Self {
            levels: viewer.visible_levels(),
            official_of: user
                .filter(|u| u.role == Role::Official)
                .and_then(|u| u.member_state_code.clone()),
            partner_of: user
                .filter(|u| u.role == Role::Partner)
                .and_then(|u| u.organisation_id),
        }
    }
}

pub struct DashboardCache {
    /// The assessments that count as the states' latest, by reader, while the data hold.
    pub latest: crate::db::versioned::VersionedCache<ReaderKey, Vec<uuid::Uuid>>,
    entries: Mutex<HashMap<Key, (u64, Arc<Figures>)>>,
    uses: std::sync::atomic::AtomicU64,
    /// How often figures were served as kept, and how often read.
    pub counts: crate::db::versioned::HitCounts,
}

impl Default for DashboardCache {
    fn default() -> Self {
        Self {
            latest: crate::db::versioned::VersionedCache::new(256),
            entries: Mutex::default(),
            uses: std::sync::atomic::AtomicU64::default(),
            counts: crate::db::versioned::HitCounts::default(),
        }
    }
}

impl std::fmt::Debug for DashboardCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DashboardCache").finish_non_exhaustive()
    }
}

impl DashboardCache {
    /// The figures for `levels`, `filters` and the `latest` assessments, read again only if
    /// what they count changed: `version` is that of their scopes ([`SCOPES`]), read before.
    /// Figures read afresh are kept only if `keep` accepts them (figures for a filter that
    /// names no series or theme are not).
    #[allow(clippy::too_many_arguments)]
    pub async fn figures(
        &self,
        pool: &PgPool,
        levels: &[Visibility],
        filters: &Filters,
        today: NaiveDate,
        version: i64,
        latest: &[uuid::Uuid],
        keep: impl FnOnce(&Figures) -> bool,
    ) -> Result<Arc<Figures>, sqlx::Error> {
        let key = Key::new(levels, filters, today, latest);
        if let Some(kept) = self.current(&key, version) {
            self.counts.hit();
            return Ok(kept);
        }
        self.counts.miss();
        let fresh = queries::kept_figures(pool, levels, filters, today, version, latest).await?;
        let fresh = Arc::new(fresh);
        if !keep(&fresh) {
            return Ok(fresh);
        }
        let mut entries = self.lock();
        if entries
            .get(&key)
            .is_some_and(|(_, kept)| kept.version > version)
        {
            // Figures read later were kept meanwhile.
            return Ok(fresh);
        }
        if entries.len() >= CAPACITY {
            let mut by_use: Vec<(u64, Key)> =
                entries.iter().map(|(k, (u, _))| (*u, k.clone())).collect();
            by_use.sort_by_key(|(u, _)| *u);
            for (_, old) in by_use.into_iter().take(CAPACITY / 2) {
                entries.remove(&old);
            }
        }
        let stamp = self.stamp();
        entries.insert(key, (stamp, fresh.clone()));
        Ok(fresh)
    }

    /// The figures for `levels`, `filters` and `latest` if they are kept as read at `version`,
    /// without reading anything.
    pub fn kept_at(
        &self,
        levels: &[Visibility],
        filters: &Filters,
        today: NaiveDate,
        version: i64,
        latest: &[uuid::Uuid],
    ) -> Option<Arc<Figures>> {
        self.current(&Key::new(levels, filters, today, latest), version)
    }

    /// The kept figures of `key`, if they were read at `version`.
    fn current(&self, key: &Key, version: i64) -> Option<Arc<Figures>> {
        let kept = self.kept(key).filter(|kept| kept.version == version)?;
        self.touch(key);
        Some(kept)
    }

    fn kept(&self, key: &Key) -> Option<Arc<Figures>> {
        self.lock().get(key).map(|(_, f)| f.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, (u64, Arc<Figures>)>> {
        // A panic while holding the lock leaves only figures behind, which are still whole.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn stamp(&self) -> u64 {
        self.uses.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }

    fn touch(&self, key: &Key) {
        let stamp = self.stamp();
        if let Some(entry) = self.lock().get_mut(key) {
            entry.0 = stamp;
        }
    }
}
