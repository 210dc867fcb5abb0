//! How much each source and author matters in a workspace: the stories it started, how
//! widely they were covered, and how the curator judged its items; and that influence as the
//! reach listening reads.
use std::collections::HashMap;

use gleaner_backend::{StoreExt, StoredItem};
use gleaner_core::ItemId;

use super::{last_decisions, source_key};
use crate::score::Verdict;
use crate::{Error, Workspace};

/// How much a source or an author matters: the stories it started, how widely they were
/// covered, and how the curator judged its items.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Influence {
    /// `source` or `author`.
    pub kind: &'static str,
    /// The source (its address's host, else its feed) or the author, as written.
    pub key: String,
    /// Its stored items.
    pub items: usize,
    /// Stories whose first item (the earliest published; undated last, then by id) is its.
    pub stories_originated: usize,
    /// The mean number of distinct sources covering the stories it originated (0 when none).
    pub average_coverage: f64,
    /// Decisions approving its items (approve, shortlist, publish).
    pub approved: u32,
    /// Decisions rejecting its items.
    pub rejected: u32,
    /// approved / (approved + rejected), when there is a decision.
    pub approval_rate: Option<f64>,
}

/// The workspace's influence as listening reads it ([`crate::score::Influence`]): each
/// source's and author's reach from how widely the stories it originated were covered, 0.5
/// (an unknown source's) at one source on average, rising by 0.125 a source to 1 at five and
/// more. Sources and authors that originated no story are left out.
pub fn influence_reach(workspace: &Workspace) -> Result<crate::score::Influence, Error> {
    let mut known = crate::score::Influence::new();
    for row in influence(workspace)? {
        if row.stories_originated == 0 {
            continue;
        }
        let reach = coverage_reach(row.average_coverage);
        match row.kind {
            "author" => known.author(&row.key, reach),
            _ => known.source(&row.key, reach),
        };
    }
    Ok(known)
}

/// Reach from the mean number of distinct sources covering a source's stories.
pub(super) fn coverage_reach(average_coverage: f64) -> f64 {
    (0.5 + 0.125 * (average_coverage - 1.0)).clamp(0.5, 1.0)
}

/// The influence of every source and author in `workspace`: most stories originated first,
/// then widest average coverage, then by kind and name.
pub fn influence(workspace: &Workspace) -> Result<Vec<Influence>, Error> {
    let store = workspace.store();
    let items: Vec<StoredItem> = store.collect_items_after(0)?;
    let keys: Vec<Option<String>> = items.iter().map(|s| source_key(&s.item)).collect();
    // Each story's items, its originator and its coverage.
    let mut stories: HashMap<ItemId, Vec<usize>> = HashMap::new();
    for (i, s) in items.iter().enumerate() {
        stories.entry(s.story).or_default().push(i);
    }
    let by_id: HashMap<ItemId, usize> = items
        .iter()
        .enumerate()
        .map(|(i, s)| (s.item.id, i))
        .collect();
    type Tally = (usize, usize, f64, u32, u32);
    let mut tally: HashMap<(&'static str, String), Tally> = HashMap::new();
    let features = |i: usize| -> Vec<(&'static str, String)> {
        let mut f: Vec<(&'static str, String)> = Vec::new();
        if let Some(source) = &keys[i] {
            f.push(("source", source.clone()));
        }
        for author in &items[i].item.authors {
            let author = author.trim();
            if !author.is_empty() {
                f.push(("author", author.to_owned()));
            }
        }
        f
    };
    for i in 0..items.len() {
        for feature in features(i) {
            tally.entry(feature).or_default().0 += 1;
        }
    }
    for members in stories.values() {
        let Some(&originator) = members.iter().min_by(|&&a, &&b| {
            let (pa, pb) = (items[a].item.published, items[b].item.published);
            match (pa, pb) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then(items[a].item.id.cmp(&items[b].item.id))
        }) else {
            continue;
        };
        let mut sources: Vec<&str> = members.iter().filter_map(|&i| keys[i].as_deref()).collect();
        sources.sort_unstable();
        sources.dedup();
        for feature in features(originator) {
            let t = tally.entry(feature).or_default();
            t.1 += 1;
            t.2 += sources.len() as f64;
        }
    }
    let decisions = store.decisions()?;
    for (&i, d) in &last_decisions(&decisions, &by_id) {
        let Some(verdict) = Verdict::of(&d.decision.decision) else {
            continue;
        };
        for feature in features(i) {
            let t = tally.entry(feature).or_default();
            match verdict {
                Verdict::Approve => t.3 += 1,
                Verdict::Reject => t.4 += 1,
            }
        }
    }
    let mut influence: Vec<Influence> = tally
        .into_iter()
        .map(
            |((kind, key), (items, originated, coverage, approved, rejected))| Influence {
                kind,
                key,
                items,
                stories_originated: originated,
                average_coverage: if originated == 0 {
                    0.0
                } else {
                    coverage / originated as f64
                },
                approved,
                rejected,
                approval_rate: (approved + rejected > 0)
                    .then(|| f64::from(approved) / f64::from(approved + rejected)),
            },
        )
        .collect();
    influence.sort_by(|a, b| {
        b.stories_originated
            .cmp(&a.stories_originated)
            .then(b.average_coverage.total_cmp(&a.average_coverage))
            .then(a.kind.cmp(b.kind))
            .then(a.key.cmp(&b.key))
    });
    Ok(influence)
}
