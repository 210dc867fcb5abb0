//! A topic's strongest new words, learned from the batch without labels (pseudo-relevance
//! feedback): the items that match the profile's own terms best are taken as the topic's,
//! and the words they share far more often than the rest of the batch are what
//! [`crate::Scorer::suggest`] offers a curator.
//!
//! Anchored in the profile so as not to drift: only the items with the profile's terms
//! teach, and a word must be common among them (a third at least) and several times more
//! common there than in the batch. What scoring uses is learned more widely, by
//! self-training ([`crate::selftrain`]).
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

/// What one topic learned from a batch: its strongest new words, which suggestions offer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Learned {
    /// Token hash → weight: the strongest new words, as suggestions.
    pub(crate) words: HashMap<u32, f64>,
    /// Token hash → (teaching items that have it, how many times more common it is there than
    /// in the batch): the evidence of a suggestion.
    pub(crate) evidence: HashMap<u32, (u32, f64)>,
    /// The items that taught the first round's words (indexes into the batch): the evidence
    /// of suggestions.
    pub(crate) teachers: Vec<usize>,
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
