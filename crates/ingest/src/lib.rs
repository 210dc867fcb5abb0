//! Getting items into gleaner: feeds of every dialect and encoding, OPML lists, feed
//! autodiscovery, and a guarded HTTP fetcher.
//!
//! [`parse_feed`] turns the bytes of a feed — RSS 0.90–2.0 with or without a version, RDF,
//! Atom 0.3 and 1.0, CDF, JSON Feed 1.0/1.1, in any encoding, broken or not — into a
//! [`ParsedFeed`]: the feed's [`FeedMeta`](gleaner_core::FeedMeta), its
//! [`Item`](gleaner_core::Item)s and a [`ParseReport`] saying how it was read and what was
//! repaired. XML feeds of every dialect go through a lenient streaming reader on quick-xml,
//! after a repair pass; JSON Feed goes through feed-rs.
//! [`read_opml`] and [`write_opml`] handle subscription lists, [`discover_feeds`] finds the
//! feeds an HTML page advertises, and the `fetch` module gets bytes from HTTP(S) and files
//! with limits, conditional GET and an address guard.
//!
//! Feature `http` (on by default) brings HTTP(S) fetching: ureq with rustls, and robots.txt.
//! Without it the [`Fetcher`] still reads files and `file://` URLs, an http(s) URL is
//! [`Error::HttpDisabled`], and [`Fetcher::robots_allow`] refuses every http(s) page as
//! unreachable; parsing is the same either way.
//!
//! ```
//! use gleaner_core::Source;
//! use gleaner_ingest::{parse_feed, ParseOptions};
//!
//! let atom03 = r#"<feed version="0.3" xmlns="http://purl.org/atom/ns#">
//!   <entry><title>브랜드 캠페인 발표</title><link rel="alternate" href="https://example.kr/1"/>
//!   <issued>2026-11-29T10:00:00+09:00</issued></entry></feed>"#;
//! let feed = parse_feed(atom03.as_bytes(), &Source::file("a.xml"), &ParseOptions::default())?;
//! assert_eq!(feed.meta.format, "atom0.3");
//! assert_eq!(feed.items[0].lang.as_ref().map(|l| l.code()), Some("ko"));
//! # Ok::<(), gleaner_ingest::Error>(())
//! ```
//!
//! Guarantees: no input makes these functions panic, hang or use memory beyond a small
//! multiple of the (size-capped) input; entity definitions are never expanded; nesting is
//! capped. This crate does not store, deduplicate or extract articles from pages: see
//! `gleaner-dedup`, `gleaner-store` and `gleaner-extract`, wired together by the `gleaner`
//! facade. The `examples/ingest.rs` program shows the whole path from inputs to JSON lines.

mod discover;
mod entry;
mod error;
mod feedrs;
mod html;
mod lenient;
mod opml;
mod parse;
mod repair;
mod sniff;

pub use discover::{discover_feeds, DiscoveredFeed};
pub use error::{Error, ErrorKind, Result};
pub use gleaner_text::{decode, parse_date, Decoded, EncodingEvidence};
pub use html::{html_to_line, html_to_text};
pub use opml::{read_opml, write_opml};
pub use parse::{parse_feed, ParseOptions, ParseReport, ParsedFeed, Reader};
pub use repair::Repairs;
pub use sniff::{first_element, looks_like_html};

mod fetch;
pub use fetch::{
    open_input, read_file_capped, FetchState, Fetched, Fetcher, FetcherBuilder, RobotsRefusal,
    FIFO_OPEN_TIMEOUT, ROBOTS_MAX_BYTES,
};
