//! Passwords: Argon2id hashes (m = 19456 KiB, t = 2, p = 1: the `argon2` crate's defaults,
//! through `password-auth`), computed on a blocking thread; and the rules a new password must
//! pass: at least 12 characters, and not easy to guess (zxcvbn's frequency lists hold the most
//! common passwords, names and words; the person's own name and address count too).
//!
//! At most one hash per core is computed at a time ([`HASHING`]): each takes 19 MiB and a core
//! for its whole time, so more at once only add memory (20 staff signing in together took the
//! server from 35 to 177 MB, which the allocator kept) and finish no sooner.

use std::sync::LazyLock;

use tokio::sync::Semaphore;

use crate::AppError;

/// One permit per core for the hashes being computed.
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
});

/// Runs `work` (a hash) on a blocking thread once a core is free for it.
async fn one_per_core<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 256;

/// Hashes `password` with Argon2id and a random salt.
pub async fn hash(password: String) -> Result<String, AppError> {
    one_per_core(move || password_auth::generate_hash(password)).await
}

/// Whether `password` matches `hash`. With no hash (no such account), a dummy hash is checked
/// anyway, so that the answer takes as long either way.
pub async fn verify(password: String, hash: Option<String>) -> Result<bool, AppError> {
    one_per_core(move || {
        let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
        password_auth::verify_password(password, &hash).is_ok()
    })
    .await
}

/// The hash of a random password nobody knows, with the same parameters as real ones.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| password_auth::generate_hash(uuid::Uuid::new_v4().to_string()))
}

/// The Argon2 parameters of a stored hash, e.g. `m=19456,t=2,p=1`, to check them.
pub fn parameters(hash: &str) -> Option<&str> {
    hash.split('$').nth(3)
}

/// Why a new password is refused, in words for the person choosing it; `None` if it is fine.
pub fn weakness(password: &str, personal: &[&str]) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Some(format!(
            "Use at least {MIN_CHARS} characters (this one has {chars}). A few unrelated words \
             make a good password."
        ));
    }
    if chars > MAX_CHARS {
        return Some(format!("Use at most {MAX_CHARS} characters."));
    }
    let mut inputs: Vec<&str> = personal.iter().copied().filter(|s| !s.is_empty()).collect();
    inputs.extend(["musyawarah", "hrwg", "asean", "acmw"]);
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    if u8::from(estimate.score()) >= 3 {
        return None;
    }
    let mut message = String::from("This password is too easy to guess");
    if let Some(feedback) = estimate.feedback() {
        if let Some(warning) = feedback.warning() {
            // zxcvbn's warnings are sentences of their own ("This is a top-10 common
            // password."): one full stop, not two.
            let warning = warning.to_string();
            let warning = warning.trim_end_matches('.');
            let mut chars = warning.chars();
            let warning: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            message.push_str(&format!(": {warning}"));
        }
        message.push('.');
        if let Some(suggestion) = feedback.suggestions().first() {
            message.push_str(&format!(" {suggestion}"));
        }
    } else {
        message.push('.');
    }
    Some(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_common_passwords_are_refused_with_a_reason() {
        assert!(weakness("short", &[]).is_some_and(|m| m.contains("at least 12")));
        for common in [
            "password1234",
            "123456789012",
            "qwertyuiopasdf",
            "iloveyou12345",
            "passwordpassword",
            "aaaaaaaaaaaaaaaa",
        ] {
            assert!(
                weakness(common, &[]).is_some(),
                "{common} should be refused"
            );
        }
    }

    #[test]
    fn the_persons_own_name_and_address_do_not_make_a_password() {
        assert!(
            weakness(
                "minh.duc@example.org",
                &["minh.duc@example.org", "Minh Duc"]
            )
            .is_some()
        );
    }

    #[test]
    fn long_unrelated_words_pass() {
        assert_eq!(weakness("lantern orchid rickshaw monsoon", &[]), None);
        assert_eq!(weakness("Kx9#mQ2$vL7!pR4w", &[]), None);
    }
}
