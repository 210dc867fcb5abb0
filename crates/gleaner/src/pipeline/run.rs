//! The one writer of a run: dedup places each prepared batch, the store takes it in one
//! transaction, and the index is given its documents and commits every
//! [`INDEX_COMMIT_ITEMS`] of them.
use std::collections::{HashMap, HashSet};

use gleaner_backend::{Existing, IndexDoc, ItemWrite, RunStatus, SeqRange, StoryRecord, Written};
use gleaner_core::{Item, ItemId};
use gleaner_dedup::{Entry, Placement};
use rayon::prelude::*;

use super::prepare::{prepare, Prepared};
use super::INDEX_COMMIT_ITEMS;
use crate::progress::{Progress, ProgressEvent};
use crate::report::{Cause, ItemReport, Outcome, RunReport};
use crate::Workspace;

/// One run in progress: the report so far and the items waiting for a batch.
pub(super) struct Run {
    pub(super) id: i64,
    pub(super) report: RunReport,
    pending: Vec<Item>,
    seen: HashSet<ItemId>,
    /// Whether the report lists each item, or only counts it.
    list_items: bool,
    /// Items handled so far (stored, unchanged, repeated or failed).
    handled: usize,
    batches: u32,
    /// Whether the index lacks changes the store holds (an index write failed, or another
    /// writer committed between two batches): it then catches up from the store.
    index_behind: bool,
    /// The store change up to which the index has been given every change (committed or
    /// not): what its next commit covers.
    indexed_through: u64,
    /// Batches given to the index writer since its last commit.
    uncommitted_batches: u32,
    /// Documents given to the index writer since its last commit.
    uncommitted_docs: usize,
    /// A shared writer's batches given to the index while it was behind (other writers'
    /// batches came in between): the catch-up at the end of the run skips them.
    given: Vec<SeqRange>,
}

impl Run {
    pub(super) fn begin(
        workspace: &mut Workspace,
        inputs: &[String],
        list_items: bool,
    ) -> Result<Run, crate::Error> {
        if workspace.is_read_only() {
            return Err(crate::Error::ReadOnly);
        }
        // The workspace caught the index up when it opened; anything since was written by
        // another writer, which the first batch's sequence range shows.
        let indexed_through = workspace.index.committed_seq()?;
        let id = workspace.store.begin_run(inputs)?;
        // An index that `Workspace::open` found wanting and rebuilt is said in the first
        // run's report.
        let warnings = workspace.index_rebuilds()[workspace.rebuilds_reported..]
            .iter()
            .map(ToString::to_string)
            .collect();
        workspace.rebuilds_reported = workspace.index_rebuilds().len();
        Ok(Run {
            id,
            report: RunReport {
                run: id,
                warnings,
                ..Default::default()
            },
            pending: Vec::new(),
            seen: HashSet::new(),
            list_items,
            handled: 0,
            batches: 0,
            index_behind: false,
            indexed_through,
            uncommitted_batches: 0,
            uncommitted_docs: 0,
            given: Vec::new(),
        })
    }

    pub(super) fn push(
        &mut self,
        workspace: &mut Workspace,
        items: Vec<Item>,
        batch_size: usize,
        progress: &dyn Progress,
    ) {
        self.pending.extend(items);
        while self.pending.len() >= batch_size {
            let rest = self.pending.split_off(batch_size);
            let batch = std::mem::replace(&mut self.pending, rest);
            let (number, items) = (self.batches, batch.len());
            self.write(workspace, batch);
            progress.event(&ProgressEvent::BatchWritten {
                batch: number,
                items,
                handled: self.handled,
            });
        }
    }

    pub(super) fn finish(
        mut self,
        workspace: &mut Workspace,
        progress: &dyn Progress,
    ) -> Result<RunReport, crate::Error> {
        let batch = std::mem::take(&mut self.pending);
        if !batch.is_empty() {
            let (number, items) = (self.batches, batch.len());
            self.write(workspace, batch);
            progress.event(&ProgressEvent::BatchWritten {
                batch: number,
                items,
                handled: self.handled,
            });
        }
        if workspace.shared && self.index_behind {
            // What other writers stored during the run, and what merges moved.
            match workspace.catch_up_index_except(&self.given) {
                Ok(_) => {
                    self.index_behind = false;
                    self.uncommitted_batches = 0;
                }
                Err(e) => self.index_failed(workspace, &e),
            }
        }
        if self.uncommitted_batches > 0 {
            if let Err(e) = self.commit_index(workspace) {
                self.index_failed(workspace, &e);
            }
        }
        let status = if self.report.total.failed > 0 && self.report.total.stored() == 0 {
            RunStatus::Failed
        } else {
            RunStatus::Finished
        };
        workspace
            .store
            .finish_run(self.id, status, &self.report.summary_json())?;
        Ok(self.report)
    }

    /// Dedups, stores and indexes one batch.
    fn write(&mut self, workspace: &mut Workspace, items: Vec<Item>) {
        let span = tracing::debug_span!("batch", number = self.batches, items = items.len());
        let _entered = span.enter();
        let fingerprinter = &workspace.fingerprinter;
        let prepared: Vec<Prepared> = items
            .into_par_iter()
            .map(|i| prepare(i, fingerprinter))
            .collect();
        for p in &prepared {
            self.report.sanitized += p.sanitized;
        }
        // Beside other writers: one batch at a time across them, placed in stories that know
        // every member committed before it. Held to the end of the batch (its index writes).
        let _batch_lock = if workspace.shared {
            let locked = workspace
                .store
                .lock_batch()
                .map_err(crate::Error::from)
                .and_then(|lock| workspace.catch_up_stories().map(|()| lock));
            match locked {
                Ok(lock) => Some(lock),
                Err(e) => return self.fail_all(prepared, Cause::new(e)),
            }
        } else {
            None
        };
        let ids: Vec<ItemId> = prepared.iter().map(|p| p.item.id).collect();
        let existing = match workspace.store.existing(&ids) {
            Ok(e) => e,
            Err(e) => return self.fail_all(prepared, Cause::new(e)),
        };
        let plan = self.plan(workspace, &prepared, &existing);
        let stories = story_records(workspace, &plan.touched);
        let summary = format!(
            "{{\"items\":{},\"writes\":{}}}",
            prepared.len(),
            plan.batch.len()
        );
        let written = workspace.store.write_batch(
            self.id,
            self.batches,
            &plan.batch,
            &plan.merges,
            &stories,
            &summary,
        );
        let written = match written {
            Ok(w) => w,
            Err(e) => return self.store_failed(workspace, &prepared, plan, Cause::new(e)),
        };
        self.batches += 1;
        // The stories hold this batch's members now: they know the store through its range
        // (under the batch lock, or alone, nothing else came in between).
        if written.seq.after == workspace.stories_seq {
            workspace.stories_seq = written.seq.last;
        } else if workspace.shared {
            // Another writer committed while this batch was placed: the batch lock was lost
            // (its connection dropped). Said, since a copy in both batches may now head a
            // story of its own; the next catch-up brings the stories up to date.
            self.report.warnings.push(format!(
                "batch {}: another writer committed while it was being placed (the batch lock \
                 was lost); a copy in both batches may have started a story of its own",
                self.batches
            ));
        }
        self.seen.extend(plan.batch_ids.iter().copied());
        let mut outcomes = plan.outcomes;
        for (((&i, w), placement), result) in plan
            .rows
            .iter()
            .zip(&plan.batch)
            .zip(&plan.placements)
            .zip(&written.written)
        {
            outcomes.push((i, stored_outcome(w, placement.as_ref(), *result, self.id)));
        }
        // Index what was written. Documents go to the index writer with every batch; the index
        // commits every few batches (a tantivy commit costs far more than a SQLite one) and at
        // the end of the run. What a crash leaves uncommitted the index catches up from the
        // store at the next open, so this costs search freshness during a run, never data.
        // Items the store inserted were never indexed (nothing to replace); revisions replace
        // their document.
        let docs = |inserted: bool| -> Vec<IndexDoc> {
            plan.batch
                .iter()
                .zip(&written.written)
                .filter(|(_, r)| match r {
                    Written::Inserted => inserted,
                    Written::Revised { .. } => !inserted,
                    Written::Unchanged => false,
                })
                .map(|(w, _)| IndexDoc::from_item(&w.item, w.story))
                .collect()
        };
        let (new, revised) = (docs(true), docs(false));
        // Members that a merge moved are stored with their new story but were not given to
        // the index: the catch-up, which reads every change after what the index has, gives
        // it them and this batch alike.
        let complete = written.moved.is_empty();
        if !complete {
            self.index_behind = true;
        }
        if let Err(e) = self.index_batch(workspace, &new, &revised, written.seq, complete) {
            self.index_failed(workspace, &e);
        }
        self.report.merged.extend(plan.merges);
        self.record_all(&prepared, outcomes);
    }

    /// Decides what each prepared item is: repeated in this run, unchanged, a new revision of
    /// a stored item, or new (placed in a story by dedup).
    fn plan(
        &self,
        workspace: &mut Workspace,
        prepared: &[Prepared],
        existing: &HashMap<ItemId, Existing>,
    ) -> Plan {
        let mut plan = Plan::default();
        // Every story this batch touches stays in dedup's memory until its record is written.
        workspace.stories.begin_batch();
        for (i, p) in prepared.iter().enumerate() {
            if self.seen.contains(&p.item.id) || !plan.batch_ids.insert(p.item.id) {
                plan.outcomes.push((i, Outcome::Repeated));
                continue;
            }
            if let Some(known) = existing.get(&p.item.id) {
                if known.content_hash == p.content_hash {
                    let outcome = Outcome::Unchanged {
                        story: known.story,
                        first_run: known.first_run,
                    };
                    plan.outcomes.push((i, outcome));
                    continue;
                }
                // A revision stays in its story; dedup matches later items against its new
                // text from now on (a failed store write reloads dedup from the store).
                workspace.stories.revise(p.item.id, p.fingerprint.clone());
                plan.rows.push(i);
                plan.batch.push(write_of(p, known.story, None));
                plan.placements.push(None);
                continue;
            }
            let placement = workspace.stories.insert(Entry {
                id: p.item.id,
                source: p.dedup_source.clone(),
                published: p.item.date().map(|d| d.timestamp()),
                fingerprint: p.fingerprint.clone(),
            });
            plan.touched.push(placement.story());
            plan.rows.push(i);
            plan.batch
                .push(write_of(p, placement.story(), Some(&placement)));
            plan.placements.push(Some(placement));
        }
        // An item can bridge two stories, which merge: every write names the story its item
        // is in now, and the stories merged away are the store's to fold in.
        // A story founded in this batch and merged away in it was never stored: its items are
        // written with the story they end in, and there is nothing for the store to fold in.
        let founded: HashSet<ItemId> = plan
            .rows
            .iter()
            .zip(&plan.placements)
            .filter(|(_, p)| matches!(p, Some(Placement::New { .. })))
            .map(|(&i, _)| prepared[i].item.id)
            .collect();
        let merges = workspace.stories.take_merges();
        for merge in &merges {
            plan.touched.push(merge.into);
            if !founded.contains(&merge.from) {
                plan.merges.push(gleaner_backend::StoryMerge {
                    from: merge.from,
                    into: merge.into,
                });
            }
        }
        if !merges.is_empty() {
            for w in &mut plan.batch {
                if let Some(story) = workspace.stories.story_of(w.item.id) {
                    w.story = story;
                }
            }
            // Items left unchanged name the story they are in now too.
            for (i, outcome) in &mut plan.outcomes {
                if let Outcome::Unchanged { story, .. } = outcome {
                    if let Some(now) = workspace.stories.story_of(prepared[*i].item.id) {
                        *story = now;
                    }
                }
            }
        }
        plan.touched.sort();
        plan.touched.dedup();
        plan
    }

    /// The store refused a batch: every item it held failed, and dedup, which placed them,
    /// is rebuilt from the store.
    fn store_failed(
        &mut self,
        workspace: &mut Workspace,
        prepared: &[Prepared],
        plan: Plan,
        error: Cause,
    ) {
        if let Err(reload) = workspace.reload_stories() {
            self.report.warnings.push(format!(
                "reloading stories: {}",
                crate::error_chain(&reload)
            ));
        }
        let mut lines = plan.outcomes;
        lines.extend(plan.rows.iter().map(|&i| {
            let error = error.clone();
            (i, Outcome::Failed { error })
        }));
        self.record_all(prepared, lines);
    }

    /// Records each item's outcome, in the order the items came.
    fn record_all(&mut self, prepared: &[Prepared], mut outcomes: Vec<(usize, Outcome)>) {
        outcomes.sort_by_key(|(i, _)| *i);
        for (i, outcome) in outcomes {
            self.handled += 1;
            self.report
                .record(report_line(&prepared[i], outcome), self.list_items);
        }
    }

    /// Gives the index a stored batch's documents. They continue what the index was given
    /// only when the batch's sequence numbers follow on from it (numbers are in commit
    /// order): otherwise another writer committed in between, or an earlier batch failed to
    /// reach the index, and the index catches up from the store instead — never committing
    /// past a change it was not given. `complete` says whether the documents are all of the
    /// batch's changes (not when a merge moved members: only the catch-up gives those).
    fn index_batch(
        &mut self,
        workspace: &mut Workspace,
        new: &[IndexDoc],
        revised: &[IndexDoc],
        seq: SeqRange,
        complete: bool,
    ) -> Result<(), crate::Error> {
        let follows_on = !self.index_behind && seq.after == self.indexed_through;
        if !follows_on && !workspace.shared {
            self.index_behind = true;
            // Commits what it indexes.
            workspace.catch_up_index()?;
            self.indexed_through = workspace.index.committed_seq()?;
            self.index_behind = false;
            self.uncommitted_batches = 0;
            self.uncommitted_docs = 0;
            return Ok(());
        }
        workspace.index.insert_new(new)?;
        workspace.index.upsert(revised)?;
        if follows_on {
            self.indexed_through = seq.last;
        } else {
            // Beside other writers nearly every batch follows another's: catching up (and
            // committing) at each would index everything at every batch. The batch's own
            // documents go in now; the others', once, at the end of the run. Commits meanwhile
            // cover only what followed on (`indexed_through`). A range whose moved members the
            // index was not given is left to the catch-up whole.
            self.index_behind = true;
            if complete {
                self.given.push(seq);
            }
        }
        self.uncommitted_batches += 1;
        self.uncommitted_docs += new.len() + revised.len();
        if self.uncommitted_docs >= INDEX_COMMIT_ITEMS {
            self.commit_index(workspace)?;
        }
        Ok(())
    }

    /// Commits the index up to the last change it was given.
    fn commit_index(&mut self, workspace: &mut Workspace) -> Result<(), crate::Error> {
        workspace.index.commit(self.indexed_through)?;
        self.uncommitted_batches = 0;
        self.uncommitted_docs = 0;
        Ok(())
    }

    fn index_failed(&mut self, workspace: &mut Workspace, error: &crate::Error) {
        // An index that cannot roll back keeps what it was given: all of it stored, all of it
        // sent again by the catch-up.
        let _ = workspace.index.rollback();
        // What was given since the last commit is gone: the catch-up sends every range again
        // (an upsert of what survived costs only time).
        self.given.clear();
        self.uncommitted_batches = 0;
        self.uncommitted_docs = 0;
        self.index_behind = true;
        self.report.warnings.push(format!(
            "indexing after batch {}: {} (caught up with the next batch or at next open)",
            self.batches,
            crate::error_chain(error)
        ));
    }

    fn fail_all(&mut self, prepared: Vec<Prepared>, error: Cause) {
        for p in &prepared {
            let error = error.clone();
            self.handled += 1;
            self.report
                .record(report_line(p, Outcome::Failed { error }), self.list_items);
        }
    }
}

/// What a batch holds for the store, item by item: `batch[k]` is item `rows[k]` of the
/// prepared items, placed in a story by dedup when it is new (`placements[k]`); `outcomes`
/// are the items that need no write.
#[derive(Default)]
struct Plan {
    rows: Vec<usize>,
    batch: Vec<ItemWrite>,
    placements: Vec<Option<Placement>>,
    outcomes: Vec<(usize, Outcome)>,
    /// Stories that new items joined or founded, or that others merged into.
    touched: Vec<ItemId>,
    /// Stories found to be one, in the order dedup merged them.
    merges: Vec<gleaner_backend::StoryMerge>,
    /// Ids of this batch; they join the run's `seen` only once the batch is stored, so that a
    /// batch the store refuses does not make later copies of its items look repeated.
    batch_ids: HashSet<ItemId>,
}

/// The store records of the stories `touched`, as dedup now has them.
fn story_records(workspace: &Workspace, touched: &[ItemId]) -> Vec<StoryRecord> {
    touched
        .iter()
        .filter_map(|&s| workspace.stories.story(s))
        .map(|s| StoryRecord {
            id: s.id,
            representative: s.representative,
            originator: s.originator,
            members: s.members.len() as u32,
            coverage: s.coverage as u32,
        })
        .collect()
}

/// What storing `w` did, as the report says it.
fn stored_outcome(
    w: &ItemWrite,
    placement: Option<&Placement>,
    result: Written,
    run: i64,
) -> Outcome {
    match (result, placement) {
        (Written::Revised { revision }, _) => Outcome::Updated {
            story: w.story,
            revision,
        },
        (Written::Unchanged, _) => Outcome::Unchanged {
            story: w.story,
            first_run: run,
        },
        // The write's story, not the placement's: a later item of the batch may have merged it.
        (Written::Inserted, Some(Placement::Duplicate { of, reason, .. })) => Outcome::Duplicate {
            story: w.story,
            of: *of,
            reason: *reason,
        },
        (Written::Inserted, _) => Outcome::New { story: w.story },
    }
}

fn write_of(p: &Prepared, story: ItemId, placement: Option<&Placement>) -> ItemWrite {
    let (matched, reason) = match placement {
        Some(Placement::Duplicate { of, reason, .. }) => {
            (Some(*of), Some(reason.name().to_owned()))
        }
        _ => (None, None),
    };
    ItemWrite {
        item: p.item.clone(),
        canonical_url: p.canonical_url.clone(),
        content_hash: p.content_hash,
        fingerprint: p.fingerprint.to_bytes(),
        story,
        matched,
        reason,
    }
}

fn report_line(p: &Prepared, outcome: Outcome) -> ItemReport {
    ItemReport {
        id: p.item.id,
        source: p.item.source.location.clone(),
        title: p.item.title.clone(),
        outcome,
    }
}
