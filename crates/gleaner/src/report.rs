//! What a pipeline run did, item by item and source by source.
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use gleaner_core::ItemId;
use gleaner_dedup::Reason;
use serde::{Serialize, Serializer};

use crate::Error;

/// Why something failed, kept typed in a report: match on [`Cause::error`] or walk its
/// sources; it becomes text (every cause once, see [`crate::error_chain`]) only when shown or
/// serialized. Cheap to clone; two causes are equal when they read the same.
#[derive(Debug, Clone)]
pub struct Cause(Arc<Error>);

impl Cause {
    /// A cause from an error of the facade or of a stage.
    pub fn new(error: impl Into<Error>) -> Self {
        Cause(Arc::new(error.into()))
    }

    /// The error.
    pub fn error(&self) -> &Error {
        &self.0
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::error_chain(&*self.0))
    }
}

impl PartialEq for Cause {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.to_string() == other.to_string()
    }
}

impl Serialize for Cause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// What happened to one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Stored as the first member of a new story.
    New {
        /// The story (the item itself).
        story: ItemId,
    },
    /// Stored as a copy in an existing story.
    Duplicate {
        /// The story it joined.
        story: ItemId,
        /// The member it copies.
        of: ItemId,
        /// Why it was judged a copy.
        reason: Reason,
    },
    /// Already stored, with other content: stored as a new revision.
    Updated {
        /// Its story.
        story: ItemId,
        /// The new revision number.
        revision: u32,
    },
    /// Skipped: already stored with the same content.
    Unchanged {
        /// Its story.
        story: ItemId,
        /// The run that first stored it.
        first_run: i64,
    },
    /// Skipped: the same item appeared earlier in this run's input.
    Repeated,
    /// Not stored.
    Failed {
        /// Why.
        error: Cause,
    },
}

/// One item's line in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemReport {
    /// The item.
    pub id: ItemId,
    /// Its source.
    pub source: String,
    /// Its title, for people reading the report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What happened.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// Counts for one source (or for the whole run).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// New stories.
    pub new: usize,
    /// Copies added to existing stories.
    pub duplicate: usize,
    /// New revisions of known items.
    pub updated: usize,
    /// Known items skipped as unchanged.
    pub unchanged: usize,
    /// Items seen twice in the input, skipped.
    pub repeated: usize,
    /// Items or sources that failed.
    pub failed: usize,
}

impl Tally {
    fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::New { .. } => self.new += 1,
            Outcome::Duplicate { .. } => self.duplicate += 1,
            Outcome::Updated { .. } => self.updated += 1,
            Outcome::Unchanged { .. } => self.unchanged += 1,
            Outcome::Repeated => self.repeated += 1,
            Outcome::Failed { .. } => self.failed += 1,
        }
    }

    /// Items stored by the run (new, duplicate and updated).
    pub fn stored(&self) -> usize {
        self.new + self.duplicate + self.updated
    }
}

/// A source that could not be read at all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceFailure {
    /// The source.
    pub source: String,
    /// Why.
    pub error: Cause,
}

/// What a run did: totals, per-source counts, every item's outcome, and the sources that
/// failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RunReport {
    /// The run's id in the store's runs log.
    pub run: i64,
    /// Totals.
    pub total: Tally,
    /// Counts per source.
    pub sources: BTreeMap<String, Tally>,
    /// Every item, in the order it was processed (empty when the pipeline was told not to
    /// list items: [`crate::Pipeline::list_items`]).
    pub items: Vec<ItemReport>,
    /// Sources that could not be read.
    pub failed_sources: Vec<SourceFailure>,
    /// Web sources that answered "not modified" since the last run (nothing to read).
    pub not_modified: Vec<String>,
    /// Problems that lost nothing (a page whose full text could not be fetched, an index
    /// commit that will be caught up at next open).
    pub warnings: Vec<String>,
    /// Control characters and unsafe links removed from the items read (see
    /// [`gleaner_core::Item::sanitize`]): counted repairs, never silent ones.
    pub sanitized: gleaner_core::Sanitized,
    /// Stories found to be one during the run (a later item matched both), in the order they
    /// were merged: every member of `from` is now in `into`, in the store and the index.
    pub merged: Vec<gleaner_backend::StoryMerge>,
}

impl RunReport {
    /// Counts `item`'s outcome, and lists it in [`RunReport::items`] when `list`.
    pub(crate) fn record(&mut self, item: ItemReport, list: bool) {
        self.total.add(&item.outcome);
        match self.sources.get_mut(&item.source) {
            Some(tally) => tally.add(&item.outcome),
            None => self
                .sources
                .entry(item.source.clone())
                .or_default()
                .add(&item.outcome),
        }
        if list {
            self.items.push(item);
        }
    }

    pub(crate) fn source_failed(&mut self, source: String, error: Cause) {
        self.total.failed += 1;
        self.sources.entry(source.clone()).or_default().failed += 1;
        self.failed_sources.push(SourceFailure { source, error });
    }

    /// The run's summary for a person, as lines safe to print on a terminal: `run N: X new,
    /// X duplicate, X updated, X unchanged, X repeated, X failed`, then one JSON line per web
    /// source not modified (`{"source","not_modified"}`), per failed source
    /// (`{"source","error"}`), per story merge (`{"merged","into"}`: the story merged away and
    /// the one that kept its members) and per warning (`{"warning"}`), every string escaped by
    /// [`crate::terminal::json_line`].
    pub fn summary_lines(&self) -> Vec<String> {
        let t = &self.total;
        let mut lines = vec![format!(
            "run {}: {} new, {} duplicate, {} updated, {} unchanged, {} repeated, {} failed",
            self.run, t.new, t.duplicate, t.updated, t.unchanged, t.repeated, t.failed
        )];
        let json = |value: serde_json::Value| {
            // Maps with string keys of strings and booleans always serialize.
            crate::terminal::json_line(&value).unwrap_or_default()
        };
        for source in &self.not_modified {
            lines.push(json(
                serde_json::json!({"source": source, "not_modified": true}),
            ));
        }
        for f in &self.failed_sources {
            lines.push(json(
                serde_json::json!({"source": f.source, "error": f.error}),
            ));
        }
        for m in &self.merged {
            lines.push(json(serde_json::json!({
                "merged": m.from.to_string(),
                "into": m.into.to_string(),
            })));
        }
        for w in &self.warnings {
            lines.push(json(serde_json::json!({"warning": w})));
        }
        lines
    }

    /// The report without its item list, as JSON: what the runs log keeps.
    pub fn summary_json(&self) -> String {
        serde_json::json!({
            "total": self.total,
            "sources": self.sources,
            "failed_sources": self.failed_sources,
            "not_modified": self.not_modified,
            "sanitized": self.sanitized,
            "merged": self.merged,
        })
        .to_string()
    }
}
