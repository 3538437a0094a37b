//! Musyawarah: tracks multi-stakeholder consultations on how the ASEAN Member States implement
//! the 2017 ASEAN Consensus on migrant workers' rights, and shows the progress across the region.

// `fl!` (a message of the interface's catalogues, checked when the crate is built), in every
// module and template.
#[macro_use]
extern crate i18n_embed_fl;

/// The interface's languages: the catalogues, and the language of the request (`t!`, in every
/// module after this one).
#[macro_use]
pub mod i18n;

/// The access policy: who may see and do what (deny by default), read by every page.
pub mod access;
/// Administrators' pages: users, invitations, the audit log.
pub mod admin;
/// The read-only JSON API and its OpenAPI document.
pub mod api;
/// The composition root: the whole state, the core and every feature's cache.
pub mod app;
/// Self-assessments: rounds, ratings per provision by each side, and their comparison.
pub mod assessments;
/// The audit log: who changed what, written in the caller's transaction.
pub mod audit;
/// Logins, passwords, the second factor, sign-in throttling, invitations, route guards.
pub mod auth;
/// The benchmark's reference page (R), which every speed figure is measured against.
pub mod benchmark;
/// The clock (fixed in tests).
pub mod clock;
/// Typed configuration, read once from the environment.
pub mod config;
/// Consultations: the workshops, their pages and participation.
pub mod consultations;
/// A Member State's page: where it stands, drawn from the slices below it.
pub mod country;
/// The regional dashboard and its kept figures.
pub mod dashboard;
/// The pool, the migrations, the private local PostgreSQL, versioned caches, slugs.
pub mod db;
/// Shared values below every slice: the one shape of enums, visibility, text and CSV helpers.
pub mod domain;
/// AppError and its single mapping to statuses; what an error answer says.
pub mod error;
/// The whole-consultation export: a .zip of CSV files, a JSON document and a README.
pub mod exports;
/// Findings and recommendations: the tracker, follow-up, CSV.
pub mod findings;
/// Frameworks (the Consensus) and their provisions, with every finding and rating on each.
pub mod frameworks;
/// The help page: what each role can do, and what the forms' words mean.
pub mod help;
/// The home page: the series and the Member States.
pub mod home;
/// The eleven Member States: membership dates and the frameworks that bind them.
pub mod member_states;
/// `/metrics` for the people who run the app: requests by route, latency, the pool.
pub mod metrics;
/// Session notes: writing, review, publication, attribution, history.
pub mod notes;
/// Organisations: the directory, each one's history, other names, merging duplicates.
pub mod organisations;
/// Participant lists imported from CSV, checked row by row.
pub mod participant_lists;
/// People and the positions they hold over time (personal data: staff only).
pub mod people;
/// Printable reports made on the server: a consultation's report, a Member State's brief (PDF).
pub mod reports;
/// The one route table, grouped by who may call each route, and the router's layers.
pub mod routes;
/// Search over every kind of record a reader may see.
pub mod search;
/// The demo data and the synthetic data for measuring speed.
pub mod seed;
/// Series of consultations and each one's page.
pub mod series;
/// The agenda: sessions of a consultation, their speakers and themes.
pub mod sessions;
/// The core state: the pool, the configuration and the clock.
pub mod state;
/// The themes sessions and findings are tagged with.
pub mod themes;
/// What every page shares: page context, forms, extraction, error pages, headers.
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

/// The one shape of every enum (`domain::Enumerated`), checked here at the root because this
/// test names every slice's enums.
#[cfg(test)]
mod enum_shape_tests {
    use crate::domain::Enumerated;

    /// Every value parses back to its variant, no two variants share a value or a label, and
    /// the options list every variant once, marking only the selected one.
    fn holds<T: Enumerated + std::fmt::Debug>() {
        let name = std::any::type_name::<T>();
        for v in T::ALL {
            assert_eq!(T::parse(v.value()), Some(*v), "{name}: {v:?}");
            assert_eq!(
                T::parse(&format!(" {} ", v.value())),
                Some(*v),
                "{name}: {v:?}"
            );
            assert!(!v.label().is_empty(), "{name}: {v:?} has no label");
        }
        let mut values: Vec<&str> = T::ALL.iter().map(|v| v.value()).collect();
        let mut labels: Vec<&str> = T::ALL.iter().map(|v| v.label()).collect();
        values.sort_unstable();
        values.dedup();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(
            values.len(),
            T::ALL.len(),
            "{name}: two variants share a value"
        );
        assert_eq!(
            labels.len(),
            T::ALL.len(),
            "{name}: two variants share a label"
        );
        assert_eq!(T::parse("no such value"), None, "{name}");
        assert_eq!(T::parse(""), None, "{name}");
        let selected = T::ALL[T::ALL.len() - 1];
        let options = T::options(Some(selected));
        assert_eq!(options.len(), T::ALL.len(), "{name}");
        for ((value, label, chosen), v) in options.into_iter().zip(T::ALL) {
            assert_eq!(
                (value, label, chosen),
                (v.value(), v.label(), *v == selected)
            );
        }
    }

    #[test]
    fn every_enum_round_trips_through_its_values() {
        holds::<crate::domain::Visibility>();
        holds::<crate::auth::Role>();
        holds::<crate::organisations::OrganisationKind>();
        holds::<crate::consultations::ConsultationStatus>();
        holds::<crate::consultations::ParticipationRole>();
        holds::<crate::sessions::SessionKind>();
        holds::<crate::notes::Section>();
        holds::<crate::notes::Attribution>();
        holds::<crate::notes::NoteStatus>();
        holds::<crate::findings::FindingKind>();
        holds::<crate::findings::RecommendationStatus>();
        holds::<crate::findings::queries::Sort>();
        holds::<crate::assessments::AssessorKind>();
        holds::<crate::assessments::AssessmentStatus>();
        holds::<crate::assessments::RoundStatus>();
        holds::<crate::assessments::Answer>();
        holds::<crate::frameworks::DutyBearer>();
        holds::<crate::people::Sex>();
    }
}
