//! Scoring items against a profile, each score with its explanation.
use chrono::{DateTime, Utc};
use gleaner_core::{Component, ComponentKind, Score};
use gleaner_text::Analyzer;
use rayon::prelude::*;

use crate::corpus::{Corpus, Stats, StatsCounter};
use crate::expand::{self, Learned};
use crate::keys::HashMap;
use crate::learn::Learning;
use crate::selftrain::{Model, Sampled};
use crate::terms::{analyzer, tokens, FirstTokens, TermSet};
use crate::BrandProfile;

/// BM25's term-frequency saturation.
const K1: f64 = 1.2;
/// BM25's length normalization.
const B: f64 = 0.75;
/// A title's tokens count this many times a body's: a headline says what an item is about.
const TITLE_BOOST: f64 = 2.0;
/// Topic relevance is `1 - exp(-sum / SATURATION)` of the BM25 sum: one match of a rare term
/// (idf about 4) gives about 0.6, two about 0.85.
pub(crate) const SATURATION: f64 = 4.0;

/// What every document of a batch is scored with.
struct Batch<'a> {
    model: &'a Model,
    exemplars: Option<&'a crate::context::Exemplars>,
    now: DateTime<Utc>,
    /// How many documents the index holds whose statistics weigh the terms, when an index's
    /// do ([`crate::IndexStatistics`]).
    indexed: Option<u64>,
    /// How many components the curator's decisions add to each score: 2, or 0 without
    /// decisions ([`Scorer::adjust`]).
    curator_components: usize,
}

/// The topic a score placed its item in, as an index into `profile.topics`: the topic its
/// `topic` component names first (the scorer writes the best topic's evidence first, as
/// `"<name> (weight <w>): …"`), or `None` when the item has none of the terms and none of
/// the words learned as the profile's (its `topic` value, if any, only orders the long tail).
pub fn best_topic(profile: &BrandProfile, components: &[Component]) -> Option<usize> {
    let topic = components
        .iter()
        .find(|c| c.kind == ComponentKind::Topic && c.value > 0.0)?;
    let first = topic.evidence.first()?;
    profile
        .topics
        .iter()
        .position(|t| first.starts_with(&format!("{} (weight ", t.name)))
}

/// An item to score, borrowed from wherever the caller keeps it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Document<'a> {
    /// The title.
    pub title: &'a str,
    /// The body: summary or full text.
    pub text: &'a str,
    /// The source's name or host, matched against the profile's `[sources]`.
    pub source: Option<&'a str>,
    /// The item's address (its host is matched against `[sources]` too).
    pub url: Option<&'a str>,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
    /// Its language, when known: taken as it is. Detected from the text otherwise.
    pub lang: Option<&'a str>,
    /// Its author, for what the curator's decisions taught ([`Learning`]).
    pub author: Option<&'a str>,
    /// Its categories and tags, for what the curator's decisions taught.
    pub tags: &'a [String],
    /// Likes, shares, views… added up, where the feed carries them (else no engagement
    /// component).
    pub engagement: Option<f64>,
    /// How many distinct sources cover its story, when known (else no coverage component).
    pub coverage: Option<u32>,
    /// Whether its story was already published, when known (else no novelty component).
    pub already_published: Option<bool>,
}

/// Scores documents against one profile. Build once, score many batches; deterministic.
#[derive(Debug, Clone)]
pub struct Scorer {
    pub(crate) profile: BrandProfile,
    pub(crate) analyzer: Analyzer,
    /// Every topic's terms; `term_topic[id]` is the topic of term `id`.
    pub(crate) topic_terms: TermSet,
    pub(crate) term_topic: Vec<usize>,
    /// By topic: how strongly a match of its terms starts self-training ([`Scorer::seed`]).
    topic_seed: Vec<f64>,
    pub(crate) names: TermSet,
    pub(crate) avoid: TermSet,
    pub(crate) competitors: TermSet,
    /// The first tokens of every term above: a text without one is not searched for them.
    first_tokens: FirstTokens,
    /// Per topic, the tokens never learned for it ([`crate::expand::Batch::excluded`]).
    pub(crate) excluded: Vec<Vec<u32>>,
    /// Tokens never learned from decisions (function words, the brand's names), sorted.
    pub(crate) unlearned: Vec<u32>,
    /// Per topic, the tokens of its name and terms, one by one, sorted, without the
    /// unlearned ones: what self-training starts from when the terms match too few items
    /// ([`Scorer::seeds_by_words`]).
    topic_words: Vec<Vec<u32>>,
    /// By name id: whether the name is one Korean word (its matches are checked by word).
    pub(crate) short_korean_names: Vec<bool>,
    /// The names and competitors' names that may open a handle (@AcmeHelp).
    pub(crate) name_openings: Vec<crate::listen::NameOpening>,
}

/// What scoring reads of one document, before corpus statistics.
pub(crate) struct Analyzed {
    /// (term, occurrences in the title, in the body), by term id.
    pub(crate) topic_counts: Vec<(u32, u32, u32)>,
    /// Title tokens × [`TITLE_BOOST`] + body tokens.
    pub(crate) length: f64,
    pub(crate) names_in_title: Vec<u32>,
    pub(crate) names_in_body: Vec<u32>,
    pub(crate) avoided: Vec<u32>,
    pub(crate) competitors: Vec<u32>,
    /// The distinct tokens of title and body (hashes, sorted): what topic vocabulary is
    /// learned from ([`crate::expand`], [`crate::selftrain`]).
    pub(crate) words: Vec<u32>,
    /// How many of `words` are learned from (not function words or the brand's names).
    pub(crate) features: usize,
    /// A hash of title and text, to order equal matches by.
    pub(crate) key: u64,
}

/// Names as written, and each name of several words also written as one word ("Skyline Air"
/// also as "SkylineAir", "에이크미 모바일" as "에이크미모바일"): handles and hashtags join them
/// (@SkylineAir, #에이크미모바일).
fn joined<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut all = Vec::new();
    for name in names {
        all.push(name.to_owned());
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() > 1 {
            all.push(words.concat());
        }
    }
    all
}

impl Scorer {
    /// A scorer for `profile`.
    pub fn new(profile: BrandProfile) -> Scorer {
        let analyzer = analyzer();
        let mut topic_terms = TermSet::default();
        let mut term_topic = Vec::new();
        for (t, topic) in profile.topics.iter().enumerate() {
            for term in topic.terms.get_ref() {
                if topic_terms.add(&analyzer, term).is_some() {
                    term_topic.push(t);
                }
            }
        }
        // The square of the topic's weight relative to the heaviest topic's.
        let heaviest = profile
            .topics
            .iter()
            .map(|t| *t.weight.get_ref())
            .fold(0.0, f64::max);
        let topic_seed = profile
            .topics
            .iter()
            .map(|t| {
                if heaviest > 0.0 {
                    (t.weight.get_ref() / heaviest).powi(2)
                } else {
                    0.0
                }
            })
            .collect();
        let set = |terms: &mut dyn Iterator<Item = &str>| {
            let mut set = TermSet::default();
            for term in terms {
                set.add(&analyzer, term);
            }
            set
        };
        let mut function_words: Vec<u32> = expand::FUNCTION_WORDS
            .iter()
            .flat_map(|w| tokens(&analyzer, w))
            .map(|h| h as u32)
            .collect();
        function_words.sort_unstable();
        function_words.dedup();
        // The brand's own names are in nearly every item it decides on (and a competitor's in
        // many): never a learned term, neither from decisions nor for a topic, where the
        // brand's name would pull every item that names it into one topic.
        let names = joined(profile.names());
        let competitors = joined(profile.competitors.iter().map(String::as_str));
        let mut unlearned = function_words.clone();
        unlearned.extend(
            names
                .iter()
                .chain(&competitors)
                .flat_map(|n| tokens(&analyzer, n))
                .map(|h| h as u32),
        );
        unlearned.sort_unstable();
        unlearned.dedup();
        let excluded = profile
            .topics
            .iter()
            .map(|topic| {
                let mut own: Vec<u32> = topic
                    .terms
                    .get_ref()
                    .iter()
                    .flat_map(|term| tokens(&analyzer, term))
                    .map(|h| h as u32)
                    .chain(unlearned.iter().copied())
                    .collect();
                own.sort_unstable();
                own.dedup();
                own
            })
            .collect();
        let topic_words = profile
            .topics
            .iter()
            .map(|topic| {
                let mut words: Vec<u32> = std::iter::once(topic.name.as_str())
                    .chain(topic.terms.get_ref().iter().map(String::as_str))
                    .flat_map(|text| tokens(&analyzer, text))
                    .map(|h| h as u32)
                    .filter(|w| unlearned.binary_search(w).is_err())
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            })
            .collect();
        let names = set(&mut names.iter().map(String::as_str));
        let short_korean_names = names
            .written
            .iter()
            .map(|n| {
                let n = n.trim();
                !n.contains(char::is_whitespace) && n.chars().any(crate::listen::is_hangul)
            })
            .collect();
        let avoid = set(&mut profile.avoid.iter().map(String::as_str));
        let competitors = set(&mut competitors.iter().map(String::as_str));
        let name_openings = crate::listen::name_openings(&names, &competitors);
        let first_tokens = FirstTokens::of(&[&topic_terms, &names, &avoid, &competitors]);
        Scorer {
            profile,
            analyzer,
            topic_terms,
            term_topic,
            topic_seed,
            names,
            avoid,
            competitors,
            first_tokens,
            excluded,
            unlearned,
            topic_words,
            short_korean_names,
            name_openings,
        }
    }

    /// The profile.
    pub fn profile(&self) -> &BrandProfile {
        &self.profile
    }

    /// Scores `documents`, with the batch itself as the corpus (document frequencies, the
    /// average length and each topic's learned vocabulary come from it), freshness measured at
    /// `now`. One score per document, in order.
    ///
    /// Documents are analyzed and scored in parallel (rayon); the result does not depend on
    /// the number of threads or the order of the batch.
    pub fn score_batch(&self, documents: &[Document<'_>], now: DateTime<Utc>) -> Vec<Score> {
        self.score_batch_learned(documents, now, &Learning::default())
    }

    /// [`Scorer::score_batch`], then what the curator's decisions taught (`learning`) added
    /// to each score as the `curator_approval` and `curator_rejection` components, each
    /// weight named with its reason. With nothing learned, the scores are
    /// [`Scorer::score_batch`]'s exactly.
    pub fn score_batch_learned(
        &self,
        documents: &[Document<'_>],
        now: DateTime<Utc>,
        learning: &Learning,
    ) -> Vec<Score> {
        self.score_batch_in(documents, now, learning, None)
    }

    /// [`Scorer::score_batch_learned`], with the profile's terms weighed by how common they
    /// are in a search index where it holds more of them than the batch
    /// ([`crate::CorpusBuilder::finish_with`]): a few new items scored against everything
    /// stored. Each topic's learned vocabulary still comes from the batch.
    pub fn score_batch_indexed(
        &self,
        documents: &[Document<'_>],
        now: DateTime<Utc>,
        learning: &Learning,
        index: &crate::IndexStatistics,
    ) -> Vec<Score> {
        self.score_batch_in(documents, now, learning, Some(index))
    }

    fn score_batch_in(
        &self,
        documents: &[Document<'_>],
        now: DateTime<Utc>,
        learning: &Learning,
        index: Option<&crate::IndexStatistics>,
    ) -> Vec<Score> {
        let analyzed: Vec<Analyzed> = documents.par_iter().map(|d| self.analyze(d)).collect();
        let mut corpus = self.corpus();
        corpus.add_analyzed(documents, &analyzed);
        let mut corpus = match index {
            Some(index) => corpus.finish_with(index),
            None => corpus.finish(),
        };
        let teachers: Vec<Document<'_>> = corpus.teachers().iter().map(|&d| documents[d]).collect();
        self.name_learned_words(&mut corpus, &teachers);
        self.score_analyzed(&corpus, documents, analyzed, now, learning)
    }

    /// Scores `documents`, analyzed, against `corpus`. Each analysis is dropped as soon as its
    /// item is scored, on the thread that scored it: its memory goes to the scores being
    /// written, not back to the system at the end, one item at a time, on one core.
    pub(crate) fn score_analyzed(
        &self,
        corpus: &Corpus,
        documents: &[Document<'_>],
        analyzed: Vec<Analyzed>,
        now: DateTime<Utc>,
        learning: &Learning,
    ) -> Vec<Score> {
        let batch = Batch {
            model: &corpus.model,
            exemplars: corpus.exemplars.as_ref(),
            now,
            indexed: corpus.stats.indexed,
            curator_components: if learning.is_empty() { 0 } else { 2 },
        };
        documents
            .par_iter()
            .zip(analyzed)
            .map(|(d, a)| {
                let sums = self.sums_of(&a.topic_counts, a.length, &corpus.stats);
                let mut score = self.score_one(d, &a, &sums, &batch);
                self.adjust(&mut score, d, &a, learning);
                score
            })
            .collect()
    }

    /// Adds what the curator taught to `score`.
    fn adjust(&self, score: &mut Score, d: &Document<'_>, a: &Analyzed, learning: &Learning) {
        if learning.is_empty() {
            return;
        }
        let host = d.url.and_then(|u| url::Url::parse(u).ok()).and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_lowercase())
        });
        let source = host.as_deref().or(d.source);
        let matching = learning.matching(source, d.author, d.tags, &a.words);
        let cap = self.profile.learning.max_adjustment;
        let sum: f64 = matching.iter().map(|w| w.weight).sum();
        let (up, down) = (sum.max(0.0).min(cap), (-sum).max(0.0).min(cap));
        let reasons = |positive: bool| -> Vec<String> {
            matching
                .iter()
                .filter(|w| (w.weight > 0.0) == positive)
                .map(|w| w.reason())
                .collect()
        };
        let value = |x: f64| if cap > 0.0 { x / cap } else { 0.0 };
        score.components.push(Component {
            kind: ComponentKind::CuratorApproval,
            value: value(up),
            weight: cap,
            evidence: reasons(true),
        });
        score.components.push(Component {
            kind: ComponentKind::CuratorRejection,
            value: value(down),
            weight: cap,
            evidence: reasons(false),
        });
        score.value = (score.value + up - down).clamp(0.0, 1.0);
    }

    /// How strongly an item starts self-training as the profile's, from 0 (none of its
    /// terms) to 1, from its terms' counts and length ([`crate::selftrain::Sampled`]) and
    /// the corpus's statistics: over the topics, the topic's terms' saturated BM25 sum (as
    /// the `topic` component has it) times the square of the topic's weight relative to the
    /// heaviest. Two rare terms of the heaviest topic start an item near 1, a common one in
    /// passing near 0.3 ([`crate::selftrain`]).
    pub(crate) fn seed(&self, terms: &[(u32, u32, u32)], length: f64, stats: &Stats) -> f64 {
        self.sums_of(terms, length, stats)
            .iter()
            .zip(&self.topic_seed)
            .map(|(&sum, &seed)| (1.0 - (-sum / SATURATION).exp()) * seed)
            .fold(0.0, f64::max)
    }

    /// Each sampled item's seed from the words of the topics' names and terms taken one by
    /// one, where the terms as written match too few items: over the topics, the saturated
    /// sum of the words' rarities in the sample (a word in most items counts little) times
    /// the topic's weight factor, as [`Scorer::seed`] weighs a match of the terms.
    pub(crate) fn seeds_by_words(&self, sample: &[Sampled]) -> Vec<f64> {
        // Each word's topics, then each word's count in the sample: one lookup per word of
        // an item, however many terms the profile has.
        let mut topics_of: HashMap<u32, Vec<usize>> = HashMap::default();
        for (topic, words) in self.topic_words.iter().enumerate() {
            for &w in words {
                topics_of.entry(w).or_default().push(topic);
            }
        }
        let mut df: HashMap<u32, f64> = HashMap::default();
        for s in sample {
            for w in s.words.iter().filter(|w| topics_of.contains_key(w)) {
                *df.entry(*w).or_default() += 1.0;
            }
        }
        let n = sample.len() as f64;
        let mut sums = vec![0.0; self.topic_words.len()];
        sample
            .iter()
            .map(|s| {
                sums.fill(0.0);
                for w in &s.words {
                    if let Some(topics) = topics_of.get(w) {
                        let df = df[w];
                        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                        for &t in topics {
                            sums[t] += idf;
                        }
                    }
                }
                sums.iter()
                    .zip(&self.topic_seed)
                    .map(|(&sum, &seed)| (1.0 - (-sum / SATURATION).exp()) * seed)
                    .fold(0.0, f64::max)
            })
            .collect()
    }

    /// Whether a token is never learned from (a function word or the brand's name).
    pub(crate) fn is_unlearned(&self, token: u32) -> bool {
        self.unlearned.binary_search(&token).is_ok()
    }

    /// Each document's BM25 sum per topic, with the batch's statistics.
    fn topic_sums(&self, analyzed: &[Analyzed]) -> Vec<Vec<f64>> {
        let mut counter = StatsCounter::new(self.topic_terms.len());
        for a in analyzed {
            counter.add(a);
        }
        let stats = counter.stats();
        analyzed
            .par_iter()
            .map(|a| self.sums_of(&a.topic_counts, a.length, &stats))
            .collect()
    }

    /// What each topic's strongest new words are, from the items its terms match best
    /// ([`crate::expand`]): what [`Scorer::suggest`] offers.
    pub(crate) fn learn(&self, documents: &[Document<'_>], analyzed: &[Analyzed]) -> Vec<Learned> {
        let sums = self.topic_sums(analyzed);
        let keys: Vec<u64> = analyzed.iter().map(|a| a.key).collect();
        let mut learned = expand::learn(&expand::Batch {
            sums: &sums,
            keys: &keys,
            words: |d: usize| analyzed[d].words.as_slice(),
            excluded: &self.excluded,
        });
        self.name_learned(documents, &mut learned);
        learned
    }

    /// BM25 sums of each topic's terms in an item with these `terms` (term, occurrences in
    /// the title, in the body) and `length`.
    fn sums_of(&self, terms: &[(u32, u32, u32)], length: f64, stats: &Stats) -> Vec<f64> {
        let mut sums = vec![0.0; self.profile.topics.len()];
        let norm = K1 * (1.0 - B + B * length / stats.average_length);
        for &(term, in_title, in_body) in terms {
            let df = f64::from(stats.df[term as usize]);
            let idf = (1.0 + (stats.n - df + 0.5) / (df + 0.5)).ln();
            let tf = TITLE_BOOST * f64::from(in_title) + f64::from(in_body);
            sums[self.term_topic[term as usize]] += idf * tf * (K1 + 1.0) / (tf + norm);
        }
        sums
    }

    pub(crate) fn analyze(&self, d: &Document<'_>) -> Analyzed {
        let title = tokens(&self.analyzer, d.title);
        let body = tokens(&self.analyzer, d.text);
        let mut topic_counts: Vec<(u32, u32, u32)> = Vec::new();
        let mut count = |id: u32, in_title: bool| {
            match topic_counts.iter_mut().find(|c| c.0 == id) {
                Some(c) if in_title => c.1 += 1,
                Some(c) => c.2 += 1,
                None => topic_counts.push((id, u32::from(in_title), u32::from(!in_title))),
            };
        };
        // Most texts have none of the profile's terms, names or avoided words: a text with
        // none of their first tokens is not searched for them.
        let (in_title, in_body) = (
            self.first_tokens.searched(&title),
            self.first_tokens.searched(&body),
        );
        self.topic_terms.find(in_title, |id| count(id, true));
        self.topic_terms.find(in_body, |id| count(id, false));
        topic_counts.sort_unstable();
        let found = |set: &TermSet, tokens: &[u64]| {
            let mut ids = Vec::new();
            set.find(tokens, |id| ids.push(id));
            ids
        };
        let mut avoided = found(&self.avoid, in_title);
        avoided.extend(found(&self.avoid, in_body));
        let mut competitors = found(&self.competitors, in_title);
        competitors.extend(found(&self.competitors, in_body));
        let mut words: Vec<u32> = title.iter().chain(&body).map(|&h| h as u32).collect();
        words.sort_unstable();
        words.dedup();
        let features = words.iter().filter(|&&w| !self.is_unlearned(w)).count();
        let key = xxhash_rust::xxh3::xxh3_64(d.title.as_bytes())
            ^ xxhash_rust::xxh3::xxh3_64(d.text.as_bytes()).rotate_left(1);
        Analyzed {
            key,
            words,
            features,
            topic_counts,
            length: TITLE_BOOST * title.len() as f64 + body.len() as f64,
            names_in_title: self.names_in(d.title, found(&self.names, in_title)),
            names_in_body: self.names_in(d.text, found(&self.names, in_body)),
            avoided,
            competitors,
        }
    }

    fn score_one(&self, d: &Document<'_>, a: &Analyzed, sums: &[f64], batch: &Batch<'_>) -> Score {
        let w = &self.profile.weights;
        let topic = self.topic(a, sums, batch.model, batch.indexed);
        let brand = self.brand_mention(a);
        // Freshness orders items of comparable fit: it counts as far as the item is about the
        // topics or names the brand (fully for a profile without topics).
        let fit = if self.profile.topics.is_empty() {
            1.0
        } else {
            topic.1.max(brand.1)
        };
        let weight = |kind: ComponentKind| match kind {
            ComponentKind::Topic => w.topic,
            ComponentKind::BrandMention => w.brand_mention,
            ComponentKind::Freshness => w.freshness,
            ComponentKind::SourceAuthority => w.source_authority,
            ComponentKind::LanguageFit => w.language_fit,
            ComponentKind::Avoid => w.avoid,
            ComponentKind::CompetitorOnly => w.competitor_only,
            ComponentKind::Coverage => w.coverage,
            ComponentKind::Engagement => w.engagement,
            ComponentKind::Exemplar => w.exemplar,
            ComponentKind::Novelty => w.novelty,
            ComponentKind::CuratorApproval | ComponentKind::CuratorRejection => 0.0,
        };
        let found = [
            Some(topic),
            Some(brand),
            Some(self.freshness(d, batch.now, fit)),
            Some(self.source_authority(d)),
            Some(self.language_fit(d)),
            crate::context::coverage(d),
            crate::context::engagement(d),
            crate::context::novelty(d),
            batch.exemplars.and_then(|e| e.component(&a.words)),
            Some(self.avoid(a)),
            Some(self.competitor_only(a)),
        ];
        // One allocation an item, of the size the score ends with: scoring a million items
        // writes every byte of their scores to fresh memory.
        let count = found.iter().flatten().count() + batch.curator_components;
        let mut components: Vec<Component> = Vec::with_capacity(count);
        components.extend(
            found
                .into_iter()
                .flatten()
                .map(|(kind, value, evidence)| Component {
                    kind,
                    value,
                    weight: weight(kind),
                    evidence,
                }),
        );
        let positive: f64 = components
            .iter()
            .filter(|c| !c.kind.is_penalty())
            .map(|c| c.weight)
            .sum();
        let sum: f64 = components
            .iter()
            .map(|c| {
                let v = c.weight * c.value;
                if c.kind.is_penalty() {
                    -v
                } else {
                    v
                }
            })
            .sum();
        Score {
            value: (sum / positive).clamp(0.0, 1.0),
            components,
        }
    }
}
