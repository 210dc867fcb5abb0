//! A whole store in memory: for embedding gleaner where nothing should touch the disk, and for
//! tests. It keeps everything `SqliteStore` keeps, with the same guarantees (it passes the
//! same conformance suite), until it is dropped.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::ops::ControlFlow;
use std::sync::{Mutex, MutexGuard};

use gleaner_core::{Item, ItemId};

use crate::model::{
    BatchWritten, Counts, Decision, DecisionRecord, Existing, ItemWrite, LearnedRow, NoteRecord,
    RunId, RunRecord, RunStatus, ScoreRow, SeqRange, StoredItem, StoredMember, StoryMerge,
    StoryRecord, Written,
};
use crate::store::{Sink, StateKind, Store};
use crate::StoreError;

/// Records handed to a sink per turn of the lock: the lock is never held while a sink runs,
/// so a sink may call the store.
const STREAM_PAGE: usize = 256;

/// A [`Store`] in memory. Cheap to create; everything is lost when it is dropped.
#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    items: HashMap<ItemId, Row>,
    /// Item ids by the sequence number of their last change.
    by_seq: BTreeMap<u64, ItemId>,
    revisions: HashMap<ItemId, Vec<Item>>,
    stories: HashMap<ItemId, StoryRecord>,
    /// Story members in the order they joined, with the member each was matched with.
    members: Vec<(ItemId, Option<ItemId>)>,
    member_set: HashSet<ItemId>,
    runs: Vec<RunRecord>,
    sources: HashMap<String, (StateKind, String)>,
    /// The polling schedule: location → (next due, lease holder and its end).
    polled: HashMap<String, Polled>,
    decisions: Vec<(Decision, i64)>,
    learned: HashMap<String, Vec<LearnedRow>>,
    scores: HashMap<String, HashMap<ItemId, ScoreRow>>,
    notes: Vec<Note>,
    users: HashMap<String, String>,
    last_seq: u64,
    store_id: Option<String>,
}

/// A polled source: when it is next due, and who leases it until when.
#[derive(Debug, Clone, Default)]
struct Polled {
    next_poll: i64,
    lease: Option<(String, i64)>,
}

/// A note on an item or a story: who wrote what, when.
#[derive(Debug)]
#[allow(dead_code)] // Kept for the review desk, which will read notes back.
struct Note {
    item: Option<ItemId>,
    story: Option<ItemId>,
    author: String,
    body: String,
    at: i64,
}

#[derive(Debug, Clone)]
struct Row {
    item: Item,
    canonical_url: Option<String>,
    content_hash: u64,
    fingerprint: Vec<u8>,
    revision: u32,
    story: ItemId,
    first_run: RunId,
    seq: u64,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// 128 random bits as 32 hex digits, from the standard library's randomly keyed hasher (a
/// fresh key per call) and the clock.
fn random_id() -> String {
    let half = || {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        hasher.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    fn lock(&self) -> Result<MutexGuard<'_, Inner>, StoreError> {
        // A panic in another thread while it held the lock leaves a store that may be half
        // written: refuse it rather than serve it.
        self.inner.lock().map_err(|_| StoreError::Corrupt {
            table: "memory",
            detail: "a writer panicked while holding the store".to_owned(),
        })
    }

    /// Streams pages of records chosen by `page` (given the cursor, it returns the next
    /// records and the cursor after them), releasing the lock between pages.
    fn stream<T>(
        &self,
        mut cursor: u64,
        page: impl Fn(&Inner, u64) -> (Vec<T>, u64),
        sink: Sink<'_, T>,
    ) -> Result<ControlFlow<()>, StoreError> {
        loop {
            let (records, next) = page(&*self.lock()?, cursor);
            if records.is_empty() {
                return Ok(ControlFlow::Continue(()));
            }
            for record in records {
                if sink(record).is_break() {
                    return Ok(ControlFlow::Break(()));
                }
            }
            cursor = next;
        }
    }
}

impl Inner {
    fn stored(&self, row: &Row) -> StoredItem {
        StoredItem {
            item: row.item.clone(),
            story: row.story,
            seq: row.seq,
            revision: row.revision,
        }
    }

    /// Moves every member of `merge.from` to `merge.into`, each with a new sequence number
    /// after `last`; returns the last number taken.
    fn merge(&mut self, merge: StoryMerge, mut last: u64, moved: &mut Vec<ItemId>) -> u64 {
        let mut members: Vec<(u64, ItemId)> = self
            .items
            .iter()
            .filter(|(_, row)| row.story == merge.from)
            .map(|(id, row)| (row.seq, *id))
            .collect();
        members.sort_unstable();
        for (seq, id) in members {
            last += 1;
            self.by_seq.remove(&seq);
            self.by_seq.insert(last, id);
            let row = self.items.get_mut(&id).expect("listed above");
            row.story = merge.into;
            row.seq = last;
            moved.push(id);
        }
        self.stories.remove(&merge.from);
        for (decision, _) in &mut self.decisions {
            if decision.story == Some(merge.from) {
                decision.story = Some(merge.into);
            }
        }
        for note in &mut self.notes {
            if note.story == Some(merge.from) {
                note.story = Some(merge.into);
            }
        }
        last
    }

    /// Writes one item; `seq` is the number its change takes if it changes anything.
    fn write_item(&mut self, run: RunId, w: &ItemWrite, seq: u64) -> Written {
        let id = w.item.id;
        if let Some(row) = self.items.get_mut(&id) {
            if row.content_hash == w.content_hash {
                return Written::Unchanged;
            }
            self.by_seq.remove(&row.seq);
            row.revision += 1;
            row.item = w.item.clone();
            row.canonical_url = w.canonical_url.clone();
            row.content_hash = w.content_hash;
            row.fingerprint = w.fingerprint.clone();
            row.seq = seq;
            let revision = row.revision;
            self.by_seq.insert(seq, id);
            self.revisions.entry(id).or_default().push(w.item.clone());
            return Written::Revised { revision };
        }
        self.items.insert(
            id,
            Row {
                item: w.item.clone(),
                canonical_url: w.canonical_url.clone(),
                content_hash: w.content_hash,
                fingerprint: w.fingerprint.clone(),
                revision: 1,
                story: w.story,
                first_run: run,
                seq,
            },
        );
        self.by_seq.insert(seq, id);
        self.revisions.insert(id, vec![w.item.clone()]);
        if self.member_set.insert(id) {
            self.members.push((id, w.matched));
        }
        Written::Inserted
    }
}

impl Store for MemoryStore {
    fn begin_run(&self, inputs: &[String]) -> Result<RunId, StoreError> {
        let mut inner = self.lock()?;
        let id = inner.runs.len() as RunId + 1;
        inner.runs.push(RunRecord {
            id,
            started_at: now(),
            finished_at: None,
            status: RunStatus::Running,
            inputs: inputs.to_vec(),
            report: None,
        });
        Ok(id)
    }

    fn finish_run(&self, run: RunId, status: RunStatus, report: &str) -> Result<(), StoreError> {
        let mut inner = self.lock()?;
        if let Some(record) = inner.runs.iter_mut().find(|r| r.id == run) {
            record.finished_at = Some(now());
            record.status = status;
            record.report = Some(report.to_owned());
        }
        Ok(())
    }

    fn runs(&self) -> Result<Vec<RunRecord>, StoreError> {
        Ok(self.lock()?.runs.clone())
    }

    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, StoreError> {
        let inner = self.lock()?;
        Ok(ids
            .iter()
            .filter_map(|id| {
                let row = inner.items.get(id)?;
                Some((
                    *id,
                    Existing {
                        content_hash: row.content_hash,
                        revision: row.revision,
                        story: row.story,
                        first_run: row.first_run,
                    },
                ))
            })
            .collect())
    }

    fn write_batch(
        &self,
        run: RunId,
        _batch_no: u32,
        items: &[ItemWrite],
        merges: &[StoryMerge],
        stories: &[StoryRecord],
        _summary: &str,
    ) -> Result<BatchWritten, StoreError> {
        // One lock for the whole batch: atomic, and numbered in commit order.
        let mut inner = self.lock()?;
        let after = inner.last_seq;
        let mut next = after;
        let mut written = Vec::with_capacity(items.len());
        for w in items {
            let outcome = inner.write_item(run, w, next + 1);
            if outcome != Written::Unchanged {
                next += 1;
            }
            written.push(outcome);
        }
        let mut moved = Vec::new();
        for merge in merges {
            next = inner.merge(*merge, next, &mut moved);
        }
        inner.last_seq = next;
        for story in stories {
            inner.stories.insert(story.id, story.clone());
        }
        Ok(BatchWritten {
            written,
            moved,
            seq: SeqRange { after, last: next },
        })
    }

    fn rewrite_fingerprints(&self, fingerprints: &[(ItemId, Vec<u8>)]) -> Result<(), StoreError> {
        let mut inner = self.lock()?;
        for (id, fingerprint) in fingerprints {
            if let Some(row) = inner.items.get_mut(id) {
                row.fingerprint = fingerprint.clone();
            }
        }
        Ok(())
    }

    fn members(&self, sink: Sink<'_, StoredMember>) -> Result<ControlFlow<()>, StoreError> {
        let page = |inner: &Inner, from: u64| {
            let from = from as usize;
            let records = inner
                .members
                .iter()
                .skip(from)
                .take(STREAM_PAGE)
                .filter_map(|(id, matched)| {
                    let row = inner.items.get(id)?;
                    Some(StoredMember {
                        id: *id,
                        story: row.story,
                        source: row.item.source.location.clone(),
                        published: row.item.date().map(|d| d.timestamp()),
                        fingerprint: row.fingerprint.clone(),
                        canonical_url: row.canonical_url.clone(),
                        matched: *matched,
                    })
                })
                .collect();
            let end = (from + STREAM_PAGE).min(inner.members.len());
            (records, end as u64)
        };
        self.stream(0, page, sink)
    }

    fn members_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredMember>,
    ) -> Result<ControlFlow<()>, StoreError> {
        let page = |inner: &Inner, after: u64| {
            let changed: Vec<(u64, ItemId)> = inner
                .by_seq
                .range(after + 1..)
                .take(STREAM_PAGE)
                .map(|(&seq, &id)| (seq, id))
                .collect();
            let next = changed.last().map_or(after, |c| c.0);
            let records = changed
                .into_iter()
                .filter_map(|(_, id)| {
                    let row = inner.items.get(&id)?;
                    let matched = inner
                        .members
                        .iter()
                        .find(|(m, _)| *m == id)
                        .and_then(|(_, matched)| *matched);
                    Some(StoredMember {
                        id,
                        story: row.story,
                        source: row.item.source.location.clone(),
                        published: row.item.date().map(|d| d.timestamp()),
                        fingerprint: row.fingerprint.clone(),
                        canonical_url: row.canonical_url.clone(),
                        matched,
                    })
                })
                .collect();
            (records, next)
        };
        self.stream(seq, page, sink)
    }

    fn items_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredItem>,
    ) -> Result<ControlFlow<()>, StoreError> {
        let page = |inner: &Inner, after: u64| {
            let records: Vec<StoredItem> = inner
                .by_seq
                .range(after + 1..)
                .take(STREAM_PAGE)
                .map(|(_, id)| inner.stored(&inner.items[id]))
                .collect();
            let next = records.last().map_or(after, |r| r.seq);
            (records, next)
        };
        self.stream(seq, page, sink)
    }

    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, StoreError> {
        let inner = self.lock()?;
        Ok(inner.items.get(&id).map(|row| inner.stored(row)))
    }

    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, StoreError> {
        Ok(self.lock()?.revisions.get(&id).cloned().unwrap_or_default())
    }

    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, StoreError> {
        Ok(self.lock()?.stories.get(&id).cloned())
    }

    fn max_seq(&self) -> Result<u64, StoreError> {
        Ok(self.lock()?.last_seq)
    }

    fn store_id(&self) -> Result<String, StoreError> {
        let mut inner = self.lock()?;
        Ok(inner.store_id.get_or_insert_with(random_id).clone())
    }

    fn renew_store_id(&self) -> Result<String, StoreError> {
        let id = random_id();
        self.lock()?.store_id = Some(id.clone());
        Ok(id)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let inner = self.lock()?;
        Ok(Counts {
            items: inner.items.len() as u64,
            stories: inner.stories.len() as u64,
            revisions: inner.revisions.values().map(|r| r.len() as u64).sum(),
            runs: inner.runs.len() as u64,
        })
    }

    fn source_state(&self, location: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .lock()?
            .sources
            .get(location)
            .map(|(_, state)| state.clone()))
    }

    fn set_source_state(
        &self,
        location: &str,
        kind: StateKind,
        state: &str,
    ) -> Result<(), StoreError> {
        self.lock()?
            .sources
            .insert(location.to_owned(), (kind, state.to_owned()));
        Ok(())
    }

    fn add_polled(&self, locations: &[String], now: i64) -> Result<usize, StoreError> {
        let mut inner = self.lock()?;
        let mut added = 0;
        for location in locations {
            if !inner.polled.contains_key(location) {
                inner.polled.insert(
                    location.clone(),
                    Polled {
                        next_poll: now,
                        lease: None,
                    },
                );
                added += 1;
            }
        }
        Ok(added)
    }

    fn lease_polled(
        &self,
        worker: &str,
        limit: usize,
        now: i64,
        until: i64,
    ) -> Result<Vec<String>, StoreError> {
        let mut inner = self.lock()?;
        let live = |p: &Polled| p.lease.as_ref().is_some_and(|(_, end)| *end >= now);
        let busy = inner
            .polled
            .iter()
            .filter(|(_, p)| live(p))
            .filter_map(|(l, _)| crate::polled_host(l))
            .collect();
        let mut due: Vec<(&String, i64, Option<String>)> = inner
            .polled
            .iter()
            .filter(|(_, p)| p.next_poll <= now && !live(p))
            .map(|(l, p)| (l, p.next_poll, crate::polled_host(l)))
            .collect();
        due.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(b.0)));
        let picked = crate::pick_leases(
            due.iter().map(|(l, _, h)| (l.as_str(), h.as_deref())),
            &busy,
            limit,
        );
        for location in &picked {
            if let Some(p) = inner.polled.get_mut(location) {
                p.lease = Some((worker.to_owned(), until));
            }
        }
        Ok(picked)
    }

    fn release_polled(
        &self,
        location: &str,
        worker: &str,
        next_poll: i64,
    ) -> Result<bool, StoreError> {
        let mut inner = self.lock()?;
        match inner.polled.get_mut(location) {
            Some(p) if p.lease.as_ref().is_some_and(|(w, _)| w == worker) => {
                p.lease = None;
                p.next_poll = next_poll;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn polled(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let inner = self.lock()?;
        let mut out: Vec<(String, i64)> = inner
            .polled
            .iter()
            .map(|(l, p)| (l.clone(), p.next_poll))
            .collect();
        out.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }

    fn decisions(&self) -> Result<Vec<DecisionRecord>, StoreError> {
        Ok(self
            .lock()?
            .decisions
            .iter()
            .map(|(decision, at)| DecisionRecord {
                decision: decision.clone(),
                at: *at,
            })
            .collect())
    }

    fn save_user(&self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        self.lock()?
            .users
            .insert(name.to_owned(), password_hash.to_owned());
        Ok(())
    }

    fn password_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self.lock()?.users.get(name).cloned())
    }

    fn notes(&self) -> Result<Vec<NoteRecord>, StoreError> {
        Ok(self
            .lock()?
            .notes
            .iter()
            .map(|n| NoteRecord {
                item: n.item,
                story: n.story,
                author: n.author.clone(),
                body: n.body.clone(),
                at: n.at,
            })
            .collect())
    }

    fn save_learned(&self, profile: &str, weights: &[LearnedRow]) -> Result<(), StoreError> {
        self.lock()?
            .learned
            .insert(profile.to_owned(), weights.to_vec());
        Ok(())
    }

    fn learned(&self, profile: &str) -> Result<Vec<LearnedRow>, StoreError> {
        Ok(self
            .lock()?
            .learned
            .get(profile)
            .cloned()
            .unwrap_or_default())
    }

    fn save_scores(&self, profile: &str, scores: &[ScoreRow]) -> Result<(), StoreError> {
        let mut inner = self.lock()?;
        let kept = inner.scores.entry(profile.to_owned()).or_default();
        for row in scores {
            kept.insert(row.item, row.clone());
        }
        Ok(())
    }

    fn score(&self, profile: &str, item: ItemId) -> Result<Option<ScoreRow>, StoreError> {
        Ok(self
            .lock()?
            .scores
            .get(profile)
            .and_then(|kept| kept.get(&item).cloned()))
    }

    fn scores(&self, profile: &str) -> Result<Vec<ScoreRow>, StoreError> {
        let inner = self.lock()?;
        let mut rows: Vec<ScoreRow> = inner
            .scores
            .get(profile)
            .map(|kept| kept.values().cloned().collect())
            .unwrap_or_default();
        rows.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.item.cmp(&b.item)));
        Ok(rows)
    }

    fn record_decision(&self, decision: &Decision) -> Result<(), StoreError> {
        self.lock()?.decisions.push((decision.clone(), now()));
        Ok(())
    }

    fn add_note(
        &self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), StoreError> {
        self.lock()?.notes.push(Note {
            item,
            story,
            author: author.to_owned(),
            body: body.to_owned(),
            at: now(),
        });
        Ok(())
    }
}
