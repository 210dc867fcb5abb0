//! Learning from the curator: approvals and rejections become bounded, decaying weights for
//! sources, authors, tags and title terms, added to a score with their reasons.
//!
//! A feature's weight is `cap × (A − R) / (A + R + PRIOR)`, where A and R are the approvals
//! and rejections of items with that feature, each counted `0.5^(age / half-life)`: one
//! decision moves a weight a little, many agreeing recent decisions move it near its cap, and
//! old decisions fade. An item's adjustment is the sum of its features' weights, bounded by
//! `max_adjustment`, and added to its profile score outside the weighted mean: with no
//! decisions there is no adjustment and the score is the profile's alone.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Scorer;

/// What a decision says about an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Approved, shortlisted or published: more like this.
    Approve,
    /// Rejected: less like this.
    Reject,
}

impl Verdict {
    /// The verdict of a decision as the store records it (`approve`, `shortlist`, `publish`,
    /// `reject`); `None` for decisions that say nothing about fit (`undo`, `escalate`…).
    pub fn of(decision: &str) -> Option<Verdict> {
        match decision.trim().to_ascii_lowercase().as_str() {
            "approve" | "approved" | "shortlist" | "shortlisted" | "publish" | "published" => {
                Some(Verdict::Approve)
            }
            "reject" | "rejected" => Some(Verdict::Reject),
            _ => None,
        }
    }
}

/// One decision with the item it was made on, as learning reads it.
#[derive(Debug, Clone, Copy)]
pub struct Feedback<'a> {
    /// Approve or reject.
    pub verdict: Verdict,
    /// When it was decided.
    pub at: DateTime<Utc>,
    /// The item's source (name or host).
    pub source: Option<&'a str>,
    /// The item's author.
    pub author: Option<&'a str>,
    /// The item's categories and tags.
    pub tags: &'a [String],
    /// The item's title: its words are the terms learned.
    pub title: &'a str,
}

/// What a learned weight is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeatureKind {
    /// A source, by name or host.
    Source,
    /// An author.
    Author,
    /// A category or tag.
    Tag,
    /// A word of the title.
    Term,
}

impl FeatureKind {
    /// `source`, `author`, `tag`, `term`.
    pub fn name(self) -> &'static str {
        match self {
            FeatureKind::Source => "source",
            FeatureKind::Author => "author",
            FeatureKind::Tag => "tag",
            FeatureKind::Term => "term",
        }
    }

    /// The largest weight one feature of this kind may take.
    fn cap(self) -> f64 {
        match self {
            FeatureKind::Source | FeatureKind::Author => 0.1,
            FeatureKind::Tag => 0.05,
            FeatureKind::Term => 0.03,
        }
    }

    fn phrase(self) -> &'static str {
        match self {
            FeatureKind::Source => "from this source",
            FeatureKind::Author => "by this author",
            FeatureKind::Tag => "tagged",
            FeatureKind::Term => "with the word",
        }
    }
}

/// One learned weight, as it is kept in the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnedWeight {
    /// What it is attached to.
    pub kind: FeatureKind,
    /// The source, author or tag in lower case, or the word as written.
    pub key: String,
    /// What it adds to a score (negative: subtracts), bounded by its kind's cap.
    pub weight: f64,
    /// Decisions that approved items with it.
    pub approved: u32,
    /// Decisions that rejected items with it.
    pub rejected: u32,
}

impl LearnedWeight {
    /// Why, in the curator's words: "+0.08: you approved 6 of 7 items from this source
    /// (reuters.com)".
    pub fn reason(&self) -> String {
        let decided = self.approved + self.rejected;
        let (verb, count) = if self.weight >= 0.0 {
            ("approved", self.approved)
        } else {
            ("rejected", self.rejected)
        };
        let items = if decided == 1 { "item" } else { "items" };
        format!(
            "{:+.3}: you {verb} {count} of {decided} {items} {} ({})",
            self.weight,
            self.kind.phrase(),
            self.key
        )
    }
}

/// Decisions count with this many phantom decisions on neither side: one approval alone is
/// not a preference.
const PRIOR: f64 = 2.0;
/// A weight smaller than this is not kept.
const MIN_WEIGHT: f64 = 0.001;

/// How learning weighs decisions (`[learning]` in the profile).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearningSettings {
    /// Days after which a decision counts half (30).
    #[serde(default = "default_half_life_days")]
    pub half_life_days: f64,
    /// The most the curator's decisions can add to or take from a score (0.2; scores are in
    /// [0, 1]).
    #[serde(default = "default_max_adjustment")]
    pub max_adjustment: f64,
}

impl Default for LearningSettings {
    fn default() -> Self {
        LearningSettings {
            half_life_days: default_half_life_days(),
            max_adjustment: default_max_adjustment(),
        }
    }
}

fn default_half_life_days() -> f64 {
    30.0
}
fn default_max_adjustment() -> f64 {
    0.2
}

/// What the curator's decisions taught: weights by feature. Empty when there are none.
#[derive(Debug, Clone, Default)]
pub struct Learning {
    weights: Vec<LearnedWeight>,
    /// (kind, key) → index in `weights`; terms by their first token, with all their tokens (a
    /// Korean word is several bigrams, and all must be there).
    by_key: HashMap<(FeatureKind, String), usize>,
    by_token: HashMap<u32, Vec<(usize, Vec<u32>)>>,
}

impl Learning {
    /// Whether anything was learned.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The weights, strongest first (ties by kind and key).
    pub fn weights(&self) -> &[LearnedWeight] {
        &self.weights
    }

    /// What `feedback` teaches `scorer`'s profile as of `now`.
    pub fn from_feedback(
        scorer: &Scorer,
        feedback: &[Feedback<'_>],
        now: DateTime<Utc>,
    ) -> Learning {
        let settings = scorer.profile().learning;
        let half_life = settings.half_life_days * 86_400.0;
        // (kind, key) → (decayed approvals, decayed rejections, approvals, rejections)
        let mut counts: HashMap<(FeatureKind, String), (f64, f64, u32, u32)> = HashMap::new();
        // A word's tokens → the first spelling seen, which names its feature.
        let mut spelling: HashMap<Vec<u32>, String> = HashMap::new();
        for f in feedback {
            let age = ((now - f.at).num_seconds() as f64).max(0.0);
            let decay = 0.5f64.powf(age / half_life);
            let mut features: Vec<(FeatureKind, String)> = Vec::new();
            if let Some(source) = f.source.map(normalize_key).filter(|s| !s.is_empty()) {
                features.push((FeatureKind::Source, source));
            }
            if let Some(author) = f.author.map(normalize_key).filter(|s| !s.is_empty()) {
                features.push((FeatureKind::Author, author));
            }
            for tag in f
                .tags
                .iter()
                .map(|t| normalize_key(t))
                .filter(|t| !t.is_empty())
            {
                features.push((FeatureKind::Tag, tag));
            }
            // A word is one feature whatever its spelling: "outage" and "outages" are one stem.
            for (tokens, word) in scorer.title_words(f.title) {
                let word = spelling.entry(tokens).or_insert(word).clone();
                features.push((FeatureKind::Term, word));
            }
            features.sort();
            features.dedup();
            for feature in features {
                let c = counts.entry(feature).or_default();
                match f.verdict {
                    Verdict::Approve => {
                        c.0 += decay;
                        c.2 += 1;
                    }
                    Verdict::Reject => {
                        c.1 += decay;
                        c.3 += 1;
                    }
                }
            }
        }
        let weights = counts
            .into_iter()
            .filter_map(|((kind, key), (a, r, approved, rejected))| {
                let weight = kind.cap() * (a - r) / (a + r + PRIOR);
                (weight.abs() >= MIN_WEIGHT).then_some(LearnedWeight {
                    kind,
                    key,
                    weight: (weight * 1e6).round() / 1e6,
                    approved,
                    rejected,
                })
            })
            .collect();
        Learning::from_weights(scorer, weights)
    }

    /// Learning as it was kept (`weights`, from the store).
    pub fn from_weights(scorer: &Scorer, mut weights: Vec<LearnedWeight>) -> Learning {
        weights.sort_by(|a, b| {
            b.weight
                .abs()
                .total_cmp(&a.weight.abs())
                .then(a.kind.cmp(&b.kind))
                .then(a.key.cmp(&b.key))
        });
        let mut by_key = HashMap::new();
        let mut by_token: HashMap<u32, Vec<(usize, Vec<u32>)>> = HashMap::new();
        for (i, w) in weights.iter().enumerate() {
            by_key.insert((w.kind, w.key.clone()), i);
            if w.kind == FeatureKind::Term {
                if let Some((tokens, _)) = scorer.title_words(&w.key).into_iter().next() {
                    if let Some(&first) = tokens.first() {
                        by_token.entry(first).or_default().push((i, tokens));
                    }
                }
            }
        }
        Learning {
            weights,
            by_key,
            by_token,
        }
    }

    /// The weights that apply to an item: its source, author, tags, and the learned words
    /// among `words` (the item's distinct tokens).
    pub(crate) fn matching(
        &self,
        source: Option<&str>,
        author: Option<&str>,
        tags: &[String],
        words: &[u32],
    ) -> Vec<&LearnedWeight> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<usize> = Vec::new();
        let mut look = |kind, key: &str| {
            if let Some(&i) = self.by_key.get(&(kind, normalize_key(key))) {
                found.push(i);
            }
        };
        if let Some(source) = source {
            look(FeatureKind::Source, source);
        }
        if let Some(author) = author {
            look(FeatureKind::Author, author);
        }
        for tag in tags {
            look(FeatureKind::Tag, tag);
        }
        for w in words {
            for (i, tokens) in self.by_token.get(w).into_iter().flatten() {
                if tokens.iter().all(|t| words.binary_search(t).is_ok()) {
                    found.push(*i);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.weights[i]).collect()
    }
}

/// A source, author or tag as it is compared: trimmed, lower case, a host without `www.`.
pub(crate) fn normalize_key(key: &str) -> String {
    let key = key.trim().trim_end_matches('.').to_lowercase();
    key.strip_prefix("www.").map(str::to_owned).unwrap_or(key)
}
