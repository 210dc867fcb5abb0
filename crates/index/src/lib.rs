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
//! ([`SearchIndex::committed_seq`]), so after a crash the index catches up from the store
//! instead of being trusted or rebuilt blindly.
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

mod doc;
mod schema;
mod search;
mod tantivy_index;
mod tokenizer;

pub use doc::IndexDoc;
pub use gleaner_core::TermStatistics;
pub use schema::{Fields, ENGLISH_TOKENIZER, TEXT_TOKENIZER};
pub use search::{Facets, Order, SearchHit, SearchRequest, SearchResults};
pub use tantivy_index::TantivyIndex;
pub use tokenizer::{register_analyzers, AnalyzerTokenStream, AnalyzerTokenizer};

/// What can go wrong in the index.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// tantivy failed (I/O, a corrupt segment, a locked writer).
    #[error("tantivy: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The search engine could not run this query.
    #[error("{0}")]
    Query(String),
    /// The index directory could not be created.
    #[error("index directory: {0}")]
    Io(String),
    /// The index on disk was built with another schema or analyzer version: rebuild it from
    /// the store.
    #[error(
        "the index was built with another schema or analyzer version; rebuild it from the store"
    )]
    SchemaChanged,
}

impl From<tantivy::directory::error::OpenReadError> for Error {
    fn from(e: tantivy::directory::error::OpenReadError) -> Self {
        Error::Tantivy(e.into())
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
    /// now covers the store up to change `seq`.
    fn commit(&mut self, seq: u64) -> Result<(), Error>;
    /// Drops every change since the last commit.
    fn rollback(&mut self) -> Result<(), Error>;
    /// The store change sequence number the last commit covers (0 when never committed).
    fn committed_seq(&self) -> Result<u64, Error>;
    /// Deletes every document (at the next commit): the first step of a rebuild.
    fn clear(&mut self) -> Result<(), Error>;
    /// Runs a search.
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error>;
}
