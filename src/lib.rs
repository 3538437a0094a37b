//! Musyawarah: tracks multi-stakeholder consultations on how the ASEAN Member States implement
//! the 2017 ASEAN Consensus on migrant workers' rights, and shows the progress across the region.

/// The access policy: who may see and do what (deny by default), read by every page.
pub mod access;
pub mod admin;
/// The composition root: the whole state, the core and every feature's cache.
pub mod app;
pub mod assessments;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod commitments;
pub mod config;
pub mod consultations;
pub mod dashboard;
pub mod db;
pub mod error;
pub mod findings;
pub mod member_states;
pub mod notes;
pub mod participant_lists;
pub mod people;
pub mod reference;
pub mod routes;
pub mod seed;
pub mod series;
pub mod sessions;
pub mod stakeholders;
pub mod state;
pub mod web;

pub use error::AppError;
pub use state::AppState;

/// The whole application as a router: used by `main` and by the tests alike.
pub fn app(state: AppState) -> axum::Router {
    routes::router(state)
}

/// Serves `app` on `listener` (with TCP_NODELAY on every connection) until `shutdown`
/// resolves, then lets requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt as _;
    let listener = listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::warn!(error = %err, "could not set TCP_NODELAY");
        }
    });
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
