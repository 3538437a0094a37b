//! Login records kept in memory as well as in PostgreSQL, so that a request does not read its
//! login from the database. tower-sessions' `CachingSessionStore` writes every change to both and
//! reads the database only on a miss.
//!
//! A login ended elsewhere (by another process of the app, or in the database) is noticed all
//! the same: every request checks in the database that its login still exists, in the one
//! statement that also reads the user (see `login.rs`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Result, SessionStore};

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
