//! [`FetcherBuilder`]: the settings of a [`Fetcher`] and their defaults.

use std::net::IpAddr;
use std::time::Duration;

use super::guard::{AddressPolicy, Network};
use super::Fetcher;
use crate::Result;

/// The `User-Agent` sent unless [`FetcherBuilder::user_agent`] says otherwise.
pub(crate) const DEFAULT_USER_AGENT: &str = concat!(
    "gleaner/",
    env!("CARGO_PKG_VERSION"),
    " (+https://example.invalid/gleaner)"
);

/// The `Accept` sent unless [`FetcherBuilder::accept`] says otherwise: feeds first, then
/// pages (for autodiscovery and articles), then anything.
pub(crate) const DEFAULT_ACCEPT: &str = "application/rss+xml, application/atom+xml, \
     application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, \
     text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

/// Every setting of a fetcher, as built.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) user_agent: String,
    /// `None`: the product token of `user_agent`.
    pub(crate) robots_token: Option<String>,
    pub(crate) accept: String,
    pub(crate) connect_timeout: Duration,
    pub(crate) read_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) max_body_bytes: u64,
    pub(crate) max_redirects: u32,
    pub(crate) per_host_concurrency: usize,
    pub(crate) politeness_delay: Duration,
    pub(crate) policy: AddressPolicy,
    pub(crate) allow_file_urls: bool,
    pub(crate) poll_interval: Duration,
    pub(crate) max_backoff: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            robots_token: None,
            accept: DEFAULT_ACCEPT.to_owned(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            timeout: Duration::from_secs(60),
            max_body_bytes: 16 * 1024 * 1024,
            max_redirects: 5,
            per_host_concurrency: 2,
            politeness_delay: Duration::from_secs(1),
            policy: AddressPolicy::default(),
            allow_file_urls: false,
            poll_interval: Duration::from_secs(60 * 60),
            max_backoff: Duration::from_secs(24 * 60 * 60),
        }
    }
}

/// Keep what can go in an HTTP header value (visible ASCII, space and tab): a header can carry
/// neither line breaks nor raw non-ASCII text.
fn header_safe(value: &str) -> String {
    value
        .chars()
        .filter(|&c| c == '\t' || (' '..='~').contains(&c))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Builds a [`Fetcher`].
///
/// Every setter documents its default; [`build`](FetcherBuilder::build) may be called many
/// times, each call giving an independent fetcher (its own connection pool and host gate).
///
/// ```
/// use std::time::Duration;
/// use gleaner_ingest::FetcherBuilder;
///
/// let fetcher = FetcherBuilder::new()
///     .timeout(Duration::from_secs(20))
///     .per_host_concurrency(1)
///     .build()?;
/// assert_eq!(fetcher.max_redirects(), 5);
/// # Ok::<(), gleaner_ingest::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct FetcherBuilder {
    config: Config,
}

impl FetcherBuilder {
    /// A builder with every setting at its default.
    pub fn new() -> FetcherBuilder {
        FetcherBuilder::default()
    }

    /// Build the fetcher.
    ///
    /// Every value a setter accepts is usable, so this does not fail today; it returns a
    /// `Result` so that validation can be added without breaking callers.
    pub fn build(&self) -> Result<Fetcher> {
        Ok(Fetcher::from_config(self.config.clone()))
    }

    /// The `User-Agent` header. Characters that cannot appear in a header (line breaks,
    /// non-ASCII) are dropped; an empty value sends no header.
    ///
    /// Default: `gleaner/<version> (+https://example.invalid/gleaner)`. Say who you are and
    /// where to complain: feed hosts block anonymous crawlers.
    pub fn user_agent(&mut self, user_agent: &str) -> &mut FetcherBuilder {
        self.config.user_agent = header_safe(user_agent);
        self
    }

    /// The token matched against robots.txt `User-agent` lines when a caller asks
    /// [`Fetcher::robots_allow`]: letters, digits, `-` and `_` (RFC 9309 §2.2.1); other
    /// characters are dropped.
    ///
    /// Default: the product token of the [user agent](FetcherBuilder::user_agent) — the part
    /// before the first `/` or space, `gleaner` unless the user agent is changed.
    pub fn robots_token(&mut self, token: &str) -> &mut FetcherBuilder {
        self.config.robots_token = Some(
            token
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .collect(),
        );
        self
    }

    /// The `Accept` header, cleaned like [`user_agent`](FetcherBuilder::user_agent).
    ///
    /// Default: feed types first (RSS, Atom, JSON Feed), then XML, JSON and HTML with lower
    /// weights, then `*/*;q=0.5`.
    pub fn accept(&mut self, accept: &str) -> &mut FetcherBuilder {
        self.config.accept = header_safe(accept);
        self
    }

    /// How long resolving a host name and opening the connection (TCP and TLS) may take.
    ///
    /// Default: 10 seconds.
    pub fn connect_timeout(&mut self, timeout: Duration) -> &mut FetcherBuilder {
        self.config.connect_timeout = timeout;
        self
    }

    /// How long the server may stay silent: the longest wait for any one read, headers or
    /// body. A server that stalls gets [`Error::Timeout`](crate::Error::Timeout) after this.
    ///
    /// Default: 30 seconds.
    pub fn read_timeout(&mut self, timeout: Duration) -> &mut FetcherBuilder {
        self.config.read_timeout = timeout;
        self
    }

    /// How long one fetch may take in all, redirects and body included (time spent waiting
    /// for the host gate does not count). This bounds a server that trickles bytes just fast
    /// enough to beat the read timeout.
    ///
    /// Default: 60 seconds.
    pub fn timeout(&mut self, timeout: Duration) -> &mut FetcherBuilder {
        self.config.timeout = timeout;
        self
    }

    /// The largest body accepted, in bytes, checked both on the bytes received and on the
    /// body after Content-Encoding is undone (so a decompression bomb stops here). Also the
    /// largest file [`Fetcher::read_location`] reads. Bigger gives
    /// [`Error::TooLarge`](crate::Error::TooLarge).
    ///
    /// Default: 16 MiB.
    pub fn max_body_bytes(&mut self, limit: u64) -> &mut FetcherBuilder {
        self.config.max_body_bytes = limit;
        self
    }

    /// How many redirects one fetch follows; one more gives
    /// [`Error::TooManyRedirects`](crate::Error::TooManyRedirects). 0 refuses every redirect.
    ///
    /// Default: 5.
    pub fn max_redirects(&mut self, limit: u32) -> &mut FetcherBuilder {
        self.config.max_redirects = limit;
        self
    }

    /// How many requests to one host may be in flight at once, across all threads using this
    /// fetcher. A host is a host name (or IP literal); its ports share the limit. 0 is read
    /// as 1.
    ///
    /// Default: 2.
    pub fn per_host_concurrency(&mut self, limit: usize) -> &mut FetcherBuilder {
        self.config.per_host_concurrency = limit.max(1);
        self
    }

    /// The least time between the starts of two requests to one host. Redirect hops count as
    /// requests.
    ///
    /// Default: 1 second.
    pub fn politeness_delay(&mut self, delay: Duration) -> &mut FetcherBuilder {
        self.config.politeness_delay = delay;
        self
    }

    /// Whether private networks may be reached: RFC 1918 (`10/8`, `172.16/12`,
    /// `192.168/16`), carrier-grade NAT `100.64/10` and IPv6 unique-local `fc00::/7`. For
    /// intranet deployments. Loopback and link-local (where cloud metadata services answer)
    /// stay refused; see [`allow_loopback`](FetcherBuilder::allow_loopback) and
    /// [`allow_network`](FetcherBuilder::allow_network).
    ///
    /// Default: false. Only public addresses are reached.
    pub fn allow_private(&mut self, yes: bool) -> &mut FetcherBuilder {
        self.config.policy.allow_private = yes;
        self
    }

    /// Whether loopback (`127.0.0.0/8`, `::1`) may be reached: for tests and for a feed
    /// server on the same machine.
    ///
    /// Default: false.
    pub fn allow_loopback(&mut self, yes: bool) -> &mut FetcherBuilder {
        self.config.policy.allow_loopback = yes;
        self
    }

    /// Allow one address, whatever its class. Adds to the allow-list.
    ///
    /// Default: the allow-list is empty.
    pub fn allow_address(&mut self, addr: IpAddr) -> &mut FetcherBuilder {
        let prefix = if addr.to_canonical().is_ipv4() {
            32
        } else {
            128
        };
        self.allow_network(addr, prefix)
    }

    /// Allow the network `addr/prefix` (e.g. `10.20.0.0`, 16), whatever its class. Adds to
    /// the allow-list; a prefix longer than the address is clamped.
    ///
    /// Default: the allow-list is empty.
    pub fn allow_network(&mut self, addr: IpAddr, prefix: u8) -> &mut FetcherBuilder {
        self.config.policy.networks.push(Network::new(addr, prefix));
        self
    }

    /// Whether [`Fetcher::fetch`] reads `file://` URLs. Leave it off when URLs come from
    /// outside (OPML, feeds, pages): a listed `file:///etc/passwd` would be read. Redirects
    /// never lead to files, whatever this says; [`Fetcher::read_location`], meant for
    /// locations you trust, always reads files.
    ///
    /// Default: false.
    pub fn allow_file_urls(&mut self, yes: bool) -> &mut FetcherBuilder {
        self.config.allow_file_urls = yes;
        self
    }

    /// How long after a success [`FetchState::next_poll`](crate::FetchState::next_poll) is
    /// set, and the first step of the backoff after a failure (doubling with each consecutive
    /// failure).
    ///
    /// Default: 1 hour.
    pub fn poll_interval(&mut self, interval: Duration) -> &mut FetcherBuilder {
        self.config.poll_interval = interval;
        self
    }

    /// The longest backoff after consecutive failures (a server's `Retry-After` may ask for
    /// longer, up to 30 days).
    ///
    /// Default: 24 hours.
    pub fn max_backoff(&mut self, backoff: Duration) -> &mut FetcherBuilder {
        self.config.max_backoff = backoff;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_lose_what_a_header_cannot_carry() {
        assert_eq!(header_safe("bot/1\r\nX-Evil: 1"), "bot/1X-Evil: 1");
        assert_eq!(header_safe(" gléaner\t"), "glaner");
    }

    #[test]
    fn default_user_agent_names_the_version() {
        assert!(DEFAULT_USER_AGENT.starts_with("gleaner/0."));
        assert_eq!(header_safe(DEFAULT_USER_AGENT), DEFAULT_USER_AGENT);
        assert_eq!(header_safe(DEFAULT_ACCEPT), DEFAULT_ACCEPT);
    }
}
