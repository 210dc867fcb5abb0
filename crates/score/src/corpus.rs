//! The corpus a batch is scored against, gathered in one pass so that a corpus of any size is
//! scored in bounded memory: [`CorpusBuilder`] reads the items once, [`Scorer::score_with`]
//! scores them (again, in pieces of any size) against the [`Corpus`] it made.
//!
//! What a corpus holds, and what it costs whatever the number of items:
//! - the BM25 statistics of the profile's terms: how many items have each, and the average
//!   length (a counter per term);
//! - the sample that self-training learns from ([`crate::selftrain::Sample`]: at most 50,000
//!   items, their words only), and the model learned from it;
//! - the rarity of the exemplars' words, counted in the same sample, and the words of the
//!   items at the exemplars' addresses.
//!
//! [`Scorer::score_batch`] is this in one piece: a batch is its own corpus, so scoring a
//! batch in one piece or its corpus first and then the batch in pieces gives the same scores.
//!
//! A stream is scored against a larger corpus than itself with [`IndexStatistics`]: how many
//! documents a search index holds and how many hold each of the profile's terms
//! ([`Scorer::statistics_tokens`]), given to [`CorpusBuilder::finish_with`]. Then a handful of
//! new items is weighed by the rarity of its terms in everything stored, not in the handful.
use std::collections::HashMap;

use gleaner_text::{Analyzer, Mode};
use rayon::prelude::*;

use crate::context::Exemplars;
use crate::scorer::{Analyzed, Document};
use crate::selftrain::{Model, Sample, Sampled};
use crate::Scorer;

/// The BM25 statistics of the profile's terms in a corpus.
#[derive(Debug, Clone)]
pub(crate) struct Stats {
    /// By term id: how many items have the term.
    pub(crate) df: Vec<u32>,
    /// How many items (at least 1).
    pub(crate) n: f64,
    /// Their average length (title tokens counted twice; at least 1).
    pub(crate) average_length: f64,
    /// How many documents the index the statistics were taken from holds, when they were
    /// ([`CorpusBuilder::finish_with`]).
    pub(crate) indexed: Option<u64>,
}

/// How common the profile's terms are in a corpus the builder was not given: what a search
/// index answers (`SearchIndex::term_statistics` in `gleaner-backend`) for
/// [`Scorer::statistics_tokens`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexStatistics {
    /// How many documents the index holds.
    pub documents: u64,
    /// Their average length in body tokens (0 when unknown): used only when the builder was
    /// given no items to measure lengths on.
    pub average_length: f64,
    /// How many documents hold each token; a token missing here holds none.
    pub frequencies: HashMap<String, u64>,
}

/// [`Stats`], counted one item at a time.
#[derive(Debug, Clone)]
pub(crate) struct StatsCounter {
    df: Vec<u32>,
    n: usize,
    total_length: f64,
}

impl StatsCounter {
    /// A counter for `terms` topic terms.
    pub(crate) fn new(terms: usize) -> StatsCounter {
        StatsCounter {
            df: vec![0; terms],
            n: 0,
            total_length: 0.0,
        }
    }

    /// Counts one item.
    pub(crate) fn add(&mut self, a: &Analyzed) {
        for &(term, _, _) in &a.topic_counts {
            self.df[term as usize] += 1;
        }
        self.n += 1;
        self.total_length += a.length;
    }

    /// The statistics of the items counted.
    pub(crate) fn stats(&self) -> Stats {
        let n = self.n.max(1) as f64;
        Stats {
            df: self.df.clone(),
            n,
            average_length: (self.total_length / n).max(1.0),
            indexed: None,
        }
    }

    /// The statistics of the items counted, or of the index's documents where the index
    /// holds more: per term, the larger document frequency (so an index that has not caught
    /// up with the items yet still counts them), and the larger number of documents. Lengths
    /// are measured on the items counted, as scoring measures them; the index's average is
    /// used only when there are none.
    pub(crate) fn stats_with(&self, index: &IndexStatistics, term_df: &[u64]) -> Stats {
        let (counted, total_length) = (self.n, self.total_length);
        let mut stats = self.stats();
        let documents = index.documents.max(counted as u64);
        stats.n = documents.max(1) as f64;
        for (df, &indexed) in stats.df.iter_mut().zip(term_df) {
            let indexed = u32::try_from(indexed.min(documents)).unwrap_or(u32::MAX);
            *df = (*df).max(indexed);
        }
        if counted == 0 && index.average_length > 0.0 {
            stats.average_length = index.average_length.max(1.0);
        } else {
            stats.average_length = (total_length / counted.max(1) as f64).max(1.0);
        }
        stats.indexed = (index.documents > 0).then_some(index.documents);
        stats
    }
}

/// What scoring reads of a whole corpus ([`Scorer::score_with`]): made by a
/// [`CorpusBuilder`], for one profile's [`Scorer`].
#[derive(Debug, Clone)]
pub struct Corpus {
    /// How many items it was gathered from.
    items: usize,
    pub(crate) stats: Stats,
    pub(crate) model: Model,
    pub(crate) exemplars: Option<Exemplars>,
}

impl Corpus {
    /// How many items it was gathered from.
    pub fn items(&self) -> usize {
        self.items
    }

    /// The items (by their position in the order they were added, from 0) whose text names
    /// the learned words in explanations: the sampled items most likely the profile's. Give
    /// them to [`Scorer::name_learned_words`] before scoring, or explanations list the
    /// learned words' values without their words.
    pub fn teachers(&self) -> &[usize] {
        &self.model.best
    }
}

/// Gathers a [`Corpus`] from items added in any number of pieces ([`Scorer::corpus`]).
#[derive(Debug)]
pub struct CorpusBuilder<'s> {
    scorer: &'s Scorer,
    stats: StatsCounter,
    sample: Sample,
    /// By position in the profile's exemplars: the words of the first item at its address
    /// (`None` for a text exemplar, or an address not yet seen).
    at_address: Vec<Option<Vec<u32>>>,
    /// How many items were added.
    added: usize,
}

/// The analyzer a search index's bodies are searched with (`default`, in query mode): what
/// [`IndexStatistics`] counts tokens of.
fn index_analyzer() -> Analyzer {
    Analyzer::by_name("default", Mode::Query).expect("the default analyzer exists")
}

/// A term's forms as an index's tokens: the term, and a Korean phrase also written without
/// its spaces (as [`crate::terms::TermSet::add`] finds it).
fn index_forms(analyzer: &Analyzer, term: &str) -> Vec<Vec<String>> {
    let mut forms = vec![term.to_owned()];
    if term.chars().any(crate::listen::is_hangul) && term.trim().contains(char::is_whitespace) {
        forms.push(term.split_whitespace().collect());
    }
    forms
        .iter()
        .map(|form| {
            let mut tokens = Vec::new();
            analyzer.for_each_token(form, |t, _, _| tokens.push(t.to_owned()));
            tokens
        })
        .filter(|tokens| !tokens.is_empty())
        .collect()
}

impl Scorer {
    /// The tokens to ask a search index about for [`CorpusBuilder::finish_with`]: every
    /// token of the profile's topic terms as the index's bodies hold them (the `default`
    /// analyzer in query mode: lowercased, Korean stems as bigrams), sorted, each once.
    pub fn statistics_tokens(&self) -> Vec<String> {
        let analyzer = index_analyzer();
        let mut tokens: Vec<String> = self
            .topic_terms
            .written
            .iter()
            .flat_map(|term| index_forms(&analyzer, term))
            .flatten()
            .collect();
        tokens.sort_unstable();
        tokens.dedup();
        tokens
    }

    /// By term id: how many of the index's documents hold the term, as far as its tokens'
    /// counts tell (the most of its forms' rarest tokens).
    fn indexed_term_frequencies(&self, index: &IndexStatistics) -> Vec<u64> {
        let analyzer = index_analyzer();
        let count = |t: &String| index.frequencies.get(t).copied().unwrap_or(0);
        self.topic_terms
            .written
            .iter()
            .map(|term| {
                index_forms(&analyzer, term)
                    .iter()
                    .map(|form| form.iter().map(count).min().unwrap_or(0))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// A builder of the corpus to score against: add every item of the corpus to it, then
    /// [`CorpusBuilder::finish`].
    pub fn corpus(&self) -> CorpusBuilder<'_> {
        CorpusBuilder {
            scorer: self,
            stats: StatsCounter::new(self.topic_terms.len()),
            sample: Sample::default(),
            at_address: vec![None; self.profile.exemplars.len()],
            added: 0,
        }
    }

    /// Finds, in `teachers` (the documents at [`Corpus::teachers`], in that order), how the
    /// corpus's learned words are written, for explanations.
    pub fn name_learned_words(&self, corpus: &mut Corpus, teachers: &[Document<'_>]) {
        self.name_model(teachers, &mut corpus.model);
    }

    /// Scores `documents` against `corpus` (gathered from them, or from a corpus they are
    /// part of), freshness measured at `now`, then adds what the curator's decisions taught
    /// (`learning`), as [`Scorer::score_batch_learned`] does. One score per document, in order;
    /// each depends only on its document and the corpus, so the documents may come in pieces
    /// of any size.
    pub fn score_with(
        &self,
        corpus: &Corpus,
        documents: &[Document<'_>],
        now: chrono::DateTime<chrono::Utc>,
        learning: &crate::Learning,
    ) -> Vec<crate::Score> {
        let analyzed: Vec<Analyzed> = documents.par_iter().map(|d| self.analyze(d)).collect();
        self.score_analyzed(corpus, documents, analyzed, now, learning)
    }
}

impl CorpusBuilder<'_> {
    /// Adds `documents`, the next items of the corpus (analyzed in parallel).
    pub fn add(&mut self, documents: &[Document<'_>]) {
        let analyzed: Vec<Analyzed> = documents
            .par_iter()
            .map(|d| self.scorer.analyze(d))
            .collect();
        self.add_analyzed(documents, &analyzed);
    }

    /// Adds `documents`, already analyzed.
    pub(crate) fn add_analyzed(&mut self, documents: &[Document<'_>], analyzed: &[Analyzed]) {
        let exemplars = &self.scorer.profile.exemplars;
        // Only items the sample could keep are offered, their words copied in parallel: those
        // before both the sample's bound and the piece's own cutoff.
        let cutoff = Sample::cutoff(
            analyzed
                .iter()
                .enumerate()
                .map(|(i, a)| (a.key, self.added + i))
                .collect(),
        );
        let limit = match (self.sample.bound(), cutoff) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let (added, scorer) = (self.added, self.scorer);
        let offered: Vec<Sampled> = analyzed
            .par_iter()
            .enumerate()
            .filter(|(i, a)| limit.is_none_or(|l| (a.key, added + i) <= l))
            .map(|(i, a)| {
                Sampled::new(
                    a.key,
                    added + i,
                    (&a.topic_counts, a.length),
                    &a.words,
                    &scorer.unlearned,
                )
            })
            .collect();
        for item in offered {
            self.sample.add(item);
        }
        for (d, a) in documents.iter().zip(analyzed) {
            self.stats.add(a);
            if let Some(url) = d.url {
                for (found, exemplar) in self.at_address.iter_mut().zip(exemplars) {
                    if found.is_none() && crate::context::is_at(url, exemplar) {
                        *found = Some(a.words.clone());
                    }
                }
            }
            self.added += 1;
        }
    }

    /// The corpus of the items added: their statistics, and the model learned from them.
    pub fn finish(self) -> Corpus {
        let stats = self.stats.stats();
        self.finish_as(stats)
    }

    /// The corpus of the items added, with the profile's terms weighed by how common they are
    /// in a search index (`index`, asked about [`Scorer::statistics_tokens`]) where the index
    /// holds more of them than the items do: what scores a few new items against everything
    /// stored. The model is still learned from the items added (give it a sample of the
    /// stored items for a stream of a few). An empty index changes nothing:
    /// `finish_with(&IndexStatistics::default())` scores as [`CorpusBuilder::finish`] does.
    ///
    /// A term's count in the index is its rarest token's (a phrase is in at most as many
    /// documents as its rarest word), counted in bodies as the index holds them, without
    /// stemming: an upper bound for a phrase, a lower one for a word the items also inflect.
    pub fn finish_with(self, index: &IndexStatistics) -> Corpus {
        let term_df = self.scorer.indexed_term_frequencies(index);
        let stats = self.stats.stats_with(index, &term_df);
        self.finish_as(stats)
    }

    fn finish_as(self, stats: Stats) -> Corpus {
        let exemplars = self.scorer.exemplars(&self.at_address, &self.sample);
        // Seeds need the whole corpus's term statistics: they are known only now.
        let model = self.sample.train(
            crate::selftrain::NAMED_FROM,
            |s| self.scorer.seed(&s.terms, s.length, &stats),
            |sample| self.scorer.seeds_by_words(sample),
        );
        Corpus {
            items: self.added,
            stats,
            model,
            exemplars,
        }
    }
}
