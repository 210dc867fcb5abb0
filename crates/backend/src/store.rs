//! The system of record's contract.
use std::collections::HashMap;
use std::ops::ControlFlow;

use gleaner_core::{Item, ItemId, SourceKind};

use crate::model::{
    BatchWritten, Counts, Decision, DecisionRecord, Existing, ItemWrite, LearnedRow, NoteRecord,
    RunId, RunRecord, RunStatus, ScoreRow, StoredItem, StoredMember, StoryMerge, StoryRecord,
};
use crate::StoreError;

/// A sink for a stream of records: return [`ControlFlow::Break`] to stop early.
pub type Sink<'a, T> = &'a mut dyn FnMut(T) -> ControlFlow<()>;

/// What the pipeline needs of a system of record: items with their revisions, stories and
/// their members, sources' fetch state, the runs log, curators' decisions and notes.
///
/// `gleaner-store`'s `SqliteStore` keeps it in one SQLite file, [`crate::MemoryStore`] in
/// memory; a PostgreSQL store can be added behind this trait without touching the pipeline.
/// Every implementation passes the conformance suite (`conformance::store`, feature
/// `conformance`).
///
/// # What every store guarantees
///
/// - **Shared.** Methods take `&self`: a store handles its own concurrency (a lock, a
///   connection pool) and may be used from many threads, and from many processes when its
///   backend allows it.
/// - **Atomic batches.** [`Store::write_batch`] writes all of a batch or nothing of it.
/// - **Sequence numbers in commit order.** Every stored change of an item takes the next
///   change sequence number (`seq`), and the numbers are handed out *in commit order*: once a
///   change numbered `n` can be read, every change numbered below `n` can be read too, even
///   with several writers in several processes. (A writer takes its numbers while it holds
///   the store's write lock and keeps the lock until it commits; the SQL stores do this with a
///   counter row updated inside the write transaction.) So a search index that has seen every
///   change up to `n` catches up with [`Store::items_after`]`(n)` and misses nothing.
/// - **Streams can stop.** [`Store::members`] and [`Store::items_after`] hand records to a
///   [`Sink`] that may stop the stream; a failure to read ends it with an error. For a sink
///   that can fail with its own error, see [`StoreExt`].
pub trait Store: Send + Sync {
    /// Appends a run to the log, `running`.
    fn begin_run(&self, inputs: &[String]) -> Result<RunId, StoreError>;
    /// Records how a run ended and its report (JSON).
    fn finish_run(&self, run: RunId, status: RunStatus, report: &str) -> Result<(), StoreError>;
    /// The runs log, oldest first.
    fn runs(&self) -> Result<Vec<RunRecord>, StoreError>;
    /// What is stored of each of `ids` (absent ids are not in the map).
    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, StoreError>;
    /// Writes a batch atomically: the items (inserted, revised or left unchanged), then the
    /// story merges in order — every stored member of `from` moves to `into` and takes a new
    /// sequence number, the story row `from` is deleted, and decisions and notes on `from`
    /// now name `into` — then the story rows changed (`into`'s among them), and a summary
    /// line for the run's log. Says what happened to each item, in order, which items moved,
    /// and which sequence numbers the batch took.
    fn write_batch(
        &self,
        run: RunId,
        batch_no: u32,
        items: &[ItemWrite],
        merges: &[StoryMerge],
        stories: &[StoryRecord],
        summary: &str,
    ) -> Result<BatchWritten, StoreError>;
    /// Replaces the stored fingerprints of items, for fingerprints kept in an older format:
    /// the item's content is the same, so this is no revision and takes no sequence number
    /// (the index holds no fingerprints). Unknown ids are skipped. Atomic.
    fn rewrite_fingerprints(&self, fingerprints: &[(ItemId, Vec<u8>)]) -> Result<(), StoreError>;
    /// Every story member in the order they joined, with fingerprints: what dedup rebuilds its
    /// lookup structure from. Returns how the stream ended.
    fn members(&self, sink: Sink<'_, StoredMember>) -> Result<ControlFlow<()>, StoreError>;
    /// The members whose item changed after change `seq` — joined, revised, or moved by a
    /// merge — in the order of those changes, with their fingerprints: how a writer that
    /// shares the store with others brings its dedup structure up to date
    /// ([`Store::lock_batch`]). Returns how the stream ended.
    fn members_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredMember>,
    ) -> Result<ControlFlow<()>, StoreError>;
    /// Every item whose last change is numbered above `seq`, in `seq` order. Returns how the
    /// stream ended.
    fn items_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredItem>,
    ) -> Result<ControlFlow<()>, StoreError>;
    /// One item.
    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, StoreError>;
    /// Every revision of an item, oldest first.
    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, StoreError>;
    /// One story.
    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, StoreError>;
    /// The last change sequence number (0 for an empty store).
    fn max_seq(&self) -> Result<u64, StoreError>;
    /// The store's identity: random (128 bits, as 32 hex digits), made when the store is
    /// created and renewed by [`Store::renew_store_id`], so different for every store — an
    /// emptied, deleted or replaced one has another — and for every copy of one that has been
    /// opened since it was copied. A search index records it with every commit so that it is
    /// never served for another store.
    fn store_id(&self) -> Result<String, StoreError>;
    /// Gives the store a new random identity and returns it. A workspace renews it each time
    /// it opens the store for writing, after checking the index against the old one: two
    /// copies of one workspace then never share an identity once either has been opened.
    fn renew_store_id(&self) -> Result<String, StoreError>;
    /// Record counts.
    fn counts(&self) -> Result<Counts, StoreError>;
    /// A source's saved fetch state (JSON), if any.
    fn source_state(&self, location: &str) -> Result<Option<String>, StoreError>;
    /// Saves the fetch state (JSON) of a source: a feed, or a page fetched for its full text.
    fn set_source_state(
        &self,
        location: &str,
        kind: StateKind,
        state: &str,
    ) -> Result<(), StoreError>;
    /// Adds `locations` to the polling schedule (`gleaner schedule`), each due at `now` when
    /// new; known ones keep their schedule. Returns how many were new.
    fn add_polled(&self, locations: &[String], now: i64) -> Result<usize, StoreError>;
    /// Leases to `worker`, until `until`, up to `limit` sources due at `now` (earliest due
    /// first) that no live lease holds: at most one per host, and none of a host that another
    /// live lease is fetching, so per-host politeness holds across workers. An expired lease
    /// (its worker died) counts as none. Leasing is atomic: two workers never lease one
    /// source, nor two sources of one host, at once.
    fn lease_polled(
        &self,
        worker: &str,
        limit: usize,
        now: i64,
        until: i64,
    ) -> Result<Vec<String>, StoreError>;
    /// Ends `worker`'s lease of `location` and makes the source next due at `next_poll`.
    /// Returns `false`, changing nothing, when `worker` does not hold the lease (it expired and
    /// another took it).
    fn release_polled(
        &self,
        location: &str,
        worker: &str,
        next_poll: i64,
    ) -> Result<bool, StoreError>;
    /// The polling schedule: every source with when it is next due, earliest first.
    fn polled(&self) -> Result<Vec<(String, i64)>, StoreError>;
    /// Records a curator's decision, and its audit entry.
    fn record_decision(&self, decision: &Decision) -> Result<(), StoreError>;
    /// Every decision, in the order recorded, with when.
    fn decisions(&self) -> Result<Vec<DecisionRecord>, StoreError>;
    /// Replaces the weights learned for `profile` (a profile's name) with `weights`.
    fn save_learned(&self, profile: &str, weights: &[LearnedRow]) -> Result<(), StoreError>;
    /// The weights learned for `profile`, in the order saved.
    fn learned(&self, profile: &str) -> Result<Vec<LearnedRow>, StoreError>;
    /// Keeps items' scores against `profile`, replacing what was kept for those items.
    fn save_scores(&self, profile: &str, scores: &[ScoreRow]) -> Result<(), StoreError>;
    /// The score kept for `item` against `profile`, if any.
    fn score(&self, profile: &str, item: ItemId) -> Result<Option<ScoreRow>, StoreError>;
    /// The scores kept for `profile`, best first (equal scores by item id).
    fn scores(&self, profile: &str) -> Result<Vec<ScoreRow>, StoreError>;
    /// Saves a curator account: its name and a password hash (a PHC string, such as Argon2's),
    /// replacing the hash of an account of that name, and its audit entry. The store never
    /// sees a password.
    fn save_user(&self, name: &str, password_hash: &str) -> Result<(), StoreError>;
    /// The password hash of the account `name`, or `None` when there is none.
    fn password_hash(&self, name: &str) -> Result<Option<String>, StoreError>;
    /// Every note, in the order written.
    fn notes(&self) -> Result<Vec<NoteRecord>, StoreError>;
    /// Adds a note to an item or story, and its audit entry.
    fn add_note(
        &self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), StoreError>;

    /// Takes the store's writer lock, held until the returned guard drops (or the process
    /// ends, however it ends), or fails with [`StoreError::Busy`] at once when another holder
    /// has it. A workspace takes it when it opens for writing, so that two pipelines never
    /// deduplicate against one store at once — which, for a store shared by several hosts,
    /// the workspace directory's own lock file cannot ensure. Runs left `running` by a
    /// holder that died are marked `interrupted` once the lock is taken.
    ///
    /// The default takes nothing: for a store only one process can open for writing, or one
    /// in memory.
    fn lock_writer(&self) -> Result<WriterLock, StoreError> {
        Ok(WriterLock::none())
    }

    /// Takes the writer lock shared, held until the guard drops, or fails with
    /// [`StoreError::Busy`] at once while an exclusive writer ([`Store::lock_writer`]) has it.
    /// What each of several writers sharing the store holds (they place batches under
    /// [`Store::lock_batch`]): any number of them at once, but none beside an exclusive
    /// writer, which is refused while any of them holds it.
    ///
    /// The default takes nothing, as [`Store::lock_writer`]'s.
    fn lock_shared_writer(&self) -> Result<WriterLock, StoreError> {
        Ok(WriterLock::none())
    }

    /// Takes the store's batch lock, waiting for it, held until the guard drops: what writers
    /// sharing one store (workers on several hosts, none holding [`Store::lock_writer`]) hold
    /// from bringing their dedup structure up to date ([`Store::members_after`]) to the index
    /// writes of their batch, so that each batch is placed in stories knowing every batch
    /// committed before it. The default takes nothing: a store one process writes needs none.
    fn lock_batch(&self) -> Result<WriterLock, StoreError> {
        Ok(WriterLock::none())
    }
}

/// A store's writer lock ([`Store::lock_writer`]): released when dropped.
#[must_use = "the lock is released when this is dropped"]
pub struct WriterLock(#[allow(dead_code)] Option<Box<dyn Send + Sync>>);

impl WriterLock {
    /// A lock that holds nothing, for stores that need none.
    pub fn none() -> Self {
        WriterLock(None)
    }

    /// A lock held for as long as `guard` lives (a connection holding a database lock, a
    /// locked file).
    pub fn held_by(guard: impl Send + Sync + 'static) -> Self {
        WriterLock(Some(Box::new(guard)))
    }
}

impl std::fmt::Debug for WriterLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "WriterLock(held)"
        } else {
            "WriterLock(none)"
        })
    }
}

/// What a saved fetch state belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateKind {
    /// A source read by the pipeline (a feed, or a page named as an input).
    Source(SourceKind),
    /// An article page fetched for an item's full text.
    FullTextPage,
}

impl StateKind {
    /// The kind as stored (`url`, `file`, `page`).
    pub fn as_str(self) -> &'static str {
        match self {
            StateKind::Source(SourceKind::Url) => "url",
            StateKind::Source(SourceKind::File) => "file",
            StateKind::Source(_) => "source",
            StateKind::FullTextPage => "page",
        }
    }
}

/// Streams with a sink that can fail with its own error, for every [`Store`] (`dyn` ones
/// too). The sink's first error stops the stream and is returned as it is; a store error is
/// converted with `From`.
///
/// ```
/// use std::ops::ControlFlow;
/// use gleaner_backend::{MemoryStore, StoreError, StoreExt};
///
/// let store = MemoryStore::new();
/// let seen = store.try_items_after(0, |item| {
///     if item.seq > 10 { return Err(StoreError::ReadOnly) }
///     Ok(ControlFlow::Continue(()))
/// })?;
/// assert_eq!(seen, ControlFlow::Continue(()));
/// # Ok::<(), StoreError>(())
/// ```
pub trait StoreExt {
    /// [`Store::items_after`] with a fallible sink.
    fn try_items_after<E: From<StoreError>>(
        &self,
        seq: u64,
        sink: impl FnMut(StoredItem) -> Result<ControlFlow<()>, E>,
    ) -> Result<ControlFlow<()>, E>;

    /// [`Store::members`] with a fallible sink.
    fn try_members<E: From<StoreError>>(
        &self,
        sink: impl FnMut(StoredMember) -> Result<ControlFlow<()>, E>,
    ) -> Result<ControlFlow<()>, E>;

    /// Every item changed after `seq`, in order, in memory: for small stores and tests.
    fn collect_items_after(&self, seq: u64) -> Result<Vec<StoredItem>, StoreError> {
        let mut items = Vec::new();
        let _ = self.try_items_after(seq, |item| {
            items.push(item);
            Ok::<_, StoreError>(ControlFlow::Continue(()))
        })?;
        Ok(items)
    }
}

impl<S: Store + ?Sized> StoreExt for S {
    fn try_items_after<E: From<StoreError>>(
        &self,
        seq: u64,
        sink: impl FnMut(StoredItem) -> Result<ControlFlow<()>, E>,
    ) -> Result<ControlFlow<()>, E> {
        let mut sink = Fallible::new(sink);
        let flow = self.items_after(seq, &mut |item| sink.call(item))?;
        sink.finish(flow)
    }

    fn try_members<E: From<StoreError>>(
        &self,
        sink: impl FnMut(StoredMember) -> Result<ControlFlow<()>, E>,
    ) -> Result<ControlFlow<()>, E> {
        let mut sink = Fallible::new(sink);
        let flow = self.members(&mut |member| sink.call(member))?;
        sink.finish(flow)
    }
}

/// A fallible sink adapted to a [`Sink`]: its first error breaks the stream and is kept.
struct Fallible<F, E> {
    sink: F,
    error: Option<E>,
}

impl<F, E> Fallible<F, E> {
    fn new(sink: F) -> Self {
        Fallible { sink, error: None }
    }

    fn call<T>(&mut self, value: T) -> ControlFlow<()>
    where
        F: FnMut(T) -> Result<ControlFlow<()>, E>,
    {
        match (self.sink)(value) {
            Ok(flow) => flow,
            Err(e) => {
                self.error = Some(e);
                ControlFlow::Break(())
            }
        }
    }

    fn finish(self, flow: ControlFlow<()>) -> Result<ControlFlow<()>, E> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(flow),
        }
    }
}
