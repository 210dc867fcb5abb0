//! Scoring a workspace's stored items against a profile, with what the curator's decisions
//! taught: what `gleaner score` does.
//!
//! The stored items are the corpus (term statistics, each topic's learned vocabulary). The
//! decisions in the store become [`Learning`] (sources, authors, tags and title words of the
//! items decided on), which is kept in the store for the profile, and so are the scores, with
//! their explanations.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use gleaner_backend::{LearnedRow, ScoreRow, StoreExt, StoredItem};
use gleaner_core::{ItemId, Score};

use crate::score::{Document, FeatureKind, Feedback, LearnedWeight, Learning, Scorer, Verdict};
use crate::{Error, Workspace};

/// What [`score_workspace`] did.
#[derive(Debug)]
pub struct WorkspaceScores {
    /// Every stored item with its score, best first (equal scores by id).
    pub scores: Vec<(ItemId, Score)>,
    /// What the decisions taught, strongest first (empty without decisions).
    pub learned: Vec<LearnedWeight>,
    /// Decisions read.
    pub decisions: usize,
    /// Items learned from: those whose last decision (not withdrawn by `undo`) says something
    /// about fit (approve, shortlist, publish, reject) and that are still stored.
    pub learned_from: usize,
}

/// Scores every item stored in `workspace` against `scorer`'s profile as of `now`, learns
/// from the stored decisions, and keeps both the learned weights and the scores in the store
/// (under the profile's name). A decision on a story counts for the story's first item.
pub fn score_workspace(
    workspace: &Workspace,
    scorer: &Scorer,
    now: DateTime<Utc>,
) -> Result<WorkspaceScores, Error> {
    let items: Vec<StoredItem> = workspace.store().collect_items_after(0)?;
    score_items(workspace.store(), &items, scorer, now)
}

/// [`score_workspace`] over `items`, every item in `store`, already read: for a caller that
/// holds the store without its workspace (the desk writes through its own store while a
/// run holds the workspace).
pub fn score_items(
    store: &dyn gleaner_backend::Store,
    items: &[StoredItem],
    scorer: &Scorer,
    now: DateTime<Utc>,
) -> Result<WorkspaceScores, Error> {
    score_items_keeping(store, items, scorer, now, true)
}

/// [`score_items`], keeping the learned weights and scores in the store only when `keep`.
pub(crate) fn score_items_keeping(
    store: &dyn gleaner_backend::Store,
    items: &[StoredItem],
    scorer: &Scorer,
    now: DateTime<Utc>,
    keep: bool,
) -> Result<WorkspaceScores, Error> {
    let by_id: HashMap<ItemId, usize> = items
        .iter()
        .enumerate()
        .map(|(i, s)| (s.item.id, i))
        .collect();
    let keys: Vec<Option<String>> = items.iter().map(|s| source_key(&s.item)).collect();

    let decisions = store.decisions()?;
    let last = last_decisions(&decisions, &by_id);
    let feedback: Vec<Feedback<'_>> = last
        .iter()
        .filter_map(|(&i, d)| {
            let verdict = Verdict::of(&d.decision.decision)?;
            let item = &items[i].item;
            Some(Feedback {
                verdict,
                at: DateTime::from_timestamp(d.at, 0).unwrap_or(now),
                source: keys[i].as_deref(),
                author: item.authors.first().map(String::as_str),
                tags: &item.categories,
                title: item.title.as_deref().unwrap_or(""),
            })
        })
        .collect();
    let learning = Learning::from_feedback(scorer, &feedback, now);
    let profile = &scorer.profile().name;
    let rows: Vec<LearnedRow> = learning
        .weights()
        .iter()
        .map(|w| LearnedRow {
            kind: w.kind.name().to_owned(),
            key: w.key.clone(),
            weight: w.weight,
            approved: w.approved,
            rejected: w.rejected,
        })
        .collect();
    if keep {
        store.save_learned(profile, &rows)?;
    }

    // Coverage: the distinct sources of each story's stored items.
    let mut story_sources: HashMap<ItemId, Vec<&str>> = HashMap::new();
    for (s, key) in items.iter().zip(&keys) {
        story_sources
            .entry(s.story)
            .or_default()
            .push(key.as_deref().unwrap_or(""));
    }
    for sources in story_sources.values_mut() {
        sources.sort_unstable();
        sources.dedup();
    }
    // Novelty: the stories the curator already published.
    let published: std::collections::HashSet<ItemId> = last
        .iter()
        .filter(|(_, d)| is_publish(&d.decision.decision))
        .map(|(&i, _)| items[i].story)
        .collect();
    let documents: Vec<Document<'_>> = items
        .iter()
        .zip(&keys)
        .map(|(s, key)| {
            let item = &s.item;
            Document {
                title: item.title.as_deref().unwrap_or(""),
                text: item.body(),
                // The feed's name, for `[sources]` patterns without a dot; what decisions taught
                // about the source is looked up by the address's host (`Learning`).
                source: item.source.title.as_deref().or(key.as_deref()),
                url: item.url.as_deref(),
                published: item.published,
                lang: item.lang.as_ref().map(|l| l.code()),
                author: item.authors.first().map(String::as_str),
                tags: &item.categories,
                engagement: None,
                coverage: story_sources.get(&s.story).map(|v| v.len() as u32),
                already_published: Some(published.contains(&s.story)),
            }
        })
        .collect();
    let scores = scorer.score_batch_learned(&documents, now, &learning);
    let scored_at = now.timestamp();
    let kept: Vec<ScoreRow> = items
        .iter()
        .zip(&scores)
        .map(|(s, score)| ScoreRow {
            item: s.item.id,
            score: score.value,
            explanation: serde_json::to_string(&score.components).unwrap_or_default(),
            scored_at,
        })
        .collect();
    if keep {
        store.save_scores(profile, &kept)?;
    }

    let mut scores: Vec<(ItemId, Score)> = items.iter().map(|s| s.item.id).zip(scores).collect();
    scores.sort_by(|a, b| b.1.value.total_cmp(&a.1.value).then(a.0.cmp(&b.0)));
    Ok(WorkspaceScores {
        scores,
        learned: learning.weights().to_vec(),
        decisions: decisions.len(),
        learned_from: feedback.len(),
    })
}

/// Each decided item's last decision, by index in `items`: a later decision replaces an
/// earlier one, and `undo` withdraws it. A decision on a story counts for its item, or for
/// the story's first item when it names no item still stored.
pub(crate) fn last_decisions<'a>(
    decisions: &'a [gleaner_backend::DecisionRecord],
    by_id: &HashMap<ItemId, usize>,
) -> std::collections::BTreeMap<usize, &'a gleaner_backend::DecisionRecord> {
    let mut last = std::collections::BTreeMap::new();
    for d in decisions {
        let item = d.decision.item.and_then(|id| by_id.get(&id));
        let Some(&i) = item.or_else(|| d.decision.story.and_then(|id| by_id.get(&id))) else {
            continue;
        };
        if d.decision.decision.trim().eq_ignore_ascii_case("undo") {
            last.remove(&i);
        } else {
            last.insert(i, d);
        }
    }
    last
}

/// Whether a decision publishes its item (`publish`, `published`).
pub(crate) fn is_publish(decision: &str) -> bool {
    let decision = decision.trim();
    decision.eq_ignore_ascii_case("publish") || decision.eq_ignore_ascii_case("published")
}

/// The learned weights kept in `workspace` for `scorer`'s profile, as learning reads them.
pub fn kept_learning(workspace: &Workspace, scorer: &Scorer) -> Result<Learning, Error> {
    let rows = workspace.store().learned(&scorer.profile().name)?;
    let weights = rows
        .into_iter()
        .filter_map(|r| {
            let kind = match r.kind.as_str() {
                "source" => FeatureKind::Source,
                "author" => FeatureKind::Author,
                "tag" => FeatureKind::Tag,
                "term" => FeatureKind::Term,
                _ => return None,
            };
            Some(LearnedWeight {
                kind,
                key: r.key,
                weight: r.weight,
                approved: r.approved,
                rejected: r.rejected,
            })
        })
        .collect();
    Ok(Learning::from_weights(scorer, weights))
}

/// What an item's source is called for learning and trust: its address's host (without
/// `www.`), else its feed's title, else where the feed was read from.
pub fn source_key(item: &gleaner_core::Item) -> Option<String> {
    item.url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_lowercase())
        })
        .or_else(|| item.source.title.clone())
        .or_else(|| Some(item.source.location.clone()))
}

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
