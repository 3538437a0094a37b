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
use crate::reports;
use crate::state::AppState;
use crate::web::headers;
use crate::{
    AppError, admin, api, assessments, consultations, country, dashboard, findings, frameworks,
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

/// The route table's lines, `Access METHOD "path" => handler;` (with `, body_limit = bytes`
/// where a route takes more than the default body), added in order.
macro_rules! routes {
    ($( $access:ident $method:ident $path:literal => $handler:path $(, body_limit = $limit:expr)?; )*) => {{
        let mut table = Table::default();
        $(
            let handler = routes!(@$method $handler);
            $( let handler = handler.layer(DefaultBodyLimit::max($limit)); )?
            table = table.add(Access::$access, stringify!($method), $path, handler);
        )*
        table
    }};
    (@GET $handler:path) => { get($handler) };
    (@POST $handler:path) => { post($handler) };
}

/// Every URL of the app, a line each: who may call it, the method, the path, the handler.
fn build() -> Table {
    routes! {
        // What anyone may read.
        Public   GET  "/" => crate::home::show_home;
        Public   GET  "/help" => crate::help::show_help;
        Public   GET  "/language/{code}" => crate::web::i18n::switch;
        Public   GET  "/series/{slug}" => series::handlers::show_series;
        Public   GET  "/states/{code}" => country::handlers::show_member_state;
        Public   GET  "/consultations/{slug}" => consultations::handlers::show_consultation;
        Public   GET  "/organisations" => organisations::handlers::list_organisations;
        Public   GET  "/organisations/{slug}" => organisations::handlers::show_organisation;
        Public   GET  "/frameworks" => frameworks::handlers::list_frameworks;
        Public   GET  "/frameworks/{slug}" => frameworks::handlers::show_framework;
        Public   GET  "/frameworks/{slug}/commitments/{code}" => frameworks::handlers::show_commitment;
        Public   GET  "/dashboard" => dashboard::handlers::show_dashboard;
        Public   GET  "/dashboard.csv" => dashboard::handlers::export_dashboard;
        Public   GET  "/dashboard/participation" => dashboard::details::show_participation;
        Public   GET  "/dashboard/findings" => dashboard::details::show_findings;
        Public   GET  "/dashboard/assessments" => dashboard::details::show_assessments;
        Public   GET  "/dashboard/timeline" => dashboard::details::show_timeline;
        Public   GET  "/dashboard/themes" => dashboard::details::show_themes;
        Public   GET  "/dashboard/chapters" => dashboard::details::show_chapters;
        Public   GET  "/consultations" => consultations::handlers::list_consultations;
        Public   GET  "/reference" => crate::benchmark::show_reference;
        Public   GET  "/healthz" => healthz;
        Public   GET  "/metrics" => metrics_page;
        Public   GET  "/readyz" => readyz;
        // Signing in, and accepting an invitation.
        Public   GET  "/sign-in" => auth::sign_in_form;
        Public   POST "/sign-in" => auth::sign_in;
        Public   GET  "/sign-in/two-factor" => auth::two_factor_form;
        Public   POST "/sign-in/two-factor" => auth::two_factor;
        Public   GET  "/sign-in/enrol" => auth::enrol_form;
        Public   POST "/sign-in/enrol" => auth::enrol;
        Public   POST "/sign-out" => auth::sign_out;
        Public   GET  "/invitations/{token}" => auth::invitation_form;
        Public   POST "/invitations/{token}" => auth::accept_invitation;
        Public   GET  "/password-reset/{token}" => auth::reset_form;
        Public   POST "/password-reset/{token}" => auth::reset_password;
        // One's own account.
        SignedIn GET  "/account" => auth::show_account;
        SignedIn GET  "/account/password" => auth::password_form;
        SignedIn POST "/account/password" => auth::change_password;
        SignedIn GET  "/account/two-factor" => auth::account_enrol_form;
        SignedIn POST "/account/two-factor" => auth::account_enrol;
        // Administration.
        Admin    GET  "/admin/users" => admin::handlers::list_users;
        Admin    POST "/admin/users" => admin::handlers::create_user;
        Admin    GET  "/admin/users/new" => admin::handlers::new_user_form;
        Admin    GET  "/admin/users/{id}" => admin::handlers::edit_user_form;
        Admin    POST "/admin/users/{id}" => admin::handlers::update_user;
        Admin    POST "/admin/users/{id}/disable" => admin::handlers::disable_user;
        Admin    POST "/admin/users/{id}/enable" => admin::handlers::enable_user;
        Admin    POST "/admin/users/{id}/invitation" => admin::handlers::reinvite_user;
        Admin    POST "/admin/users/{id}/password-reset" => admin::handlers::issue_password_reset;
        Admin    GET  "/admin/audit" => admin::handlers::show_audit_log;
        // Staff record consultations and their agendas.
        Staff    GET  "/consultations/new" => consultations::handlers::new_consultation_form;
        Staff    POST "/consultations" => consultations::handlers::create_consultation;
        Staff    GET  "/consultations/{slug}/edit" => consultations::handlers::edit_consultation_form;
        Staff    POST "/consultations/{slug}" => consultations::handlers::update_consultation;
        Staff    GET  "/consultations/{slug}/sessions/new" => sessions::handlers::new_session_form;
        Staff    POST "/consultations/{slug}/sessions" => sessions::handlers::create_session;
        Staff    GET  "/sessions/{id}/edit" => sessions::handlers::edit_session_form;
        Staff    POST "/sessions/{id}" => sessions::handlers::update_session;
        Staff    POST "/sessions/{id}/move" => sessions::handlers::move_session;
        Staff    GET  "/sessions/{id}/archive" => sessions::handlers::confirm_archive_form;
        Staff    POST "/sessions/{id}/archive" => sessions::handlers::archive_session;
        Staff    POST "/sessions/{id}/restore" => sessions::handlers::restore_session;
        // Staff record organisations, their other names, and merge duplicates.
        Staff    GET  "/organisations/new" => organisations::handlers::new_organisation_form;
        Staff    POST "/organisations" => organisations::handlers::create_organisation;
        Staff    GET  "/organisations/{slug}/edit" => organisations::handlers::edit_organisation_form;
        Staff    POST "/organisations/{slug}" => organisations::handlers::update_organisation;
        Staff    POST "/organisations/{slug}/merge" => organisations::handlers::merge_organisation;
        // People and their positions over time: personal data, staff only.
        Staff    GET  "/people" => people::handlers::list_people;
        Staff    GET  "/people/{id}" => people::handlers::show_person;
        // Participation by hand: organisations and head counts by sex.
        Staff    GET  "/consultations/{slug}/participation/new" => consultations::participation::new_participation_form;
        Staff    POST "/consultations/{slug}/participation" => consultations::participation::create_participation;
        Staff    GET  "/participation/{id}/edit" => consultations::participation::edit_participation_form;
        Staff    POST "/participation/{id}" => consultations::participation::update_participation;
        Staff    GET  "/participation/{id}/delete" => consultations::participation::confirm_delete_participation;
        Staff    POST "/participation/{id}/delete" => consultations::participation::delete_participation;
        Staff    GET  "/people/new" => people::handlers::new_person_form;
        Staff    POST "/people" => people::handlers::create_person;
        Staff    GET  "/people/{id}/edit" => people::handlers::edit_person_form;
        Staff    POST "/people/{id}" => people::handlers::update_person;
        Staff    POST "/people/{id}/roles" => people::handlers::add_role;
        Staff    GET  "/series/new" => series::handlers::new_series_form;
        Staff    POST "/series" => series::handlers::create_series;
        Staff    GET  "/series/{slug}/edit" => series::handlers::edit_series_form;
        Staff    POST "/series/{slug}" => series::handlers::update_series;
        // Session notes: partners write, staff review and publish.
        SignedIn GET  "/sessions/{id}/notes/new" => notes::handlers::new_note_form;
        SignedIn POST "/sessions/{id}/notes" => notes::handlers::create_note;
        Public   GET  "/notes/{id}" => notes::handlers::show_note;
        Public   GET  "/notes/{id}/history" => notes::history::show_history;
        SignedIn GET  "/notes/{id}/edit" => notes::handlers::edit_note_form;
        SignedIn POST "/notes/{id}" => notes::handlers::update_note;
        SignedIn GET  "/notes/{id}/submit" => notes::review::confirm_submit_form;
        SignedIn POST "/notes/{id}/submit" => notes::review::submit_note;
        SignedIn GET  "/notes/{id}/withdraw" => notes::review::confirm_withdraw_form;
        SignedIn POST "/notes/{id}/withdraw" => notes::review::withdraw_note;
        SignedIn POST "/notes/{id}/restore" => notes::review::restore_note;
        Staff    POST "/notes/{id}/return" => notes::review::return_note;
        Staff    POST "/notes/{id}/publish" => notes::review::publish_note;
        SignedIn GET  "/my/notes" => notes::history::my_notes;
        Staff    GET  "/review" => notes::review::review_queue;
        // Findings, recommendations and search.
        Public   GET  "/findings" => findings::handlers::list_findings;
        Public   GET  "/findings.csv" => findings::handlers::export_findings;
        Public   GET  "/findings/{id}" => findings::handlers::show_finding;
        Staff    GET  "/findings/new" => findings::handlers::new_finding_form;
        Staff    POST "/findings" => findings::handlers::create_finding;
        Staff    GET  "/findings/{id}/edit" => findings::handlers::edit_finding_form;
        Staff    POST "/findings/{id}" => findings::handlers::update_finding;
        Staff    POST "/findings/{id}/updates" => findings::handlers::add_update;
        Staff    GET  "/notes/{id}/translations/{language}" => notes::translations::translate_note_form;
        Staff    POST "/notes/{id}/translations/{language}" => notes::translations::save_note_translation;
        Staff    POST "/notes/{id}/translations/{language}/review" => notes::translations::review_note_translation;
        Staff    GET  "/findings/{id}/translations/{language}" => findings::translations::translate_finding_form;
        Staff    POST "/findings/{id}/translations/{language}" => findings::translations::save_finding_translation;
        Staff    POST "/findings/{id}/translations/{language}/review" => findings::translations::review_finding_translation;
        Public   GET  "/search" => crate::search::handlers::search_everything;
        Staff    GET  "/frameworks/{slug}/commitments/{code}/edit" => frameworks::handlers::edit_commitment_form;
        Staff    POST "/frameworks/{slug}/commitments/{code}" => frameworks::handlers::update_commitment;
        // Self-assessments.
        SignedIn GET  "/assessments" => assessments::handlers::list_rounds;
        Staff    POST "/assessments/rounds" => assessments::handlers::create_round;
        Public   GET  "/assessments/regional" => assessments::comparison::regional;
        SignedIn GET  "/assessments/rounds/{id}/compare" => assessments::comparison::compare_round;
        SignedIn GET  "/assessments/{id}" => assessments::answers::show_assessment;
        SignedIn POST "/assessments/{id}" => assessments::answers::save_answers;
        SignedIn GET  "/assessments/{id}/submit" => assessments::answers::confirm_submit_form;
        SignedIn POST "/assessments/{id}/submit" => assessments::answers::submit_assessment;
        Staff    POST "/assessments/{id}/corrections" => assessments::answers::correct_assessment;
        Staff    POST "/assessments/rounds/{id}" => assessments::handlers::update_round;
        // Participant list import (begin)
        Staff    GET  "/consultations/{slug}/participants/import" => participant_lists::handlers::upload_form;
        Staff    POST "/consultations/{slug}/participants/import" => participant_lists::handlers::upload, body_limit = 5 * 1024 * 1024;
        Staff    GET  "/consultations/{slug}/participants/import/uploads/{upload}" => participant_lists::handlers::kept_list;
        Staff    POST "/consultations/{slug}/participants/import/uploads/{upload}" => participant_lists::handlers::check_kept_list;
        Staff    GET  "/participant-list-template.csv" => participant_lists::handlers::template_csv;
        Staff    GET  "/consultations/{slug}/participants/import/{id}" => participant_lists::handlers::show_import;
        Staff    POST "/consultations/{slug}/participants/import/{id}" => participant_lists::handlers::commit_import;
        // Participant list import (end)
        // The read-only JSON API (begin): documented in /api/v1/openapi.json, which a test
        // holds in agreement with these lines.
        Public   GET  "/api" => api::doc::show_api;
        Public   GET  "/api/v1/openapi.json" => api::doc::openapi_json;
        Public   GET  "/api/v1/series" => api::handlers::list_series;
        Public   GET  "/api/v1/series/{slug}" => api::handlers::show_series;
        Public   GET  "/api/v1/consultations" => api::handlers::list_consultations;
        Public   GET  "/api/v1/consultations/{slug}" => api::handlers::show_consultation;
        Public   GET  "/api/v1/consultations/{slug}/notes" => api::handlers::list_notes;
        Public   GET  "/api/v1/organisations" => api::handlers::list_organisations;
        Public   GET  "/api/v1/organisations/{slug}" => api::handlers::show_organisation;
        Public   GET  "/api/v1/commitments" => api::handlers::list_commitments;
        Public   GET  "/api/v1/findings" => api::handlers::list_findings;
        Public   GET  "/api/v1/findings/{id}" => api::handlers::show_finding;
        Public   GET  "/api/v1/assessments" => api::handlers::assessment_results;
        Public   GET  "/api/v1/dashboard" => api::handlers::show_dashboard;
        // Personal API tokens, on one's account page.
        SignedIn POST "/account/api-tokens" => crate::auth::api_tokens::create_api_token;
        SignedIn POST "/account/api-tokens/{id}/revoke" => crate::auth::api_tokens::revoke_api_token;
        // The read-only JSON API (end)
        // Printable reports (begin)
        Public   GET  "/consultations/{slug}/report" => reports::handlers::show_consultation_report;
        Public   GET  "/consultations/{slug}/report.pdf" => reports::handlers::consultation_report_pdf;
        Public   GET  "/states/{code}/brief" => reports::handlers::show_country_brief;
        Public   GET  "/states/{code}/brief.pdf" => reports::handlers::country_brief_pdf;
        // Printable reports (end)
        // Downloads of every list, CSV and Excel, with the access of its page (begin)
        Public   GET  "/findings.xlsx" => findings::handlers::export_findings;
        Public   GET  "/dashboard.xlsx" => dashboard::handlers::export_dashboard;
        Public   GET  "/consultations.csv" => consultations::export::export_consultations;
        Public   GET  "/consultations.xlsx" => consultations::export::export_consultations;
        Public   GET  "/series/{slug}/consultations.csv" => series::handlers::export_series_consultations;
        Public   GET  "/series/{slug}/consultations.xlsx" => series::handlers::export_series_consultations;
        Public   GET  "/organisations.csv" => organisations::handlers::export_organisations;
        Public   GET  "/organisations.xlsx" => organisations::handlers::export_organisations;
        Public   GET  "/organisations/{slug}/history.csv" => organisations::handlers::export_history;
        Public   GET  "/organisations/{slug}/history.xlsx" => organisations::handlers::export_history;
        Public   GET  "/consultations/{slug}/agenda.csv" => consultations::export::export_agenda;
        Public   GET  "/consultations/{slug}/agenda.xlsx" => consultations::export::export_agenda;
        Public   GET  "/consultations/{slug}/participation.csv" => consultations::export::export_participation;
        Public   GET  "/consultations/{slug}/participation.xlsx" => consultations::export::export_participation;
        Public   GET  "/consultations/{slug}/notes.csv" => consultations::export::export_notes;
        Public   GET  "/consultations/{slug}/notes.xlsx" => consultations::export::export_notes;
        Public   GET  "/consultations/{slug}/export.zip" => crate::exports::consultation_zip;
        SignedIn GET  "/my/notes.csv" => notes::history::export_my_notes;
        SignedIn GET  "/my/notes.xlsx" => notes::history::export_my_notes;
        SignedIn GET  "/assessments/rounds/{id}/compare.csv" => assessments::comparison::export_comparison;
        SignedIn GET  "/assessments/rounds/{id}/compare.xlsx" => assessments::comparison::export_comparison;
        SignedIn GET  "/assessments/{id}/ratings.csv" => assessments::answers::export_ratings;
        SignedIn GET  "/assessments/{id}/ratings.xlsx" => assessments::answers::export_ratings;
        Staff    GET  "/people.csv" => people::handlers::export_people;
        Staff    GET  "/people.xlsx" => people::handlers::export_people;
        Admin    GET  "/admin/audit.csv" => admin::handlers::export_audit_log;
        Admin    GET  "/admin/audit.xlsx" => admin::handlers::export_audit_log;
        // Downloads (end)
    }
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
        .layer(axum::middleware::from_fn(crate::web::i18n::choose))
        .layer(from_fn_with_state(https, crate::web::notice::carry))
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
        // login is read): drawn as for a visitor, in the visitor's language.
        .layer(axum::middleware::from_fn(crate::web::draw_error_pages))
        .layer(axum::middleware::from_fn(crate::web::i18n::choose))
        // Outside every layer that reads or writes the database, inside the request timeout.
        .layer(axum::middleware::from_fn(crate::web::run_to_completion))
        .with_state(app)
        .merge(static_files);

    // The security headers outermost, so that every answer has them: a refused cross-site
    // request, a timeout, a panic.
    headers::apply(
        pages.layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(request_span)
                        .on_response(log_response),
                )
                .layer(from_fn_with_state(
                    state.metrics.clone(),
                    crate::metrics::record,
                ))
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

/// The line each answered request leaves in the log (inside its span: method, route, request
/// id): its status, how long it took, and the id of the user it was for (never more of them).
fn log_response<B>(
    response: &axum::http::Response<B>,
    latency: std::time::Duration,
    _: &tracing::Span,
) {
    let user_id = response
        .extensions()
        .get::<login::AnsweredFor>()
        .map(|user| user.0.to_string());
    tracing::info!(
        status = response.status().as_u16(),
        latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
        user_id,
        "answered"
    );
}

/// `GET /metrics`: the metrics for Prometheus; 404 for whoever may not read them, 401 for a
/// wrong token.
async fn metrics_page(State(app): State<crate::app::App>, request: Request) -> Response {
    let state = &app.core;
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0);
    match crate::metrics::may_read(
        peer,
        request.headers(),
        state.config.metrics_token.as_deref(),
    ) {
        Ok(true) => (
            [(
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            )],
            state.metrics.render(
                &state.pool,
                state.config.db_max_connections,
                &[
                    ("dashboard", app.dashboard.counts.get()),
                    ("dashboard_latest", app.dashboard.latest.counts.get()),
                    ("consultation_pages", app.pages.counts.get()),
                    ("searches", app.searches.counts.get()),
                    ("briefs", app.briefs.briefs.counts.get()),
                    ("brief_consultations", app.briefs.consultations.counts.get()),
                ],
            ),
        )
            .into_response(),
        Ok(false) => AppError::NotFound.into_response(),
        Err(()) => (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "The token is not the one this server was given.\n",
        )
            .into_response(),
    }
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

/// 405, drawn by the error layer (a page, or a problem on the API's paths); the router adds
/// `Allow`.
async fn method_not_allowed() -> Response {
    crate::error::ErrorInfo {
        status: StatusCode::METHOD_NOT_ALLOWED,
        title: t!("error-method-title"),
        message: t!("error-method"),
    }
    .into_response()
}

fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::Internal(anyhow::anyhow!("a handler panicked")).into_response()
}
