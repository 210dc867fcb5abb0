//! The search index's contract.
use chrono::{DateTime, Utc};
use gleaner_core::{Item, ItemId};

use crate::search::{Highlighted, SearchRequest, SearchResults};
use crate::IndexError;

/// What the pipeline and the scorer need of a search index.
///
/// `gleaner-index`'s `TantivyIndex` implements it on tantivy; a distributed search engine can
/// be added behind it without touching them. Every implementation passes the conformance
/// suite (`conformance::index`, feature `conformance`).
///
/// # What every index guarantees
///
/// - **Shared.** Methods take `&self`; searches may run on many threads while one writes.
/// - **Commits say what they cover.** Each [`SearchIndex::commit`] records the store's change
///   sequence number it covers and the store it mirrors, so after a crash the index catches
///   up from the store (everything after [`SearchIndex::committed_seq`]) instead of being
///   trusted or rebuilt blindly.
/// - **Rollback is optional.** A transactional index drops uncommitted changes on
///   [`SearchIndex::rollback`]; one that cannot (a bulk HTTP engine) says so, and its
///   uncommitted documents may stay searchable. That is safe because an index only ever
///   receives items the store has already committed: whatever the index holds beyond its last
///   commit is re-sent, identical, by the next catch-up.
/// - **Searches answer.** A query the engine cannot read in full runs without what it refuses
///   (named in [`SearchResults::warnings`]); a search fails only when the index or the engine
///   does, as an [`IndexError`], never a panic.
pub trait SearchIndex: Send + Sync {
    /// Adds or replaces documents (by id). Searchable after the next commit (or sooner, on an
    /// index without transactions).
    fn upsert(&self, docs: &[IndexDoc]) -> Result<(), IndexError>;
    /// Adds documents whose items the store has just inserted (first stored by the change
    /// being indexed, so never indexed before: the store deletes nothing, and an index ahead
    /// of its store is rebuilt). An index may skip the replace-by-id work [`Self::upsert`]
    /// does; the default upserts.
    fn insert_new(&self, docs: &[IndexDoc]) -> Result<(), IndexError> {
        self.upsert(docs)
    }
    /// Makes every change since the last commit searchable and durable, recording that the
    /// index now covers the store up to change `seq` (and, once [`SearchIndex::bind_store`]
    /// was called, which store that is).
    fn commit(&self, seq: u64) -> Result<(), IndexError>;
    /// Drops every change since the last commit, if the index can: returns whether it did
    /// ([`Rollback::Unsupported`] by default; see the trait's guarantees).
    fn rollback(&self) -> Result<Rollback, IndexError> {
        Ok(Rollback::Unsupported)
    }
    /// The store change sequence number the last commit covers (0 when never committed).
    fn committed_seq(&self) -> Result<u64, IndexError>;
    /// The identity of the store the last commit mirrors: `None` when the index was never
    /// committed, or committed by a gleaner that did not record it (an index that cannot say
    /// which store it mirrors is not to be trusted).
    fn committed_store(&self) -> Result<Option<String>, IndexError>;
    /// Makes every later commit record that this index mirrors the store identified by
    /// `store` (see [`crate::Store::store_id`]).
    fn bind_store(&self, store: &str);
    /// Deletes every document (at the next commit): the first step of a rebuild.
    fn clear(&self) -> Result<(), IndexError>;
    /// How many documents the last commit holds.
    fn document_count(&self) -> Result<u64, IndexError>;
    /// Runs a search. Unless the request does without them, hits come with snippets when the
    /// index keeps the bodies it cuts them from ([`SearchIndex::keeps_bodies`]); otherwise
    /// their snippets are empty, for the caller to cut with [`SearchIndex::snippets`] from the
    /// bodies it keeps (the `gleaner` facade's `Workspace::search` does, from the store).
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, IndexError>;
    /// Whether [`SearchIndex::search`] cuts its hits' snippets itself, from bodies the index
    /// keeps. An index that keeps only what search needs (tantivy's: the store has the bodies,
    /// and an index that stored them again would read them again in every merge) says no.
    fn keeps_bodies(&self) -> bool;
    /// The snippets of `bodies` for `request`'s query, one per body and in order, cut and
    /// marked as [`SearchIndex::search`] would mark them: what a caller gives the hits of an
    /// index that keeps no bodies. A body the query does not match gives its opening.
    fn snippets(
        &self,
        request: &SearchRequest,
        bodies: &[&str],
    ) -> Result<Vec<Highlighted>, IndexError>;
    /// Corpus statistics of `tokens` in item bodies, in one call: what scoring weighs a
    /// matched term by. Tokens are as the `text` crate's analyzers produce them in query mode
    /// (normalized; Korean stems as bigrams). They may lag uncommitted writes.
    fn term_statistics(&self, tokens: &[&str]) -> Result<TermStatistics, IndexError>;
}

/// What [`SearchIndex::rollback`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rollback {
    /// Every change since the last commit was dropped.
    Done,
    /// The index cannot drop uncommitted changes; they may stay searchable until the next
    /// commit or catch-up.
    Unsupported,
}

/// How common some terms are across the corpus (the bodies of the committed documents).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TermStatistics {
    /// The number of documents.
    pub documents: u64,
    /// The average number of body tokens per document (0 for an empty corpus).
    pub average_length: f64,
    /// For each token asked, in order: the number of documents whose body contains it.
    pub frequencies: Vec<u64>,
}

/// One document to index: the searchable parts of an item and its story.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    /// The item's id.
    pub id: ItemId,
    /// Its link.
    pub url: Option<String>,
    /// Its title.
    pub title: String,
    /// Its body text ([`Item::body`]).
    pub body: String,
    /// Its source location.
    pub source: String,
    /// Its language code.
    pub lang: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its story.
    pub story: ItemId,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
}

impl IndexDoc {
    /// The document for `item`, a member of `story`.
    pub fn from_item(item: &Item, story: ItemId) -> Self {
        IndexDoc {
            id: item.id,
            url: item.url.clone(),
            title: item.title.clone().unwrap_or_default(),
            body: item.body().to_owned(),
            source: item.source.location.clone(),
            lang: item.lang.as_ref().map(|l| l.code().to_owned()),
            tags: item.categories.clone(),
            story,
            published: item.date(),
        }
    }
}
