//! The fetcher: HTTP(S) and local files in, bytes and a [`FetchState`] out.
//!
//! A [`Fetcher`] is built once by a [`FetcherBuilder`] and shared (it is `Send + Sync` and
//! cheap to clone). [`Fetcher::fetch`] does one conditional GET: it sends the validators of
//! the previous [`FetchState`], follows redirects itself (checking every hop's scheme and
//! address), undoes Content-Encoding under a size cap and returns a [`Fetched`] with the new
//! state. [`Fetcher::fetch_all`] runs many fetches on a bounded pool of threads;
//! [`Fetcher::read_location`] reads a URL, a `file://` URL or a path you trust.
//!
//! What it guarantees, whatever the server does: memory bounded by `max_body_bytes` per fetch
//! (decompressed too); time bounded by the timeouts; at most `per_host_concurrency` requests
//! in flight per host and `politeness_delay` between their starts; no connection to a
//! non-public address unless allowed. Proxies from the environment are not used (they would
//! bypass the address guard).
//!
//! HTTP needs the `http` feature (on by default). Without it the fetcher reads files and
//! `file://` URLs as above, an http(s) URL fails with [`Error::HttpDisabled`], and robots.txt
//! refuses every http(s) URL as unreachable (see [`Fetcher::robots_allow`]). The settings
//! that concern HTTP stay, with no effect.

mod batch;
mod config;
mod decode_body;
mod guard;
#[cfg(feature = "http")]
mod http;
mod local;
#[cfg(feature = "http")]
mod politeness;
#[cfg(feature = "http")]
mod retry_after;
mod robots;
mod state;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use url::Url;

pub use self::config::FetcherBuilder;
pub use self::local::{open_input, read_file_capped, FIFO_OPEN_TIMEOUT};
pub use self::robots::{RobotsRefusal, ROBOTS_MAX_BYTES};
pub use self::state::FetchState;

use self::config::Config;
use self::guard::AddressPolicy;
#[cfg(feature = "http")]
use self::guard::GuardedResolver;
#[cfg(feature = "http")]
use self::politeness::HostGate;
#[cfg(feature = "http")]
use self::robots::RobotsCache;
use self::state::Success;
use crate::{Error, Result};

/// The outcome of a successful fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fetched {
    /// The URL the body came from, after redirects.
    pub url: String,
    /// The final HTTP status: a 2xx, or 304. 200 for files.
    pub status: u16,
    /// The body, decoded from its Content-Encoding (not from its charset); `None` on
    /// 304 Not Modified.
    pub body: Option<Vec<u8>>,
    /// The `Content-Type` header as sent, parameters included (`text/xml; charset=euc-kr`),
    /// so the parser can use the HTTP charset. `None` for files.
    pub content_type: Option<String>,
    /// The state to keep for the next fetch of this URL.
    pub state: FetchState,
}

impl Fetched {
    /// Whether the server said the resource has not changed (304): there is no body.
    pub fn not_modified(&self) -> bool {
        self.status == 304
    }

    /// The `charset` parameter of the Content-Type, for decoding the body
    /// (`text/xml; Charset="EUC-KR"` gives `EUC-KR`).
    pub fn charset(&self) -> Option<String> {
        charset_of(self.content_type.as_deref()?)
    }
}

/// The `charset` parameter of a Content-Type header value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Fetches feeds and pages, politely and defensively. Built by [`FetcherBuilder`]; cloning
/// shares the connection pool and the host gate.
#[derive(Debug, Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    #[cfg(feature = "http")]
    agent: ureq::Agent,
    /// Shared with fetchers derived by `with_max_body_bytes`, so they wait their turn too.
    #[cfg(feature = "http")]
    gate: Arc<HostGate>,
    /// Each origin's robots.txt, for callers that ask (`robots_allow`).
    #[cfg(feature = "http")]
    robots: Arc<RobotsCache>,
}

fn parse_url(url: &str) -> Result<Url> {
    Url::parse(url.trim()).map_err(|e| Error::InvalidUrl {
        url: url.to_owned(),
        reason: e.to_string(),
    })
}

impl Fetcher {
    #[cfg(feature = "http")]
    pub(crate) fn from_config(config: Config) -> Fetcher {
        let policy = Arc::new(config.policy.clone());
        let agent_config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .proxy(None)
            .user_agent(config.user_agent.as_str())
            .accept(config.accept.as_str())
            .accept_encoding("gzip, deflate, br")
            .timeout_resolve(Some(config.connect_timeout))
            .timeout_connect(Some(config.connect_timeout))
            .timeout_per_read(Some(config.read_timeout))
            .timeout_per_write(Some(config.read_timeout))
            .max_idle_connections_per_host(config.per_host_concurrency)
            .build();
        let agent = ureq::Agent::with_parts(
            agent_config,
            ureq::unversioned::transport::DefaultConnector::new(),
            GuardedResolver::new(policy),
        );
        let gate = HostGate::new(config.per_host_concurrency, config.politeness_delay);
        Fetcher {
            inner: Arc::new(Inner {
                config,
                agent,
                gate: Arc::new(gate),
                robots: Arc::default(),
            }),
        }
    }

    /// A fetcher of files only: this build has no HTTP.
    #[cfg(not(feature = "http"))]
    pub(crate) fn from_config(config: Config) -> Fetcher {
        Fetcher {
            inner: Arc::new(Inner { config }),
        }
    }

    /// Without HTTP an http(s) URL is refused, whatever the settings.
    #[cfg(not(feature = "http"))]
    fn fetch_http(&self, asked: &str, _: Url, _: Option<&FetchState>) -> Result<Fetched> {
        Err(Error::HttpDisabled {
            url: asked.to_owned(),
        })
    }

    /// This fetcher with another body cap, sharing its connections, host gate and robots.txt
    /// cache (for robots.txt, read under a smaller cap).
    #[cfg(feature = "http")]
    fn with_max_body_bytes(&self, limit: u64) -> Fetcher {
        let mut config = self.inner.config.clone();
        config.max_body_bytes = limit;
        Fetcher {
            inner: Arc::new(Inner {
                config,
                agent: self.inner.agent.clone(),
                gate: Arc::clone(&self.inner.gate),
                robots: Arc::clone(&self.inner.robots),
            }),
        }
    }

    fn config(&self) -> &Config {
        &self.inner.config
    }

    fn policy(&self) -> &AddressPolicy {
        &self.inner.config.policy
    }

    /// The `User-Agent` sent (empty: none).
    pub fn user_agent(&self) -> &str {
        &self.config().user_agent
    }

    /// The `Accept` header sent.
    pub fn accept(&self) -> &str {
        &self.config().accept
    }

    /// The limit on resolving and connecting.
    pub fn connect_timeout(&self) -> Duration {
        self.config().connect_timeout
    }

    /// The limit on any one read.
    pub fn read_timeout(&self) -> Duration {
        self.config().read_timeout
    }

    /// The limit on a whole fetch.
    pub fn timeout(&self) -> Duration {
        self.config().timeout
    }

    /// The largest body (and file) accepted, in bytes.
    pub fn max_body_bytes(&self) -> u64 {
        self.config().max_body_bytes
    }

    /// How many redirects a fetch follows.
    pub fn max_redirects(&self) -> u32 {
        self.config().max_redirects
    }

    /// How many requests may be in flight to one host.
    pub fn per_host_concurrency(&self) -> usize {
        self.config().per_host_concurrency
    }

    /// The least time between the starts of two requests to one host.
    pub fn politeness_delay(&self) -> Duration {
        self.config().politeness_delay
    }

    /// Whether private networks may be reached.
    pub fn allow_private(&self) -> bool {
        self.policy().allow_private
    }

    /// Whether loopback may be reached.
    pub fn allow_loopback(&self) -> bool {
        self.policy().allow_loopback
    }

    /// Whether `fetch` reads `file://` URLs.
    pub fn allow_file_urls(&self) -> bool {
        self.config().allow_file_urls
    }

    /// The time between polls after a success, and the first backoff step.
    pub fn poll_interval(&self) -> Duration {
        self.config().poll_interval
    }

    /// The longest backoff after failures.
    pub fn max_backoff(&self) -> Duration {
        self.config().max_backoff
    }

    /// Whether this fetcher may connect to `addr` (its class, the switches and the
    /// allow-list together).
    pub fn allows_address(&self, addr: IpAddr) -> bool {
        self.policy().allows(addr)
    }

    /// The state to keep after `fetch` of a URL whose previous state was `previous` failed
    /// with `error`: validators kept, the error and its time recorded, `consecutive_errors`
    /// counted, `next_poll` backed off (and never before a `Retry-After`).
    pub fn state_after_error(&self, previous: Option<&FetchState>, error: &Error) -> FetchState {
        FetchState::after_error(
            previous,
            Utc::now(),
            error,
            self.config().poll_interval,
            self.config().max_backoff,
        )
    }

    /// Fetch `url` (http or https; `file` when [allowed](FetcherBuilder::allow_file_urls)),
    /// conditionally when `previous` has validators.
    ///
    /// Blocks while the host gate makes it wait, then for at most the timeouts. On success the
    /// [`Fetched::state`] is the next state; on error, get it from
    /// [`state_after_error`](Fetcher::state_after_error).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUrl`], [`Error::UnsupportedScheme`] (also for a redirect to anything but
    /// http(s)), [`Error::BlockedAddress`], [`Error::TooManyRedirects`], [`Error::HttpStatus`],
    /// [`Error::RateLimited`] (429, or 503 with `Retry-After`), [`Error::Timeout`],
    /// [`Error::Transport`], [`Error::TooLarge`], [`Error::Decompress`], and [`Error::Io`] for
    /// files; [`Error::HttpDisabled`] for http(s) in a build without the `http` feature.
    pub fn fetch(&self, url: &str, previous: Option<&FetchState>) -> Result<Fetched> {
        let start = parse_url(url)?;
        match start.scheme() {
            "http" | "https" => self.fetch_http(url, start, previous),
            "file" if self.config().allow_file_urls => self.fetch_file_url(url, &start, previous),
            scheme => Err(Error::UnsupportedScheme {
                url: url.to_owned(),
                scheme: scheme.to_owned(),
            }),
        }
    }

    fn fetch_file_url(
        &self,
        url: &str,
        file: &Url,
        previous: Option<&FetchState>,
    ) -> Result<Fetched> {
        let body = local::read_file_url(url, file, self.config().max_body_bytes)?;
        Ok(Fetched {
            url: file.to_string(),
            status: 200,
            body: Some(body),
            content_type: None,
            state: FetchState::after_success(
                previous,
                Utc::now(),
                Success::default(),
                self.config().poll_interval,
            ),
        })
    }

    /// Read the bytes at `location`, which you trust: an http(s) URL (fetched like
    /// [`fetch`](Fetcher::fetch), unconditionally), a `file://` URL or a local path. Files are
    /// read whatever [`allow_file_urls`](FetcherBuilder::allow_file_urls) says, under the same
    /// size cap.
    ///
    /// A location is a path unless it parses as an absolute URL with a scheme longer than one
    /// letter (`C:\feeds\a.xml` is a path); write `./a:b.xml` for a file whose name has a colon.
    ///
    /// # Errors
    ///
    /// As [`fetch`](Fetcher::fetch); [`Error::UnsupportedScheme`] for any scheme but http,
    /// https and file; [`Error::Io`] and [`Error::TooLarge`] for files;
    /// [`Error::HttpDisabled`] for http(s) in a build without the `http` feature.
    pub fn read_location(&self, location: &str) -> Result<Vec<u8>> {
        match local::Location::parse(location)? {
            local::Location::Path(path) => {
                local::read_source_file(&path, self.config().max_body_bytes)
            }
            local::Location::Url(url) => match url.scheme() {
                "http" | "https" => {
                    let fetched = self.fetch_http(location, url, None)?;
                    fetched.body.ok_or(Error::HttpStatus {
                        url: fetched.url,
                        status: fetched.status,
                    })
                }
                "file" => local::read_file_url(location, &url, self.config().max_body_bytes),
                scheme => Err(Error::UnsupportedScheme {
                    url: location.to_owned(),
                    scheme: scheme.to_owned(),
                }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameter() {
        assert_eq!(
            charset_of("text/xml; charset=\"EUC-KR\"").as_deref(),
            Some("EUC-KR")
        );
        assert_eq!(
            charset_of("application/rss+xml;Charset=utf-8;q=1").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_of("text/xml"), None);
    }
}
