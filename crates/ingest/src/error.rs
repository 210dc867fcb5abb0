//! The one error type of this crate.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything that can go wrong getting items in. Each variant names the input it is about
/// (`location`: the URL or path as given) so that a batch can report it and go on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A local file could not be read.
    #[error("{}: cannot read", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// An input is bigger than the configured cap (body, decompressed body or file).
    #[error("{location}: larger than the limit of {limit} bytes")]
    TooLarge {
        /// The input.
        location: String,
        /// The cap that was hit, in bytes.
        limit: u64,
    },
    /// A document nests elements deeper than the configured cap.
    #[error("{location}: elements nested deeper than {limit}")]
    TooDeep {
        /// The input.
        location: String,
        /// The cap that was hit.
        limit: usize,
    },
    /// Nothing in the input could be read as a feed (no RSS, Atom, RDF, CDF or JSON Feed root,
    /// or a document too broken to recover).
    #[error("{location}: not a feed: {reason}")]
    NotAFeed {
        /// The input.
        location: String,
        /// Why, in words.
        reason: String,
    },
    /// An OPML document could not be read.
    #[error("{location}: bad OPML: {reason}")]
    Opml {
        /// The input.
        location: String,
        /// Why, in words.
        reason: String,
    },
    /// A URL could not be parsed.
    #[error("{url}: invalid URL: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Why, in words.
        reason: String,
    },
    /// A URL uses a scheme other than http, https or file.
    #[error("{url}: scheme {scheme:?} is not allowed (only http, https and file)")]
    UnsupportedScheme {
        /// The URL.
        url: String,
        /// Its scheme.
        scheme: String,
    },
    /// An http(s) URL was given to a fetcher of a build without the `http` feature, which
    /// reads files and `file://` URLs only.
    #[error("{url}: gleaner-ingest was built without the `http` feature, so it cannot fetch http(s) URLs")]
    HttpDisabled {
        /// The URL.
        url: String,
    },
    /// A subscription list read from the web names something other than a web feed (a local
    /// path, `file:`, `ftp:`, `data:`, …): a remote list must not make the reader open it.
    #[error("{url}: a subscription list from the web may name only http(s) feeds, not {scheme:?}")]
    RemoteListScheme {
        /// The subscription as the list wrote it.
        url: String,
        /// Its scheme (`file` for a path).
        scheme: String,
    },
    /// A URL resolves to an address the fetcher refuses (loopback, private, link-local,
    /// multicast, unspecified) and that is not on the allow-list.
    #[error("{url}: refusing to connect to non-public address {addr}")]
    BlockedAddress {
        /// The URL (after redirects, the one that was refused).
        url: String,
        /// The address it resolved to.
        addr: IpAddr,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP status {status}")]
    HttpStatus {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The server asked us to slow down (429, or 503 with Retry-After).
    #[error("{url}: rate limited (HTTP {status}), retry after {retry_after:?}")]
    RateLimited {
        /// The URL.
        url: String,
        /// 429 or 503.
        status: u16,
        /// How long the server asked us to wait, when it said.
        retry_after: Option<Duration>,
    },
    /// More redirects than the configured limit.
    #[error("{url}: more than {limit} redirects")]
    TooManyRedirects {
        /// The URL first asked for.
        url: String,
        /// The limit.
        limit: u32,
    },
    /// Connecting or reading took longer than the configured timeout.
    #[error("{url}: timed out")]
    Timeout {
        /// The URL.
        url: String,
    },
    /// The connection failed (DNS, TLS, reset, malformed response).
    #[error("{url}: the connection failed")]
    Transport {
        /// The URL.
        url: String,
        /// The cause.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
    /// A compressed body could not be decompressed.
    #[error("{url}: bad {encoding} body")]
    Decompress {
        /// The URL.
        url: String,
        /// The Content-Encoding.
        encoding: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

/// The broad class of an [`Error`], for callers that branch on what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading a local file failed.
    Io,
    /// A size or depth limit was hit.
    Limit,
    /// The input was read but is not a feed / OPML we can use.
    Malformed,
    /// The URL is invalid or not allowed (scheme, address, or http(s) in a build without
    /// the `http` feature).
    Refused,
    /// The server answered with an error status.
    Http,
    /// The server asked us to slow down; try again later.
    RateLimited,
    /// Network trouble: timeout, connection, decompression; a retry may succeed.
    Network,
}

impl Error {
    /// The broad class of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io { .. } => ErrorKind::Io,
            Error::TooLarge { .. } | Error::TooDeep { .. } | Error::TooManyRedirects { .. } => {
                ErrorKind::Limit
            }
            Error::NotAFeed { .. } | Error::Opml { .. } => ErrorKind::Malformed,
            Error::InvalidUrl { .. }
            | Error::UnsupportedScheme { .. }
            | Error::HttpDisabled { .. }
            | Error::RemoteListScheme { .. }
            | Error::BlockedAddress { .. } => ErrorKind::Refused,
            Error::HttpStatus { .. } => ErrorKind::Http,
            Error::RateLimited { .. } => ErrorKind::RateLimited,
            Error::Timeout { .. } | Error::Transport { .. } | Error::Decompress { .. } => {
                ErrorKind::Network
            }
        }
    }
}

/// This crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
