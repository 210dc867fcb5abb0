//! The gleaner data model: what an item is, where it came from, and how it is identified.
//!
//! Every other gleaner crate speaks in these types. An [`Item`] is one entry of a feed (or one
//! extracted page): its link, title, plain-text summary and content, authors, categories,
//! dates in UTC, language and media. Its [`ItemId`] is a stable hash of its source's identity
//! and its canonical link (else its guid, else its title and date, else its text), so that the
//! same entry read twice has the same id and no source can name another source's item. A
//! [`Source`] says where items came from: a feed URL, a local file, or an OPML outline with its
//! title and categories. [`FeedMeta`] is the feed's own description of itself.
//! [`canonical_url`] is the one spelling of a page's address that ids are made of, and
//! [`Item::sanitize`] keeps the model's invariants on untrusted text and links.
//!
//! ```
//! use gleaner_core::{EntryKey, ItemId, Source};
//!
//! let feed = Source::url("https://example.com/feed.xml");
//! let link = |l| EntryKey { link: Some(l), ..EntryKey::default() };
//! let a = ItemId::for_entry(&feed, &link("https://example.com/a?utm_source=rss#comments"));
//! let b = ItemId::for_entry(&feed, &link("https://example.com/a"));
//! assert_eq!(a, b, "tracking parameters and fragments do not change which page a link names");
//! let other = Source::url("https://elsewhere.example/feed.xml");
//! assert_ne!(a, ItemId::for_entry(&other, &link("https://example.com/a")), "items belong to their source");
//! ```
//!
//! This crate does no I/O and no parsing of feeds or pages: `gleaner-ingest` reads feeds into
//! items, `gleaner-text` analyses their text, and the `gleaner` facade runs the pipeline.

mod canonical;
mod error_chain;
mod id;
mod item;
mod lang;
mod sanitize;
mod score;
mod source;

pub use canonical::{
    canonical_url, canonical_url_declared, is_tracking_param, registrable_domain, same_site,
};
pub use error_chain::error_chain;
pub use id::{EntryKey, ItemId};
pub use item::{FeedMeta, Item, Media, MediaKind};
pub use lang::Lang;
pub use sanitize::{clean_plain_text, is_unsafe_char, safe_url, Sanitized};
pub use score::{Component, ComponentKind, Score};
pub use source::{Source, SourceKind};
