//! Logins: a browser's signed-in state, kept server-side by tower-sessions in PostgreSQL. The
//! cookie holds only a random id. A login begins with a new id (no fixation), ends after
//! `LOGIN_IDLE_MINUTES` without a request and `LOGIN_ABSOLUTE_HOURS` after sign-in, and ends at
//! once when the account is disabled or its password changed (`logins_valid_after`).
//!
//! Every request passes through [`resolve_viewer`], which turns the login into a [`Viewer`] by
//! checking the user's record, so that a change of role or scope applies at once. Logins are
//! kept in memory (`login_cache`), so a signed-in request costs one statement here: the first
//! time, one that reads the user and checks that the login still exists in the database; after
//! that, as long as nothing about accounts or logins has changed since, one that reads the
//! login version. Each reads what the navigation counts with it: the notes awaiting review for
//! staff, a partner's returned notes. An official's page (`GET`, `HEAD`) from a kept login costs
//! no statement here: the page's first read confirms the login (see [`resolve_viewer`]).

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tower_sessions::Session;
use uuid::Uuid;

use crate::AppError;
use crate::access::{User, Viewer};
use crate::db::versioned::LoginToConfirm;
use crate::state::AppState;
use crate::web::{LoginIdle, ReturnedCount, ReviewCount};

/// What resolving a login needs: the core, the logins kept in memory, and the count of what
/// awaits staff's review (a scalar SQL expression the notes slice gives, read in the same
/// statement as the login, so that staff's pages cost one statement).
#[derive(Clone)]
pub struct LoginState {
    pub core: AppState,
    pub logins: std::sync::Arc<super::login_cache::CheckedLogins>,
    /// A scalar SQL expression: how many records await review.
    pub review_count: &'static str,
    /// A scalar SQL expression of the user's id (`$1`): how many of a partner's notes are
    /// returned to them, read with a partner's login (in the same statement) for the badge in
    /// the navigation.
    pub returned_count: &'static str,
}

const LOGIN: &str = "login";
const PENDING: &str = "pending";

/// What the login record holds for a signed-in user.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct LoginData {
    user_id: Uuid,
    signed_in_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
}

/// A sign-in that passed the password and awaits the second factor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    pub user_id: Uuid,
    pub since: DateTime<Utc>,
    /// Where to go after signing in.
    pub next: String,
    /// The secret being enrolled (base32), when the user has no second factor yet.
    pub enrol_secret: Option<String>,
    /// A form sent after the login ended, to send again once signed in.
    #[serde(default)]
    pub resume: Option<super::resume::Resume>,
}

/// How long a pending sign-in waits for its second factor.
const PENDING_MINUTES: i64 = 10;

/// Begins a login for `user_id` under a new login id.
pub async fn begin(session: &Session, user_id: Uuid, now: DateTime<Utc>) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    session.remove_value(PENDING).await.map_err(session_error)?;
    session
        .insert(
            LOGIN,
            LoginData {
                user_id,
                signed_in_at: now,
                last_seen_at: now,
            },
        )
        .await
        .map_err(session_error)
}

/// Records a sign-in that awaits its second factor, under a new login id.
pub async fn begin_pending(session: &Session, pending: Pending) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    session.remove_value(LOGIN).await.map_err(session_error)?;
    session
        .insert(PENDING, pending)
        .await
        .map_err(session_error)
}

/// The pending sign-in, if there is one and it is recent.
pub async fn pending(session: &Session, now: DateTime<Utc>) -> Result<Option<Pending>, AppError> {
    let pending: Option<Pending> = session.get(PENDING).await.map_err(session_error)?;
    Ok(pending.filter(|p| now - p.since < chrono::Duration::minutes(PENDING_MINUTES)))
}

/// Replaces the pending sign-in (to remember an enrolment secret).
pub async fn update_pending(session: &Session, pending: Pending) -> Result<(), AppError> {
    session
        .insert(PENDING, pending)
        .await
        .map_err(session_error)
}

/// Ends the login on the server: the record is deleted and the cookie cleared.
pub async fn end(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

fn session_error(err: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("login store: {err}"))
}

/// The signed-in user's id, if any (for handlers that record who acted).
pub async fn user_id(session: &Session) -> Option<Uuid> {
    session
        .get::<LoginData>(LOGIN)
        .await
        .ok()
        .flatten()
        .map(|d| d.user_id)
}

/// Middleware: resolves the login into a [`Viewer`] in the request's extensions. A login that
/// has expired, or whose account is disabled or whose logins were ended, is ended here.
///
/// An official's page (`GET` or `HEAD`) from a login kept in memory does not wait for the
/// login's own statement: the request carries a [`LoginToConfirm`], which the page's first read
/// fills with the login version (see `db::versioned`). Before the response leaves, the login is
/// confirmed at that version, or read now if the page did not read it; if anything about
/// accounts or logins changed, the login is checked again, and a page made for rights the
/// account no longer has is dropped and made again for the login as it now stands. Officials'
/// navigation counts nothing, and these requests change nothing, so nothing is read or written
/// for a login that turns out to be over.
pub async fn resolve_viewer(
    State(state): State<LoginState>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    );
    match viewer_of(&state, &session, safe).await {
        Ok(Resolved::Checked(login)) => run_as(&state, login, request, next).await,
        Ok(Resolved::Deferred {
            id,
            checked_at,
            user,
            login: data,
        }) => {
            let again = copy_of(&request);
            let login = LoginToConfirm::at(checked_at);
            let mut request = request;
            let extensions = request.extensions_mut();
            extensions.insert(login.clone());
            extensions.insert(LoginIdle(state.core.config.login_idle));
            extensions.insert(Viewer::User(user.clone()));
            let response = next.clone().run(request).await;
            let now = state.core.clock.now();
            match confirm(&state, &id, &user, &data, &login).await {
                Ok(Confirmed::Stands) => match remember_activity(&session, data, now).await {
                    Ok(()) => answered_for(response, user.id),
                    Err(err) => err.into_response(),
                },
                // The response was made for rights the login no longer has: it is made again
                // for the login as it now stands.
                Ok(Confirmed::Now(Some(active))) => {
                    match remember_activity(&session, data, now).await {
                        Ok(()) => run_as(&state, Some(active), again, next).await,
                        Err(err) => err.into_response(),
                    }
                }
                Ok(Confirmed::Now(None)) => match end(&session).await {
                    Ok(()) => run_as(&state, None, again, next).await,
                    Err(err) => err.into_response(),
                },
                Err(err) => err.into_response(),
            }
        }
        Err(err) => err.into_response(),
    }
}

/// Runs the request for `login` (none: a visitor).
async fn run_as(
    state: &LoginState,
    login: Option<ActiveLogin>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(login) = login else {
        request.extensions_mut().insert(Viewer::Anonymous);
        return next.run(request).await;
    };
    let extensions = request.extensions_mut();
    if let Some(n) = login.review_count {
        extensions.insert(ReviewCount(n));
    }
    if let Some(n) = login.returned_count {
        extensions.insert(ReturnedCount(n));
    }
    extensions.insert(LoginIdle(state.core.config.login_idle));
    let id = login.user.id;
    extensions.insert(Viewer::User(login.user));
    answered_for(next.run(request).await, id)
}

/// The response, marked with the user it was made for: the request's log line names the user
/// by id (never by address or name).
fn answered_for(mut response: Response, id: Uuid) -> Response {
    response.extensions_mut().insert(AnsweredFor(id));
    response
}

/// A copy of a request that has no body to read (`GET`, `HEAD`), to make its page again.
fn copy_of(request: &Request) -> Request {
    let mut copy = Request::new(axum::body::Body::empty());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    *copy.extensions_mut() = request.extensions().clone();
    copy
}

/// What a deferred login turned out to be.
enum Confirmed {
    /// Live for the same user as when it was kept.
    Stands,
    /// Checked again: live for the user as they now are, or over (none).
    Now(Option<ActiveLogin>),
}

/// Whether the deferred login `id` of `user` (kept at `login.checked_at()`) still stands: at the login
/// version the request read, or reads now. If the version moved on, the login is checked again
/// and kept (or forgotten) as it now is: it stands if it is still live for the very same user
/// and the request left nothing undone for it (see `LoginToConfirm::left_undone`).
async fn confirm(
    state: &LoginState,
    id: &str,
    user: &User,
    data: &LoginData,
    login: &LoginToConfirm,
) -> Result<Confirmed, AppError> {
    let version = match login.read() {
        Some(version) => version,
        None => {
            sqlx::query_scalar("SELECT n FROM login_version")
                .fetch_one(&state.core.pool)
                .await?
        }
    };
    if version == login.checked_at() && !login.undone() {
        return Ok(Confirmed::Stands);
    }
    let active = checked_afresh(state, id, data).await?;
    Ok(match active {
        // Made for the same user, and nothing was left undone: it stands.
        Some(a) if a.user == *user && !login.undone() => Confirmed::Stands,
        active => Confirmed::Now(active),
    })
}

/// The user a response was made for, for the request's log line.
#[derive(Debug, Clone, Copy)]
pub struct AnsweredFor(pub uuid::Uuid);

/// A live login: its user, and what was read with it.
#[derive(Debug, sqlx::FromRow)]
struct ActiveLogin {
    #[sqlx(flatten)]
    user: User,
    login_version: i64,
    /// Notes awaiting review, for staff.
    review_count: Option<i64>,
    /// A partner's notes returned to them.
    returned_count: Option<i64>,
}

/// A request's login, as resolved before its handler runs.
enum Resolved {
    /// Checked now (none: a visitor, or a login that was over and is ended).
    Checked(Option<ActiveLogin>),
    /// Kept in memory at `checked_at`, to be confirmed before the response leaves.
    /// Its activity is remembered once it is confirmed.
    Deferred {
        id: String,
        checked_at: i64,
        user: User,
        login: LoginData,
    },
}

/// The login of the request, unless there is none or it is over (it is then ended here). With
/// `may_defer` (a request that changes nothing), an official's login kept in memory is
/// deferred, to be confirmed by the request's first read.
async fn viewer_of(
    state: &LoginState,
    session: &Session,
    may_defer: bool,
) -> Result<Resolved, AppError> {
    let Some(login) = session
        .get::<LoginData>(LOGIN)
        .await
        .map_err(session_error)?
    else {
        return Ok(Resolved::Checked(None));
    };
    let now = state.core.clock.now();
    let config = &state.core.config;
    let expired = now - login.last_seen_at > config.login_idle
        || now - login.signed_in_at > config.login_absolute;
    let id = session.id().map(|id| id.to_string());
    if let (Some(id), false, true) = (&id, expired, may_defer)
        && let Some((checked_at, user)) = state.logins.kept(id)
        && user.id == login.user_id
        && user.role == crate::access::Role::Official
    {
        return Ok(Resolved::Deferred {
            id: id.clone(),
            checked_at,
            user,
            login,
        });
    }
    let active = match (&id, expired) {
        (Some(id), false) => checked_login(state, id, &login).await?,
        _ => None,
    };
    let Some(active) = active else {
        if let Some(id) = &id {
            state.logins.forget(id);
        }
        end(session).await?;
        return Ok(Resolved::Checked(None));
    };
    remember_activity(session, login, now).await?;
    Ok(Resolved::Checked(Some(active)))
}

/// Remembers the login's activity, at most once a minute, to keep writes down.
async fn remember_activity(
    session: &Session,
    mut login: LoginData,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if now - login.last_seen_at > chrono::Duration::minutes(1) {
        login.last_seen_at = now;
        session.insert(LOGIN, login).await.map_err(session_error)?;
    }
    Ok(())
}

/// The live login `id`: from memory if it was checked before and no account or login has changed
/// since (one statement reads the version, with the counts the navigation shows), else checked
/// in the database (and kept).
async fn checked_login(
    state: &LoginState,
    id: &str,
    login: &LoginData,
) -> Result<Option<ActiveLogin>, sqlx::Error> {
    if let Some((checked_at, user)) = state.logins.kept(id)
        && user.id == login.user_id
    {
        // What the navigation counts is read in the same statement: the notes awaiting
        // review for staff, a partner's returned notes.
        let none = "(SELECT NULL::int8 WHERE $1::uuid IS NULL)";
        let (review, returned) = match user.role {
            crate::access::Role::Staff | crate::access::Role::Admin => (state.review_count, none),
            crate::access::Role::Partner => ("NULL::int8", state.returned_count),
            crate::access::Role::Official => ("NULL::int8", none),
        };
        let (login_version, review_count, returned_count): (i64, Option<i64>, Option<i64>) =
            sqlx::query_as(&format!(
                "SELECT (SELECT n FROM login_version), {review}, {returned}"
            ))
            .bind(user.id)
            .fetch_one(&state.core.pool)
            .await?;
        if login_version == checked_at {
            return Ok(Some(ActiveLogin {
                user,
                login_version,
                review_count,
                returned_count,
            }));
        }
    }
    checked_afresh(state, id, login).await
}

/// The live login `id`, checked in the database, and kept in memory as found (or forgotten).
async fn checked_afresh(
    state: &LoginState,
    id: &str,
    login: &LoginData,
) -> Result<Option<ActiveLogin>, sqlx::Error> {
    let active = active_login(
        &state.core.pool,
        state.review_count,
        state.returned_count,
        login.user_id,
        login.signed_in_at,
        id,
    )
    .await?;
    match &active {
        Some(a) => state.logins.keep(id, a.login_version, a.user.clone()),
        None => state.logins.forget(id),
    }
    Ok(active)
}

/// The user of a login, unless the account is disabled or its logins were ended since (a login
/// that began at the very instant they were ended is over too), or the login record is no longer
/// in the database (ended by another process, or expired there).
async fn active_login(
    pool: &PgPool,
    review_count: &str,
    returned_count: &str,
    user_id: Uuid,
    signed_in_at: DateTime<Utc>,
    login_id: &str,
) -> Result<Option<ActiveLogin>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT u.id, u.email, u.display_name, u.role, u.organisation_id,
                u.member_state_code::text AS member_state_code, u.language,
                l.n AS login_version,
                CASE WHEN u.role IN ('staff', 'admin') THEN {review_count} END AS review_count,
                CASE WHEN u.role = 'partner' THEN {returned_count} END AS returned_count
           FROM app_user u, login_version l
          WHERE u.id = $1 AND u.disabled_at IS NULL AND u.logins_valid_after < $2
            AND EXISTS (SELECT 1 FROM tower_sessions.session s
                         WHERE s.id = $3 AND s.expiry_date > now())",
    ))
    .bind(user_id)
    .bind(signed_in_at)
    .bind(login_id)
    .fetch_optional(pool)
    .await
}
