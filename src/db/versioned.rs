//! Values kept in memory while the data they were read from have not changed. Each is kept
//! with the version of the scopes it was read from (a kind of record, one consultation, one
//! Member State: migration 35 lists which changes move which scope), and is good for a request
//! that finds that version unchanged. A scope's version moves on at the commit of a change in
//! it, so a change elsewhere leaves the value good.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The login version (`login_version.n`) a request's first read may read for the login layer:
/// a login kept in memory is then confirmed by the statement the page needs anyway, instead of
/// one of its own (`auth::login`). Whatever the handler does, the layer confirms the login
/// before the response leaves, so a handler that does not read it costs a statement, never
/// trust.
///
/// A `GET` that writes (the language switch) writes only if the login version is still the one
/// the login was checked at ([`Self::checked_at`]), in the same statement.
#[derive(Debug, Clone)]
pub struct LoginToConfirm {
    checked_at: i64,
    read: Arc<std::sync::OnceLock<i64>>,
    /// A write was left undone because the version had moved on: the request is to be made
    /// again once the login is checked.
    undone: Arc<std::sync::atomic::AtomicBool>,
}

impl LoginToConfirm {
    /// A login kept in memory, checked at login version `checked_at`.
    pub fn at(checked_at: i64) -> Self {
        Self {
            checked_at,
            read: Arc::default(),
            undone: Arc::default(),
        }
    }

    /// The login version the login was checked at.
    pub fn checked_at(&self) -> i64 {
        self.checked_at
    }

    /// Says that a write was left undone because the login version had moved on.
    pub fn left_undone(&self) {
        self.undone.store(true, Ordering::Relaxed);
    }

    /// Whether a write was left undone, so that the request must be made again.
    pub fn undone(&self) -> bool {
        self.undone.load(Ordering::Relaxed)
    }

    /// The login version, if the request read it.
    pub fn read(&self) -> Option<i64> {
        self.read.get().copied()
    }

    /// Records the login version the request read (the first read counts).
    pub fn found(&self, version: i64) {
        // The first read counts: it came before what the page shows.
        let _ = self.read.set(version);
    }
}

/// The version of `scopes` together (one small statement): it moves on whenever any of them
/// does. Read it before what is kept under it, so that a value is never kept as newer than it
/// is. The login version is read with it for `login`, the request's login to confirm, if any.
pub async fn version<S: AsRef<str>>(
    db: impl sqlx::PgExecutor<'_>,
    scopes: &[S],
    login: Option<&LoginToConfirm>,
) -> Result<i64, sqlx::Error> {
    let [version] = versions(db, [scopes], login).await?;
    Ok(version)
}

/// The versions of several sets of scopes, in one statement (with the login version for
/// `login`, as [`version`] does).
pub async fn versions<S: AsRef<str>, const N: usize>(
    db: impl sqlx::PgExecutor<'_>,
    sets: [&[S]; N],
    login: Option<&LoginToConfirm>,
) -> Result<[i64; N], sqlx::Error> {
    // Each set as one text of its scopes joined by newlines (no scope holds one).
    let joined: Vec<String> = sets
        .iter()
        .map(|set| set.iter().map(AsRef::as_ref).collect::<Vec<_>>().join("\n"))
        .collect();
    let found: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT scope_versions(string_to_array(s, E'\\n')),
                CASE WHEN $2 AND i = 1 THEN (SELECT n FROM login_version) END
           FROM unnest($1::text[]) WITH ORDINALITY AS x(s, i) ORDER BY i",
    )
    .bind(joined)
    .bind(login.is_some())
    .fetch_all(db)
    .await?;
    let mut out = [0; N];
    for (slot, (v, _)) in out.iter_mut().zip(&found) {
        *slot = *v;
    }
    if let (Some(login), Some((_, Some(n)))) = (login, found.first()) {
        login.found(*n);
    }
    Ok(out)
}

/// How often a cache had what was asked for, and how often it had to be read again.
#[derive(Debug, Default)]
pub struct HitCounts {
    hits: AtomicU64,
    misses: AtomicU64,
}

impl HitCounts {
    pub fn hit(&self) {
        self.hits.fetch_add(1, Ordering::Relaxed);
    }

    pub fn miss(&self) {
        self.misses.fetch_add(1, Ordering::Relaxed);
    }

    /// Hits and misses so far.
    pub fn get(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }
}

/// At most `capacity` values; when full, the oldest half by last use is dropped.
#[derive(Debug)]
pub struct VersionedCache<K, V> {
    capacity: usize,
    entries: Mutex<Entries<K, V>>,
    /// How often [`Self::get`] found a value good at the version asked for.
    pub counts: HitCounts,
}

#[derive(Debug)]
struct Entries<K, V> {
    map: HashMap<K, Entry<V>>,
    clock: u64,
}

#[derive(Debug)]
struct Entry<V> {
    version: i64,
    value: Arc<V>,
    used: u64,
}

impl<K: Hash + Eq + Clone, V> VersionedCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(2),
            entries: Mutex::new(Entries {
                map: HashMap::new(),
                clock: 0,
            }),
            counts: HitCounts::default(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Entries<K, V>> {
        // A panic while holding the lock leaves whole entries behind.
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value of `key` as kept, whatever its version (counted neither as a hit nor a miss):
    /// for a value whose scopes are known only from the value itself.
    pub fn peek(&self, key: &K) -> Option<Arc<V>> {
        self.lock().map.get(key).map(|e| e.value.clone())
    }

    /// The value of `key`, if it was read at `version`.
    pub fn get(&self, key: &K, version: i64) -> Option<Arc<V>> {
        let mut entries = self.lock();
        entries.clock += 1;
        let now = entries.clock;
        let Some(entry) = entries.map.get_mut(key).filter(|e| e.version == version) else {
            self.counts.miss();
            return None;
        };
        entry.used = now;
        self.counts.hit();
        Some(entry.value.clone())
    }

    /// Keeps `value` of `key`, read at `version` (unless a value read later is kept already).
    pub fn put(&self, key: K, version: i64, value: Arc<V>) {
        let mut entries = self.lock();
        if entries.map.get(&key).is_some_and(|e| e.version > version) {
            return;
        }
        if entries.map.len() >= self.capacity && !entries.map.contains_key(&key) {
            let mut by_use: Vec<(u64, K)> = entries
                .map
                .iter()
                .map(|(k, e)| (e.used, k.clone()))
                .collect();
            by_use.sort_by_key(|(used, _)| *used);
            for (_, old) in by_use.into_iter().take(self.capacity / 2) {
                entries.map.remove(&old);
            }
        }
        entries.clock += 1;
        let used = entries.clock;
        entries.map.insert(
            key,
            Entry {
                version,
                value,
                used,
            },
        );
    }

    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_good_only_at_the_version_it_was_read_at() {
        let cache = VersionedCache::new(4);
        cache.put("a", 7, Arc::new(1));
        assert_eq!(cache.get(&"a", 7).as_deref(), Some(&1));
        assert_eq!(cache.get(&"a", 8), None);
        // A value read earlier does not replace one read later.
        cache.put("a", 9, Arc::new(2));
        cache.put("a", 8, Arc::new(3));
        assert_eq!(cache.get(&"a", 9).as_deref(), Some(&2));
        assert_eq!(
            cache.counts.get(),
            (2, 1),
            "two hits and one miss were counted"
        );
    }

    #[test]
    fn a_full_cache_drops_the_least_recently_used_half() {
        let cache = VersionedCache::new(4);
        for k in 0..4 {
            cache.put(k, 1, Arc::new(k));
        }
        // 0 and 1 are used again; 2 and 3 are the oldest.
        assert!(cache.get(&0, 1).is_some() && cache.get(&1, 1).is_some());
        cache.put(4, 1, Arc::new(4));
        assert_eq!(cache.len(), 3);
        assert!(cache.get(&0, 1).is_some() && cache.get(&1, 1).is_some());
        assert!(cache.get(&2, 1).is_none() && cache.get(&3, 1).is_none());
    }
}
