//! A learned mention classifier: logistic regression over a mention's words, its words' letter
//! n-grams and what the cue lexicons read in it (`classify.rs`), trained when first needed on
//! the labelled mentions that ship with the crate (`crates/score/cues/mentions.jsonl`, written
//! by `scripts/listen/training_set.py`) and on those a profile adds.
//!
//! The cues are right where a rule knows better than a count (negation, sarcasm, a question
//! that is a grievance); the learned weights hear what no lexicon lists ("third time this week
//! the app ate my order"). Names are written as placeholders before anything is learned or
//! read, so the model learns how people write about a brand and not which brands it was
//! trained on. Training is deterministic: fixed orders, a fixed number of passes, the weights
//! of two runs in different orders averaged.
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;
use serde::Deserialize;

use super::classify::{classify, Classified, MentionClass, SourceKind};
use super::cues::{normalize, CueMatcher, Cues};
use super::mentions::Mention;
use crate::{BrandProfile, Scorer};

/// The labelled mentions bundled with the crate.
const BUNDLED: &str = include_str!("../../cues/mentions.jsonl");

/// Features are hashed into 2^18 slots: few collisions among the ~10^5 n-grams of a few
/// thousand mentions, 5 MB of weights.
const BITS: u32 = 18;
const SLOTS: usize = 1 << BITS;
const CLASSES: usize = MentionClass::ALL.len();
/// Passes over the training mentions, the step of AdaGrad and the L2 penalty. A step of 0.2
/// and a penalty of 3e-4, in place of 0.5 and 1e-4, took the 60 left-out timelines from 0.807
/// to 0.814 (deadlines 0.873 to 0.877) and the held-out class sets from 0.917 to 0.930 (a
/// sweep of each setting, docs/PROFILE.md).
const EPOCHS: usize = 10;
const STEP: f32 = 0.2;
const L2: f32 = 3e-4;
/// How many runs in different orders the weights are averaged over, and the first order's seed.
const RUNS: usize = 2;
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;
/// What the cue classifier's reading weighs against the text's n-grams (each group is scaled
/// to length 1 before this).
const CUE_WEIGHT: f32 = 1.0;
/// Letter n-grams within a word, from 2 to 4 letters (the word padded with a space each side).
const MIN_GRAM: usize = 2;
const MAX_GRAM: usize = 4;
/// How many models trained with a profile's examples a process keeps.
const KEPT_MODELS: usize = 4;
/// The brand's names and the competitors', as the model reads them.
const BRAND_MARK: &str = " \u{24B7} ";
const RIVAL_MARK: &str = " \u{24B8} ";

/// A mention with its class as a person reads it: what a model is trained on. In a profile:
/// `[[listening.examples]]` with `text`, `class` and optionally `kind` (`social` or `news`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledMention {
    /// The mention's text: title and body.
    pub text: String,
    /// Social or news, where known.
    #[serde(default)]
    pub kind: Option<SourceKind>,
    /// Its class.
    pub class: MentionClass,
}

/// A mention classifier learned from labelled mentions; see [`MentionModel::bundled`].
pub struct MentionModel {
    /// Per slot, a weight per class.
    weights: Vec<[f32; CLASSES]>,
    bias: [f32; CLASSES],
    /// Per slot, how rare its n-grams are among the training mentions.
    idf: Vec<f32>,
}

/// A mention as the model reads it: hashed slots with their values.
type Features = Vec<(u32, f32)>;

impl MentionModel {
    /// The model trained on the bundled labelled mentions (about 17,000 in Korean and
    /// English), trained once per process, on first use.
    pub fn bundled() -> Arc<MentionModel> {
        static BUNDLED_MODEL: OnceLock<Arc<MentionModel>> = OnceLock::new();
        BUNDLED_MODEL
            .get_or_init(|| Arc::new(MentionModel::from_bundled(|_| true, None)))
            .clone()
    }

    /// The bundled model trained anew with `examples` of the brand of `profile` (its
    /// `[[listening.examples]]`), kept for the process: the same profile and examples get the
    /// same model without training again (the last few are kept).
    pub fn with_examples(
        profile: &BrandProfile,
        examples: &[LabelledMention],
    ) -> Arc<MentionModel> {
        static TRAINED: Mutex<Vec<(u64, Arc<MentionModel>)>> = Mutex::new(Vec::new());
        let mut key = String::new();
        for name in std::iter::once(&profile.name)
            .chain(&profile.aliases)
            .chain(&profile.competitors)
        {
            key.push_str(name);
            key.push('\u{1f}');
        }
        for e in examples {
            key.push_str(&format!(
                "{}\u{1e}{:?}\u{1e}{:?}\u{1f}",
                e.text, e.class, e.kind
            ));
        }
        let key = xxhash_rust::xxh3::xxh3_64(key.as_bytes());
        let cached = |trained: &[(u64, Arc<MentionModel>)]| {
            trained
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, m)| m.clone())
        };
        if let Some(model) = cached(&TRAINED.lock().unwrap_or_else(|e| e.into_inner())) {
            return model;
        }
        let model = Arc::new(MentionModel::from_bundled(
            |_| true,
            Some((profile, examples)),
        ));
        let mut trained = TRAINED.lock().unwrap_or_else(|e| e.into_inner());
        if trained.len() >= KEPT_MODELS {
            trained.remove(0);
        }
        trained.push((key, model.clone()));
        model
    }

    /// A model trained on the bundled mentions of the sets `keep` accepts (`mentions`,
    /// `timelines`, `timelines2`…; see `scripts/listen/training_set.py`) and on a brand's own
    /// labelled mentions, given with its profile (whose names are found in them as in what is
    /// heard). `keep` lets a test leave a set out and measure on it.
    pub fn from_bundled(
        keep: impl Fn(&str) -> bool + Sync,
        brand: Option<(&BrandProfile, &[LabelledMention])>,
    ) -> MentionModel {
        let cues = CueMatcher::new(&Cues::bundled());
        // Each brand's mentions are read with a scorer of its names, brands on every core (in
        // order, so that the model is the same however many there are).
        let mut readings: Vec<(Reading, MentionClass)> = bundled_mentions()
            .into_par_iter()
            .map(|(brand, mentions)| {
                let scorer = Scorer::new(brand);
                mentions
                    .iter()
                    .filter(|(set, _)| keep(set))
                    .map(|(_, m)| (prepare(&cues, &scorer, &m.text, m.kind), m.class))
                    .collect::<Vec<_>>()
            })
            .flatten()
            .collect();
        if let Some((profile, examples)) = brand {
            let scorer = Scorer::new(profile.clone());
            for m in examples {
                readings.push((prepare(&cues, &scorer, &m.text, m.kind), m.class));
            }
        }
        train(&readings)
    }

    /// The class of a mention and each class's probability ([`MentionClass::ALL`]'s order),
    /// from what [`read`] read.
    pub(crate) fn predict(&self, reading: &Reading) -> (MentionClass, [f32; CLASSES]) {
        let p = self.probabilities(reading);
        let best = (0..CLASSES).fold(0, |best, c| if p[c] > p[best] { c } else { best });
        (MentionClass::ALL[best], p)
    }

    /// The probability of each class ([`MentionClass::ALL`]'s order) for a mention prepared
    /// by [`read`].
    fn probabilities(&self, reading: &Reading) -> [f32; CLASSES] {
        let features = self.features(reading);
        softmax(scores(&self.weights, &self.bias, &features))
    }

    /// The hashed features of a reading, its n-grams weighted by rarity.
    fn features(&self, reading: &Reading) -> Features {
        let mut features = Vec::with_capacity(reading.grams.len() + reading.cues.len());
        for group in [&reading.words, &reading.grams] {
            let start = features.len();
            features.extend(group.iter().map(|&(s, tf)| (s, tf * self.idf[s as usize])));
            unit_length(&mut features[start..], 1.0);
        }
        let start = features.len();
        features.extend(reading.cues.iter().copied());
        unit_length(&mut features[start..], CUE_WEIGHT);
        features
    }
}

impl std::fmt::Debug for MentionModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = self
            .weights
            .iter()
            .filter(|w| w.iter().any(|&x| x != 0.0))
            .count();
        f.debug_struct("MentionModel")
            .field("slots", &SLOTS)
            .field("slots_used", &used)
            .field("bias", &self.bias)
            .finish()
    }
}

/// What the model reads in a mention before weighting: words and word pairs, letter n-grams
/// and the cue classifier's reading, each hashed to a slot with its count (1 + ln count).
pub(crate) struct Reading {
    words: Vec<(u32, f32)>,
    grams: Vec<(u32, f32)>,
    cues: Vec<(u32, f32)>,
}

/// Reads `text`, with its names at `mentions` and the cue classifier's reading `cued`.
pub(crate) fn read(
    text: &str,
    mentions: &[Mention],
    kind: Option<SourceKind>,
    cued: &Classified,
) -> Reading {
    let masked = normalize(&mask(text, mentions));
    let tokens: Vec<&str> = masked
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '?' || c == '!'))
        .flat_map(split_marks)
        .map(|t| t.trim_matches('\''))
        .filter(|t| !t.is_empty())
        .collect();
    let mut words = Counts::default();
    let mut grams = Counts::default();
    let (mut padded, mut gram) = (Vec::new(), String::new());
    for (i, token) in tokens.iter().enumerate() {
        words.add(&["w", token]);
        if let Some(next) = tokens.get(i + 1) {
            words.add(&["b", token, next]);
        }
        padded.clear();
        padded.push(' ');
        padded.extend(token.chars());
        padded.push(' ');
        for n in MIN_GRAM..=MAX_GRAM {
            for window in padded.windows(n) {
                gram.clear();
                gram.extend(window);
                grams.add(&["g", &gram]);
            }
        }
    }
    let mut cues = Counts::default();
    cues.add(&["class", cued.class.name()]);
    if cued.negative {
        cues.add(&["negative"]);
    }
    for evidence in &cued.evidence {
        let what = evidence.split(':').next().unwrap_or_default();
        let what = if evidence.ends_with("(negated verb)") {
            "negated verb"
        } else {
            what
        };
        cues.add(&["cue", what]);
    }
    let kind = match kind {
        Some(SourceKind::Social) => "social",
        Some(SourceKind::News) => "news",
        None => "unknown",
    };
    cues.add(&["kind", kind]);
    let length = (tokens.len() as f32 + 1.0).log2() as u32;
    cues.add(&["length", &length.to_string()]);
    Reading {
        words: words.into_sublinear(),
        grams: grams.into_sublinear(),
        cues: cues.into_sublinear(),
    }
}

/// `text` with the brand's names as [`BRAND_MARK`] and the competitors' as [`RIVAL_MARK`]
/// (an English possessive with them).
fn mask(text: &str, mentions: &[Mention]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for m in mentions {
        if m.span.start < at || m.span.end > text.len() {
            continue;
        }
        out.push_str(&text[at..m.span.start]);
        out.push_str(if m.competitor { RIVAL_MARK } else { BRAND_MARK });
        at = m.span.end;
        let rest = &text[at..];
        for possessive in ["'s", "\u{2019}s"] {
            if rest.starts_with(possessive)
                && !rest[possessive.len()..].starts_with(char::is_alphanumeric)
            {
                at += possessive.len();
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

/// A token with the marks split off as tokens of their own ("Ⓑ가" → "Ⓑ", "가").
fn split_marks(token: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, c) in token.char_indices() {
        if c == '\u{24B7}' || c == '\u{24B8}' {
            parts.push(&token[from..i]);
            parts.push(&token[i..i + c.len_utf8()]);
            from = i + c.len_utf8();
        }
    }
    parts.push(&token[from..]);
    parts
}

/// Hashed counts of features.
#[derive(Default)]
struct Counts(HashMap<u32, f32>);

impl Counts {
    fn add(&mut self, parts: &[&str]) {
        *self.0.entry(slot(parts)).or_default() += 1.0;
    }

    /// The slots in order, each with 1 + ln(count).
    fn into_sublinear(self) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = self.0.into_iter().map(|(s, n)| (s, 1.0 + n.ln())).collect();
        out.sort_by_key(|&(s, _)| s);
        out
    }
}

/// The slot of a feature: FNV-1a over its parts, each followed by a separator.
fn slot(parts: &[&str]) -> u32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((hash >> 20) as u32) & (SLOTS as u32 - 1)
}

/// Scales `features` to Euclidean length `length` (nothing when they are all zero).
fn unit_length(features: &mut [(u32, f32)], length: f32) {
    let norm = features.iter().map(|f| f.1 * f.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for f in features {
            f.1 *= length / norm;
        }
    }
}

fn softmax(scores: [f32; CLASSES]) -> [f32; CLASSES] {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut p = scores.map(|s| (s - max).exp());
    let sum: f32 = p.iter().sum();
    for x in &mut p {
        *x /= sum;
    }
    p
}

/// Each class's score for `features`: its bias and the weighted sum of its slots.
fn scores(
    weights: &[[f32; CLASSES]],
    bias: &[f32; CLASSES],
    features: &Features,
) -> [f32; CLASSES] {
    let mut scores = *bias;
    for &(slot, value) in features {
        let w = &weights[slot as usize];
        for c in 0..CLASSES {
            scores[c] += w[c] * value;
        }
    }
    scores
}

/// Trains multinomial logistic regression with AdaGrad, each class weighted by how rare it is
/// (so that complaints, the most common class, do not drown the rest).
fn train(readings: &[(Reading, MentionClass)]) -> MentionModel {
    let mut df = vec![0u32; SLOTS];
    for (reading, _) in readings {
        for &(s, _) in reading.words.iter().chain(&reading.grams) {
            df[s as usize] += 1;
        }
    }
    let n = readings.len() as f32;
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0)
        .collect();
    let mut model = MentionModel {
        weights: vec![[0.0; CLASSES]; SLOTS],
        bias: [0.0; CLASSES],
        idf,
    };
    let mut per_class = [0usize; CLASSES];
    for (_, class) in readings {
        per_class[*class as usize] += 1;
    }
    let class_weight = per_class.map(|c| {
        if c == 0 {
            0.0
        } else {
            n / (CLASSES as f32 * c as f32)
        }
    });
    let examples: Vec<(Features, usize)> = readings
        .iter()
        .map(|(r, c)| (model.features(r), *c as usize))
        .collect();
    // Each run's weights depend on the order it saw the mentions in; the average of a few
    // runs in different orders is steadier than any one of them.
    let runs: Vec<_> = (0..RUNS)
        .into_par_iter()
        .map(|run| {
            let seed = SEED ^ (run as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d);
            fit(&examples, &class_weight, seed)
        })
        .collect();
    for (weights, bias) in runs {
        let runs_weights = model.weights.iter_mut().zip(&weights);
        for (total, w) in runs_weights.chain(std::iter::once((&mut model.bias, &bias))) {
            for (t, x) in total.iter_mut().zip(w) {
                *t += x / RUNS as f32;
            }
        }
    }
    model
}

/// One run of AdaGrad over `examples` in an order drawn from `seed`: the weights per slot and
/// the biases.
fn fit(
    examples: &[(Features, usize)],
    class_weight: &[f32; CLASSES],
    mut seed: u64,
) -> (Vec<[f32; CLASSES]>, [f32; CLASSES]) {
    let mut weights = vec![[0.0f32; CLASSES]; SLOTS];
    let mut bias = [0.0f32; CLASSES];
    let mut squares = vec![[0.0f32; CLASSES]; SLOTS];
    let mut bias_squares = [0.0f32; CLASSES];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for _ in 0..EPOCHS {
        shuffle(&mut order, &mut seed);
        for &i in &order {
            let (features, class) = &examples[i];
            let p = softmax(scores(&weights, &bias, features));
            let mut gradient = [0.0f32; CLASSES];
            for c in 0..CLASSES {
                let target = if c == *class { 1.0 } else { 0.0 };
                gradient[c] = (p[c] - target) * class_weight[*class];
            }
            for c in 0..CLASSES {
                bias_squares[c] += gradient[c] * gradient[c];
                bias[c] -= STEP * gradient[c] / (bias_squares[c].sqrt() + 1e-6);
            }
            for &(s, value) in features {
                let (w, g2) = (&mut weights[s as usize], &mut squares[s as usize]);
                for c in 0..CLASSES {
                    let g = gradient[c] * value + L2 * w[c];
                    g2[c] += g * g;
                    w[c] -= STEP * g / (g2[c].sqrt() + 1e-6);
                }
            }
        }
    }
    (weights, bias)
}

/// A Fisher–Yates shuffle driven by xorshift64: the same order on every run.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Finds the names in `text` and reads it as the listener does.
fn prepare(cues: &CueMatcher, scorer: &Scorer, text: &str, kind: Option<SourceKind>) -> Reading {
    let cued = classify(cues, text, kind);
    read(text, &scorer.mentions(text), kind, &cued)
}

/// A brand's bundled mentions, each with its set.
type BrandMentions = Vec<(String, LabelledMention)>;

/// The bundled labelled mentions, by brand (a profile of its names).
fn bundled_mentions() -> Vec<(BrandProfile, BrandMentions)> {
    let mut brands: Vec<(String, BrandProfile, BrandMentions)> = Vec::new();
    let (social_hosts, social_names) = super::social_sources(&[]);
    for line in BUNDLED.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(line).expect("the bundled mentions are JSON lines");
        match line {
            Line::Brand {
                brand,
                names,
                competitors,
            } => {
                let (name, aliases) = names.split_first().expect("a bundled brand has a name");
                let profile: BrandProfile = serde_json::from_value(serde_json::json!({
                    "name": name, "aliases": aliases, "competitors": competitors,
                }))
                .expect("a bundled brand is a profile");
                brands.push((brand, profile, Vec::new()));
            }
            Line::Mention {
                set,
                brand,
                kind,
                source,
                class,
                text,
            } => {
                let kind = match kind.as_deref() {
                    Some("social") => Some(SourceKind::Social),
                    Some("news") => Some(SourceKind::News),
                    _ => source
                        .as_deref()
                        .and_then(|s| super::kind_of(&social_hosts, &social_names, None, Some(s))),
                };
                let class = MentionClass::ALL
                    .into_iter()
                    .find(|c| c.name() == class)
                    .expect("a bundled mention's class is one of the five");
                let (_, _, mentions) = brands
                    .iter_mut()
                    .find(|b| b.0 == brand)
                    .expect("a bundled mention's brand comes before it");
                mentions.push((set, LabelledMention { text, kind, class }));
            }
        }
    }
    brands.into_iter().map(|(_, p, m)| (p, m)).collect()
}

/// One line of the bundled file: a brand, or a labelled mention.
#[derive(Deserialize)]
#[serde(untagged)]
enum Line {
    Brand {
        brand: String,
        names: Vec<String>,
        competitors: Vec<String>,
    },
    Mention {
        set: String,
        brand: String,
        #[serde(default)]
        kind: Option<String>,
        #[serde(default)]
        source: Option<String>,
        class: String,
        text: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Listener;

    fn profile(extra: &str) -> BrandProfile {
        BrandProfile::from_toml(&format!(
            "name = \"Acme\"\naliases = [\"에이크미\"]\ncompetitors = [\"Globex\"]\n{extra}"
        ))
        .unwrap()
    }

    #[test]
    fn names_are_read_as_placeholders() {
        let scorer = Scorer::new(profile(""));
        let text = "Acme's app vs Globex: 에이크미가 낫다";
        let masked = mask(text, &scorer.mentions(text));
        assert_eq!(
            masked,
            format!("{BRAND_MARK} app vs {RIVAL_MARK}: {BRAND_MARK} 낫다")
        );
    }

    #[test]
    fn training_is_deterministic() {
        let only_the_mentions = |set: &str| set == "mentions";
        let a = MentionModel::from_bundled(only_the_mentions, None);
        let b = MentionModel::from_bundled(only_the_mentions, None);
        assert_eq!(a.bias, b.bias);
        assert!(a.weights == b.weights);
    }

    #[test]
    fn a_profiles_examples_are_learned() {
        // A brand's own slang: its fans call a sold-out drop "the blue hamster".
        let text = "Acme gave me the blue hamster again";
        let plain = Listener::new(profile("")).classify(text, None).class;
        let teach = if plain == MentionClass::Praise {
            MentionClass::Complaint
        } else {
            MentionClass::Praise
        };
        let examples: String = [
            "Acme gave me the blue hamster again",
            "the blue hamster, Acme! again!",
            "blue hamster from Acme again this morning",
            "Acme blue hamster again, every single time",
            "again the blue hamster at Acme",
            "Acme and its blue hamster again",
        ]
        .iter()
        .map(|t| {
            let class = teach.name();
            format!("[[listening.examples]]\ntext = {t:?}\nclass = \"{class}\"\n")
        })
        .collect();
        let taught = Listener::new(profile(&examples));
        let classified = taught.classify(text, None);
        assert_eq!(classified.class, teach);
        let verdict = format!("learned: {}", teach.name());
        assert!(classified.evidence.last().unwrap().starts_with(&verdict));
    }

    #[test]
    fn a_profiles_model_is_trained_once() {
        let acme = profile("");
        let examples = [LabelledMention {
            text: "Acme ate my parcel".into(),
            kind: None,
            class: MentionClass::Complaint,
        }];
        let first = MentionModel::with_examples(&acme, &examples);
        assert!(Arc::ptr_eq(
            &first,
            &MentionModel::with_examples(&acme, &examples)
        ));
        assert!(!Arc::ptr_eq(
            &first,
            &MentionModel::with_examples(&acme, &[])
        ));
    }

    #[test]
    fn a_profile_can_keep_to_the_cues() {
        let cues = Listener::new(profile("[listening]\nclassifier = \"cues\""));
        let text = "Acme's support is not good at all";
        let classified = cues.classify(text, None);
        assert_eq!(classified.class, MentionClass::Complaint);
        assert!(!classified.evidence.iter().any(|e| e.starts_with("learned")));
    }
}
