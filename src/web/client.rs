//! The client's address, for rate limits. Behind a reverse proxy every request comes
//! from the proxy, so the address is taken from `X-Forwarded-For` (or RFC 7239
//! `Forwarded`) — but only when the TCP peer is one of `PLENARY_TRUSTED_PROXIES`, and
//! then the right-most hop that is not itself a trusted proxy: anything to its left was
//! written by the client and may be forged. From any other peer those headers are
//! ignored.

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::web::Data;

use super::AppState;

/// The address rate limits are keyed on (`None` only without a TCP peer, in tests
/// that build requests by hand).
pub fn client_ip(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let Some(state) = req.app_data::<Data<AppState>>() else {
        return Some(peer);
    };
    let settings = &state.settings;
    if settings.trusted_proxies.is_empty() {
        return Some(peer);
    }
    let joined = |name: &str| {
        let values: Vec<&str> = req
            .headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(","))
    };
    Some(client_address(
        peer,
        |ip| settings.trusts_proxy(ip),
        joined("x-forwarded-for").as_deref(),
        joined("forwarded").as_deref(),
    ))
}

/// The rule itself, pure: `peer` is the TCP peer; `xff` and `forwarded` the header
/// values (all lines joined by commas).
pub fn client_address(
    peer: IpAddr,
    trusted: impl Fn(IpAddr) -> bool,
    xff: Option<&str>,
    forwarded: Option<&str>,
) -> IpAddr {
    if !trusted(peer) {
        return peer;
    }
    let hops: Vec<&str> = match (xff, forwarded) {
        (Some(x), _) => x.split(',').map(str::trim).collect(),
        (None, Some(f)) => f.split(',').filter_map(forwarded_for).collect(),
        (None, None) => return peer,
    };
    // Walk from the proxy towards the client; stop at the first hop we do not trust.
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            // Garbage in the chain: the last hop we could read is as far as we trust.
            return client;
        };
        client = ip;
        if !trusted(ip) {
            return ip;
        }
    }
    client
}

/// The `for=` value of one `Forwarded` element.
fn forwarded_for(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        k.trim().eq_ignore_ascii_case("for").then(|| v.trim())
    })
}

/// An address from a header hop: `203.0.113.7`, `203.0.113.7:4711`, `"[2001:db8::1]:4711"`,
/// `2001:db8::1`. Obfuscated identifiers (`_hidden`, `unknown`) are not addresses.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let h = hop.trim().trim_matches('"');
    if let Ok(ip) = h.parse() {
        return Some(ip);
    }
    if let Some(rest) = h.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, port) = h.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    fn proxies(ip: IpAddr) -> bool {
        ip.is_loopback() || matches!(ip, IpAddr::V4(v4) if v4.octets()[0] == 10)
    }

    #[test]
    fn headers_from_an_untrusted_peer_change_nothing() {
        let peer = ip("198.51.100.9");
        assert_eq!(
            client_address(peer, proxies, Some("203.0.113.7"), Some("for=203.0.113.8")),
            peer
        );
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let lo = ip("127.0.0.1");
        // The client wrote a forged first entry; our proxies appended the rest.
        assert_eq!(
            client_address(lo, proxies, Some("1.2.3.4, 203.0.113.7, 10.0.0.2"), None),
            ip("203.0.113.7")
        );
        assert_eq!(
            client_address(lo, proxies, Some("203.0.113.7"), None),
            ip("203.0.113.7")
        );
        assert_eq!(client_address(lo, proxies, None, None), lo);
        // Only proxies in the chain: the left-most of them.
        assert_eq!(
            client_address(lo, proxies, Some("10.0.0.5, 10.0.0.2"), None),
            ip("10.0.0.5")
        );
        // Garbage stops the walk at the last hop we could read.
        assert_eq!(
            client_address(lo, proxies, Some("203.0.113.7, nonsense"), None),
            lo
        );
    }

    #[test]
    fn forwarded_is_read_when_there_is_no_x_forwarded_for() {
        let lo = ip("127.0.0.1");
        assert_eq!(
            client_address(
                lo,
                proxies,
                None,
                Some(r#"for=1.2.3.4, for="[2001:db8::7]:4711";proto=https, for=10.0.0.2"#)
            ),
            ip("2001:db8::7")
        );
        assert_eq!(
            client_address(lo, proxies, None, Some("for=203.0.113.7:8080;by=10.0.0.1")),
            ip("203.0.113.7")
        );
        assert_eq!(client_address(lo, proxies, None, Some("for=_hidden")), lo);
    }
}
