//! What the people who run the app watch: `/metrics` in Prometheus' text format. Requests are
//! counted and timed by the route they matched (never the raw path, so scanners cannot grow
//! the series: a path no route matched is "unmatched"), with the class of their status; the
//! pool's connections are read when the page is asked for; sign-in failures and participant
//! list imports are counted where they happen. The page is for loopback (a Prometheus on the
//! same host) or for a caller with the configured bearer token; anyone else gets a 404.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// A request's labels: its method, the route it matched and the class of its status.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: &'static str,
}

/// A route, for its latency.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

/// A cache, for its hits and misses.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CacheLabels {
    cache: &'static str,
}

/// The app's metrics, shared by every request.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    sign_in_failures: Counter,
    imports: Counter,
    pool_in_use: Gauge,
    pool_idle: Gauge,
    pool_max: Gauge,
    in_flight: Gauge,
    cache_hits: Family<CacheLabels, Counter>,
    cache_misses: Family<CacheLabels, Counter>,
    /// One catch-up of the caches' counters at a time, or two would both add the same.
    catching_up: std::sync::Mutex<()>,
}

/// Latency buckets from 5 ms to about 20 s.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.005, 2.0, 13))
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("musyawarah");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let sign_in_failures = Counter::default();
        let imports = Counter::default();
        let (pool_in_use, pool_idle, pool_max, in_flight) = (
            Gauge::default(),
            Gauge::default(),
            Gauge::default(),
            Gauge::default(),
        );
        let (cache_hits, cache_misses) = (
            Family::<CacheLabels, Counter>::default(),
            Family::<CacheLabels, Counter>::default(),
        );
        registry.register(
            "cache_hits",
            "Answers served from a cache kept in memory, by cache",
            cache_hits.clone(),
        );
        registry.register(
            "cache_misses",
            "Answers a cache did not have (or had from before a change), by cache",
            cache_misses.clone(),
        );
        // Counters are named without `_total`: the library adds it.
        registry.register(
            "http_requests",
            "Requests answered, by method, matched route and status class",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer a request, by matched route",
            latency.clone(),
        );
        registry.register(
            "http_requests_in_flight",
            "Requests being answered now",
            in_flight.clone(),
        );
        registry.register(
            "sign_in_failures",
            "Sign-in attempts refused (wrong password or code, unknown account)",
            sign_in_failures.clone(),
        );
        registry.register(
            "participant_list_imports",
            "Participant lists recorded",
            imports.clone(),
        );
        registry.register(
            "db_pool_connections_in_use",
            "Database connections lent to requests",
            pool_in_use.clone(),
        );
        registry.register(
            "db_pool_connections_idle",
            "Database connections open and waiting for a request",
            pool_idle.clone(),
        );
        registry.register(
            "db_pool_connections_max",
            "The most database connections the pool opens",
            pool_max.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            sign_in_failures,
            imports,
            pool_in_use,
            pool_idle,
            pool_max,
            in_flight,
            cache_hits,
            cache_misses,
            catching_up: std::sync::Mutex::default(),
        }
    }
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Metrics {
    /// A sign-in attempt was refused.
    pub fn sign_in_failed(&self) {
        self.sign_in_failures.inc();
    }

    /// A participant list was recorded.
    pub fn list_imported(&self) {
        self.imports.inc();
    }

    /// The metrics in Prometheus' text format, with the pool as it is now and the caches'
    /// `(name, hits, misses)` so far.
    pub fn render(
        &self,
        pool: &sqlx::PgPool,
        max_connections: u32,
        caches: &[(&'static str, (u64, u64))],
    ) -> String {
        let turn = self
            .catching_up
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for (cache, (hits, misses)) in caches {
            let labels = CacheLabels { cache };
            // The caches count for themselves; the counters catch up with them.
            for (counter, now) in [
                (self.cache_hits.get_or_create(&labels), *hits),
                (self.cache_misses.get_or_create(&labels), *misses),
            ] {
                counter.inc_by(now.saturating_sub(counter.get()));
            }
        }
        drop(turn);
        let size = i64::from(pool.size());
        let idle = i64::try_from(pool.num_idle()).unwrap_or(i64::MAX);
        self.pool_in_use.set(size.saturating_sub(idle));
        self.pool_idle.set(idle);
        self.pool_max.set(i64::from(max_connections));
        let mut text = String::new();
        match prometheus_client::encoding::text::encode(&mut text, &self.registry) {
            Ok(()) => text,
            Err(err) => {
                tracing::error!(error = %err, "the metrics could not be written");
                String::new()
            }
        }
    }
}

/// The method's name as a label: the usual ones by name, any other as "other".
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// "2xx", "4xx", "5xx"...
fn status_class(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// Counts a request out of those in flight when dropped.
struct InFlight<'a>(&'a Gauge);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// Middleware: counts and times each request by the route it matched.
pub async fn record(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    // Counted down when the answer is made or the request given up (the guard is dropped).
    metrics.in_flight.inc();
    let _in_flight = InFlight(&metrics.in_flight);
    let method = method_label(request.method());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    metrics
        .latency
        .get_or_create(&RouteLabels {
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: status_class(response.status()),
        })
        .inc();
    response
}

/// Whether the request may read the metrics: from loopback and not through a proxy, or with
/// the configured bearer token. `Err` when it brought a token that is not the one.
#[expect(
    clippy::result_unit_err,
    reason = "the one refusal needs no detail: the page answers 401"
)]
pub fn may_read(
    peer: Option<std::net::SocketAddr>,
    headers: &HeaderMap,
    token: Option<&str>,
) -> Result<bool, ()> {
    if let Some(sent) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return match token {
            Some(token) if constant_time_eq(sent.trim().as_bytes(), token.as_bytes()) => Ok(true),
            _ => Err(()),
        };
    }
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|name| headers.contains_key(*name));
    Ok(!proxied && peer.is_some_and(|p| p.ip().to_canonical().is_loopback()))
}

/// Compares two secrets in a time that does not depend on where they differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().expect("a header value"));
        }
        map
    }

    #[test]
    fn only_loopback_or_the_token_reads_the_metrics() {
        let local = Some("127.0.0.1:5000".parse().expect("an address"));
        let remote = Some("192.0.2.7:5000".parse().expect("an address"));
        assert_eq!(may_read(local, &headers(&[]), None), Ok(true));
        assert_eq!(may_read(remote, &headers(&[]), None), Ok(false));
        assert_eq!(may_read(None, &headers(&[]), None), Ok(false));
        // Through a proxy on the same host: not local.
        assert_eq!(
            may_read(local, &headers(&[("x-forwarded-for", "192.0.2.7")]), None),
            Ok(false)
        );
        let bearer = headers(&[("authorization", "Bearer s3cret")]);
        assert_eq!(may_read(remote, &bearer, Some("s3cret")), Ok(true));
        assert_eq!(may_read(remote, &bearer, Some("other")), Err(()));
        assert_eq!(may_read(remote, &bearer, None), Err(()));
    }

    #[test]
    fn requests_are_counted_by_route_and_status_class() {
        let metrics = Metrics::default();
        metrics
            .requests
            .get_or_create(&RequestLabels {
                method: "GET",
                route: "/consultations/{slug}".to_owned(),
                status: status_class(StatusCode::OK),
            })
            .inc();
        metrics.sign_in_failed();
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &metrics.registry).expect("encodes");
        assert!(
            text.contains(
                r#"musyawarah_http_requests_total{method="GET",route="/consultations/{slug}",status="2xx"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains("musyawarah_sign_in_failures_total 1"),
            "{text}"
        );
    }
}
