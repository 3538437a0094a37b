//! Signing in and out, the second factor, the account page, and accepting an invitation.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tower_sessions::Session;
use uuid::Uuid;

use super::guard::safe_next;
use super::invitations::Purpose;
use super::login::{self, Pending};
use super::resume::{Resume, ResumePage};
use super::views::{
    AccountPage, EnrolPage, InvitationPage, PasswordPage, RecoveryCodesPage, SignInPage,
    TwoFactorPage,
};
use super::{invitations, password, queries, throttle, totp};
use crate::AppError;
use crate::access::Viewer;
use crate::audit::{self, Entry};
use crate::state::AppState;
use crate::web::extract::{ClientAddress, Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form};
use crate::web::{ErrorPage, PageContext, SignedIn, render};
use crate::web::{Message, see_other, see_other_with};

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

/// `GET /sign-in`.
pub async fn sign_in_form(ctx: PageContext, query: Option<Query<NextQuery>>) -> Response {
    let next = query.map(|Query(q)| q.next).unwrap_or_default();
    if ctx.viewer.is_signed_in() {
        return see_other(&safe_next(&next));
    }
    let page = SignInPage {
        ctx,
        email: String::new(),
        next: safe_next(&next),
        errors: FieldErrors::default(),
        notice: String::new(),
        resume: Resume::default(),
    };
    render(&page, StatusCode::OK)
}

#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    /// A form sent after the login ended (see `auth::resume`).
    #[serde(default)]
    resume_path: String,
    #[serde(default)]
    resume_body: String,
}

/// The 429 page, with when to try again.
fn too_many(until: chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) -> Response {
    let seconds = (until - now).num_seconds().max(1);
    let minutes = (seconds + 59) / 60;
    let mut response = ErrorPage::new(
        StatusCode::TOO_MANY_REQUESTS,
        t!("error-too-many-title"),
        t!("error-too-many", minutes = minutes),
    )
    .into_response();
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// `POST /sign-in`: password first; then the second factor where one is needed.
pub async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let email = form.email.trim().to_owned();
    let next = safe_next(&form.next);
    let resume = Resume::from_fields(&form.resume_path, &form.resume_body);
    let mut errors = FieldErrors::default();
    if email.is_empty() {
        errors.add("email", "Enter your email address.");
    } else if email.chars().count() > 254 {
        // Longer than any address (and than an index entry of the failures may be).
        errors.add("email", "An email address has at most 254 characters.");
    }
    if form.password.is_empty() {
        errors.add("password", "Enter your password.");
    }
    let page = |errors: FieldErrors| SignInPage {
        ctx: ctx.clone(),
        email: email.clone(),
        next: next.clone(),
        errors,
        notice: String::new(),
        resume: resume.clone().unwrap_or_default(),
    };
    if !errors.is_empty() {
        return Ok(render(&page(errors), StatusCode::UNPROCESSABLE_ENTITY));
    }
    let attempt = match throttle::begin(&state.pool, &email, address.as_deref(), now).await? {
        Ok(attempt) => attempt,
        Err(until) => return Ok(too_many(until, now)),
    };
    let account = queries::account_by_email(&state.pool, &email).await?;
    let known = account.as_ref().map(|a| a.id);
    let matches = password::verify(
        form.password,
        account.as_ref().and_then(|a| a.password_hash.clone()),
    )
    .await?;
    let account = account.filter(|a| matches && a.disabled_at.is_none());
    let Some(account) = account else {
        state.metrics.sign_in_failed();
        // The attempt stays counted. What was typed is no identity unless it names an account
        // (it may be a password typed into the wrong field): never stored, never shown.
        let mut entry = Entry::new(
            "sign_in.failure",
            "app_user",
            known.map(|id| id.to_string()).unwrap_or_default(),
        )
        .by_label(if known.is_some() {
            ""
        } else {
            "unknown account"
        })
        .request(&request_id)
        .after(json!({ "address": address }));
        entry.actor_id = known;
        audit::record(&state.pool, &entry).await?;
        let mut errors = FieldErrors::default();
        errors.add(
            "password",
            "That email address and password do not match an account. Check both and try again.",
        );
        return Ok(render(&page(errors), StatusCode::UNAUTHORIZED));
    };
    throttle::succeeded(&state.pool, attempt).await?;
    if account.totp_enabled_at.is_some() || account.role.requires_two_factor() {
        let enrolled = account.totp_enabled_at.is_some();
        login::begin_pending(
            &session,
            Pending {
                user_id: account.id,
                since: now,
                next,
                enrol_secret: None,
                resume,
            },
        )
        .await?;
        return Ok(see_other(if enrolled {
            "/sign-in/two-factor"
        } else {
            "/sign-in/enrol"
        }));
    }
    complete_sign_in(
        &state,
        &session,
        ctx,
        account.id,
        &request_id,
        &next,
        resume,
    )
    .await
}

/// Begins the login, records it, and goes on to `next`, or, when a form sent after the last
/// login ended is carried, shows it to be sent again.
async fn complete_sign_in(
    state: &AppState,
    session: &Session,
    ctx: PageContext,
    user_id: Uuid,
    request_id: &str,
    next: &str,
    resume: Option<Resume>,
) -> Result<Response, AppError> {
    begin_login(state, session, user_id, request_id).await?;
    match resume {
        Some(resume) => {
            let ctx = signed_in_context(state, ctx, user_id).await?;
            Ok(ResumePage::response(ctx, resume))
        }
        None => Ok(see_other_with(&safe_next(next), Message::SignedIn)),
    }
}

/// The page context of a page shown as the sign-in's answer, for the user now signed in.
async fn signed_in_context(
    state: &AppState,
    ctx: PageContext,
    user_id: Uuid,
) -> Result<PageContext, AppError> {
    let user: Option<super::User> = sqlx::query_as(
        "SELECT id, email, display_name, role, organisation_id,
                member_state_code::text AS member_state_code, language
           FROM app_user WHERE id = $1",
    )
    .bind(user_id)
    .fetch_optional(&state.pool)
    .await?;
    Ok(PageContext {
        viewer: user.map(Viewer::User).unwrap_or_default(),
        ..ctx
    })
}

/// Begins the login and records it.
async fn begin_login(
    state: &AppState,
    session: &Session,
    user_id: Uuid,
    request_id: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    login::begin(session, user_id, now).await?;
    let mut tx = state.pool.begin().await?;
    queries::record_sign_in(&mut *tx, user_id, now).await?;
    audit::record(
        &mut *tx,
        &Entry::new("sign_in.success", "app_user", user_id)
            .by(user_id)
            .request(request_id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// `GET /sign-in/two-factor`.
pub async fn two_factor_form(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let Some(pending) = login::pending(&session, state.clock.now()).await? else {
        return Ok(see_other("/sign-in"));
    };
    let account = queries::account_by_id(&state.pool, pending.user_id).await?;
    if account.is_none_or(|a| a.totp_enabled_at.is_none()) {
        return Ok(see_other("/sign-in/enrol"));
    }
    Ok(render(
        &TwoFactorPage {
            ctx,
            errors: FieldErrors::default(),
        },
        StatusCode::OK,
    ))
}

/// `POST /sign-in/two-factor`: a code from the app, or a recovery code.
pub async fn two_factor(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let Some(pending) = login::pending(&session, now).await? else {
        return Ok(see_other("/sign-in"));
    };
    let Some(account) = queries::account_by_id(&state.pool, pending.user_id)
        .await?
        .filter(|a| a.disabled_at.is_none())
    else {
        login::end(&session).await?;
        return Ok(see_other("/sign-in"));
    };
    let attempt =
        match throttle::begin(&state.pool, &account.email, address.as_deref(), now).await? {
            Ok(attempt) => attempt,
            Err(until) => return Ok(too_many(until, now)),
        };
    let (Some(secret), Some(_)) = (&account.totp_secret, account.totp_enabled_at) else {
        throttle::succeeded(&state.pool, attempt).await?;
        return Ok(see_other("/sign-in/enrol"));
    };
    let unix = u64::try_from(now.timestamp()).unwrap_or_default();
    let code = form.code.trim();
    let accepted = if code.chars().any(|c| c.is_ascii_alphabetic()) {
        queries::use_recovery_code(&state.pool, account.id, &totp::recovery_hash(code), now).await?
    } else {
        match totp::accepted_step(secret, code, unix, account.totp_last_step) {
            Some(step) => queries::accept_totp_step(&state.pool, account.id, step).await?,
            None => false,
        }
    };
    if !accepted {
        // The attempt stays counted.
        audit::record(
            &state.pool,
            &Entry::new("two_factor.failure", "app_user", account.id)
                .by(account.id)
                .request(&request_id),
        )
        .await?;
        let mut errors = FieldErrors::default();
        errors.add(
            "code",
            "That code is not right, or has been used already. Enter the current code from \
             your app, or one of your recovery codes.",
        );
        return Ok(render(
            &TwoFactorPage { ctx, errors },
            StatusCode::UNAUTHORIZED,
        ));
    }
    throttle::succeeded(&state.pool, attempt).await?;
    complete_sign_in(
        &state,
        &session,
        ctx,
        account.id,
        &request_id,
        &pending.next,
        pending.resume,
    )
    .await
}

/// `GET /sign-in/enrol`: staff and admins set up their second factor before signing in.
pub async fn enrol_form(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let Some(mut pending) = login::pending(&session, state.clock.now()).await? else {
        return Ok(see_other("/sign-in"));
    };
    let Some(account) = queries::account_by_id(&state.pool, pending.user_id).await? else {
        return Ok(see_other("/sign-in"));
    };
    if account.totp_enabled_at.is_some() {
        return Ok(see_other("/sign-in/two-factor"));
    }
    let secret = match pending
        .enrol_secret
        .as_deref()
        .and_then(totp::secret_from_text)
    {
        Some(secret) => secret,
        None => {
            let secret = totp::new_secret();
            pending.enrol_secret = Some(totp::secret_text(&secret));
            login::update_pending(&session, pending).await?;
            secret
        }
    };
    Ok(render(
        &EnrolPage::new(
            ctx,
            &secret,
            &account.email,
            "/sign-in/enrol",
            FieldErrors::default(),
        ),
        StatusCode::OK,
    ))
}

/// `POST /sign-in/enrol`: the first code confirms the app is set up.
pub async fn enrol(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let Some(pending) = login::pending(&session, now).await? else {
        return Ok(see_other("/sign-in"));
    };
    let Some(account) = queries::account_by_id(&state.pool, pending.user_id)
        .await?
        .filter(|a| a.disabled_at.is_none() && a.totp_enabled_at.is_none())
    else {
        return Ok(see_other("/sign-in"));
    };
    let Some(secret) = pending
        .enrol_secret
        .as_deref()
        .and_then(totp::secret_from_text)
    else {
        return Ok(see_other("/sign-in/enrol"));
    };
    let codes =
        match confirm_enrolment(&state, account.id, &secret, &form.code, &request_id).await? {
            Some(codes) => codes,
            None => {
                let mut errors = FieldErrors::default();
                errors.add(
                    "code",
                    "That code is not right. Enter the 6 digits your app shows now.",
                );
                let page = EnrolPage::new(ctx, &secret, &account.email, "/sign-in/enrol", errors);
                return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
            }
        };
    begin_login(&state, &session, account.id, &request_id).await?;
    let ctx = signed_in_context(&state, ctx, account.id).await?;
    Ok(render(
        &RecoveryCodesPage {
            ctx,
            codes,
            next: safe_next(&pending.next),
            resume: pending.resume,
        },
        StatusCode::OK,
    ))
}

/// Checks the first code against `secret`; if right, turns the second factor on with new
/// recovery codes (returned, to be shown once).
async fn confirm_enrolment(
    state: &AppState,
    user_id: Uuid,
    secret: &[u8],
    code: &str,
    request_id: &str,
) -> Result<Option<Vec<String>>, AppError> {
    let now = state.clock.now();
    let unix = u64::try_from(now.timestamp()).unwrap_or_default();
    let Some(step) = totp::accepted_step(secret, code, unix, None) else {
        return Ok(None);
    };
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
    let mut tx = state.pool.begin().await?;
    queries::enable_totp(&mut *tx, user_id, secret, step, now).await?;
    queries::replace_recovery_codes(&mut tx, user_id, &hashes).await?;
    audit::record(
        &mut *tx,
        &Entry::new("two_factor.enable", "app_user", user_id)
            .by(user_id)
            .request(request_id),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(codes))
}

/// `POST /sign-out`: ends the login on the server, and clears what this site kept in the
/// browser (copies of drafts typed here), so the next person to sign in here sees none of it.
pub async fn sign_out(
    State(state): State<AppState>,
    session: Session,
    viewer: Viewer,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    if let Some(user) = viewer.user() {
        audit::record(
            &state.pool,
            &Entry::new("sign_out", "app_user", user.id)
                .by(user.id)
                .request(&request_id),
        )
        .await?;
    }
    login::end(&session).await?;
    let mut response = see_other_with("/", Message::SignedOut);
    response.headers_mut().insert(
        axum::http::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"storage\""),
    );
    Ok(response)
}

/// `GET /account`.
pub async fn show_account(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    account_page(
        &state,
        ctx,
        &user,
        String::new(),
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// The account page, with the name typed for a new API token and its error (if any).
pub async fn account_page(
    state: &AppState,
    ctx: PageContext,
    user: &crate::access::User,
    token_name: String,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let account = queries::account_by_id(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = super::scope_label(&state.pool, user).await?;
    let tokens = super::api_tokens::list(&state.pool, user.id).await?;
    Ok(render(
        &AccountPage {
            ctx,
            scope,
            two_factor: account.totp_enabled_at.is_some(),
            tokens,
            token_name,
            errors,
        },
        status,
    ))
}

/// `GET /account/password`.
pub async fn password_form(ctx: PageContext) -> Response {
    render(
        &PasswordPage {
            ctx,
            errors: FieldErrors::default(),
        },
        StatusCode::OK,
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /account/password`: ends every other login of the account.
pub async fn change_password(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    RequestId(request_id): RequestId,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let account = queries::account_by_id(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    if !password::verify(form.current, account.password_hash.clone()).await? {
        errors.add("current", "This is not your current password.");
    }
    if let Some(weakness) = password::weakness(&form.new, &[&user.email, &user.display_name]) {
        errors.add("new", weakness);
    } else if form.new != form.confirm {
        errors.add("confirm", "The two new passwords are not the same.");
    }
    if !errors.is_empty() {
        return Ok(render(
            &PasswordPage { ctx, errors },
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let hash = password::hash(form.new).await?;
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    queries::set_password(&mut *tx, user.id, &hash, now).await?;
    audit::record(
        &mut *tx,
        &Entry::new("password.change", "app_user", user.id)
            .by(user.id)
            .request(&request_id),
    )
    .await?;
    tx.commit().await?;
    // This login goes on, under a new id, as begun just after the change; the others are over.
    login::begin(&session, user.id, now + chrono::Duration::microseconds(1)).await?;
    Ok(see_other_with("/account", Message::PasswordChanged))
}

/// The secret being enrolled from the account page, kept in the login until confirmed.
async fn enrolment_secret(session: &Session) -> Option<Vec<u8>> {
    session
        .get::<String>("enrol_secret")
        .await
        .ok()
        .flatten()
        .and_then(|s| totp::secret_from_text(&s))
}

/// `GET /account/two-factor`: partners and officials may add a second factor.
pub async fn account_enrol_form(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let account = queries::account_by_id(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if account.totp_enabled_at.is_some() {
        return Ok(see_other("/account"));
    }
    let secret = match enrolment_secret(&session).await {
        Some(secret) => secret,
        None => {
            let secret = totp::new_secret();
            session
                .insert("enrol_secret", totp::secret_text(&secret))
                .await
                .map_err(|e| AppError::Internal(anyhow::anyhow!("login store: {e}")))?;
            secret
        }
    };
    Ok(render(
        &EnrolPage::new(
            ctx,
            &secret,
            &user.email,
            "/account/two-factor",
            FieldErrors::default(),
        ),
        StatusCode::OK,
    ))
}

/// `POST /account/two-factor`.
pub async fn account_enrol(
    State(state): State<AppState>,
    session: Session,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    RequestId(request_id): RequestId,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let enrolled = queries::account_by_id(&state.pool, user.id)
        .await?
        .is_some_and(|a| a.totp_enabled_at.is_some());
    if enrolled {
        return Ok(see_other("/account"));
    }
    let Some(secret) = enrolment_secret(&session).await else {
        return Ok(see_other("/account/two-factor"));
    };
    match confirm_enrolment(&state, user.id, &secret, &form.code, &request_id).await? {
        Some(codes) => {
            let _ = session.remove_value("enrol_secret").await;
            Ok(render(
                &RecoveryCodesPage {
                    ctx,
                    codes,
                    next: "/account".to_owned(),
                    resume: None,
                },
                StatusCode::OK,
            ))
        }
        None => {
            let mut errors = FieldErrors::default();
            errors.add(
                "code",
                "That code is not right. Enter the 6 digits your app shows now.",
            );
            let page = EnrolPage::new(ctx, &secret, &user.email, "/account/two-factor", errors);
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

/// `GET /invitations/{token}`: the invitee chooses a password.
pub async fn invitation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    link_form(&state, ctx, token, Purpose::Invitation).await
}

/// `GET /password-reset/{token}`: a user whose reset an administrator issued chooses a new
/// password.
pub async fn reset_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    link_form(&state, ctx, token, Purpose::Reset).await
}

fn invalid_link(purpose: Purpose) -> AppError {
    match purpose {
        Purpose::Invitation => invitations::invalid(),
        Purpose::Reset => invitations::invalid_reset(),
    }
}

async fn link_form(
    state: &AppState,
    ctx: PageContext,
    token: String,
    purpose: Purpose,
) -> Result<Response, AppError> {
    let invitation = invitations::find_valid(&state.pool, &token, state.clock.now(), purpose)
        .await?
        .ok_or_else(|| invalid_link(purpose))?;
    Ok(render(
        &InvitationPage {
            ctx,
            token,
            name: invitation.display_name,
            email: invitation.email,
            errors: FieldErrors::default(),
            reset: purpose == Purpose::Reset,
        },
        StatusCode::OK,
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct InvitationForm {
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /invitations/{token}`: sets the password; the link is used up.
pub async fn accept_invitation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    RequestId(request_id): RequestId,
    Form(form): Form<InvitationForm>,
) -> Result<Response, AppError> {
    accept_link(&state, ctx, token, &request_id, form, Purpose::Invitation).await
}

/// `POST /password-reset/{token}`: sets the new password, ends every login of the account;
/// the link is used up.
pub async fn reset_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    RequestId(request_id): RequestId,
    Form(form): Form<InvitationForm>,
) -> Result<Response, AppError> {
    accept_link(&state, ctx, token, &request_id, form, Purpose::Reset).await
}

async fn accept_link(
    state: &AppState,
    ctx: PageContext,
    token: String,
    request_id: &str,
    form: InvitationForm,
    purpose: Purpose,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let invitation = invitations::find_valid(&state.pool, &token, now, purpose)
        .await?
        .ok_or_else(|| invalid_link(purpose))?;
    let mut errors = FieldErrors::default();
    if let Some(weakness) =
        password::weakness(&form.new, &[&invitation.email, &invitation.display_name])
    {
        errors.add("new", weakness);
    } else if form.new != form.confirm {
        errors.add("confirm", "The two passwords are not the same.");
    }
    if !errors.is_empty() {
        return Ok(render(
            &InvitationPage {
                ctx,
                token,
                name: invitation.display_name,
                email: invitation.email,
                errors,
                reset: purpose == Purpose::Reset,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let hash = password::hash(form.new).await?;
    let mut tx = state.pool.begin().await?;
    if !invitations::use_up(&mut *tx, invitation.id, now).await? {
        // Used meanwhile (the form sent twice): the first one counts.
        return Err(invalid_link(purpose));
    }
    // Setting the password ends every login of the account.
    queries::set_password(&mut *tx, invitation.user_id, &hash, now).await?;
    let action = match purpose {
        Purpose::Invitation => "invitation.accept",
        Purpose::Reset => "password.reset",
    };
    audit::record(
        &mut *tx,
        &Entry::new(action, "app_user", invitation.user_id)
            .by(invitation.user_id)
            .request(request_id),
    )
    .await?;
    tx.commit().await?;
    let notice = match purpose {
        Purpose::Invitation => "Your password is set. Sign in with it now.",
        Purpose::Reset => {
            "Your new password is set, and any other sign-in has ended. Sign in with it now."
        }
    };
    let page = SignInPage {
        ctx,
        email: invitation.email,
        next: "/".to_owned(),
        errors: FieldErrors::default(),
        notice: notice.to_owned(),
        resume: Resume::default(),
    };
    Ok(render(&page, StatusCode::OK))
}
