//! Which addresses a feed fetch may be led to: a redirect from a public address must not lead to
//! a loopback, private, link-local or otherwise local one (a feed list someone else wrote must not
//! make cmdeck request the user's router or another program on this machine). Pure functions over
//! addresses, so the policy is tested without connecting anywhere.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The most redirects a fetch follows.
pub const MAX_REDIRECTS: usize = 5;

/// Whether `address` is on the public internet: not loopback, private (10/8, 172.16/12,
/// 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), shared (100.64/10), unspecified,
/// "this network" (0/8), multicast, broadcast or reserved for documentation; an IPv4 address
/// written as IPv6 (`::ffff:a.b.c.d`) is judged as the IPv4 one.
pub fn is_public(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(address: Ipv4Addr) -> bool {
    let [a, b, ..] = address.octets();
    !(address.is_loopback()
        || address.is_private()
        || address.is_link_local()
        || address.is_unspecified()
        || address.is_broadcast()
        || address.is_multicast()
        || address.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && address.octets()[2] == 0)
        || a >= 240)
}

fn is_public_v6(address: Ipv6Addr) -> bool {
    let first = address.segments()[0];
    !(address.is_loopback()
        || address.is_unspecified()
        || address.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first == 0x2001 && address.segments()[1] == 0x0db8)
        || address.to_ipv4().is_some_and(|v4| !is_public_v4(v4)))
}

/// Whether a redirect may be followed: from a feed whose own address was public (`from_public`)
/// to a host that resolved to `to`. A feed the user pointed at a local address may redirect
/// anywhere; a public one may only lead to public addresses. The refusal is one clause, in `lang`.
pub fn may_follow(
    from_public: bool,
    host: &str,
    to: &[IpAddr],
    lang: crate::i18n::Lang,
) -> Result<(), String> {
    if !from_public {
        return Ok(());
    }
    match to.iter().find(|address| !is_public(**address)) {
        None => Ok(()),
        Some(local) => Err(lang.text_with(
            "fetch-redirect-local",
            &[
                ("host", crate::i18n::Arg::Text(host)),
                ("address", crate::i18n::Arg::Text(&local.to_string())),
            ],
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn loopback_private_link_local_and_shared_addresses_are_not_public() {
        for local in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "fc00::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(ip(local)), "{local} was taken as public");
        }
    }

    #[test]
    fn internet_addresses_are_public() {
        for public in [
            "93.184.216.34",
            "172.32.0.1",
            "100.128.0.1",
            "8.8.8.8",
            "2a00:1450:4003:80f::200e",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(ip(public)), "{public} was taken as local");
        }
    }

    #[test]
    fn a_public_feed_may_not_redirect_to_a_local_address_but_a_local_one_may() {
        assert!(
            may_follow(
                true,
                "news.example",
                &[ip("93.184.216.34")],
                crate::i18n::Lang::En
            )
            .is_ok()
        );
        let refused = may_follow(
            true,
            "metadata",
            &[ip("93.184.216.34"), ip("169.254.169.254")],
            crate::i18n::Lang::En,
        )
        .unwrap_err();
        assert!(refused.contains("169.254.169.254"), "{refused}");
        assert!(may_follow(true, "localhost", &[ip("::1")], crate::i18n::Lang::En).is_err());
        assert!(
            may_follow(
                false,
                "localhost",
                &[ip("127.0.0.1")],
                crate::i18n::Lang::En
            )
            .is_ok()
        );
    }
}
