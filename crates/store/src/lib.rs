//! The system of record: items with their revisions, sources with their fetch state, stories
//! and their members, curators' decisions, notes and the audit trail, and a log of runs.
//!
//! [`Store`] (from `gleaner-backend`, re-exported here) is what the pipeline needs of a
//! store; [`SqliteStore`] implements it in one SQLite file in WAL mode (readers never wait for
//! the writer; a thread of the store's own copies the log into the database, off the writer's
//! commits), with schema migrations ([`SCHEMA_VERSION`]). Writes come in batches, one
//! transaction each ([`Store::write_batch`]): a process killed at any instant leaves every
//! committed batch and none of the one in flight. Writing an item that is already stored with
//! the same content changes nothing but its `last_run` ([`Written::Unchanged`]); different
//! content becomes a new revision.
//!
//! Every item write takes the next change sequence number (`seq`), in commit order even with
//! several writer processes (an `IMMEDIATE` transaction takes them from a counter), so a
//! search index that remembers the last `seq` it committed can catch up after a crash with
//! [`Store::items_after`]; and every database has its own identity ([`Store::store_id`]), so
//! that an index can tell the store it mirrors from another.
//!
//! ```
//! use gleaner_store::{SqliteStore, Store};
//! let dir = tempfile::tempdir()?;
//! let store = SqliteStore::open(&dir.path().join("gleaner.db"))?;
//! let run = store.begin_run(&["feeds/".to_owned()])?;
//! assert_eq!(store.counts()?.runs, 1);
//! # let _ = run;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod batch;
mod checkpoint;
mod curation;
mod locks;
mod members;
mod schedule;
mod schema;
mod sqlite;

pub use gleaner_backend::{
    BatchWritten, Counts, Decision, Existing, ItemWrite, RunId, RunRecord, RunStatus, SeqRange,
    Sink, StateKind, Store, StoreError as Error, StoreExt, StoredItem, StoredMember, StoryId,
    StoryRecord, Written,
};
pub use schema::SCHEMA_VERSION;
pub use sqlite::SqliteStore;
