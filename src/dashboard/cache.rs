//! The dashboard's figures, kept in memory between changes of the data.
//!
//! Computing them reads every finding, so a request must not do it each time. The figures of a
//! level of visibility and a choice of filters are kept with the data version they were computed
//! at; a request reads the current version (one small statement) and uses the kept figures while
//! it has not moved. Version and figures come from one statement, so they always match.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use sqlx::PgPool;

use super::queries::{self, Figures, Filters};
use crate::access::Visibility;

/// At most this many choices of filters are kept; beyond it the oldest half is dropped.
const CAPACITY: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    levels: Vec<Visibility>,
    filters: Filters,
    today: NaiveDate,
    /// The assessments that count as the states' latest for the reader (sorted).
    latest: Vec<uuid::Uuid>,
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
    /// How often figures were served as kept, and how often computed.
    pub counts: crate::db::versioned::HitCounts,
    /// One computation at a time: a burst of requests after a change, or of new filter choices,
    /// queues here instead of filling the pool with the same heavy statement.
    computing: tokio::sync::Mutex<()>,
}

impl Default for DashboardCache {
    fn default() -> Self {
        Self {
            latest: crate::db::versioned::VersionedCache::new(256),
            entries: Mutex::default(),
            uses: std::sync::atomic::AtomicU64::default(),
            counts: crate::db::versioned::HitCounts::default(),
            computing: tokio::sync::Mutex::default(),
        }
    }
}

impl std::fmt::Debug for DashboardCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DashboardCache").finish_non_exhaustive()
    }
}

impl DashboardCache {
    /// The figures for `levels`, `filters` and the `latest` assessments, computed again only
    /// if the data changed.
    /// `version` is the data version if the request has read it already (with its login).
    pub async fn figures(
        &self,
        pool: &PgPool,
        levels: &[Visibility],
        filters: &Filters,
        today: NaiveDate,
        version: Option<i64>,
        latest: &[uuid::Uuid],
    ) -> Result<Arc<Figures>, sqlx::Error> {
        let key = Key {
            levels: levels.to_vec(),
            filters: filters.clone(),
            today,
            latest: latest.to_vec(),
        };
        let seen = self.kept(&key);
        if let Some(kept) = self.current(pool, &key, seen.clone(), version).await? {
            self.counts.hit();
            return Ok(kept);
        }
        let _turn = self.computing.lock().await;
        // Whoever computed while this request waited may have left what it needs.
        let now = self.kept(&key);
        let replaced = match (&seen, &now) {
            (Some(before), Some(after)) => !Arc::ptr_eq(before, after),
            (None, Some(_)) => true,
            _ => false,
        };
        if replaced && let Some(kept) = self.current(pool, &key, now, None).await? {
            self.counts.hit();
            return Ok(kept);
        }
        self.counts.miss();
        let fresh = Arc::new(queries::figures(pool, levels, filters, today, latest).await?);
        let mut entries = self.lock();
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

    /// The kept figures of `key`, if the data have not changed since they were computed
    /// (`version`, if known, or read now).
    async fn current(
        &self,
        pool: &PgPool,
        key: &Key,
        kept: Option<Arc<Figures>>,
        version: Option<i64>,
    ) -> Result<Option<Arc<Figures>>, sqlx::Error> {
        let Some(kept) = kept else {
            return Ok(None);
        };
        let version = crate::db::versioned::data_version(pool, version).await?;
        if version != kept.version {
            return Ok(None);
        }
        self.touch(key);
        Ok(Some(kept))
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
