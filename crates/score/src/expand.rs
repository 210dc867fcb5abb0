//! A topic's wider vocabulary, learned from the batch without labels (pseudo-relevance
//! feedback): the items that match the profile's own terms best are taken as the topic's,
//! and the words they share far more often than the rest of the batch are added to it, with
//! less weight than the profile's terms.
//!
//! Two rounds. The first ([`learn`]) is anchored in the profile so as not to drift: only the
//! items with the profile's terms teach, and a word must be common among them (a third at
//! least) and several times more common there than in the batch. The second ([`widen`])
//! learns more widely from every item the first round scores (at most a few thousand per
//! topic), weighted by score; its words are what scoring uses, the first round's what
//! suggestions offer.
use rayon::prelude::*;

use crate::keys::HashMap;

/// At most this many items teach each topic: the best matches of its terms.
pub(crate) const TEACHERS: usize = 50;
/// Fewer items with the topic's terms than this teach nothing: too few to tell the topic's
/// words from chance.
const MIN_TEACHERS: usize = 5;
/// A learned word is in at least this share of the teaching items.
const MIN_SHARE: f64 = 0.3;
/// … and at least this many times more common there than in the batch.
const MIN_LIFT: f64 = 3.0;
/// … and in at most this share of the batch: a word that common is a function word or the
/// batch's own vocabulary (a minority language's "the" passes the lift test otherwise).
const MAX_BATCH_SHARE: f64 = 0.1;
/// At most this many words are learned per topic.
pub(crate) const MAX_WORDS: usize = 30;

/// The words learned for one topic: token hash → weight, and how many items taught them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Learned {
    /// Token hash → weight.
    pub(crate) words: HashMap<u32, f64>,
    /// Token hash → (teaching items that have it, how many times more common it is there than
    /// in the batch): the evidence of a suggestion.
    pub(crate) evidence: HashMap<u32, (u32, f64)>,
    /// The items that taught the first round's words (indexes into the batch): the evidence
    /// of suggestions.
    pub(crate) teachers: Vec<usize>,
    /// The best-scoring items of the second round (at most [`TEACHERS`]): where the learned
    /// words' text is found.
    pub(crate) best: Vec<usize>,
    /// The words as written (a Korean word without its particle), for explanations.
    pub(crate) text: HashMap<u32, String>,
}

/// English function words, never learned: in a batch mostly in another language, they pass
/// the lift test for any English topic.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her",
    "his", "i", "if", "in", "into", "is", "it", "its", "may", "more", "new", "no", "not", "of",
    "on", "one", "or", "our", "out", "said", "says", "she", "so", "than", "that", "the", "their",
    "them", "there", "they", "this", "to", "two", "up", "was", "we", "were", "what", "when",
    "which", "who", "will", "with", "would", "you",
];

/// What learning reads of a batch.
pub(crate) struct Batch<'a, W> {
    /// `sums[d][t]`: document `d`'s BM25 sum of topic `t`'s terms.
    pub(crate) sums: &'a [Vec<f64>],
    /// A key of each document's content, to order equal matches by (not by position, so that
    /// the batch's order decides nothing).
    pub(crate) keys: &'a [u64],
    /// Document `d`'s distinct token hashes, sorted.
    pub(crate) words: W,
    /// Tokens never learned, per topic, sorted: the topic's own terms' (they count already)
    /// and English function words.
    pub(crate) excluded: &'a [Vec<u32>],
}

/// For each topic, the words its best-matching items share.
pub(crate) fn learn<'a, W: Fn(usize) -> &'a [u32] + Sync>(batch: &Batch<'_, W>) -> Vec<Learned> {
    let Batch {
        sums,
        keys,
        ref words,
        excluded,
    } = *batch;
    let n = sums.len();
    let topics = excluded.len();
    let teachers: Vec<Vec<usize>> = (0..topics).map(|t| teachers(sums, keys, t)).collect();
    // Document frequencies in the batch, of the teachers' words only.
    let wanted: Vec<u32> = teachers
        .iter()
        .flatten()
        .flat_map(|&d| words(d).iter().copied())
        .collect();
    if wanted.is_empty() {
        return vec![Learned::default(); topics];
    }
    let df = frequencies(n, words, wanted);
    teachers
        .into_iter()
        .enumerate()
        .map(|(t, matched)| {
            if matched.len() < MIN_TEACHERS {
                return Learned::default();
            }
            let p = matched.len() as f64;
            let mut in_teachers: HashMap<u32, u32> = HashMap::default();
            for &d in &matched {
                for &w in words(d) {
                    *in_teachers.entry(w).or_default() += 1;
                }
            }
            let mut chosen: Vec<(u32, f64, u32, f64)> = in_teachers
                .into_iter()
                .filter(|(w, _)| excluded[t].binary_search(w).is_err())
                .filter_map(|(w, k)| {
                    let share = f64::from(k) / p;
                    let overall = f64::from(df[&w]) / n as f64;
                    let lift = share / overall;
                    (share >= MIN_SHARE && lift >= MIN_LIFT && overall <= MAX_BATCH_SHARE)
                        .then(|| (w, share * lift.ln(), k, lift))
                })
                .collect();
            chosen.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            chosen.truncate(MAX_WORDS);
            Learned {
                words: chosen
                    .iter()
                    .map(|&(w, weight, _, _)| (w, weight))
                    .collect(),
                evidence: chosen
                    .iter()
                    .map(|&(w, _, k, lift)| (w, (k, lift)))
                    .collect(),
                text: HashMap::default(),
                teachers: matched,
                best: Vec::new(),
            }
        })
        .collect()
}

/// How many of the batch's `n` items have each of the `wanted` words (counted in parallel).
fn frequencies<'a, W: Fn(usize) -> &'a [u32] + Sync>(
    n: usize,
    words: &W,
    wanted: Vec<u32>,
) -> HashMap<u32, u32> {
    let mut df: HashMap<u32, u32> = wanted.into_iter().map(|w| (w, 0)).collect();
    let counts = (0..n)
        .into_par_iter()
        .fold(HashMap::default, |mut counts: HashMap<u32, u32>, d| {
            for w in words(d) {
                if df.contains_key(w) {
                    *counts.entry(*w).or_default() += 1;
                }
            }
            counts
        })
        .reduce(HashMap::default, |mut a, b| {
            for (w, k) in b {
                *a.entry(w).or_default() += k;
            }
            a
        });
    df.extend(counts);
    df
}

/// The items that teach topic `t`: those with its terms, best first (equal matches by their
/// content's key, so that the batch's order decides nothing), at most [`TEACHERS`].
fn teachers(sums: &[Vec<f64>], keys: &[u64], t: usize) -> Vec<usize> {
    let mut matched: Vec<usize> = (0..sums.len()).filter(|&d| sums[d][t] > 0.0).collect();
    matched.sort_by(|&a, &b| {
        sums[b][t]
            .total_cmp(&sums[a][t])
            .then(keys[a].cmp(&keys[b]))
    });
    matched.truncate(TEACHERS);
    matched
}

/// In the second round, a learned word is in at least this share of the teachers' weight…
const WIDE_MIN_SHARE: f64 = 0.02;
/// … and at least this many times more common there than in the batch.
const WIDE_MIN_LIFT: f64 = 1.5;
/// … and in at least this many of them: a word one item taught is that item's, not the topic's.
const WIDE_MIN_TEACHERS: u32 = 3;
/// The second round's teachers per topic: a quarter of the batch, at least [`TEACHERS`], at
/// most 2,000 (enough for the statistics of any batch; more costs time for little weight).
fn wide_teachers(n: usize) -> usize {
    (n / 4).clamp(TEACHERS, 2_000)
}

/// At most this many words are learned per topic in the second round.
const WIDE_MAX_WORDS: usize = 200;

/// The second round (self-training). The first round's words score every item; every item
/// scoring above zero then teaches, weighted by its score over the best one's, and words are
/// learned more widely: in at least [`WIDE_MIN_SHARE`] of the teachers' weight, at least
/// [`WIDE_MIN_LIFT`] times more common there than in the batch, at most
/// [`WIDE_MAX_WORDS`]. The first round's strong words come back among them; a long tail of
/// weaker ones gives a graded score to items that have none of the profile's terms. Still
/// anchored: an item teaches only through the profile's terms or the first round's words.
pub(crate) fn widen<'a, W: Fn(usize) -> &'a [u32] + Sync>(
    batch: &Batch<'_, W>,
    first: &[Learned],
    first_weight: f64,
    first_cap: f64,
) -> Vec<Learned> {
    let Batch {
        sums,
        keys,
        ref words,
        excluded,
    } = *batch;
    let n = sums.len();
    let topics = first.len();
    // A topic whose terms too few items have learns nothing, in either round.
    let anchored: Vec<bool> = (0..topics)
        .map(|t| sums.iter().filter(|s| s[t] > 0.0).count() >= MIN_TEACHERS)
        .collect();
    if !anchored.contains(&true) {
        return first.to_vec();
    }
    let mut by_word: HashMap<u32, Vec<(usize, f64)>> = HashMap::default();
    for (t, learned) in first.iter().enumerate() {
        for (&w, &weight) in &learned.words {
            by_word.entry(w).or_default().push((t, weight));
        }
    }
    // Each item's first-round score per topic (only where above zero).
    let round1: Vec<Vec<(usize, f64)>> = (0..n)
        .into_par_iter()
        .map_init(
            || vec![0.0; topics],
            |extra, d| {
                extra.fill(0.0);
                for w in words(d) {
                    for &(t, weight) in by_word.get(w).into_iter().flatten() {
                        extra[t] += weight;
                    }
                }
                (0..topics)
                    .filter(|&t| anchored[t])
                    .map(|t| (t, sums[d][t] + (first_weight * extra[t]).min(first_cap)))
                    .filter(|&(_, r)| r > 0.0)
                    .collect()
            },
        )
        .collect();
    // Per topic, its teachers: the items scoring above zero, best first, at most
    // `wide_teachers(n)` (the long tail weighs little and would cost much).
    let limit = wide_teachers(n);
    let teachers: Vec<Vec<(usize, f64)>> = (0..topics)
        .into_par_iter()
        .map(|t| {
            let mut scored: Vec<(usize, f64)> = round1
                .iter()
                .enumerate()
                .filter_map(|(d, scores)| scores.iter().find(|s| s.0 == t).map(|s| (d, s.1)))
                .collect();
            let order = |a: &(usize, f64), b: &(usize, f64)| {
                b.1.total_cmp(&a.1).then(keys[a.0].cmp(&keys[b.0]))
            };
            if scored.len() > limit {
                scored.select_nth_unstable_by(limit, order);
                scored.truncate(limit);
            }
            scored.sort_by(order);
            scored
        })
        .collect();
    // Each word's weight among each topic's teachers (weighted by score over the best one's),
    // and in how many of them it is.
    let taught: Vec<HashMap<u32, (f64, u32)>> = teachers
        .par_iter()
        .map(|scored| {
            let mut taught: HashMap<u32, (f64, u32)> = HashMap::default();
            let top = scored.first().map_or(1.0, |s| s.1);
            for &(d, r) in scored {
                for &w in words(d) {
                    let e = taught.entry(w).or_default();
                    e.0 += r / top;
                    e.1 += 1;
                }
            }
            taught
        })
        .collect();
    // The batch frequencies of those words only.
    let wanted = taught.iter().flat_map(|t| t.keys().copied()).collect();
    let df = frequencies(n, words, wanted);
    let chosen: Vec<Vec<(u32, f64)>> = taught
        .iter()
        .zip(&teachers)
        .enumerate()
        .map(|(t, (taught, scored))| {
            let top = scored.first().map_or(1.0, |s| s.1);
            let total: f64 = scored.iter().map(|s| s.1 / top).sum();
            taught
                .iter()
                .filter(|(w, &(_, k))| {
                    k >= WIDE_MIN_TEACHERS && excluded[t].binary_search(w).is_err()
                })
                .filter_map(|(&w, &(k, _))| {
                    let share = k / total;
                    let overall = f64::from(df[&w]) / n as f64;
                    let lift = share / overall;
                    (share >= WIDE_MIN_SHARE && lift >= WIDE_MIN_LIFT && overall <= MAX_BATCH_SHARE)
                        .then(|| (w, share * lift.ln()))
                })
                .collect()
        })
        .collect();
    first
        .iter()
        .zip(chosen)
        .zip(&anchored)
        .enumerate()
        .map(|(t, ((learned, mut words), &anchored))| {
            if !anchored {
                return learned.clone();
            }
            words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            words.truncate(WIDE_MAX_WORDS);
            // The best teachers: where the learned words' text is found.
            let best: Vec<usize> = teachers[t].iter().take(TEACHERS).map(|s| s.0).collect();
            Learned {
                words: words.into_iter().collect(),
                best,
                ..learned.clone()
            }
        })
        .collect()
}
