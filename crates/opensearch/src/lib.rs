//! gleaner's search index on an OpenSearch- or Elasticsearch-compatible engine, over its REST
//! API: for running past one machine on an engine a team already operates.
//!
//! [`OpenSearchIndex`] implements [`SearchIndex`] (from `gleaner-backend`) and passes the same
//! conformance suite as the tantivy index: bulk NDJSON writes, gleaner's query model
//! translated to the engine's query DSL, filters, facets as `terms` aggregations, snippets,
//! and term statistics for scoring.
//!
//! **Korean, and every language, is analyzed by gleaner, not by the engine.** Engines differ
//! in analysis (`nori` is a plugin, often missing), so each document's text goes to the engine
//! as gleaner's own tokens joined by spaces, in fields mapped to the engine's `whitespace`
//! analyzer, and queries are analyzed the same way before they are sent. Korean stems,
//! bigrams and English stemming are then exactly the tantivy index's, on any engine. What it
//! costs: the engine's highlighter sees tokens, so snippets are made here from the stored
//! body; and positions are those of the token stream, so a quoted phrase allows one extra
//! token between its words (the joining bigram of a Korean particle).
//!
//! The client is a thin one on `ureq`, the HTTP client already in the tree: the official
//! `opensearch` crate is async (tokio and reqwest) and gleaner's pipeline is threads; the few
//! endpoints used (`_bulk`, `_search`, `_count`, `_refresh`, `_mapping`, `_delete_by_query`)
//! have the same request shapes on OpenSearch 2.x/3.x and Elasticsearch 8.x.
//!
//! ```no_run
//! use gleaner_opensearch::OpenSearchIndex;
//! use gleaner_backend::{SearchIndex, SearchRequest};
//! let index = OpenSearchIndex::open("http://127.0.0.1:9200", "acme")?;
//! let found = index.search(&SearchRequest::new("고객 불만"))?;
//! # let _ = found;
//! # Ok::<(), gleaner_backend::IndexError>(())
//! ```

mod client;
mod document;
mod index;
mod query;
mod snippet;

pub use gleaner_backend::{IndexError, SearchIndex};
pub use index::OpenSearchIndex;
