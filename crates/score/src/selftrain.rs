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
//!    [`INITIAL`] × its seed: over the topics, how strongly the topic's terms match it (their
//!    saturated BM25 sum, as the `topic` component has it: about 0.6 for one rare term, 0.85
//!    for two) times the square of the topic's relative weight (a topic of weight 0.5 beside
//!    one of 1 seeds at a quarter of that), relative to the sample's strongest match; any
//!    other item is not the profile's.
//! 2. **Learn (M).** Each word's log-odds: how much more often it is in the profile's items
//!    than in the rest, each item counted by its probability ([`ALPHA`] smoothing; a word
//!    in fewer than [`MIN_ITEMS`] items learns nothing).
//! 3. **Judge (E).** Each item's evidence: the sum of the log-odds of its words that reach
//!    [`MIN_LOG_ODDS`], divided by a length factor. Its probability comes from that
//!    evidence and the profile's share of the batch.
//! 4. Repeat 2 and 3 [`ROUNDS`] times. An item's probability never falls below its start:
//!    its terms keep saying what they said. The last round's log-odds are what scoring uses.
//! 5. **Score.** Scoring sums *all* of an item's learned log-odds, the weak ones and those
//!    against as well as the strong: the threshold that keeps the rounds from drifting is not
//!    needed once they are done, and the words the rest has more often order the long tail
//!    (an item of football words with "online" in passing sinks below one of no telling
//!    words). Mean average precision 0.809 → 0.832 on an AG News sample, 0.828 → 0.867 on
//!    `broad`, 0.784 → 0.803 on Reuters R8 (docs/PROFILE.md, "Evidence against").
//!
//! **Kept from drifting.** Self-training can slide onto a neighbouring topic: the items it
//! adds teach words that add the neighbour's items, round after round. Four things hold it:
//! - the items the terms match stay at least as likely as they started, so the words they
//!   share keep their weight however far the others go;
//! - a light topic seeds weakly, so a minor topic's terms ("sales" in a sports brand's
//!   "retail" topic) do not pull the profile onto the news they match (business news);
//! - the profile's share of the batch is at most [`MAX_SHARE`] times the share of items its
//!   terms match (the prior is lowered until it is);
//! - only words at least three times as likely in the profile's items (log-odds ≥
//!   [`MIN_LOG_ODDS`]) count, so the many weakly shared words of a neighbour do not add up;
//! - only [`ROUNDS`] rounds.
//!
//! Seeds by how strongly the terms match, not 1 for any match, took mean average precision
//! from 0.867 to 0.890 on `broad`, 0.285 to 0.316 for blind profiles whose topic is a
//! twentieth of an AG News sample, and up to 0.01 on most other sets (docs/PROFILE.md): a
//! common term in passing no longer teaches as much as two rare ones.
//!
//! Seeds by weight, the floor and eight rounds, in place of equal seeds and three rounds,
//! took the mean average precision of profiles written blind by someone else (docs/PROFILE.md,
//! set B) from 0.692 to 0.766 on AG News training rows and from 0.584 to 0.772 on the BBC
//! set's held-out half, kept the project's own profiles (0.803 → 0.809, 0.910 → 0.913) and
//! Reuters R8 (0.784), and cost 20 Newsgroups 0.024 (0.727 → 0.703), whose small topics take
//! in some of their neighbours over more rounds.
//!
//! Measured on five labelled sets (docs/PROFILE.md, "Beyond the profile's terms").
//!
//! **Cost.** The model is learned on at most [`SAMPLE`] items of the batch: those whose
//! content keys are smallest, so the choice does not depend on the batch's order. Applying
//! it is one lookup per word, whatever the batch's size. Learning runs on every core, its
//! sums over items taken in fixed parts added in order, so the model is the same whatever the
//! number of threads.
use std::collections::BinaryHeap;

use rayon::prelude::*;

use crate::keys::HashMap;

/// An item the terms of the profile's heaviest topic match starts as the profile's with this
/// probability; one of a lighter topic's terms with this times its seed.
const INITIAL: f64 = 0.9;
/// Additive smoothing of the word counts.
const ALPHA: f64 = 0.1;
/// A word counts when it is at least e^1.1 ≈ 3 times as likely in the profile's items as in
/// the rest.
pub(crate) const MIN_LOG_ODDS: f64 = 1.1;
/// The profile's items are at most this many times the share of the batch its terms match.
const MAX_SHARE: f64 = 1.5;
/// Rounds of learning and judging.
const ROUNDS: usize = 8;
/// The model is learned on at most this many items.
const SAMPLE: usize = 50_000;
/// The learned words are written, in explanations, as found in this many of the items most
/// likely the profile's ([`Model::best`]): enough that few learned words go unnamed.
pub(crate) const NAMED_FROM: usize = 500;
/// A profile whose terms match fewer items of the sample than this starts from its topics'
/// words one by one instead ([`Sample::train`]); with fewer such items still, it learns
/// nothing: too few to tell its words from chance.
const MIN_MATCHED: usize = 5;
/// A word in fewer items of the sample than this learns nothing: a word of one item is
/// that item's, and would only lift the items that taught it.
const MIN_ITEMS: f64 = 3.0;
/// The length factor is `1 − LENGTH_B + LENGTH_B × words / average words`, as BM25's.
const LENGTH_B: f64 = 0.75;

/// The items self-training learns from, gathered while a batch streams past: at most
/// [`SAMPLE`], those whose content keys are smallest (then the earliest added), so that which
/// items teach does not depend on the batch's order. Each keeps only its learned-from words.
#[derive(Debug, Default)]
pub(crate) struct Sample {
    /// A max-heap: the item with the largest key is the next to leave.
    kept: BinaryHeap<Sampled>,
}

/// One sampled item.
#[derive(Debug)]
pub(crate) struct Sampled {
    /// Its content key.
    key: u64,
    /// Its position in the batch.
    position: usize,
    /// The profile's terms it has: (term, occurrences in the title, in the body). Its seed
    /// comes from them once the corpus's statistics are known
    /// ([`crate::scorer::Scorer::seed`]).
    pub(crate) terms: Vec<(u32, u32, u32)>,
    /// Its length, as BM25 counts it.
    pub(crate) length: f64,
    /// Its distinct token hashes, sorted, without the unlearned ones.
    pub(crate) words: Vec<u32>,
}

impl Sampled {
    /// The item at `position` of the batch, with content key `key`, the profile's terms it
    /// has and its length (`terms`), and its distinct tokens (sorted), `unlearned` ones
    /// (sorted) left out.
    pub(crate) fn new(
        key: u64,
        position: usize,
        (terms, length): (&[(u32, u32, u32)], f64),
        words: &[u32],
        unlearned: &[u32],
    ) -> Sampled {
        Sampled {
            key,
            position,
            terms: terms.to_vec(),
            length,
            words: words
                .iter()
                .copied()
                .filter(|w| unlearned.binary_search(w).is_err())
                .collect(),
        }
    }
}

impl PartialEq for Sampled {
    fn eq(&self, other: &Self) -> bool {
        (self.key, self.position) == (other.key, other.position)
    }
}
impl Eq for Sampled {}
impl PartialOrd for Sampled {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Sampled {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.key, self.position).cmp(&(other.key, other.position))
    }
}

impl Sample {
    /// Offers an item: kept while it is among the [`SAMPLE`] smallest keys.
    pub(crate) fn add(&mut self, item: Sampled) {
        if self
            .bound()
            .is_some_and(|largest| (item.key, item.position) >= largest)
        {
            return;
        }
        self.kept.push(item);
        if self.kept.len() > SAMPLE {
            self.kept.pop();
        }
    }

    /// The largest (key, position) kept once the sample is full: an item must come before it
    /// to be kept. `None` while the sample keeps any item.
    pub(crate) fn bound(&self) -> Option<(u64, usize)> {
        (self.kept.len() == SAMPLE)
            .then(|| {
                self.kept
                    .peek()
                    .map(|largest| (largest.key, largest.position))
            })
            .flatten()
    }

    /// For a piece of a batch with these (key, position) pairs: the largest pair of it the
    /// sample could keep, or `None` when it could keep any. A piece larger than the sample
    /// has [`SAMPLE`] items of its own with smaller keys than any pair past it, so those need
    /// not be offered (nor their words copied).
    pub(crate) fn cutoff(mut pairs: Vec<(u64, usize)>) -> Option<(u64, usize)> {
        if pairs.len() <= SAMPLE {
            return None;
        }
        let (_, &mut largest, _) = pairs.select_nth_unstable(SAMPLE - 1);
        Some(largest)
    }

    /// The sampled items (in no particular order).
    pub(crate) fn items(&self) -> impl Iterator<Item = &Sampled> {
        self.kept.iter()
    }

    /// How many items are sampled.
    pub(crate) fn len(&self) -> usize {
        self.kept.len()
    }

    /// The model learned from the sample, each item starting at its `seed` (how strongly
    /// the profile's terms say it is the profile's, 0 for not at all) relative to the
    /// strongest item's, keeping its `best` items (by batch position). Relative, because
    /// BM25 weighs a term by its rarity: in a feed where the profile's terms are in most
    /// items, every match is weak, yet the best of them are still the profile's.
    ///
    /// Where the terms match fewer than [`MIN_MATCHED`] sampled items (present-day terms in
    /// older news, a narrow profile in a small feed), the items start instead at
    /// `by_words(sample)`: how strongly the words of the topics' names and terms, taken one by
    /// one, say so. The model then says it was seeded so ([`Model::seeded_by_words`]).
    pub(crate) fn train(
        self,
        best: usize,
        seed: impl Fn(&Sampled) -> f64,
        by_words: impl FnOnce(&[Sampled]) -> Vec<f64>,
    ) -> Model {
        let sample = self.kept.into_sorted_vec();
        let mut seeds: Vec<f64> = sample.iter().map(|s| seed(s).max(0.0)).collect();
        let mut seeded_by_words = false;
        if seeds.iter().filter(|&&s| s > 0.0).count() < MIN_MATCHED {
            seeds = by_words(&sample).into_iter().map(|s| s.max(0.0)).collect();
            seeded_by_words = true;
        }
        let strongest = seeds.iter().copied().fold(0.0, f64::max);
        let seeds = seeds
            .iter()
            .map(|&s| if strongest > 0.0 { s / strongest } else { 0.0 })
            .collect();
        let mut model = train(sample, seeds, best);
        model.seeded_by_words = seeded_by_words && !model.words.is_empty();
        model
    }
}

/// The profile's self-trained model.
#[derive(Debug, Clone, Default)]
pub(crate) struct Model {
    /// Token hash → log-odds, for every word of at least [`MIN_ITEMS`] sampled items: more
    /// than 0 for a word more common in the profile's items, less for one more common in
    /// the rest. Scoring sums them all; learning and explanations count only the strong ones
    /// ([`Model::is_strong`]). Empty when nothing was learned.
    pub(crate) words: HashMap<u32, f64>,
    /// The average number of learned-from words per item: the length factor's reference.
    pub(crate) average_words: f64,
    /// How many sampled items the last round judged more likely the profile's than not.
    pub(crate) judged: usize,
    /// The positions in the batch of the sampled items most likely the profile's, best first
    /// (at most `best`): where the learned words' text is found for explanations.
    pub(crate) best: Vec<usize>,
    /// The words as written (a Korean word without its particle), for explanations.
    pub(crate) text: HashMap<u32, String>,
    /// Whether self-training started from the words of the topics' names and terms, one by
    /// one, because the terms themselves matched too few items.
    pub(crate) seeded_by_words: bool,
}

impl Model {
    /// What an item's summed log-odds are divided by: longer items have more words by
    /// chance. `features` is how many of its words are learned from.
    pub(crate) fn length_factor(&self, features: usize) -> f64 {
        length_factor(features as f64, self.average_words)
    }

    /// Whether a word is at least e^[`MIN_LOG_ODDS`] times as likely in the profile's items:
    /// one that self-training judged with, and that an explanation names.
    pub(crate) fn is_strong(&self, word: u32) -> bool {
        self.words.get(&word).is_some_and(|&l| l >= MIN_LOG_ODDS)
    }

    /// An item's evidence: the log-odds of its `words` (all of them, for and against),
    /// summed and divided by the length factor; and the strong words among them
    /// ([`Model::is_strong`]) with their log-odds. One lookup per word.
    pub(crate) fn evidence_and_strong(
        &self,
        words: &[u32],
        features: usize,
    ) -> (f64, Vec<(u32, f64)>) {
        let mut sum = 0.0;
        let mut strong = Vec::new();
        for &w in words {
            if let Some(&l) = self.words.get(&w) {
                sum += l;
                if l >= MIN_LOG_ODDS {
                    strong.push((w, l));
                }
            }
        }
        (sum / self.length_factor(features), strong)
    }
}

fn length_factor(features: f64, average: f64) -> f64 {
    1.0 - LENGTH_B + LENGTH_B * features / average.max(1.0)
}

/// The model learned from `sample` (sorted by key), each item starting at its seed,
/// keeping its `best` items.
fn train(sample: Vec<Sampled>, seeds: Vec<f64>, best: usize) -> Model {
    if seeds.iter().filter(|&&s| s > 0.0).count() < MIN_MATCHED {
        return Model::default();
    }
    // The sample's words as dense ids.
    let mut vocabulary: HashMap<u32, u32> = HashMap::default();
    let items: Vec<Vec<u32>> = sample
        .iter()
        .map(|s| {
            s.words
                .iter()
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
    let (log_odds, evidence, probability) = learn(&items, &seeds, by_id.len(), average_words);
    let mut order: Vec<usize> = (0..sample.len()).collect();
    order.sort_by(|&a, &b| evidence[b].total_cmp(&evidence[a]).then(a.cmp(&b)));
    Model {
        words: log_odds
            .iter()
            .enumerate()
            .filter(|(_, &l)| l != 0.0)
            .map(|(id, &l)| (by_id[id], l))
            .collect(),
        average_words,
        judged: probability.iter().filter(|&&p| p >= 0.5).count(),
        best: order
            .iter()
            .take(best)
            .map(|&i| sample[i].position)
            .collect(),
        text: HashMap::default(),
        seeded_by_words: false,
    }
}

/// Each word id's log-odds, and each item's last evidence and probability.
///
/// Sums over items run on every core, in [`PARTS`] fixed parts added in order, so that the
/// model does not depend on how many threads there are.
fn learn(
    items: &[Vec<u32>],
    seeds: &[f64],
    vocabulary: usize,
    average_words: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = items.len() as f64;
    let m = seeds.iter().filter(|&&s| s > 0.0).count();
    let max_share = (MAX_SHARE * m as f64 / n).min(0.95);
    let start: Vec<f64> = seeds.iter().map(|&s| INITIAL * s).collect();
    let mut probability = start.clone();
    let mut log_odds = vec![0.0; vocabulary];
    let mut evidence = vec![0.0; items.len()];
    // How many items each word is in: the same every round.
    let in_items = per_word(items, vocabulary, |_| 1.0);
    for _ in 0..ROUNDS {
        // Learn: each word's log-odds from the items weighted by their probability.
        let in_profile = per_word(items, vocabulary, |i| probability[i]);
        let in_topic: f64 = probability.iter().sum();
        let (topic_total, rest_total) = (in_topic + 2.0 * ALPHA, n - in_topic + 2.0 * ALPHA);
        log_odds
            .par_iter_mut()
            .zip(in_profile.par_iter().zip(&in_items))
            .for_each(|(l, (&t, &count))| {
                let (t, r) = (t + ALPHA, count - t + ALPHA);
                // t + r is the word's item count plus 2 × ALPHA.
                *l = if t + r < MIN_ITEMS + 2.0 * ALPHA {
                    0.0
                } else {
                    (t / topic_total).ln() - (r / rest_total).ln()
                };
            });
        // Judge: each item's evidence, then its probability at the profile's share.
        evidence.par_iter_mut().zip(items).for_each(|(e, words)| {
            let sum: f64 = words
                .iter()
                .map(|&w| log_odds[w as usize])
                .filter(|&l| l >= MIN_LOG_ODDS)
                .sum();
            *e = sum / length_factor(words.len() as f64, average_words);
        });
        let share = (in_topic / n).clamp(1e-3, 0.999);
        let bias = prior_bias((share / (1.0 - share)).ln(), &evidence, max_share);
        probability
            .par_iter_mut()
            .zip(&evidence)
            .zip(&start)
            .for_each(|((p, e), &floor)| *p = sigmoid(e + bias).max(floor));
    }
    (log_odds, evidence, probability)
}

/// Sums over items run in this many parts, added in order.
const PARTS: usize = 8;

/// For each word id, the sum of `weight(item)` over the items that have it.
fn per_word(
    items: &[Vec<u32>],
    vocabulary: usize,
    weight: impl Fn(usize) -> f64 + Sync,
) -> Vec<f64> {
    let part = items.len().div_ceil(PARTS).max(1);
    let parts: Vec<Vec<f64>> = items
        .par_chunks(part)
        .enumerate()
        .map(|(k, chunk)| {
            let mut sums = vec![0.0; vocabulary];
            for (i, words) in chunk.iter().enumerate() {
                let weight = weight(k * part + i);
                for &w in words {
                    sums[w as usize] += weight;
                }
            }
            sums
        })
        .collect();
    let mut parts = parts.into_iter();
    let mut total = parts.next().unwrap_or_else(|| vec![0.0; vocabulary]);
    for sums in parts {
        for (t, s) in total.iter_mut().zip(sums) {
            *t += s;
        }
    }
    total
}

/// The sum of `f` over `values`, in [`PARTS`] parts on every core, added in order.
fn sum_in_parts(values: &[f64], f: impl Fn(f64) -> f64 + Sync) -> f64 {
    let part = values.len().div_ceil(PARTS).max(1);
    let parts: Vec<f64> = values
        .par_chunks(part)
        .map(|chunk| chunk.iter().map(|&v| f(v)).sum())
        .collect();
    parts.iter().sum()
}

/// The prior log-odds to judge with: `bias`, lowered until the expected share of the
/// profile's items is at most `max_share` (by bisection).
fn prior_bias(bias: f64, evidence: &[f64], max_share: f64) -> f64 {
    let share = |b: f64| sum_in_parts(evidence, |e| sigmoid(e + b)) / evidence.len() as f64;
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
        model.evidence_and_strong(words, words.len()).0
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
        let mut sample = Sample::default();
        for (d, words) in words.iter().enumerate() {
            sample.add(Sampled::new(d as u64, d, (&[], 1.0), words, &[]));
        }
        sample.train(
            10,
            |s| if matched[s.position] { 1.0 } else { 0.0 },
            |sample| vec![0.0; sample.len()],
        )
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
        assert!(model.is_strong(1) && model.is_strong(2));
        assert!(!model.is_strong(3), "{model:?}");
        assert!(evidence(&model, &items[10]) > 0.0);
        // The rest's words count against.
        assert!(model.words[&3] < 0.0, "{model:?}");
        assert!(evidence(&model, &items[11]) < 0.0);
    }

    #[test]
    fn the_model_is_the_same_on_one_thread_as_on_several() {
        // Enough items, words and uneven seeds that every part of the sums has work.
        let items: Vec<Vec<u32>> = (0..3000u32)
            .map(|i| vec![i % 7, 10 + i % 13, 30 + i % 101, 200 + i % 997])
            .collect();
        let refs: Vec<&[u32]> = items.iter().map(Vec::as_slice).collect();
        let matched: Vec<bool> = (0..items.len())
            .map(|i| i % 7 == 0 || i % 11 == 0)
            .collect();
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a thread pool");
            let model = pool.install(|| train_on(&refs, &matched));
            let mut words: Vec<(u32, u64)> =
                model.words.iter().map(|(&w, l)| (w, l.to_bits())).collect();
            words.sort_unstable();
            (words, model.best, model.judged)
        };
        let one = on(1);
        assert!(!one.0.is_empty());
        assert_eq!(one, on(2));
        assert_eq!(one, on(3));
    }

    #[test]
    fn the_sample_keeps_the_smallest_keys_whatever_the_order() {
        let forward: Vec<u64> = (0..SAMPLE as u64 + 10).collect();
        let backward: Vec<u64> = forward.iter().rev().copied().collect();
        let kept = |keys: &[u64]| {
            let mut sample = Sample::default();
            for (position, &key) in keys.iter().enumerate() {
                sample.add(Sampled::new(key, position, (&[], 1.0), &[1, 2, 3], &[2]));
            }
            let mut kept: Vec<(u64, Vec<u32>)> =
                sample.items().map(|s| (s.key, s.words.clone())).collect();
            kept.sort();
            kept
        };
        let expected: Vec<(u64, Vec<u32>)> = (0..SAMPLE as u64).map(|k| (k, vec![1, 3])).collect();
        assert_eq!(kept(&forward), expected);
        assert_eq!(kept(&backward), expected);
    }

    #[test]
    fn a_piece_larger_than_the_sample_is_cut_at_its_own_sample_th_key() {
        // Keys from SAMPLE + 5 down to 1: the SAMPLE smallest end at key SAMPLE (position 5).
        let pairs: Vec<(u64, usize)> = (0..SAMPLE + 5)
            .map(|i| ((SAMPLE + 5 - i) as u64, i))
            .collect();
        assert_eq!(Sample::cutoff(pairs.clone()), Some((SAMPLE as u64, 5)));
        assert_eq!(Sample::cutoff(pairs[..SAMPLE].to_vec()), None);
    }

    #[test]
    fn a_light_topics_matches_teach_less_than_a_heavy_ones() {
        // Twenty items share word 1 and twenty word 2; the heavy topic's terms match five of
        // the first, the light topic's five of the second; sixty others have words of their
        // own. Word 1 is learned more strongly than word 2.
        let mut items: Vec<Vec<u32>> = (0..20).map(|i| vec![1, 100 + i]).collect();
        items.extend((0..20).map(|i| vec![2, 200 + i]));
        items.extend((0..60).map(|i| vec![3, 300 + i]));
        let seeds: Vec<f64> = (0..items.len())
            .map(|i| match i {
                0..5 => 1.0,
                20..25 => 0.25,
                _ => 0.0,
            })
            .collect();
        let (log_odds, _, probability) = learn(&items, &seeds, 400, 2.0);
        assert!(log_odds[1] > log_odds[2], "{:?}", &log_odds[..4]);
        // No item falls below where its terms started it.
        for (p, s) in probability.iter().zip(&seeds) {
            assert!(*p >= INITIAL * s, "{p} < {INITIAL} × {s}");
        }
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
        assert!(!model.is_strong(1), "{model:?}");
    }

    #[test]
    fn the_bias_is_lowered_until_the_share_is_held() {
        let evidence = vec![0.0; 100];
        let bias = prior_bias(0.0, &evidence, 0.1);
        assert!((sigmoid(bias) - 0.1).abs() < 1e-6, "{bias}");
        assert_eq!(prior_bias(-5.0, &evidence, 0.1), -5.0);
    }
}
