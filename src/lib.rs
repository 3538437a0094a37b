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
pub mod domain;
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
        holds::<crate::stakeholders::OrganisationKind>();
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
        holds::<crate::commitments::DutyBearer>();
        holds::<crate::people::Sex>();
    }
}
