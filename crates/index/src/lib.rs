//! The search index: every item searchable by text in Korean, English and other languages,
//! filterable by language, source, tag, story and date, with facets and highlighted snippets.
//!
//! [`SearchIndex`] is what the pipeline and the scorer need of an index; [`TantivyIndex`]
//! implements it on tantivy, with gleaner's analyzers registered by name (`gleaner_ko`,
//! `gleaner_en`, …; see [`register_analyzers`]). Titles and bodies are indexed with the
//! multi-script analyzer (Korean stems as bigrams, CJK bigrams, Latin words folded), English
//! items also with English stemming; queries go through the same analyzers in query mode.
//!
//! The index also answers the corpus statistics scoring weighs terms by ([`TermStatistics`]).
//!
//! Each commit records the store's change sequence number it covers
//! ([`SearchIndex::committed_seq`]) and the identity of the store it mirrors
//! ([`SearchIndex::committed_store`]), so after a crash the index catches up from the store
//! instead of being trusted or rebuilt blindly, and an index that mirrors another store is
//! rebuilt ([`IndexRebuild`] says why). [`TantivyIndex::verify`] finds damaged files.
//!
//! Queries go through a guard before tantivy sees them: bounded in length
//! ([`MAX_QUERY_BYTES`]), nesting ([`MAX_QUERY_GROUPS`]) and terms ([`MAX_QUERY_TERMS`]), with
//! whatever the engine refuses left out and named in [`SearchResults::warnings`]. A search
//! answers or returns an [`Error`]; it never panics or overflows the stack.
//!
//! This crate does not decide when to rebuild (the `gleaner` facade's `Workspace` does) and
//! does not store items (`gleaner-store` does).
//!
//! ```
//! use gleaner_core::{Item, ItemId, Source};
//! use gleaner_index::{IndexDoc, SearchIndex, SearchRequest, TantivyIndex};
//!
//! let dir = tempfile::tempdir()?;
//! let mut index = TantivyIndex::open(dir.path())?;
//! let mut item = Item::new(ItemId::from_key(b"1"), Source::file("feed.xml"));
//! item.title = Some("고객소통 강화".into());
//! item.content_text = Some("회사는 고객들의 불만을 하루 안에 처리하겠다고 발표했다.".into());
//! index.upsert(&[IndexDoc::from_item(&item, item.id)])?;
//! index.commit(1)?;
//! let found = index.search(&SearchRequest::new("고객의 불만"))?;
//! assert_eq!(found.total, 1);
//! assert!(found.hits[0].snippet.contains("<b>"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod commit;
mod doc;
mod query;
mod rebuild;
mod schema;
mod search;
mod tantivy_index;
mod tokenizer;
mod verify;

pub use doc::IndexDoc;
pub use gleaner_core::TermStatistics;
pub use query::{MAX_QUERY_BYTES, MAX_QUERY_GROUPS, MAX_QUERY_TERMS, MAX_WARNINGS};
pub use rebuild::{IndexRebuild, RebuildReason};
pub use schema::{Fields, ENGLISH_TOKENIZER, TEXT_TOKENIZER};
pub use search::{Facets, Order, SearchHit, SearchRequest, SearchResults};
pub use tantivy_index::TantivyIndex;
pub use tokenizer::{register_analyzers, AnalyzerTokenStream, AnalyzerTokenizer};

/// What can go wrong in the index.
///
/// A query the engine cannot read is not an error (the rest of it runs and
/// [`SearchResults::warnings`] says what was ignored); these are failures of the index itself,
/// or of the engine on one search.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// tantivy failed (I/O, a corrupt segment, a locked writer).
    #[error("tantivy: {source}")]
    Tantivy {
        /// tantivy's error.
        #[from]
        source: tantivy::TantivyError,
    },
    /// The search engine failed on one query (it gave up on it rather than answer): the index
    /// is intact and other queries run.
    #[error("the search engine failed on the query {query:?}: {reason}; rephrase it")]
    Query {
        /// The query, as typed (cut to [`MAX_QUERY_BYTES`]).
        query: String,
        /// What the engine said.
        reason: String,
    },
    /// The index directory could not be created or read.
    #[error("index directory {path}: {source}")]
    Io {
        /// The directory.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The index on disk was built with another schema or analyzer version: rebuild it from
    /// the store.
    #[error(
        "the index was built with another schema or analyzer version; rebuild it from the store"
    )]
    SchemaChanged,
    /// tantivy could not read the index (it gave up on its files): rebuild it from the store.
    #[error("the index in {path} cannot be read ({detail}); rebuild it from the store")]
    Unreadable {
        /// The index directory.
        path: String,
        /// What tantivy said.
        detail: String,
    },
    /// Files of the index are damaged (their checksum does not match, or they are missing):
    /// rebuild it from the store.
    #[error("the index in {path} is damaged ({}); rebuild it from the store", files.join(", "))]
    Damaged {
        /// The index directory.
        path: String,
        /// The damaged files, relative to it.
        files: Vec<String>,
    },
}

/// What kind of failure an [`Error`] is, to match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The engine failed (I/O, a lock, data it could not read).
    Engine,
    /// One query failed; others run.
    Query,
    /// The directory could not be created or read.
    Io,
    /// The index must be rebuilt from the store (another version, or damaged files).
    NeedsRebuild,
}

impl Error {
    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Tantivy { .. } => ErrorKind::Engine,
            Error::Query { .. } => ErrorKind::Query,
            Error::Io { .. } => ErrorKind::Io,
            Error::SchemaChanged | Error::Damaged { .. } | Error::Unreadable { .. } => {
                ErrorKind::NeedsRebuild
            }
        }
    }
}

impl From<tantivy::directory::error::OpenReadError> for Error {
    fn from(e: tantivy::directory::error::OpenReadError) -> Self {
        Error::Tantivy { source: e.into() }
    }
}

/// What the pipeline and the scorer need of a search index. `TantivyIndex` implements it; a
/// distributed search engine can be added behind it without touching them.
///
/// Corpus statistics for scoring come through [`TermStatistics`] (from `gleaner-core`), which
/// every search index implements.
pub trait SearchIndex: Send + TermStatistics {
    /// Adds or replaces documents (by id). Not visible until [`SearchIndex::commit`].
    fn upsert(&mut self, docs: &[IndexDoc]) -> Result<(), Error>;
    /// Makes every change since the last commit visible and durable, recording that the index
    /// now covers the store up to change `seq` (and, once [`SearchIndex::bind_store`] was
    /// called, which store that is).
    fn commit(&mut self, seq: u64) -> Result<(), Error>;
    /// Drops every change since the last commit.
    fn rollback(&mut self) -> Result<(), Error>;
    /// The store change sequence number the last commit covers (0 when never committed).
    fn committed_seq(&self) -> Result<u64, Error>;
    /// The identity of the store the last commit mirrors: `None` when the index was never
    /// committed, or committed by a gleaner that did not record it (an index that cannot say
    /// which store it mirrors is not to be trusted).
    fn committed_store(&self) -> Result<Option<String>, Error>;
    /// Makes every later commit record that this index mirrors the store identified by
    /// `store` (see `gleaner_store::Store::store_id`).
    fn bind_store(&mut self, store: &str);
    /// Deletes every document (at the next commit): the first step of a rebuild.
    fn clear(&mut self) -> Result<(), Error>;
    /// Runs a search. A query the engine cannot read in full is not an error: what it refuses
    /// is left out and named in [`SearchResults::warnings`]. Errors are failures of the index
    /// (I/O; files damaged since it was opened: [`Error::Damaged`]) or of the engine on this
    /// query ([`Error::Query`]); never a panic.
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error>;
}
