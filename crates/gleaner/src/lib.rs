//! gleaner: brand content curation — ingest feeds and pages, keep one copy of each story,
//! score it against a brand profile with reasons, and present what curators choose.
//!
//! This facade re-exports the stage crates under one roof so that an application depends on
//! one crate: the model ([`Item`], [`Source`], [`ItemId`]) from `gleaner-core`, feed ingestion
//! as [`ingest`] (`gleaner-ingest`), article extraction as [`extract`] (`gleaner-extract`) and
//! text analysis as [`text`] (`gleaner-text`). It also owns
//! the top-level `examples/` and `benches/`. [`expand_inputs`] and [`FeedReader`] turn what a
//! user names (files, directories, URLs, OPML lists, web pages that advertise a feed) into
//! parsed feeds, and [`add_full_text`] fetches and extracts the pages of items whose feed
//! carries only a summary. A [`Workspace`] holds one project's store, search index and
//! stories (`gleaner-dedup`, as [`dedup`]) in one directory — by default SQLite
//! (`gleaner-store`, as `store`) and tantivy (`gleaner-index`, as `index`), or any
//! [`backend::Store`] and [`backend::SearchIndex`] — and a [`Pipeline`] runs inputs through
//! ingest → extract → dedup → store → index in parallel batches, returning a [`RunReport`].
//! Brand profiles and scoring with explanations are [`score`] (`gleaner-score`); they need no
//! workspace.
//!
//! ```
//! use gleaner::ingest::{parse_feed, ParseOptions};
//! use gleaner::Source;
//!
//! let xml = r#"<rss version="2.0"><channel><language>ko</language>
//!   <item><title>고객 불만 접수 안내</title><link>https://example.kr/1</link></item></channel></rss>"#;
//! let feed = parse_feed(xml.as_bytes(), &Source::file("demo.xml"), &ParseOptions::default())?;
//! assert_eq!(feed.items.len(), 1);
//! assert_eq!(feed.items[0].lang.as_ref().map(|l| l.code()), Some("ko"));
//! # Ok::<(), gleaner::ingest::Error>(())
//! ```
//!
//! # Features
//!
//! The first three are on by default; a library user can turn them off
//! (`default-features = false`) to build the stages without SQLite, tantivy or HTTP. The last
//! two, off by default (the `gleaner` command has them), take a workspace past one machine
//! (`docs/SCALE.md`).
//!
//! - `http`: fetching http(s) feeds and pages, with ureq and rustls, and robots.txt. Without
//!   it files and `file://` URLs are still read, and an http(s) source fails with
//!   [`ingest::Error::HttpDisabled`].
//! - `store-sqlite`: the SQLite store, re-exported as `store`, that [`Workspace::open`] uses.
//! - `index-tantivy`: the tantivy search index, re-exported as `index`, that
//!   [`Workspace::open`] uses.
//! - `store-postgres`: the PostgreSQL store, re-exported as `postgres`, for
//!   [`WorkspaceBuilder::store_url`]`("postgres://…")`.
//! - `index-opensearch`: the index on an OpenSearch-compatible engine, re-exported as
//!   `opensearch`, for [`WorkspaceBuilder::index_url`]`("http://host:9200/NAME")`.
//!
//! Without `store-sqlite` or `index-tantivy`, give the workspace a backend
//! ([`Workspace::builder`] with [`backend::MemoryStore`], or your own); opening one without
//! is [`Error::NoBackend`].

pub mod alerts;
mod article;
mod backend_url;
pub mod cluster;
pub mod curate;
mod error;
mod full_text;
mod inputs;
pub mod jsonl;
pub mod lines;
mod pages;
mod pipeline;
mod progress;
pub mod rank;
mod report;
pub mod schedule;
pub mod scoring;
pub mod terminal;
mod workspace;

pub use error::Error;
pub use full_text::{add_full_text, fetch_full_text, FullTextPolicy, FullTextReport, FullTextRun};
pub use gleaner_backend as backend;
pub use gleaner_core as core;
pub use gleaner_core::error_chain;
pub use gleaner_core::{
    EntryKey, FeedMeta, Item, ItemId, Lang, Media, MediaKind, Sanitized, Source, SourceKind,
};
pub use gleaner_dedup as dedup;
pub use gleaner_extract as extract;
#[cfg(feature = "index-tantivy")]
pub use gleaner_index as index;
pub use gleaner_ingest as ingest;
pub use gleaner_ingest::{open_input, read_file_capped, FIFO_OPEN_TIMEOUT};
#[cfg(feature = "index-opensearch")]
pub use gleaner_opensearch as opensearch;
#[cfg(feature = "store-postgres")]
pub use gleaner_postgres as postgres;
pub use gleaner_present as present;
pub use gleaner_score as score;
#[cfg(feature = "store-sqlite")]
pub use gleaner_store as store;
pub use gleaner_text as text;
pub use inputs::{
    expand_inputs, files_under, input_text, is_feed_file, FeedReader, FeedResult, Found, Page,
    SourceRead,
};
pub use pages::{is_page_file, read_page_file, LoadedPage, PageInput};
pub use pipeline::{Pipeline, INDEX_COMMIT_ITEMS};
pub use progress::{Progress, ProgressEvent};
pub use report::{Cause, ItemReport, Outcome, RunReport, SourceFailure, Tally};
pub use workspace::{Workspace, WorkspaceBuilder, DEDUP_WINDOW, INDEX_DIR, LOCK_FILE, STORE_FILE};
