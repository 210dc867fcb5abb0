//! The system of record: items with their revisions, sources with their fetch state, stories
//! and their members, curators' decisions, notes and the audit trail, and a log of runs.
//!
//! [`Store`] is what the pipeline needs of a store; [`SqliteStore`] implements it in one
//! SQLite file in WAL mode (readers never wait for the writer), with schema migrations
//! ([`SCHEMA_VERSION`]). Writes come in batches, one transaction each
//! ([`Store::write_batch`]): a process killed at any instant leaves every committed batch and
//! none of the one in flight. Writing an item that is already stored with the same content
//! changes nothing but its `last_run` ([`Written::Unchanged`]); different content becomes a
//! new revision.
//!
//! Every item write takes the next change sequence number (`seq`), so a search index that
//! remembers the last `seq` it committed can catch up after a crash with
//! [`Store::items_after`]; and every database has its own identity ([`Store::store_id`]), so
//! that an index can tell the store it mirrors from another.
//!
//! ```
//! use gleaner_store::{SqliteStore, Store};
//! let dir = tempfile::tempdir()?;
//! let mut store = SqliteStore::open(&dir.path().join("gleaner.db"))?;
//! let run = store.begin_run(&["feeds/".to_owned()])?;
//! assert_eq!(store.counts()?.runs, 1);
//! # let _ = run;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod model;
mod schema;
mod sqlite;

use std::collections::HashMap;

use gleaner_core::{Item, ItemId};

pub use error::Error;
pub use model::{
    Counts, Decision, Existing, ItemWrite, RunId, RunRecord, RunStatus, StoredItem, StoredMember,
    StoryId, StoryRecord, Written,
};
pub use schema::SCHEMA_VERSION;
pub use sqlite::SqliteStore;

/// What the pipeline needs of a system of record. `SqliteStore` is the implementation; a
/// PostgreSQL one can be added behind this trait without touching the pipeline.
pub trait Store: Send {
    /// Appends a run to the log, `running`.
    fn begin_run(&mut self, inputs: &[String]) -> Result<RunId, Error>;
    /// Records how a run ended and its report (JSON).
    fn finish_run(&mut self, run: RunId, status: RunStatus, report: &str) -> Result<(), Error>;
    /// The runs log, oldest first.
    fn runs(&self) -> Result<Vec<RunRecord>, Error>;
    /// What is stored of each of `ids` (absent ids are not in the map).
    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, Error>;
    /// Writes a batch in one transaction: the items (inserted, revised or left unchanged),
    /// the stories they changed, and a summary line for the run's log. Returns what happened
    /// to each item, in order.
    fn write_batch(
        &mut self,
        run: RunId,
        batch_no: u32,
        items: &[ItemWrite],
        stories: &[StoryRecord],
        summary: &str,
    ) -> Result<Vec<Written>, Error>;
    /// Every story member in the order they joined, with fingerprints: what dedup rebuilds its
    /// lookup structure from.
    fn members(&self, sink: &mut dyn FnMut(StoredMember)) -> Result<(), Error>;
    /// Every item written after change `seq`, in order.
    fn items_after(&self, seq: u64, sink: &mut dyn FnMut(StoredItem)) -> Result<(), Error>;
    /// One item.
    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, Error>;
    /// Every revision of an item, oldest first.
    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, Error>;
    /// One story.
    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, Error>;
    /// The last change sequence number (0 for an empty store).
    fn max_seq(&self) -> Result<u64, Error>;
    /// The store's identity: random (128 bits, as 32 hex digits), made when the database is
    /// created and renewed by [`Store::renew_store_id`], so different for every database — an
    /// emptied, deleted or replaced database has another — and for every copy of one that has
    /// been opened since it was copied. A search index records it with every commit so that
    /// it is never served for another store.
    fn store_id(&self) -> Result<String, Error>;
    /// Gives the store a new random identity and returns it. A workspace renews it each time
    /// it opens the store for writing, after checking the index against the old one: two
    /// copies of one workspace then never share an identity once either has been opened, so
    /// an index cannot be served for the other copy's database.
    fn renew_store_id(&mut self) -> Result<String, Error>;
    /// Row counts.
    fn counts(&self) -> Result<Counts, Error>;
    /// A source's saved fetch state (JSON), if any.
    fn source_state(&self, location: &str) -> Result<Option<String>, Error>;
    /// Saves a source's fetch state (JSON).
    fn set_source_state(&mut self, location: &str, kind: &str, state: &str) -> Result<(), Error>;
    /// Records a curator's decision, and its audit entry.
    fn record_decision(&mut self, decision: &Decision) -> Result<(), Error>;
    /// Adds a note to an item or story, and its audit entry.
    fn add_note(
        &mut self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), Error>;
}
