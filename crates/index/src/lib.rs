//! The search index: every item searchable by text in Korean, English and other languages,
//! filterable by language, source, tag, story and date, with facets and highlighted snippets.
//!
//! [`SearchIndex`] (from `gleaner-backend`, re-exported here with its request, result and
//! error types) is what the pipeline and the scorer need of an index; [`TantivyIndex`]
//! implements it on tantivy, with gleaner's analyzers registered by name (`gleaner_ko`,
//! `gleaner_en`, …; see [`register_analyzers`]). Titles and bodies are indexed with the
//! multi-script analyzer (Korean stems as bigrams, CJK bigrams, Latin words folded), English
//! items also with English stemming; queries go through the same analyzers in query mode.
//!
//! The index also answers the corpus statistics scoring weighs terms by, many terms per call
//! ([`SearchIndex::term_statistics`]).
//!
//! Each commit records the store's change sequence number it covers
//! ([`SearchIndex::committed_seq`]) and the identity of the store it mirrors
//! ([`SearchIndex::committed_store`]), so after a crash the index catches up from the store
//! instead of being trusted or rebuilt blindly, and an index that mirrors another store is
//! rebuilt ([`IndexRebuild`] says why). [`TantivyIndex::verify`] finds damaged files.
//!
//! Requests carry gleaner's own query model ([`Query`], parsed from what users type and
//! bounded in length ([`MAX_QUERY_BYTES`]), nesting ([`MAX_QUERY_GROUPS`]) and terms
//! ([`MAX_QUERY_TERMS`])); this crate hands it to tantivy's query parser field by field, and
//! whatever the engine refuses is left out and named in [`SearchResults::warnings`]. A search
//! answers or returns an [`Error`]; it never panics or overflows the stack. Snippets are text
//! with highlight ranges ([`Highlighted`]); `to_html` renders them escaped.
//!
//! The index keeps no bodies (the store does; a second copy here would be read and rewritten
//! by every merge): hits come without snippets, and [`SearchIndex::snippets`] cuts them from
//! the bodies the caller keeps, as the `gleaner` facade's `Workspace::search` does from the
//! store.
//!
//! This crate does not decide when to rebuild (the `gleaner` facade's `Workspace` does) and
//! does not store items (`gleaner-store` does).
//!
//! ```
//! use gleaner_core::{Item, ItemId, Source};
//! use gleaner_index::{IndexDoc, SearchIndex, SearchRequest, TantivyIndex};
//!
//! let dir = tempfile::tempdir()?;
//! let index = TantivyIndex::open(dir.path())?;
//! let mut item = Item::new(ItemId::from_key(b"1"), Source::file("feed.xml"));
//! item.title = Some("고객소통 강화".into());
//! item.content_text = Some("회사는 고객들의 불만을 하루 안에 처리하겠다고 발표했다.".into());
//! index.upsert(&[IndexDoc::from_item(&item, item.id)])?;
//! index.commit(1)?;
//! let request = SearchRequest::new("고객의 불만");
//! let found = index.search(&request)?;
//! assert_eq!(found.total, 1);
//! let snippets = index.snippets(&request, &[item.body()])?;
//! assert!(snippets[0].to_html().contains("<b>불만을</b>"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod commit;
mod merges;
mod query;
mod raw;
mod schema;
mod tantivy_index;
mod tokenizer;
mod verify;

pub use gleaner_backend::{
    Facets, Field, Highlighted, IndexDoc, IndexError as Error, IndexErrorKind as ErrorKind,
    IndexRebuild, Order, Query, RebuildReason, Rollback, SearchHit, SearchIndex, SearchRequest,
    SearchResults, TermStatistics, MAX_LIMIT, MAX_QUERY_BYTES, MAX_QUERY_GROUPS, MAX_QUERY_TERMS,
    MAX_WARNINGS,
};
pub use raw::{
    plain_document, plain_index, raw_document, raw_index, raw_index_with_threads, PlainFields,
};
pub use schema::{Fields, ENGLISH_TOKENIZER, TEXT_TOKENIZER};
pub use tantivy_index::TantivyIndex;
pub use tokenizer::{register_analyzers, AnalyzerTokenStream, AnalyzerTokenizer};

/// tantivy's errors as the index's: [`Error::Backend`] with tantivy's error as its source.
pub(crate) trait Engine<T> {
    fn engine(self) -> Result<T, Error>;
}

impl<T, E: Into<gleaner_backend::BoxError>> Engine<T> for Result<T, E> {
    fn engine(self) -> Result<T, Error> {
        self.map_err(|e| Error::backend("tantivy", e))
    }
}
