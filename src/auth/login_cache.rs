//! Logins kept in memory, so that a signed-in request need not read them from the database:
//!
//! - [`LoginCache`]: the login records, kept in PostgreSQL as well; tower-sessions'
//!   `CachingSessionStore` writes every change to both and reads the database only on a miss.
//! - [`CheckedLogins`]: the user each login was last found to belong to (account enabled, login
//!   still in the database), with the login version (`login_version.n`) it was checked at. The
//!   version moves on whenever an account changes or a login is deleted, by any process, so a
//!   request that finds it unchanged (one small statement, or for an official's page the page's
//!   own first read, see `login.rs`) may use the user kept here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Result, SessionStore};

use super::User;

/// At most this many logins are kept; when full, the expired ones are dropped, and if that is
/// not enough, all of them (they are read again from the database as they come back).
const CAPACITY: usize = 10_000;

/// Cloned, it shares its records (the login layer is cloned for each request).
#[derive(Debug, Default, Clone)]
pub struct LoginCache {
    records: Arc<Mutex<HashMap<Id, Record>>>,
}

impl LoginCache {
    fn lock(&self) -> MutexGuard<'_, HashMap<Id, Record>> {
        // A panic while holding the lock leaves whole records behind.
        self.records.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Users of logins, as last checked, with the login version they were checked at.
#[derive(Debug, Default)]
pub struct CheckedLogins {
    entries: Mutex<HashMap<String, (i64, User)>>,
}

impl CheckedLogins {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, (i64, User)>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The user of `login` and the login version it was checked at, if kept.
    pub fn kept(&self, login: &str) -> Option<(i64, User)> {
        self.lock().get(login).cloned()
    }

    /// Keeps the user of `login`, as checked at `version`.
    pub fn keep(&self, login: &str, version: i64, user: User) {
        let mut entries = self.lock();
        if entries.len() >= CAPACITY && !entries.contains_key(login) {
            entries.clear();
        }
        entries.insert(login.to_owned(), (version, user));
    }

    pub fn forget(&self, login: &str) {
        self.lock().remove(login);
    }
}

#[async_trait::async_trait]
impl SessionStore for LoginCache {
    /// The database chose the id; the cache keeps the record under it.
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.save(record).await
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let mut records = self.lock();
        if records.len() >= CAPACITY && !records.contains_key(&record.id) {
            let now = OffsetDateTime::now_utc();
            records.retain(|_, r| r.expiry_date > now);
            if records.len() >= CAPACITY {
                records.clear();
            }
        }
        records.insert(record.id, record.clone());
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = OffsetDateTime::now_utc();
        Ok(self.lock().get(id).filter(|r| r.expiry_date > now).cloned())
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.lock().remove(id);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(seconds: i64) -> Record {
        Record {
            id: Id::default(),
            data: HashMap::new(),
            expiry_date: OffsetDateTime::now_utc()
                + tower_sessions::cookie::time::Duration::seconds(seconds),
        }
    }

    #[tokio::test]
    async fn keeps_loads_and_forgets_records_and_never_returns_an_expired_one() {
        let cache = LoginCache::default();
        let live = record(60);
        let expired = record(-1);
        cache.save(&live).await.expect("the cache answers");
        cache.save(&expired).await.expect("the cache answers");
        assert_eq!(
            cache
                .load(&live.id)
                .await
                .expect("the cache answers")
                .map(|r| r.id),
            Some(live.id)
        );
        assert!(
            cache
                .load(&expired.id)
                .await
                .expect("the cache answers")
                .is_none()
        );
        cache.delete(&live.id).await.expect("the cache answers");
        assert!(
            cache
                .load(&live.id)
                .await
                .expect("the cache answers")
                .is_none()
        );
    }

    #[tokio::test]
    async fn a_full_cache_drops_expired_records_first_and_never_grows_past_its_capacity() {
        let cache = LoginCache::default();
        for i in 0..CAPACITY {
            cache
                .save(&record(if i % 2 == 0 { -1 } else { 60 }))
                .await
                .expect("the cache answers");
        }
        assert_eq!(cache.len(), CAPACITY);
        let next = record(60);
        cache.save(&next).await.expect("the cache answers");
        assert_eq!(
            cache.len(),
            CAPACITY / 2 + 1,
            "the expired half was dropped"
        );
        for _ in 0..CAPACITY {
            cache.save(&record(60)).await.expect("the cache answers");
        }
        assert!(cache.len() <= CAPACITY);
    }
}
