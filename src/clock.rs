//! The time, as the app sees it: the system clock, or in tests a clock they move by hand (to
//! test idle and absolute login expiry, throttling windows and invitation expiry).

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, DurationRound as _, Utc};

/// The system clock by default; `Clock::fixed` for tests.
#[derive(Clone, Default, Debug)]
pub struct Clock(Option<Arc<Mutex<DateTime<Utc>>>>);

impl Clock {
    /// A clock that stands still at `at` until moved.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self(Some(Arc::new(Mutex::new(at))))
    }

    /// The time, to the microsecond (PostgreSQL's precision, so that what is stored compares
    /// exactly with what is kept in a login).
    pub fn now(&self) -> DateTime<Utc> {
        let now = match &self.0 {
            None => Utc::now(),
            Some(fixed) => *fixed
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        };
        now.duration_trunc(Duration::microseconds(1)).unwrap_or(now)
    }

    /// Moves a fixed clock forward; does nothing to the system clock.
    pub fn advance(&self, by: Duration) {
        if let Some(fixed) = &self.0 {
            let mut now = fixed
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            *now += by;
        }
    }
}
