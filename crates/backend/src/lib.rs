//! The seam between gleaner's pipeline and its backends.
//!
//! A workspace keeps its items in a [`Store`] (the system of record) and mirrors them in a
//! [`SearchIndex`]; this crate says what both must do, with the values they exchange, and
//! nothing of how: it depends on no database, search engine or HTTP client, the way tantivy
//! keeps its tokenizer API apart from the engine. Backends live in their own crates:
//! `gleaner-store` (SQLite), `gleaner-index` (tantivy), and here [`MemoryStore`], a whole
//! store in memory for embedding and tests.
//!
//! - [`Store`]: items and their revisions, stories, fetch state, the runs log, decisions.
//!   Change sequence numbers are handed out in commit order, even with several writers, so a
//!   search index catches up from the store without missing a change.
//! - [`SearchIndex`]: documents ([`IndexDoc`]), backend-neutral searches ([`SearchRequest`]
//!   with a [`Query`] parsed from what users type), highlights as ranges ([`Highlighted`]),
//!   corpus statistics in batches ([`TermStatistics`]), optional rollback.
//! - Errors are typed ([`StoreError`], [`IndexError`]) and keep the engine's error as their
//!   source; [`error_chain`] prints one with its causes.
//! - With the `conformance` feature, the `conformance` module holds the test suites every
//!   implementation must pass.
//!
//! ```
//! use gleaner_backend::{MemoryStore, RunStatus, Store};
//! let store = MemoryStore::new();
//! let run = store.begin_run(&["feeds/".to_owned()])?;
//! store.finish_run(run, RunStatus::Finished, "{}")?;
//! assert_eq!(store.runs()?[0].status, RunStatus::Finished);
//! # Ok::<(), gleaner_backend::StoreError>(())
//! ```

mod error;
mod index;
mod memory;
mod model;
pub mod query;
mod rebuild;
mod schedule;
mod search;
mod store;

#[cfg(feature = "conformance")]
pub mod conformance;

pub use error::{BoxError, IndexError, IndexErrorKind, StoreError};
pub use gleaner_core::error_chain;
pub use index::{IndexDoc, Rollback, SearchIndex, TermStatistics};
pub use memory::MemoryStore;
pub use model::{
    BatchWritten, Counts, Decision, DecisionRecord, Existing, ItemWrite, LearnedRow, NoteRecord,
    RunId, RunRecord, RunStatus, ScoreRow, SeqRange, StoredItem, StoredMember, StoryId, StoryMerge,
    StoryRecord, Written,
};
pub use query::{
    Field, ParsedQuery, Query, Warnings, MAX_QUERY_BYTES, MAX_QUERY_GROUPS, MAX_QUERY_TERMS,
    MAX_WARNINGS,
};
pub use rebuild::{IndexRebuild, RebuildReason};
pub use schedule::{pick_leases, polled_host};
pub use search::{Facets, Highlighted, Order, SearchHit, SearchRequest, SearchResults, MAX_LIMIT};
pub use store::{Sink, StateKind, Store, StoreExt, WriterLock};
