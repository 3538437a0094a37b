//! The sign-in, second-factor, account and invitation pages.

use askama::Template;

use super::totp;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
pub struct SignInPage {
    pub ctx: PageContext,
    pub email: String,
    pub next: String,
    pub errors: FieldErrors,
    pub notice: String,
    /// A form sent after the login ended, carried through signing in.
    pub resume: super::resume::Resume,
}

#[derive(Template)]
#[template(path = "auth/two_factor.html")]
pub struct TwoFactorPage {
    pub ctx: PageContext,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "auth/enrol.html")]
pub struct EnrolPage {
    pub ctx: PageContext,
    pub qr: String,
    pub secret: String,
    pub action: &'static str,
    pub errors: FieldErrors,
}

impl EnrolPage {
    pub fn new(
        ctx: PageContext,
        secret: &[u8],
        account: &str,
        action: &'static str,
        errors: FieldErrors,
    ) -> Self {
        let text = totp::secret_text(secret);
        // Groups of four, as people copy them.
        let grouped = text
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        Self {
            ctx,
            qr: totp::qr_data_uri(secret, account),
            secret: grouped,
            action,
            errors,
        }
    }
}

#[derive(Template)]
#[template(path = "auth/recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub ctx: PageContext,
    pub codes: Vec<String>,
    pub next: String,
    /// A form sent after the login ended, to send again from here.
    pub resume: Option<super::resume::Resume>,
}

#[derive(Template)]
#[template(path = "auth/account.html")]
pub struct AccountPage {
    pub ctx: PageContext,
    pub scope: String,
    pub two_factor: bool,
    /// The user's API tokens, live and revoked.
    pub tokens: Vec<super::api_tokens::TokenLine>,
    /// The name typed for a new token, and what was wrong with it.
    pub token_name: String,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "auth/password.html")]
pub struct PasswordPage {
    pub ctx: PageContext,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "auth/invitation.html")]
pub struct InvitationPage {
    pub ctx: PageContext,
    pub token: String,
    pub name: String,
    pub email: String,
    pub errors: FieldErrors,
    /// A password reset, not an invitation.
    pub reset: bool,
}
