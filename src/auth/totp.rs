//! The second factor: time-based one-time codes (RFC 6238, 30-second steps, 6 digits, SHA-1 as
//! authenticator apps expect), enrolled by scanning a QR code drawn on the server as SVG; and
//! recovery codes, stored only as hashes. A code is accepted once (replays are refused).

use base64::Engine as _;
use rand::Rng as _;
use sha2::{Digest as _, Sha256};
use totp_rs::{Algorithm, TOTP};

const STEP: u64 = 30;
const ISSUER: &str = "Musyawarah";

/// A new random secret (160 bits).
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0_u8; 20];
    rand::thread_rng().fill(&mut secret[..]);
    secret
}

fn totp(secret: &[u8], account: &str) -> Option<TOTP> {
    // The account label may not hold a colon.
    let account = account.replace(':', " ");
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        secret.to_vec(),
        Some(ISSUER.to_owned()),
        account,
    )
    .ok()
}

/// The secret as people type it into an app (base32).
pub fn secret_text(secret: &[u8]) -> String {
    totp(secret, "account")
        .map(|t| t.get_secret_base32())
        .unwrap_or_default()
}

/// Reads back a secret from its base32 text.
pub fn secret_from_text(text: &str) -> Option<Vec<u8>> {
    totp_rs::Secret::Encoded(text.to_owned()).to_bytes().ok()
}

/// The QR code of the `otpauth://` link, as an SVG data URI for an `<img>`.
pub fn qr_data_uri(secret: &[u8], account: &str) -> String {
    let Some(url) = totp(secret, account).map(|t| t.get_url()) else {
        return String::new();
    };
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    )
}

/// The code for `unix_time` (tests use it to sign in).
pub fn code_at(secret: &[u8], unix_time: u64) -> String {
    totp(secret, "account")
        .map(|t| t.generate(unix_time))
        .unwrap_or_default()
}

/// The time step in which `code` is valid (allowing one step of clock drift either way), if it
/// is valid and later than `last_step` (so a code is accepted once).
pub fn accepted_step(
    secret: &[u8],
    code: &str,
    unix_time: u64,
    last_step: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != 6 {
        return None;
    }
    let totp = totp(secret, "account")?;
    let now_step = unix_time / STEP;
    [now_step.saturating_sub(1), now_step, now_step + 1]
        .into_iter()
        .filter(|step| {
            let step = i64::try_from(*step).unwrap_or(i64::MAX);
            last_step.is_none_or(|last| step > last)
        })
        .find(|step| totp.generate(step * STEP) == code)
        .and_then(|step| i64::try_from(step).ok())
}

/// Ten new recovery codes, as shown once to their owner (`ABCDE-FGHIJ`).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..10)
        .map(|_| {
            let chars: String = (0..10)
                .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// How a recovery code is stored: SHA-256 of its normalised form (the codes are random, so a
/// fast hash is enough).
pub fn recovery_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    Sha256::digest(normal.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_accepted_in_its_step_and_the_neighbours_once() {
        let secret = new_secret();
        let now = 1_700_000_000;
        let code = code_at(&secret, now);
        let step = accepted_step(&secret, &code, now, None).expect("the current code passes");
        assert_eq!(step, i64::try_from(now / STEP).expect("fits"));
        assert_eq!(
            accepted_step(&secret, &code, now + 30, None),
            Some(step),
            "a step late"
        );
        assert_eq!(
            accepted_step(&secret, &code, now, Some(step)),
            None,
            "no replay"
        );
        assert_eq!(
            accepted_step(&secret, &code, now + 90, None),
            None,
            "too late"
        );
        assert_eq!(accepted_step(&secret, "12345", now, None), None);
    }

    #[test]
    fn the_secret_survives_its_text_form_and_the_qr_code_is_an_svg() {
        let secret = new_secret();
        assert_eq!(
            secret_from_text(&secret_text(&secret)),
            Some(secret.clone())
        );
        assert!(
            qr_data_uri(&secret, "someone@example.org").starts_with("data:image/svg+xml;base64,")
        );
    }

    #[test]
    fn recovery_codes_are_random_and_hashed_without_their_dash_or_case() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_ne!(codes[0], codes[1]);
        assert_eq!(
            recovery_hash(&codes[0]),
            recovery_hash(&codes[0].replace('-', "").to_lowercase())
        );
    }
}
