//! Logins: a browser's signed-in state, kept server-side by tower-sessions in PostgreSQL. The
//! cookie holds only a random id. A login begins with a new id (no fixation), ends after
//! `LOGIN_IDLE_MINUTES` without a request and `LOGIN_ABSOLUTE_HOURS` after sign-in, and ends at
//! once when the account is disabled or its password changed (`logins_valid_after`).
//!
//! Every request passes through [`resolve_viewer`], which turns the login into a [`Viewer`] by
//! reading the user's record, so that a change of role or scope applies at once.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tower_sessions::Session;
use uuid::Uuid;

use super::policy::{User, Viewer};
use crate::AppError;
use crate::state::AppState;

const LOGIN: &str = "login";
const PENDING: &str = "pending";

/// How many notes await review (set for staff).
#[derive(Debug, Clone, Copy)]
pub struct ReviewCount(pub i64);

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
pub async fn resolve_viewer(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    match viewer_of(&state, &session).await {
        Ok(viewer) => {
            if viewer.is_staff() {
                // The count of notes awaiting review, for the navigation.
                match crate::notes::queries::count_submitted(&state.pool).await {
                    Ok(n) => {
                        request.extensions_mut().insert(ReviewCount(n));
                    }
                    Err(err) => return AppError::from(err).into_response(),
                }
            }
            request.extensions_mut().insert(viewer);
            next.run(request).await
        }
        Err(err) => err.into_response(),
    }
}

async fn viewer_of(state: &AppState, session: &Session) -> Result<Viewer, AppError> {
    let Some(mut login) = session
        .get::<LoginData>(LOGIN)
        .await
        .map_err(session_error)?
    else {
        return Ok(Viewer::Anonymous);
    };
    let now = state.clock.now();
    let config = &state.config;
    let expired = now - login.last_seen_at > config.login_idle
        || now - login.signed_in_at > config.login_absolute;
    let user = if expired {
        None
    } else {
        active_user(&state.pool, login.user_id, login.signed_in_at).await?
    };
    let Some(user) = user else {
        end(session).await?;
        return Ok(Viewer::Anonymous);
    };
    // Remember activity, at most once a minute, to keep writes down.
    if now - login.last_seen_at > chrono::Duration::minutes(1) {
        login.last_seen_at = now;
        session.insert(LOGIN, login).await.map_err(session_error)?;
    }
    Ok(Viewer::User(user))
}

/// The user of a login, unless the account is disabled or its logins were ended since (a login
/// that began at the very instant they were ended is over too).
async fn active_user(
    pool: &PgPool,
    id: Uuid,
    signed_in_at: DateTime<Utc>,
) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, email, display_name, role, organisation_id,
                member_state_code::text AS member_state_code
           FROM app_user
          WHERE id = $1 AND disabled_at IS NULL AND logins_valid_after < $2",
    )
    .bind(id)
    .bind(signed_in_at)
    .fetch_optional(pool)
    .await
}
