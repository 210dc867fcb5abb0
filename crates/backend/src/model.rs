//! What a store holds, as values.
use gleaner_core::{Item, ItemId};
use serde::{Deserialize, Serialize};

/// A run's id (its row in the runs log).
pub type RunId = i64;

/// A story's id: the id of the item that founded it.
pub type StoryId = ItemId;

/// An item as it is to be written: the item and what the pipeline computed for it.
#[derive(Debug, Clone)]
pub struct ItemWrite {
    /// The item.
    pub item: Item,
    /// Its canonical URL.
    pub canonical_url: Option<String>,
    /// Hash of its normalized content: a new revision is recorded when it changes.
    pub content_hash: u64,
    /// Its dedup fingerprint, as opaque bytes (the store keeps them so that dedup can rebuild
    /// its lookup structure at open without re-reading every text).
    pub fingerprint: Vec<u8>,
    /// The story it belongs to.
    pub story: StoryId,
    /// The member it was matched with, when it joined an existing story.
    pub matched: Option<ItemId>,
    /// Why it was matched (the dedup reason's name, e.g. `copy`).
    pub reason: Option<String>,
}

/// What the store already knows of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    /// Hash of the stored content.
    pub content_hash: u64,
    /// The stored revision (1 for the first).
    pub revision: u32,
    /// The item's story.
    pub story: StoryId,
    /// The run that first stored it.
    pub first_run: RunId,
}

/// What writing one item did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Written {
    /// The item was new.
    Inserted,
    /// The item was known and its content changed: a new revision.
    Revised {
        /// The new revision number.
        revision: u32,
    },
    /// The item was known with the same content: nothing was written.
    Unchanged,
}

/// Two stories dedup found to be one (a later item matched both): every member of `from`
/// moves to `into`, and `from` is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StoryMerge {
    /// The story merged away.
    pub from: StoryId,
    /// The story that keeps the members of both.
    pub into: StoryId,
}

/// A story row, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryRecord {
    /// The story's id.
    pub id: StoryId,
    /// Its representative member.
    pub representative: ItemId,
    /// Its originator (earliest published member).
    pub originator: ItemId,
    /// How many members it has.
    pub members: u32,
    /// How many distinct sources carried it.
    pub coverage: u32,
}

/// One stored item, as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredItem {
    /// The item.
    pub item: Item,
    /// Its story.
    pub story: StoryId,
    /// Its change sequence number: every write gets a larger one, so "everything after seq N"
    /// is what an index that has seen up to N lacks.
    pub seq: u64,
    /// Its revision.
    pub revision: u32,
}

/// One dedup member, as read back to rebuild the dedup structure at open.
#[derive(Debug, Clone)]
pub struct StoredMember {
    /// The item.
    pub id: ItemId,
    /// Its story.
    pub story: StoryId,
    /// Its source (for coverage).
    pub source: String,
    /// When it was published (Unix seconds).
    pub published: Option<i64>,
    /// Its fingerprint bytes.
    pub fingerprint: Vec<u8>,
    /// Its canonical URL (dedup counts coverage by its host).
    pub canonical_url: Option<String>,
    /// The member it was matched with when it joined (none for a story's founder).
    pub matched: Option<ItemId>,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    /// Still running (or killed before it could say otherwise).
    Running,
    /// Finished.
    Finished,
    /// Found unfinished when the store was next opened.
    Interrupted,
    /// Stopped by an error.
    Failed,
}

impl RunStatus {
    /// Every status.
    pub const ALL: [RunStatus; 4] = [
        RunStatus::Running,
        RunStatus::Finished,
        RunStatus::Interrupted,
        RunStatus::Failed,
    ];

    /// The status as stored and printed (`running`, `finished`, `interrupted`, `failed`).
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Finished => "finished",
            RunStatus::Interrupted => "interrupted",
            RunStatus::Failed => "failed",
        }
    }

    /// The status named `name` (as [`RunStatus::as_str`] writes it).
    pub fn parse(name: &str) -> Option<RunStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

impl std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A row of the runs log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunRecord {
    /// The run.
    pub id: RunId,
    /// Unix seconds.
    pub started_at: i64,
    /// Unix seconds, when it finished.
    pub finished_at: Option<i64>,
    /// How it ended.
    pub status: RunStatus,
    /// What it was asked to read.
    pub inputs: Vec<String>,
    /// Its report (JSON), when it finished.
    pub report: Option<String>,
}

/// Row counts, for reports and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Items.
    pub items: u64,
    /// Stories.
    pub stories: u64,
    /// Revisions (first versions included).
    pub revisions: u64,
    /// Runs.
    pub runs: u64,
}

/// A curator's decision on an item or story (used by the review issue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The item decided on.
    pub item: Option<ItemId>,
    /// The story decided on.
    pub story: Option<StoryId>,
    /// What was decided (`approve`, `reject`, `escalate`…).
    pub decision: String,
    /// Who decided.
    pub curator: String,
    /// Why.
    pub reason: Option<String>,
}

/// A decision as kept, with when it was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRecord {
    /// The decision.
    pub decision: Decision,
    /// When it was recorded, in seconds since the Unix epoch.
    pub at: i64,
}

/// A curator's note on an item or a story, as kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRecord {
    /// The item it is on.
    pub item: Option<ItemId>,
    /// The story it is on.
    pub story: Option<StoryId>,
    /// Who wrote it.
    pub author: String,
    /// What it says.
    pub body: String,
    /// When it was written, in seconds since the Unix epoch.
    pub at: i64,
}

/// A weight learned from the curator's decisions for one profile (the scoring crate's
/// `LearnedWeight`, kept as plain columns).
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedRow {
    /// What it is attached to: `source`, `author`, `tag` or `term`.
    pub kind: String,
    /// The source, author, tag or word.
    pub key: String,
    /// What it adds to a score (negative: subtracts).
    pub weight: f64,
    /// Decisions that approved items with it.
    pub approved: u32,
    /// Decisions that rejected items with it.
    pub rejected: u32,
}

/// An item's score against one profile, as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    /// The item.
    pub item: ItemId,
    /// The score, in [0, 1].
    pub score: f64,
    /// The explanation, as JSON.
    pub explanation: String,
    /// When it was scored, in seconds since the Unix epoch.
    pub scored_at: i64,
}

/// The change sequence numbers one batch took: `after + 1 ..= last` (none when `last ==
/// after`, a batch of unchanged items).
///
/// Sequence numbers are given in commit order (see [`crate::Store`]): every change numbered
/// at most `after` was committed before this batch, so an index that covered the store up to
/// `after` covers it up to `last` once it holds this batch's items. Any other `after` means
/// another writer committed in between: the index must catch up from the store instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeqRange {
    /// The store's last change before the batch.
    pub after: u64,
    /// The batch's last change (`after` when it changed nothing).
    pub last: u64,
}

/// What writing a batch did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchWritten {
    /// What happened to each item, in order.
    pub written: Vec<Written>,
    /// Stored items that moved to another story because of the batch's merges (each took a
    /// sequence number in [`BatchWritten::seq`], so an index catching up is given their new
    /// story).
    pub moved: Vec<ItemId>,
    /// The change sequence numbers the batch took.
    pub seq: SeqRange,
}
