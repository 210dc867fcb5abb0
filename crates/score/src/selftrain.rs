//! Self-training: a profile learns, from the batch itself and without labels, how much every
//! word says that an item is about its topics (a log-odds), starting from the items its
//! terms match.
//!
//! One model for the profile's topics together, not one per topic: a small topic's terms
//! taken in another sense ("loans" of football players for a bank's "banking") would teach
//! it the other sense's words, while among all the profile's matches they are a few
//! (average precision 0.871 → 0.896 on the BBC set's dev half).
//!
//! This is expectation–maximization with a Bernoulli naive-Bayes model of two classes, the
//! profile's items and the rest:
//! 1. **Start.** An item the profile's terms match is the profile's with probability
//!    [`INITIAL`]; any other item is not.
//! 2. **Learn (M).** Each word's log-odds: how much more often it is in the profile's items
//!    than in the rest, each item counted by its probability ([`ALPHA`] smoothing; a word
//!    in fewer than [`MIN_ITEMS`] items learns nothing).
//! 3. **Judge (E).** Each item's evidence: the sum of the log-odds of its words that reach
//!    [`MIN_LOG_ODDS`], divided by a length factor. Its probability comes from that
//!    evidence and the profile's share of the batch.
//! 4. Repeat 2 and 3 [`ROUNDS`] times. The last round's log-odds are what scoring uses.
//!
//! **Kept from drifting.** Self-training can slide onto a neighbouring topic: the items it
//! adds teach words that add the neighbour's items, round after round. Three things hold it:
//! - the profile's share of the batch is at most [`MAX_SHARE`] times the share of items its
//!   terms match (the prior is lowered until it is);
//! - only words at least three times as likely in the profile's items (log-odds ≥
//!   [`MIN_LOG_ODDS`]) count, so the many weakly shared words of a neighbour do not add up;
//! - only [`ROUNDS`] rounds.
//!
//! Measured on five labelled sets (docs/PROFILE.md, "Beyond the profile's terms").
//!
//! **Cost.** The model is learned on at most [`SAMPLE`] items of the batch: those whose
//! content keys are smallest, so the choice does not depend on the batch's order. Applying
//! it is one lookup per word, whatever the batch's size.
use crate::keys::HashMap;

/// An item the profile's terms match starts as the profile's with this probability.
const INITIAL: f64 = 0.9;
/// Additive smoothing of the word counts.
const ALPHA: f64 = 0.1;
/// A word counts when it is at least e^1.1 ≈ 3 times as likely in the profile's items as in
/// the rest.
pub(crate) const MIN_LOG_ODDS: f64 = 1.1;
/// The profile's items are at most this many times the share of the batch its terms match.
const MAX_SHARE: f64 = 1.5;
/// Rounds of learning and judging.
const ROUNDS: usize = 3;
/// The model is learned on at most this many items.
const SAMPLE: usize = 50_000;
/// A profile whose terms match fewer items of the sample than this learns nothing: too few
/// to tell its words from chance.
const MIN_MATCHED: usize = 5;
/// A word in fewer items of the sample than this learns nothing: a word of one item is
/// that item's, and would only lift the items that taught it.
const MIN_ITEMS: f64 = 3.0;
/// The length factor is `1 − LENGTH_B + LENGTH_B × words / average words`, as BM25's.
const LENGTH_B: f64 = 0.75;

/// What self-training reads of a batch.
pub(crate) struct Batch<'a, W> {
    /// Whether the profile's terms match item `d`: `matched[d]`.
    pub(crate) matched: &'a [bool],
    /// A key of each item's content: which items are sampled, and the order of equals.
    pub(crate) keys: &'a [u64],
    /// Item `d`'s distinct token hashes, sorted.
    pub(crate) words: W,
    /// Tokens never learned, sorted: function words and the brand's names.
    pub(crate) unlearned: &'a [u32],
}

/// The profile's self-trained model.
#[derive(Debug, Clone, Default)]
pub(crate) struct Model {
    /// Token hash → log-odds (at least [`MIN_LOG_ODDS`]). Empty when nothing was learned.
    pub(crate) words: HashMap<u32, f64>,
    /// The average number of learned-from words per item: the length factor's reference.
    pub(crate) average_words: f64,
    /// How many sampled items the last round judged more likely the profile's than not.
    pub(crate) judged: usize,
    /// The sampled items most likely the profile's, best first (at most `best`): where the
    /// learned words' text is found for explanations.
    pub(crate) best: Vec<usize>,
    /// The words as written (a Korean word without its particle), for explanations.
    pub(crate) text: HashMap<u32, String>,
}

impl Model {
    /// What an item's summed log-odds are divided by: longer items have more words by
    /// chance. `features` is how many of its words are learned from.
    pub(crate) fn length_factor(&self, features: usize) -> f64 {
        length_factor(features as f64, self.average_words)
    }
}

fn length_factor(features: f64, average: f64) -> f64 {
    1.0 - LENGTH_B + LENGTH_B * features / average.max(1.0)
}

/// The model learned from `batch`, keeping its `best` items.
pub(crate) fn train<'a, W: Fn(usize) -> &'a [u32] + Sync>(
    batch: &Batch<'_, W>,
    best: usize,
) -> Model {
    let n = batch.keys.len();
    // The sample: the items with the smallest keys.
    let mut sample: Vec<usize> = (0..n).collect();
    if n > SAMPLE {
        sample.select_nth_unstable_by_key(SAMPLE, |&d| (batch.keys[d], d));
        sample.truncate(SAMPLE);
    }
    sample.sort_unstable_by_key(|&d| (batch.keys[d], d));
    let matched: Vec<bool> = sample.iter().map(|&d| batch.matched[d]).collect();
    if matched.iter().filter(|&&m| m).count() < MIN_MATCHED {
        return Model::default();
    }
    // The sample's words as dense ids, without the unlearned ones.
    let mut vocabulary: HashMap<u32, u32> = HashMap::default();
    let items: Vec<Vec<u32>> = sample
        .iter()
        .map(|&d| {
            (batch.words)(d)
                .iter()
                .filter(|w| batch.unlearned.binary_search(w).is_err())
                .map(|&w| {
                    let next = vocabulary.len() as u32;
                    *vocabulary.entry(w).or_insert(next)
                })
                .collect()
        })
        .collect();
    let average_words =
        items.iter().map(Vec::len).sum::<usize>() as f64 / items.len().max(1) as f64;
    let mut by_id = vec![0u32; vocabulary.len()];
    for (&w, &id) in &vocabulary {
        by_id[id as usize] = w;
    }
    let (log_odds, evidence, probability) = learn(&items, &matched, by_id.len(), average_words);
    let mut order: Vec<usize> = (0..sample.len()).collect();
    order.sort_by(|&a, &b| evidence[b].total_cmp(&evidence[a]).then(a.cmp(&b)));
    Model {
        words: log_odds
            .iter()
            .enumerate()
            .filter(|(_, &l)| l >= MIN_LOG_ODDS)
            .map(|(id, &l)| (by_id[id], l))
            .collect(),
        average_words,
        judged: probability.iter().filter(|&&p| p >= 0.5).count(),
        best: order.iter().take(best).map(|&i| sample[i]).collect(),
        text: HashMap::default(),
    }
}

/// Each word id's log-odds, and each item's last evidence and probability.
fn learn(
    items: &[Vec<u32>],
    matched: &[bool],
    vocabulary: usize,
    average_words: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = items.len() as f64;
    let m = matched.iter().filter(|&&m| m).count();
    let max_share = (MAX_SHARE * m as f64 / n).min(0.95);
    let mut probability: Vec<f64> = matched
        .iter()
        .map(|&m| if m { INITIAL } else { 0.0 })
        .collect();
    let mut log_odds = vec![0.0; vocabulary];
    let mut evidence = vec![0.0; items.len()];
    for _ in 0..ROUNDS {
        // Learn: each word's log-odds from the items weighted by their probability.
        let (mut topic, mut rest) = (vec![ALPHA; vocabulary], vec![ALPHA; vocabulary]);
        for (words, &p) in items.iter().zip(&probability) {
            for &w in words {
                topic[w as usize] += p;
                rest[w as usize] += 1.0 - p;
            }
        }
        let in_topic: f64 = probability.iter().sum();
        let (topic_total, rest_total) = (in_topic + 2.0 * ALPHA, n - in_topic + 2.0 * ALPHA);
        for (l, (t, r)) in log_odds.iter_mut().zip(topic.iter().zip(&rest)) {
            // t + r is the word's item count plus 2 × ALPHA.
            *l = if t + r < MIN_ITEMS + 2.0 * ALPHA {
                0.0
            } else {
                (t / topic_total).ln() - (r / rest_total).ln()
            };
        }
        // Judge: each item's evidence, then its probability at the profile's share.
        for (e, words) in evidence.iter_mut().zip(items) {
            let sum: f64 = words
                .iter()
                .map(|&w| log_odds[w as usize])
                .filter(|&l| l >= MIN_LOG_ODDS)
                .sum();
            *e = sum / length_factor(words.len() as f64, average_words);
        }
        let share = (in_topic / n).clamp(1e-3, 0.999);
        let bias = prior_bias((share / (1.0 - share)).ln(), &evidence, max_share);
        for (p, e) in probability.iter_mut().zip(&evidence) {
            *p = sigmoid(e + bias);
        }
    }
    (log_odds, evidence, probability)
}

/// The prior log-odds to judge with: `bias`, lowered until the expected share of the
/// profile's items is at most `max_share` (by bisection).
fn prior_bias(bias: f64, evidence: &[f64], max_share: f64) -> f64 {
    let share =
        |b: f64| evidence.iter().map(|e| sigmoid(e + b)).sum::<f64>() / evidence.len() as f64;
    if share(bias) <= max_share {
        return bias;
    }
    let (mut low, mut high) = (-100.0, bias);
    for _ in 0..40 {
        let middle = (low + high) / 2.0;
        if share(middle) > max_share {
            high = middle;
        } else {
            low = middle;
        }
    }
    low
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x.clamp(-50.0, 50.0)).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item's evidence, as scoring computes it.
    fn evidence(model: &Model, words: &[u32]) -> f64 {
        let sum: f64 = words.iter().filter_map(|w| model.words.get(w)).sum();
        sum / model.length_factor(words.len())
    }

    /// Items as word lists; `matched` says which the profile's terms match.
    fn train_on(items: &[&[u32]], matched: &[bool]) -> Model {
        let words: Vec<Vec<u32>> = items
            .iter()
            .map(|w| {
                let mut w = w.to_vec();
                w.sort_unstable();
                w.dedup();
                w
            })
            .collect();
        let keys: Vec<u64> = (0..items.len() as u64).collect();
        let batch = Batch {
            matched,
            keys: &keys,
            words: |d: usize| words[d].as_slice(),
            unlearned: &[],
        };
        train(&batch, 10)
    }

    #[test]
    fn words_of_the_matched_items_are_learned_and_reach_unmatched_ones() {
        // Ten matched items share words 1 and 2; an unmatched item has them too; forty
        // others have words of their own.
        let mut items: Vec<Vec<u32>> = (0..10).map(|i| vec![100, 1, 2, 200 + i]).collect();
        items.push(vec![1, 2, 300]);
        items.extend((0..40).map(|i| vec![3, 4, 400 + i]));
        let refs: Vec<&[u32]> = items.iter().map(Vec::as_slice).collect();
        let matched: Vec<bool> = (0..items.len()).map(|i| i < 10).collect();
        let model = train_on(&refs, &matched);
        assert!(model.words[&1] >= MIN_LOG_ODDS && model.words[&2] >= MIN_LOG_ODDS);
        assert!(!model.words.contains_key(&3), "{model:?}");
        assert!(evidence(&model, &items[10]) > evidence(&model, &items[11]));
        assert_eq!(evidence(&model, &items[11]), 0.0);
    }

    #[test]
    fn too_few_matches_learn_nothing() {
        let items: Vec<Vec<u32>> = (0..30).map(|i| vec![1, 2, i + 10]).collect();
        let refs: Vec<&[u32]> = items.iter().map(Vec::as_slice).collect();
        let matched: Vec<bool> = (0..30).map(|i| i < MIN_MATCHED - 1).collect();
        let model = train_on(&refs, &matched);
        assert!(model.words.is_empty());
        assert_eq!(evidence(&model, &items[0]), 0.0);
    }

    #[test]
    fn the_profile_share_is_held_near_its_terms_share() {
        // Every item shares word 1; five are matched. Unheld, the profile would take
        // the whole batch; held, the evidence of a word every item has stays below the bar.
        let items: Vec<Vec<u32>> = (0..100).map(|i| vec![1, i + 10]).collect();
        let refs: Vec<&[u32]> = items.iter().map(Vec::as_slice).collect();
        let matched: Vec<bool> = (0..100).map(|i| i < 5).collect();
        let model = train_on(&refs, &matched);
        assert!(!model.words.contains_key(&1), "{model:?}");
    }

    #[test]
    fn the_bias_is_lowered_until_the_share_is_held() {
        let evidence = vec![0.0; 100];
        let bias = prior_bias(0.0, &evidence, 0.1);
        assert!((sigmoid(bias) - 0.1).abs() < 1e-6, "{bias}");
        assert_eq!(prior_bias(-5.0, &evidence, 0.1), -5.0);
    }
}
