//! The gleaner data model: what an item is, where it came from, and how it is identified.
//!
//! Every other gleaner crate speaks in these types. An [`Item`] is one entry of a feed (or, later,
//! one extracted page): its link, title, plain-text summary and content, authors, categories,
//! dates in UTC, language and media. Its [`ItemId`] is a stable hash of its link, so that the same
//! entry read twice has the same id. A [`Source`] says where items came from: a feed URL, a local
//! file, or an OPML outline with its title and categories. [`FeedMeta`] is the feed's own
//! description of itself.
//!
//! ```
//! use gleaner_core::{ItemId, Source};
//!
//! let source = Source::url("https://example.com/feed.xml");
//! let a = ItemId::for_entry(&source, Some("https://example.com/a#comments"), None);
//! let b = ItemId::for_entry(&source, Some("https://example.com/a"), Some("guid-1"));
//! assert_eq!(a, b, "the fragment does not change which page a link names");
//! ```
//!
//! This crate does no I/O and no parsing of feeds or pages: `gleaner-ingest` reads feeds into
//! items, `gleaner-text` analyses their text, and the `gleaner` facade runs the pipeline.

mod id;
mod item;
mod lang;
mod source;
mod stats;

pub use id::ItemId;
pub use item::{FeedMeta, Item, Media, MediaKind};
pub use lang::Lang;
pub use source::{Source, SourceKind};
pub use stats::TermStatistics;
