//! The address policy: which schemes and IP addresses the fetcher may reach.
//!
//! A feed URL comes from the outside (an OPML file, a `<link>` in a page, a redirect), so the
//! fetcher must not become a way into the network it runs in (server-side request forgery).
//! Every hop is checked twice: its host, when it is an IP literal, before anything is sent; and
//! every address a host name resolves to, inside ureq's resolver ([`GuardedResolver`]), so that a
//! public name that resolves to `127.0.0.1` is refused too and the check cannot be raced by a
//! second DNS answer.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// What an IP address is, as far as reaching it from a fetcher is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AddressClass {
    /// Globally routable unicast: the only class reachable by default.
    Public,
    /// `0.0.0.0`, `::`.
    Unspecified,
    /// `127.0.0.0/8`, `::1`.
    Loopback,
    /// RFC 1918 (`10/8`, `172.16/12`, `192.168/16`), unique-local `fc00::/7`, the deprecated
    /// site-local `fec0::/10` and local-use NAT64 `64:ff9b:1::/48`.
    Private,
    /// Carrier-grade NAT, `100.64.0.0/10` (RFC 6598).
    Shared,
    /// `169.254.0.0/16` (where cloud metadata services live), `fe80::/10`.
    LinkLocal,
    /// `224.0.0.0/4`, `ff00::/8`.
    Multicast,
    /// `255.255.255.255`.
    Broadcast,
    /// `192.0.2/24`, `198.51.100/24`, `203.0.113/24`, `2001:db8::/32`, `3fff::/20`.
    Documentation,
    /// Everything else that is not global unicast: `0/8`, `192.0.0/24`, benchmarking
    /// `198.18/15`, `240/4`, IPv6 outside `2000::/3`, Teredo, ORCHID, discard-only.
    Reserved,
}

/// Sort an address into its [`AddressClass`]. IPv6 forms that embed an IPv4 address
/// (IPv4-mapped `::ffff:0:0/96`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) take the class of the
/// embedded address, so `::ffff:127.0.0.1` is loopback.
pub(crate) fn classify(ip: IpAddr) -> AddressClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn in_v4(ip: Ipv4Addr, net: [u8; 4], prefix: u32) -> bool {
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    u32::from(ip) & mask == u32::from(Ipv4Addr::from(net)) & mask
}

fn in_v6(ip: Ipv6Addr, net: [u16; 8], prefix: u32) -> bool {
    let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
    let [a, b, c, d, e, f, g, h] = net;
    u128::from(ip) & mask == u128::from(Ipv6Addr::new(a, b, c, d, e, f, g, h)) & mask
}

fn classify_v4(ip: Ipv4Addr) -> AddressClass {
    use AddressClass::*;
    // Order matters only where ranges nest: the broadcast address lies inside 240/4.
    const TABLE: &[([u8; 4], u32, AddressClass)] = &[
        ([0, 0, 0, 0], 32, Unspecified),
        ([255, 255, 255, 255], 32, Broadcast),
        ([0, 0, 0, 0], 8, Reserved),
        ([10, 0, 0, 0], 8, Private),
        ([100, 64, 0, 0], 10, Shared),
        ([127, 0, 0, 0], 8, Loopback),
        ([169, 254, 0, 0], 16, LinkLocal),
        ([172, 16, 0, 0], 12, Private),
        ([192, 0, 0, 0], 24, Reserved),
        ([192, 0, 2, 0], 24, Documentation),
        ([192, 88, 99, 0], 24, Reserved),
        ([192, 168, 0, 0], 16, Private),
        ([198, 18, 0, 0], 15, Reserved),
        ([198, 51, 100, 0], 24, Documentation),
        ([203, 0, 113, 0], 24, Documentation),
        ([224, 0, 0, 0], 4, Multicast),
        ([240, 0, 0, 0], 4, Reserved),
    ];
    TABLE
        .iter()
        .find(|(net, prefix, _)| in_v4(ip, *net, *prefix))
        .map_or(Public, |(_, _, class)| *class)
}

fn classify_v6(ip: Ipv6Addr) -> AddressClass {
    use AddressClass::*;
    if ip.is_unspecified() {
        return Unspecified;
    }
    if ip.is_loopback() {
        return Loopback;
    }
    if let Some(v4) = ip.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    let bits = u128::from(ip);
    // NAT64 well-known prefix: the last 32 bits are the IPv4 destination.
    if in_v6(ip, [0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96) {
        return classify_v4(Ipv4Addr::from(bits as u32));
    }
    // 6to4: bits 16..48 are the IPv4 address of the relay-side host.
    if in_v6(ip, [0x2002, 0, 0, 0, 0, 0, 0, 0], 16) {
        return classify_v4(Ipv4Addr::from((bits >> 80) as u32));
    }
    const TABLE: &[([u16; 8], u32, AddressClass)] = &[
        ([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48, Private),
        ([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, Private),
        ([0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, Private),
        ([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, LinkLocal),
        ([0xff00, 0, 0, 0, 0, 0, 0, 0], 8, Multicast),
        ([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, Documentation),
        ([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20, Documentation),
        // Teredo tunnels carry an (obfuscated) IPv4 address: refuse rather than decode.
        ([0x2001, 0, 0, 0, 0, 0, 0, 0], 32, Reserved),
        ([0x2001, 0x2, 0, 0, 0, 0, 0, 0], 48, Reserved),
        ([0x2001, 0x10, 0, 0, 0, 0, 0, 0], 28, Reserved),
        ([0x2001, 0x20, 0, 0, 0, 0, 0, 0], 28, Reserved),
        ([0x100, 0, 0, 0, 0, 0, 0, 0], 64, Reserved),
    ];
    if let Some((_, _, class)) = TABLE
        .iter()
        .find(|(net, prefix, _)| in_v6(ip, *net, *prefix))
    {
        return *class;
    }
    // Only 2000::/3 is allocated for global unicast.
    if in_v6(ip, [0x2000, 0, 0, 0, 0, 0, 0, 0], 3) {
        Public
    } else {
        Reserved
    }
}

/// A network on the allow-list: an address and a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl Network {
    /// The network `addr/prefix`; a prefix longer than the address is clamped to it.
    pub(crate) fn new(addr: IpAddr, prefix: u8) -> Network {
        let addr = addr.to_canonical();
        let max = if addr.is_ipv4() { 32 } else { 128 };
        Network {
            addr,
            prefix: prefix.min(max),
        }
    }

    fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => in_v4(ip, net.octets(), u32::from(self.prefix)),
            (IpAddr::V6(net), IpAddr::V6(ip)) => in_v6(ip, net.segments(), u32::from(self.prefix)),
            _ => false,
        }
    }
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// Which addresses a fetcher may connect to. By default only [`AddressClass::Public`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct AddressPolicy {
    pub(crate) allow_loopback: bool,
    pub(crate) allow_private: bool,
    pub(crate) networks: Vec<Network>,
}

impl AddressPolicy {
    /// Whether `ip` may be connected to.
    pub(crate) fn allows(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        match classify(ip) {
            AddressClass::Public => true,
            AddressClass::Loopback if self.allow_loopback => true,
            AddressClass::Private | AddressClass::Shared if self.allow_private => true,
            _ => self.networks.iter().any(|net| net.contains(ip)),
        }
    }
}

// Only a build that fetches over HTTP has a resolver to guard.
#[cfg(feature = "http")]
mod resolver;
#[cfg(feature = "http")]
pub(crate) use self::resolver::{GuardedResolver, Refused};

#[cfg(test)]
mod tests {
    use super::*;
    use AddressClass::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn classifies_ipv4() {
        let table = [
            ("0.0.0.0", Unspecified),
            ("0.1.2.3", Reserved),
            ("10.0.0.1", Private),
            ("10.255.255.255", Private),
            ("100.63.255.255", Public),
            ("100.64.0.1", Shared),
            ("100.127.255.255", Shared),
            ("100.128.0.0", Public),
            ("127.0.0.1", Loopback),
            ("127.255.0.9", Loopback),
            ("169.254.169.254", LinkLocal),
            ("172.15.255.255", Public),
            ("172.16.0.1", Private),
            ("172.31.255.255", Private),
            ("172.32.0.0", Public),
            ("192.0.0.8", Reserved),
            ("192.0.2.1", Documentation),
            ("192.88.99.1", Reserved),
            ("192.168.1.1", Private),
            ("192.169.0.1", Public),
            ("198.18.0.1", Reserved),
            ("198.19.255.255", Reserved),
            ("198.51.100.7", Documentation),
            ("203.0.113.9", Documentation),
            ("224.0.0.1", Multicast),
            ("239.255.255.255", Multicast),
            ("240.0.0.1", Reserved),
            ("255.255.255.255", Broadcast),
            ("1.1.1.1", Public),
            ("8.8.8.8", Public),
            ("93.184.216.34", Public),
        ];
        for (addr, class) in table {
            assert_eq!(classify(ip(addr)), class, "{addr}");
        }
    }

    #[test]
    fn classifies_ipv6() {
        let table = [
            ("::", Unspecified),
            ("::1", Loopback),
            ("::2", Reserved),
            ("::ffff:127.0.0.1", Loopback),
            ("::ffff:10.1.2.3", Private),
            ("::ffff:169.254.169.254", LinkLocal),
            ("::ffff:8.8.8.8", Public),
            ("::127.0.0.1", Reserved),
            ("64:ff9b::7f00:1", Loopback),
            ("64:ff9b::808:808", Public),
            ("64:ff9b:1::1", Private),
            ("100::1", Reserved),
            ("2001::1", Reserved),
            ("2001:db8::1", Documentation),
            ("2002:7f00:1::1", Loopback),
            ("2002:0808:0808::1", Public),
            ("2606:4700:4700::1111", Public),
            ("2a00:1450:4001:80b::200e", Public),
            ("3fff::1", Documentation),
            ("fc00::1", Private),
            ("fd12:3456::1", Private),
            ("fe80::1", LinkLocal),
            ("febf::1", LinkLocal),
            ("fec0::1", Private),
            ("ff02::1", Multicast),
            ("4000::1", Reserved),
        ];
        for (addr, class) in table {
            assert_eq!(classify(ip(addr)), class, "{addr}");
        }
    }

    #[test]
    fn default_policy_allows_only_public() {
        let policy = AddressPolicy::default();
        assert!(policy.allows(ip("8.8.8.8")));
        assert!(policy.allows(ip("2606:4700:4700::1111")));
        for refused in [
            "127.0.0.1",
            "::1",
            "10.0.0.1",
            "::ffff:127.0.0.1",
            "169.254.169.254",
        ] {
            assert!(!policy.allows(ip(refused)), "{refused}");
        }
    }

    #[test]
    fn loopback_and_private_switches_are_separate() {
        let loopback = AddressPolicy {
            allow_loopback: true,
            ..AddressPolicy::default()
        };
        assert!(loopback.allows(ip("127.0.0.1")));
        assert!(loopback.allows(ip("::ffff:127.0.0.1")));
        assert!(!loopback.allows(ip("10.0.0.1")));
        let private = AddressPolicy {
            allow_private: true,
            ..AddressPolicy::default()
        };
        assert!(private.allows(ip("10.0.0.1")));
        assert!(private.allows(ip("fd00::1")));
        assert!(private.allows(ip("100.64.0.1")));
        assert!(!private.allows(ip("127.0.0.1")));
        // The metadata service stays out of reach.
        assert!(!private.allows(ip("169.254.169.254")));
    }

    #[test]
    fn allow_list_matches_networks() {
        let policy = AddressPolicy {
            networks: vec![
                Network::new(ip("10.1.0.0"), 16),
                Network::new(ip("127.0.0.1"), 32),
                Network::new(ip("fd00::"), 8),
            ],
            ..AddressPolicy::default()
        };
        assert!(policy.allows(ip("10.1.200.3")));
        assert!(!policy.allows(ip("10.2.0.1")));
        assert!(policy.allows(ip("127.0.0.1")));
        assert!(policy.allows(ip("::ffff:127.0.0.1")));
        assert!(!policy.allows(ip("127.0.0.2")));
        assert!(policy.allows(ip("fd12::1")));
        assert!(!policy.allows(ip("fc12::1")));
    }

    #[test]
    fn network_prefix_is_clamped() {
        assert_eq!(Network::new(ip("10.0.0.1"), 99).to_string(), "10.0.0.1/32");
        assert_eq!(Network::new(ip("10.0.0.1"), 0).to_string(), "10.0.0.1/0");
        assert!(Network::new(ip("10.0.0.1"), 0).contains(ip("8.8.8.8")));
    }
}
