//! The client's address, as throttling and the audit log see it: the connection's peer, or,
//! when the peer is a configured trusted proxy (`TRUSTED_PROXIES`), the right-most address of
//! `X-Forwarded-For` that is not itself a trusted proxy. A header sent by anyone else is
//! ignored, so a client cannot choose its own address.

use std::net::IpAddr;

pub use crate::config::{Network, parse_networks};

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;

/// The client's address, for a request from `peer` with `headers`.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[Network]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    // Every X-Forwarded-For header, as one list, from the right: each trusted proxy appended
    // the address it was reached from.
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            // Not an address: the last trusted hop is as far as we can believe.
            break;
        };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    client
}

/// `192.0.2.1`, `2001:db8::1`, `[2001:db8::1]:443` or `192.0.2.1:443`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
        .map(|ip| ip.to_canonical())
}

/// The client's address of a request, set by [`resolve`].
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

/// Middleware: finds the client's address once (see [`client_address`]) and keeps it in the
/// request's extensions for the extractor `web::extract::ClientAddress`.
pub async fn resolve(
    axum::extract::State(trusted): axum::extract::State<std::sync::Arc<Vec<Network>>>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request
        .extensions()
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .copied()
    {
        let ip = client_address(peer.ip(), request.headers(), &trusted);
        request.extensions_mut().insert(ClientIp(ip));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in values {
            map.append("x-forwarded-for", v.parse().expect("a header value"));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn forwarded_for_is_read_only_from_a_trusted_proxy_right_most_untrusted_hop_first() {
        let trusted = parse_networks("10.0.0.0/8, ::1").expect("valid networks");
        // No trusted proxy in front: the header is the client's own claim.
        assert_eq!(
            client_address(ip("192.0.2.9"), &headers(&["198.51.100.1"]), &trusted),
            ip("192.0.2.9")
        );
        assert_eq!(
            client_address(ip("192.0.2.9"), &headers(&["198.51.100.1"]), &[]),
            ip("192.0.2.9")
        );
        // Through the proxy: the hop it saw, not what the client wrote before it.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                &headers(&["1.2.3.4, 198.51.100.7"]),
                &trusted
            ),
            ip("198.51.100.7")
        );
        // Two trusted proxies, two headers.
        assert_eq!(
            client_address(
                ip("::1"),
                &headers(&["6.6.6.6, 198.51.100.7", "10.1.1.1"]),
                &trusted
            ),
            ip("198.51.100.7")
        );
        // Garbage stops the walk at the last trusted hop.
        assert_eq!(
            client_address(ip("10.0.0.2"), &headers(&["nonsense"]), &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(
                ip("::ffff:10.0.0.2"),
                &headers(&["[2001:db8::5]:443"]),
                &trusted
            ),
            ip("2001:db8::5")
        );
        assert!(parse_networks("10.0.0.0/33").is_none());
        assert!(parse_networks("proxy.example").is_none());
        assert_eq!(parse_networks("").map(|n| n.len()), Some(0));
    }
}
