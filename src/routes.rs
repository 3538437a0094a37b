//! The one route table: every URL of the app, grouped by who may call it, and the layers every
//! request passes through (request id, tracing, timeout, compression, CSRF protection, logins,
//! security headers).
//!
//! Each group sits behind its guard (signed in, staff, admin); per-record rules (this partner's
//! organisation, this official's Member State) are checked again in the handlers through
//! [`crate::access`]. [`table`] lists every route with its group, so that the
//! authorization test can check that no route is left out of its matrix.

use axum::Router;
use axum::extract::FromRef;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use sqlx::PgPool;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{CachingSessionStore, Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::PostgresStore;

use crate::app::App;
pub use crate::auth::guard::Access;
use crate::auth::{guard, handlers as auth, login};
use crate::state::AppState;
use crate::web::{ErrorPage, headers};
use crate::{
    AppError, admin, assessments, consultations, dashboard, findings, frameworks, member_states,
    notes, organisations, participant_lists, people, series, sessions,
};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A route of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

#[derive(Default)]
struct Table {
    public: Router<App>,
    signed_in: Router<App>,
    staff: Router<App>,
    admin: Router<App>,
    routes: Vec<RouteInfo>,
}

impl Table {
    fn add(
        mut self,
        access: Access,
        method: &'static str,
        path: &'static str,
        handler: MethodRouter<App>,
    ) -> Self {
        self.routes.push(RouteInfo {
            method,
            path,
            access,
        });
        let group = match access {
            Access::Public => &mut self.public,
            Access::SignedIn => &mut self.signed_in,
            Access::Staff => &mut self.staff,
            Access::Admin => &mut self.admin,
        };
        *group = std::mem::take(group).route(path, handler);
        self
    }
}

/// Every URL of the app.
fn build() -> Table {
    use Access::{Admin, Public, SignedIn, Staff};
    Table::default()
        // What anyone may read.
        .add(Public, "GET", "/", get(series::handlers::show_home))
        .add(
            Public,
            "GET",
            "/series/{slug}",
            get(series::handlers::show_series),
        )
        .add(
            Public,
            "GET",
            "/states/{code}",
            get(member_states::handlers::show_member_state),
        )
        .add(
            Public,
            "GET",
            "/consultations/{slug}",
            get(consultations::handlers::show_consultation),
        )
        .add(
            Public,
            "GET",
            "/organisations",
            get(organisations::handlers::list_organisations),
        )
        .add(
            Public,
            "GET",
            "/organisations/{slug}",
            get(organisations::handlers::show_organisation),
        )
        .add(
            Public,
            "GET",
            "/frameworks",
            get(frameworks::handlers::list_frameworks),
        )
        .add(
            Public,
            "GET",
            "/frameworks/{slug}",
            get(frameworks::handlers::show_framework),
        )
        .add(
            Public,
            "GET",
            "/frameworks/{slug}/commitments/{code}",
            get(frameworks::handlers::show_commitment),
        )
        .add(
            Public,
            "GET",
            "/dashboard",
            get(dashboard::handlers::show_dashboard),
        )
        .add(
            Public,
            "GET",
            "/dashboard.csv",
            get(dashboard::handlers::dashboard_csv),
        )
        .add(
            Public,
            "GET",
            "/consultations",
            get(consultations::handlers::list_consultations),
        )
        .add(
            Public,
            "GET",
            "/reference",
            get(crate::benchmark::show_reference),
        )
        .add(Public, "GET", "/healthz", get(healthz))
        .add(Public, "GET", "/readyz", get(readyz))
        // Signing in, and accepting an invitation.
        .add(Public, "GET", "/sign-in", get(auth::sign_in_form))
        .add(Public, "POST", "/sign-in", post(auth::sign_in))
        .add(
            Public,
            "GET",
            "/sign-in/two-factor",
            get(auth::two_factor_form),
        )
        .add(
            Public,
            "POST",
            "/sign-in/two-factor",
            post(auth::two_factor),
        )
        .add(Public, "GET", "/sign-in/enrol", get(auth::enrol_form))
        .add(Public, "POST", "/sign-in/enrol", post(auth::enrol))
        .add(Public, "POST", "/sign-out", post(auth::sign_out))
        .add(
            Public,
            "GET",
            "/invitations/{token}",
            get(auth::invitation_form),
        )
        .add(
            Public,
            "POST",
            "/invitations/{token}",
            post(auth::accept_invitation),
        )
        // One's own account.
        .add(SignedIn, "GET", "/account", get(auth::show_account))
        .add(
            SignedIn,
            "GET",
            "/account/password",
            get(auth::password_form),
        )
        .add(
            SignedIn,
            "POST",
            "/account/password",
            post(auth::change_password),
        )
        .add(
            SignedIn,
            "GET",
            "/account/two-factor",
            get(auth::account_enrol_form),
        )
        .add(
            SignedIn,
            "POST",
            "/account/two-factor",
            post(auth::account_enrol),
        )
        // Administration.
        .add(
            Admin,
            "GET",
            "/admin/users",
            get(admin::handlers::list_users),
        )
        .add(
            Admin,
            "POST",
            "/admin/users",
            post(admin::handlers::create_user),
        )
        .add(
            Admin,
            "GET",
            "/admin/users/new",
            get(admin::handlers::new_user_form),
        )
        .add(
            Admin,
            "GET",
            "/admin/users/{id}",
            get(admin::handlers::edit_user_form),
        )
        .add(
            Admin,
            "POST",
            "/admin/users/{id}",
            post(admin::handlers::update_user),
        )
        .add(
            Admin,
            "POST",
            "/admin/users/{id}/disable",
            post(admin::handlers::disable_user),
        )
        .add(
            Admin,
            "POST",
            "/admin/users/{id}/enable",
            post(admin::handlers::enable_user),
        )
        .add(
            Admin,
            "POST",
            "/admin/users/{id}/invitation",
            post(admin::handlers::reinvite_user),
        )
        .add(
            Admin,
            "GET",
            "/admin/audit",
            get(admin::handlers::show_audit_log),
        )
        // Staff record consultations and their agendas.
        .add(
            Staff,
            "GET",
            "/consultations/new",
            get(consultations::handlers::new_consultation_form),
        )
        .add(
            Staff,
            "POST",
            "/consultations",
            post(consultations::handlers::create_consultation),
        )
        .add(
            Staff,
            "GET",
            "/consultations/{slug}/edit",
            get(consultations::handlers::edit_consultation_form),
        )
        .add(
            Staff,
            "POST",
            "/consultations/{slug}",
            post(consultations::handlers::update_consultation),
        )
        .add(
            Staff,
            "GET",
            "/consultations/{slug}/sessions/new",
            get(sessions::handlers::new_session_form),
        )
        .add(
            Staff,
            "POST",
            "/consultations/{slug}/sessions",
            post(sessions::handlers::create_session),
        )
        .add(
            Staff,
            "GET",
            "/sessions/{id}/edit",
            get(sessions::handlers::edit_session_form),
        )
        .add(
            Staff,
            "POST",
            "/sessions/{id}",
            post(sessions::handlers::update_session),
        )
        .add(
            Staff,
            "POST",
            "/sessions/{id}/move",
            post(sessions::handlers::move_session),
        )
        .add(
            Staff,
            "GET",
            "/sessions/{id}/archive",
            get(sessions::handlers::confirm_archive_form),
        )
        .add(
            Staff,
            "POST",
            "/sessions/{id}/archive",
            post(sessions::handlers::archive_session),
        )
        .add(
            Staff,
            "POST",
            "/sessions/{id}/restore",
            post(sessions::handlers::restore_session),
        )
        // Staff record organisations, their other names, and merge duplicates.
        .add(
            Staff,
            "GET",
            "/organisations/new",
            get(organisations::handlers::new_organisation_form),
        )
        .add(
            Staff,
            "POST",
            "/organisations",
            post(organisations::handlers::create_organisation),
        )
        .add(
            Staff,
            "GET",
            "/organisations/{slug}/edit",
            get(organisations::handlers::edit_organisation_form),
        )
        .add(
            Staff,
            "POST",
            "/organisations/{slug}",
            post(organisations::handlers::update_organisation),
        )
        .add(
            Staff,
            "POST",
            "/organisations/{slug}/merge",
            post(organisations::handlers::merge_organisation),
        )
        // People and their positions over time: personal data, staff only.
        .add(Staff, "GET", "/people", get(people::handlers::list_people))
        .add(
            Staff,
            "GET",
            "/people/{id}",
            get(people::handlers::show_person),
        )
        // Participation by hand: organisations and head counts by sex.
        .add(
            Staff,
            "GET",
            "/consultations/{slug}/participation/new",
            get(consultations::participation::new_participation_form),
        )
        .add(
            Staff,
            "POST",
            "/consultations/{slug}/participation",
            post(consultations::participation::create_participation),
        )
        .add(
            Staff,
            "GET",
            "/participation/{id}/edit",
            get(consultations::participation::edit_participation_form),
        )
        .add(
            Staff,
            "POST",
            "/participation/{id}",
            post(consultations::participation::update_participation),
        )
        .add(
            Staff,
            "GET",
            "/participation/{id}/delete",
            get(consultations::participation::confirm_delete_participation),
        )
        .add(
            Staff,
            "POST",
            "/participation/{id}/delete",
            post(consultations::participation::delete_participation),
        )
        .add(
            Staff,
            "GET",
            "/people/new",
            get(people::handlers::new_person_form),
        )
        .add(
            Staff,
            "POST",
            "/people",
            post(people::handlers::create_person),
        )
        .add(
            Staff,
            "GET",
            "/people/{id}/edit",
            get(people::handlers::edit_person_form),
        )
        .add(
            Staff,
            "POST",
            "/people/{id}",
            post(people::handlers::update_person),
        )
        .add(
            Staff,
            "POST",
            "/people/{id}/roles",
            post(people::handlers::add_role),
        )
        .add(
            Staff,
            "GET",
            "/series/new",
            get(series::handlers::new_series_form),
        )
        .add(
            Staff,
            "POST",
            "/series",
            post(series::handlers::create_series),
        )
        .add(
            Staff,
            "GET",
            "/series/{slug}/edit",
            get(series::handlers::edit_series_form),
        )
        .add(
            Staff,
            "POST",
            "/series/{slug}",
            post(series::handlers::update_series),
        )
        // Session notes: partners write, staff review and publish.
        .add(
            SignedIn,
            "GET",
            "/sessions/{id}/notes/new",
            get(notes::handlers::new_note_form),
        )
        .add(
            SignedIn,
            "POST",
            "/sessions/{id}/notes",
            post(notes::handlers::create_note),
        )
        .add(
            Public,
            "GET",
            "/notes/{id}",
            get(notes::handlers::show_note),
        )
        .add(
            Public,
            "GET",
            "/notes/{id}/history",
            get(notes::handlers::show_history),
        )
        .add(
            SignedIn,
            "GET",
            "/notes/{id}/edit",
            get(notes::handlers::edit_note_form),
        )
        .add(
            SignedIn,
            "POST",
            "/notes/{id}",
            post(notes::handlers::update_note),
        )
        .add(
            SignedIn,
            "GET",
            "/notes/{id}/submit",
            get(notes::handlers::confirm_note_action),
        )
        .add(
            SignedIn,
            "POST",
            "/notes/{id}/submit",
            post(notes::handlers::submit_note),
        )
        .add(
            SignedIn,
            "GET",
            "/notes/{id}/withdraw",
            get(notes::handlers::confirm_note_action),
        )
        .add(
            SignedIn,
            "POST",
            "/notes/{id}/withdraw",
            post(notes::handlers::withdraw_note),
        )
        .add(
            SignedIn,
            "POST",
            "/notes/{id}/restore",
            post(notes::handlers::restore_note),
        )
        .add(
            Staff,
            "POST",
            "/notes/{id}/return",
            post(notes::handlers::return_note),
        )
        .add(
            Staff,
            "POST",
            "/notes/{id}/publish",
            post(notes::handlers::publish_note),
        )
        .add(SignedIn, "GET", "/my/notes", get(notes::handlers::my_notes))
        .add(Staff, "GET", "/review", get(notes::handlers::review_queue))
        // Findings, recommendations and search.
        .add(
            Public,
            "GET",
            "/findings",
            get(findings::handlers::list_findings),
        )
        .add(
            Public,
            "GET",
            "/findings.csv",
            get(findings::handlers::export_findings),
        )
        .add(
            Public,
            "GET",
            "/findings/{id}",
            get(findings::handlers::show_finding),
        )
        .add(
            Staff,
            "GET",
            "/findings/new",
            get(findings::handlers::new_finding_form),
        )
        .add(
            Staff,
            "POST",
            "/findings",
            post(findings::handlers::create_finding),
        )
        .add(
            Staff,
            "GET",
            "/findings/{id}/edit",
            get(findings::handlers::edit_finding_form),
        )
        .add(
            Staff,
            "POST",
            "/findings/{id}",
            post(findings::handlers::update_finding),
        )
        .add(
            Staff,
            "POST",
            "/findings/{id}/updates",
            post(findings::handlers::add_update),
        )
        .add(
            Public,
            "GET",
            "/search",
            get(crate::search::handlers::search_everything),
        )
        .add(
            Staff,
            "GET",
            "/frameworks/{slug}/commitments/{code}/edit",
            get(frameworks::handlers::edit_commitment_form),
        )
        .add(
            Staff,
            "POST",
            "/frameworks/{slug}/commitments/{code}",
            post(frameworks::handlers::update_commitment),
        )
        // Self-assessments.
        .add(
            SignedIn,
            "GET",
            "/assessments",
            get(assessments::handlers::list_rounds),
        )
        .add(
            Staff,
            "POST",
            "/assessments/rounds",
            post(assessments::handlers::create_round),
        )
        .add(
            Public,
            "GET",
            "/assessments/regional",
            get(assessments::handlers::regional),
        )
        .add(
            SignedIn,
            "GET",
            "/assessments/rounds/{id}/compare",
            get(assessments::handlers::compare_round),
        )
        .add(
            SignedIn,
            "GET",
            "/assessments/{id}",
            get(assessments::handlers::show_assessment),
        )
        .add(
            SignedIn,
            "POST",
            "/assessments/{id}",
            post(assessments::handlers::save_answers),
        )
        .add(
            SignedIn,
            "GET",
            "/assessments/{id}/submit",
            get(assessments::handlers::confirm_submit_form),
        )
        .add(
            SignedIn,
            "POST",
            "/assessments/{id}/submit",
            post(assessments::handlers::submit_assessment),
        )
        .add(
            Staff,
            "POST",
            "/assessments/{id}/corrections",
            post(assessments::handlers::correct_assessment),
        )
        .add(
            Staff,
            "POST",
            "/assessments/rounds/{id}",
            post(assessments::handlers::update_round),
        )
        // Participant list import (begin)
        .add(
            Staff,
            "GET",
            "/consultations/{slug}/participants/import",
            get(participant_lists::handlers::upload_form),
        )
        .add(
            Staff,
            "POST",
            "/consultations/{slug}/participants/import",
            post(participant_lists::handlers::upload).layer(DefaultBodyLimit::max(5 * 1024 * 1024)),
        )
        .add(
            Staff,
            "GET",
            "/consultations/{slug}/participants/import/{id}",
            get(participant_lists::handlers::show_import),
        )
        .add(
            Staff,
            "POST",
            "/consultations/{slug}/participants/import/{id}",
            post(participant_lists::handlers::commit_import),
        )
    // Participant list import (end)
}

/// Every route with its access group (and the static files), for the authorization test.
pub fn table() -> Vec<RouteInfo> {
    let mut routes = build().routes;
    routes.push(RouteInfo {
        method: "GET",
        path: "/static/{*path}",
        access: Access::Public,
    });
    routes
}

/// Builds the router with its state (the core and the features' caches) and layers.
pub fn router(state: AppState) -> Router {
    let app = App::new(state.clone());
    let static_files = Router::new()
        .nest_service("/static", ServeDir::new(&state.config.static_dir))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        ));
    let timeout = state.config.request_timeout;
    let logins = login_layer(&state);

    let Table {
        public,
        signed_in,
        staff,
        admin,
        routes,
    } = build();
    // A guard on a group without routes would guard nothing (and axum refuses it).
    let guarded = |group: Router<App>, access| {
        if routes.iter().any(|r| r.access == access) {
            group.route_layer(from_fn_with_state(access, guard::require))
        } else {
            group
        }
    };
    let https = state.config.secure_cookies;
    let mut csrf = CsrfLayer::new();
    if let Some(origin) = &state.config.public_origin {
        // Behind a proxy the request's host may not be the public one.
        csrf = csrf.add_trusted_origin(origin).unwrap_or_else(|err| {
            tracing::error!(error = %err, "PUBLIC_ORIGIN is not used by the CSRF check");
            CsrfLayer::new()
        });
    }
    let pages = public
        .merge(guarded(signed_in, Access::SignedIn))
        .merge(guarded(staff, Access::Staff))
        .merge(guarded(admin, Access::Admin))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(crate::web::draw_error_pages))
        .layer(from_fn_with_state(
            login::LoginState::from_ref(&app),
            login::resolve_viewer,
        ))
        .layer(logins)
        .layer(from_fn_with_state(
            state.config.trusted_proxies.clone(),
            crate::web::client::resolve,
        ))
        .layer(from_fn_with_state(
            state.config.clone(),
            crate::auth::csrf::check_origin,
        ))
        // Again outside the login layers, for their own errors (the database away while a
        // login is read): drawn as for a visitor.
        .layer(axum::middleware::from_fn(crate::web::draw_error_pages))
        .with_state(app)
        .merge(static_files);

    // The security headers outermost, so that every answer has them: a refused cross-site
    // request, a timeout, a panic.
    headers::apply(
        pages.layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(request_span))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(CatchPanicLayer::custom(panic_page))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::SERVICE_UNAVAILABLE,
                    timeout,
                ))
                .layer(CompressionLayer::new())
                .layer(from_fn_with_state(
                    login_cookie_name(https),
                    headers::no_store_with_a_login,
                ))
                .layer(axum::middleware::map_request(move |request: Request| {
                    body_timeout(request, timeout)
                }))
                .layer(csrf.with_rejection_response(cross_site_page)),
        ),
        https,
    )
}

/// A request whose body stops coming (a client cut short) is answered 408 by the extractors
/// after a third of the request timeout without a byte, instead of waiting for the request
/// timeout's 503.
async fn body_timeout(request: Request, timeout: std::time::Duration) -> Request {
    let idle = (timeout / 3).max(std::time::Duration::from_millis(500));
    request.map(|body| axum::body::Body::new(tower_http::timeout::TimeoutBody::new(idle, body)))
}

/// The login store: PostgreSQL, with the records also kept in memory.
type LoginStore = CachingSessionStore<crate::auth::login_cache::LoginCache, PostgresStore>;

/// Logins in PostgreSQL (and in memory, see `auth::login_cache`): an `HttpOnly`, `SameSite=Lax`
/// cookie holding a random id; `Secure` and `__Host-` prefixed when served over HTTPS.
fn login_layer(state: &AppState) -> SessionManagerLayer<LoginStore> {
    let secure = state.config.secure_cookies;
    let idle = tower_sessions::cookie::time::Duration::seconds(
        state.config.login_idle.num_seconds().max(60),
    );
    SessionManagerLayer::new(CachingSessionStore::new(
        crate::auth::login_cache::LoginCache::default(),
        PostgresStore::new(state.pool.clone()),
    ))
    .with_name(login_cookie_name(secure))
    .with_secure(secure)
    .with_http_only(true)
    .with_same_site(SameSite::Lax)
    .with_path("/")
    .with_expiry(Expiry::OnInactivity(idle))
}

/// The login cookie's name.
pub fn login_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-musyawarah-login"
    } else {
        "musyawarah-login"
    }
}

/// The refusal of a cross-site request: the same page as the scheme check's, and (being inside
/// [`headers::apply`]) the same security headers as every page.
fn cross_site_page(_: tower_http::csrf::ProtectionError) -> Response {
    crate::auth::csrf::refusal_page()
}

/// The span of one request: its id and the route it matched (never the query string, which
/// may carry search terms).
fn request_span(request: &Request) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or("unmatched");
    let request_id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    tracing::info_span!("request", method = %request.method(), route, request_id)
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The database answers; 503 otherwise.
async fn readyz(State(pool): State<PgPool>) -> Response {
    match sqlx::query_scalar::<_, i32>("SELECT 1")
        .fetch_one(&pool)
        .await
    {
        Ok(_) => "ready".into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "not ready: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

async fn not_found() -> AppError {
    AppError::NotFound
}

async fn method_not_allowed() -> Response {
    ErrorPage::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "Not allowed here",
        "This address does not accept that kind of request.".to_owned(),
    )
    .into_response()
}

fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::Internal(anyhow::anyhow!("a handler panicked")).into_response()
}
