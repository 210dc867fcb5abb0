//! Scoring a workspace's stored items against a profile, with what the curator's decisions
//! taught: what `gleaner score` does.
//!
//! The stored items are the corpus (term statistics, each topic's learned vocabulary). The
//! decisions in the store become [`Learning`] (sources, authors, tags and title words of the
//! items decided on), which is kept in the store for the profile, and so are the scores, with
//! their explanations.
//!
//! A store is scored in two passes over its items, [`CHUNK`] at a time, so memory stays
//! bounded whatever its size: the first gathers the corpus ([`Corpus`]), each story's sources
//! and the decided items; the second scores and keeps the scores. What stays in memory
//! between them is a few bytes per item and story (their ids, each story's sources as hashes)
//! and the corpus's sample ([`gleaner_score::Corpus`]).
//!
//! Each source's and author's influence (stories started, their coverage, the curator's
//! approvals) is in `scoring/influence.rs`.
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::ControlFlow;

use chrono::{DateTime, Utc};
use gleaner_backend::{LearnedRow, ScoreRow, SearchIndex, Store, StoreExt, StoredItem};
use gleaner_core::{ItemId, Score};

use crate::score::{
    Corpus, Document, FeatureKind, Feedback, IndexStatistics, LearnedWeight, Learning, Scorer,
    Verdict,
};
use crate::{Error, Workspace};

mod influence;
mod profile_file;
pub use influence::{influence, influence_reach, Influence};
pub use profile_file::read_profile;

/// Items read and scored at a time: a multiple of the stores' pages, so a piece ends where a
/// page does.
pub const CHUNK: usize = 4_096;

/// What scoring a store did.
#[derive(Debug)]
pub struct WorkspaceScores {
    /// The best items with their scores, best first (equal scores by id): every item for
    /// [`score_items`], at most the number asked for by [`score_workspace`] and
    /// [`score_store`].
    pub scores: Vec<(ItemId, Score)>,
    /// How many items were scored.
    pub scored: usize,
    /// What the decisions taught, strongest first (empty without decisions).
    pub learned: Vec<LearnedWeight>,
    /// Decisions read.
    pub decisions: usize,
    /// Items learned from: those whose last decision (not withdrawn by `undo`) says something
    /// about fit (approve, shortlist, publish, reject) and that are still stored.
    pub learned_from: usize,
}

/// How common `scorer`'s topic terms are in `index`, in one call
/// ([`SearchIndex::term_statistics`] for [`Scorer::statistics_tokens`]): what scores a few new
/// items, a stream, against everything stored ([`Scorer::score_batch_indexed`],
/// [`gleaner_score::CorpusBuilder::finish_with`]) without reading the stored items. The
/// counts are those of the index's last commit.
pub fn index_statistics(
    index: &dyn SearchIndex,
    scorer: &Scorer,
) -> Result<IndexStatistics, Error> {
    let tokens = scorer.statistics_tokens();
    let asked: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let counted = index.term_statistics(&asked)?;
    Ok(IndexStatistics {
        documents: counted.documents,
        average_length: counted.average_length,
        frequencies: tokens.into_iter().zip(counted.frequencies).collect(),
    })
}

/// Scores every item stored in `workspace` against `scorer`'s profile as of `now`, learns
/// from the stored decisions, keeps both the learned weights and the scores in the store
/// (under the profile's name), and returns the `best` best. A decision on a story counts
/// for the story's first item. Streams: see the module's documentation.
pub fn score_workspace(
    workspace: &Workspace,
    scorer: &Scorer,
    now: DateTime<Utc>,
    best: usize,
) -> Result<WorkspaceScores, Error> {
    score_store(workspace.store(), scorer, now, best)
}

/// [`score_workspace`] on a store held without its workspace (the desk writes through its
/// own store while a run holds the workspace).
pub fn score_store(
    store: &dyn Store,
    scorer: &Scorer,
    now: DateTime<Utc>,
    best: usize,
) -> Result<WorkspaceScores, Error> {
    score_store_in_pieces(store, scorer, now, best, CHUNK)
}

/// [`score_store`], reading `chunk` items at a time.
fn score_store_in_pieces(
    store: &dyn Store,
    scorer: &Scorer,
    now: DateTime<Utc>,
    best: usize,
    chunk: usize,
) -> Result<WorkspaceScores, Error> {
    // A thread reads (and parses) the next piece while this one is scored.
    let pieces = |each: &mut dyn FnMut(&[StoredItem]) -> Result<(), Error>| {
        std::thread::scope(|scope| {
            let (send, received) = std::sync::mpsc::sync_channel::<Vec<StoredItem>>(1);
            let reader = scope.spawn(move || -> Result<(), Error> {
                let mut after = 0;
                loop {
                    let mut piece = Vec::with_capacity(chunk);
                    let _ = store.try_items_after(after, |item| {
                        piece.push(item);
                        Ok::<_, Error>(if piece.len() == chunk {
                            ControlFlow::Break(())
                        } else {
                            ControlFlow::Continue(())
                        })
                    })?;
                    let Some(last) = piece.last() else {
                        return Ok(());
                    };
                    after = last.seq;
                    let full = piece.len() == chunk;
                    // The receiver is gone when scoring failed: nothing more to read.
                    if send.send(piece).is_err() || !full {
                        return Ok(());
                    }
                }
            });
            let mut scored = Ok(());
            for piece in received {
                scored = each(&piece);
                if scored.is_err() {
                    break;
                }
            }
            let read = reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            scored.and(read)
        })
    };
    score_pieces(store, &pieces, scorer, now, best, true)
}

/// [`score_workspace`] over `items`, every item in `store`, already read and held in memory;
/// returns every score.
pub fn score_items(
    store: &dyn Store,
    items: &[StoredItem],
    scorer: &Scorer,
    now: DateTime<Utc>,
) -> Result<WorkspaceScores, Error> {
    score_items_keeping(store, items, scorer, now, true)
}

/// [`score_items`], keeping the learned weights and scores in the store only when `keep`.
pub(crate) fn score_items_keeping(
    store: &dyn Store,
    items: &[StoredItem],
    scorer: &Scorer,
    now: DateTime<Utc>,
    keep: bool,
) -> Result<WorkspaceScores, Error> {
    let pieces = |each: &mut dyn FnMut(&[StoredItem]) -> Result<(), Error>| each(items);
    score_pieces(store, &pieces, scorer, now, usize::MAX, keep)
}

/// Calls its argument with every item of a store, in pieces, the same pieces in the same
/// order each time it is called.
type Pieces<'a> =
    dyn Fn(&mut dyn FnMut(&[StoredItem]) -> Result<(), Error>) -> Result<(), Error> + 'a;

/// Scores the items `pieces` gives (twice over: the corpus, then the scores), keeping the
/// learned weights and the scores in `store` when `keep`, and returns the `best` best.
fn score_pieces(
    store: &dyn Store,
    pieces: &Pieces<'_>,
    scorer: &Scorer,
    now: DateTime<Utc>,
    best: usize,
    keep: bool,
) -> Result<WorkspaceScores, Error> {
    let decisions = store.decisions()?;
    let named: HashSet<ItemId> = decisions
        .iter()
        .flat_map(|d| [d.decision.item, d.decision.story])
        .flatten()
        .collect();

    // The first pass: the corpus, each story's sources, the decided items, every item's id.
    let mut corpus = scorer.corpus();
    let mut story_sources: HashMap<ItemId, Vec<u64>> = HashMap::new();
    let mut decided: Vec<StoredItem> = Vec::new();
    let mut ids: Vec<ItemId> = Vec::new();
    pieces(&mut |items| {
        let keys: Vec<Option<String>> = items.iter().map(|s| source_key(&s.item)).collect();
        for (s, key) in items.iter().zip(&keys) {
            let mut hasher = DefaultHasher::new();
            key.as_deref().unwrap_or("").hash(&mut hasher);
            let sources = story_sources.entry(s.story).or_default();
            let source = hasher.finish();
            if !sources.contains(&source) {
                sources.push(source);
            }
            if named.contains(&s.item.id) {
                decided.push(s.clone());
            }
            ids.push(s.item.id);
        }
        corpus.add(&documents(items, &keys, None, None));
        Ok(())
    })?;
    let mut corpus = corpus.finish();
    learn_names(store, scorer, &mut corpus, &ids)?;
    drop(ids);

    // What the decisions taught.
    let by_id: HashMap<ItemId, usize> = decided
        .iter()
        .enumerate()
        .map(|(i, s)| (s.item.id, i))
        .collect();
    let last = last_decisions(&decisions, &by_id);
    let decided_keys: Vec<Option<String>> = decided.iter().map(|s| source_key(&s.item)).collect();
    let feedback: Vec<Feedback<'_>> = last
        .iter()
        .filter_map(|(&i, d)| {
            let verdict = Verdict::of(&d.decision.decision)?;
            let item = &decided[i].item;
            Some(Feedback {
                verdict,
                at: DateTime::from_timestamp(d.at, 0).unwrap_or(now),
                source: decided_keys[i].as_deref(),
                author: item.authors.first().map(String::as_str),
                tags: &item.categories,
                title: item.title.as_deref().unwrap_or(""),
            })
        })
        .collect();
    let learning = Learning::from_feedback(scorer, &feedback, now);
    let profile = &scorer.profile().name;
    if keep {
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
        store.save_learned(profile, &rows)?;
    }
    // Novelty: the stories the curator already published.
    let published: HashSet<ItemId> = last
        .iter()
        .filter(|(_, d)| is_publish(&d.decision.decision))
        .map(|(&i, _)| decided[i].story)
        .collect();

    // The second pass: every item scored against the corpus, its score kept.
    let scored_at = now.timestamp();
    let mut scored = 0;
    let mut kept_best: Vec<(ItemId, Score)> = Vec::new();
    pieces(&mut |items| {
        let keys: Vec<Option<String>> = items.iter().map(|s| source_key(&s.item)).collect();
        let documents = documents(items, &keys, Some(&story_sources), Some(&published));
        let scores = scorer.score_with(&corpus, &documents, now, &learning);
        if keep {
            let rows: Vec<ScoreRow> = items
                .iter()
                .zip(&scores)
                .map(|(s, score)| ScoreRow {
                    item: s.item.id,
                    score: score.value,
                    explanation: serde_json::to_string(&score.components).unwrap_or_default(),
                    scored_at,
                })
                .collect();
            store.save_scores(profile, &rows)?;
        }
        scored += items.len();
        if best > 0 {
            kept_best.extend(items.iter().map(|s| s.item.id).zip(scores));
            if kept_best.len() > best.saturating_mul(2).max(CHUNK) {
                best_first(&mut kept_best, best);
            }
        }
        Ok(())
    })?;
    best_first(&mut kept_best, best);
    Ok(WorkspaceScores {
        scores: kept_best,
        scored,
        learned: learning.weights().to_vec(),
        decisions: decisions.len(),
        learned_from: feedback.len(),
    })
}

/// Sorts `scores` best first (equal scores by id) and keeps the `best` first.
fn best_first(scores: &mut Vec<(ItemId, Score)>, best: usize) {
    scores.sort_by(|a, b| b.1.value.total_cmp(&a.1.value).then(a.0.cmp(&b.0)));
    scores.truncate(best);
}

/// Reads the corpus's teachers back from `store` (`ids` holds every item's id, by position),
/// so that explanations name the words learned from them.
fn learn_names(
    store: &dyn Store,
    scorer: &Scorer,
    corpus: &mut Corpus,
    ids: &[ItemId],
) -> Result<(), Error> {
    let mut teachers = Vec::new();
    for &position in corpus.teachers() {
        if let Some(s) = ids.get(position).and_then(|&id| store.item(id).transpose()) {
            teachers.push(s?);
        }
    }
    let keys: Vec<Option<String>> = teachers.iter().map(|s| source_key(&s.item)).collect();
    scorer.name_learned_words(corpus, &documents(&teachers, &keys, None, None));
    Ok(())
}

/// The documents to score of `items`, whose source keys are `keys`: with their stories'
/// coverage and whether the curator published them, where those are given.
fn documents<'a>(
    items: &'a [StoredItem],
    keys: &'a [Option<String>],
    story_sources: Option<&HashMap<ItemId, Vec<u64>>>,
    published: Option<&HashSet<ItemId>>,
) -> Vec<Document<'a>> {
    items
        .iter()
        .zip(keys)
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
                coverage: story_sources
                    .and_then(|sources| sources.get(&s.story))
                    .map(|v| v.len() as u32),
                already_published: published.map(|p| p.contains(&s.story)),
            }
        })
        .collect()
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

#[cfg(all(test, feature = "index-tantivy"))]
mod tests {
    use super::*;
    use crate::score::BrandProfile;
    use gleaner_core::{Item, Source};
    use influence::coverage_reach;

    /// Forty items in a store (in memory): thirty about 5G base stations in as many words,
    /// ten about the weather.
    fn workspace() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().unwrap();
        let mut workspace = Workspace::builder(dir.path())
            .store(gleaner_backend::MemoryStore::new())
            .open()
            .unwrap();
        let words = [
            "antennas",
            "coverage",
            "towers",
            "spectrum",
            "rollout",
            "latency",
            "operators",
            "handsets",
            "rural",
            "uplink",
        ];
        let items = (0..40).map(|i| {
            let key = format!("item-{i}");
            let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::file("feed.xml"));
            item.url = Some(format!("https://site{}.example/{key}", i % 3));
            let (title, body) = if i < 30 {
                (
                    format!("Acme adds 5G base stations, number {i}"),
                    format!(
                        "The network gains {} and {} in district {i}, with {} on the way.",
                        words[i % 10],
                        words[(i * 3 + 1) % 10],
                        words[(i * 7 + 2) % 10]
                    ),
                )
            } else {
                (
                    format!("Rain expected on day {i}"),
                    format!("Forecasters see showers and {i} millimetres of rain."),
                )
            };
            item.title = Some(title);
            item.content_text = Some(body);
            item
        });
        let pipeline = crate::Pipeline::new(crate::ingest::FetcherBuilder::new().build().unwrap());
        pipeline.run_items(&mut workspace, &[], items).unwrap();
        (dir, workspace)
    }

    #[test]
    fn index_statistics_count_the_profile_terms_in_the_index() {
        let (_dir, workspace) = workspace();
        let scorer = Scorer::new(
            BrandProfile::from_toml(
                "name = \"Acme\"\n[[topics]]\nname = \"net\"\nterms = [\"network gains\", \"millimetres\", \"5G\"]\n",
            )
            .unwrap(),
        );
        let stats = index_statistics(workspace.index(), &scorer).unwrap();
        assert_eq!(stats.documents, 40);
        assert!(stats.average_length > 5.0, "{stats:?}");
        let count = |t: &str| stats.frequencies.get(t).copied();
        assert_eq!(count("network"), Some(30));
        assert_eq!(count("gains"), Some(30));
        assert_eq!(count("millimetres"), Some(10));
        // Bodies only: "5G" is in the titles.
        assert_eq!(count("5g"), Some(0));
        assert_eq!(stats.frequencies.len(), scorer.statistics_tokens().len());

        // A new item about rain, scored alone: against the index, "millimetres" is in a
        // quarter of the items, not in all of them (the item alone).
        let item = Document {
            title: "Rain again",
            text: "Forty millimetres fell overnight.",
            ..Document::default()
        };
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        let alone = scorer.score_batch(&[item], now);
        let indexed = scorer.score_batch_indexed(&[item], now, &Learning::default(), &stats);
        let topic = |s: &Score| {
            s.component(gleaner_core::ComponentKind::Topic)
                .unwrap()
                .clone()
        };
        assert!(topic(&indexed[0]).value > topic(&alone[0]).value);
        assert!(
            topic(&indexed[0])
                .evidence
                .iter()
                .any(|e| e.contains("the index's 40 items")),
            "{:?}",
            topic(&indexed[0])
        );
    }

    #[test]
    fn influence_reaches_further_the_wider_a_source_s_stories_were_covered() {
        assert_eq!(coverage_reach(1.0), 0.5);
        assert_eq!(coverage_reach(3.0), 0.75);
        assert_eq!(coverage_reach(12.0), 1.0);
        assert_eq!(coverage_reach(0.0), 0.5);
        let (_dir, workspace) = workspace();
        let rows = influence(&workspace).unwrap();
        let known = influence_reach(&workspace).unwrap();
        let originators: Vec<_> = rows.iter().filter(|r| r.stories_originated > 0).collect();
        assert!(!originators.is_empty() && !known.is_empty());
        let mut expected = crate::score::Influence::new();
        for r in originators {
            let reach = coverage_reach(r.average_coverage);
            match r.kind {
                "author" => expected.author(&r.key, reach),
                _ => expected.source(&r.key, reach),
            };
        }
        assert_eq!(known, expected);
    }

    #[test]
    fn a_store_scored_in_pieces_scores_as_in_one() {
        let (_dir, workspace) = workspace();
        let scorer = Scorer::new(
            BrandProfile::from_toml(
                "name = \"Acme\"\n[[topics]]\nname = \"5G\"\nterms = [\"5G\", \"base station\"]\n",
            )
            .unwrap(),
        );
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        let store = workspace.store();
        let items = store.collect_items_after(0).unwrap();
        assert_eq!(items.len(), 40);
        let whole = score_items(store, &items, &scorer, now).unwrap();
        for chunk in [1, 7, 40, 41] {
            let pieces = score_store_in_pieces(store, &scorer, now, usize::MAX, chunk).unwrap();
            assert_eq!(pieces.scored, 40, "chunk {chunk}");
            assert_eq!(pieces.scores, whole.scores, "chunk {chunk}");
        }
        let best = score_store_in_pieces(store, &scorer, now, 5, 7).unwrap();
        assert_eq!(best.scores, whole.scores[..5]);
        // The learned words are named in the explanations, whichever way it was read.
        let topic = whole.scores[0]
            .1
            .component(gleaner_core::ComponentKind::Topic)
            .unwrap();
        assert!(
            topic.evidence.iter().any(|e| e.starts_with("learned from")),
            "{topic:?}"
        );
    }
}
