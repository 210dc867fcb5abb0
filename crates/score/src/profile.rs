//! The brand profile: TOML a communication team writes by hand (`docs/PROFILE.md`).
use serde::Deserialize;
use toml::Spanned;

use crate::error::ProfileError;
use crate::learn::LearningSettings;
use crate::listen::Listening;

/// What a brand cares about: its names, topics, languages, what it avoids, its competitors,
/// the sources it trusts, how fast news goes stale, and how the score's parts are weighed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandProfile {
    /// The brand's name.
    pub name: String,
    /// Other names of the brand (matched like the name, Korean with particles attached).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The languages the brand publishes in (`"en"`, `"ko"`…); empty for any.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Terms the brand keeps away from: an item with one is penalized.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Competitors' names: an item naming one and not the brand is penalized.
    #[serde(default)]
    pub competitors: Vec<String>,
    /// Items the brand considers on-voice: texts, or addresses (`https://…`) of items in the
    /// batch. An item resembling one scores the `exemplar` component.
    #[serde(default)]
    pub exemplars: Vec<String>,
    /// The topics, each with its terms and weight.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// How fast an item's freshness halves.
    #[serde(default)]
    pub freshness: Freshness,
    /// Trusted and distrusted sources.
    #[serde(default)]
    pub sources: Sources,
    /// The weight of each part of the score.
    #[serde(default)]
    pub weights: Weights,
    /// How the brand listens: response time, social sources, spikes, cue words.
    #[serde(default)]
    pub listening: Listening,
    /// How the curator's decisions are learned from: their half-life, their most effect.
    #[serde(default)]
    pub learning: LearningSettings,
}

/// A topic of the profile.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// What the topic is called in explanations.
    pub name: String,
    /// How much the topic counts, from 0 to 1 (1 by default).
    #[serde(default = "one")]
    pub weight: Spanned<f64>,
    /// Words and phrases of the topic. A phrase matches its words in order; Korean terms
    /// match their inflected forms (고객센터 matches 고객센터에서는). A term listed in two
    /// topics counts for the first.
    pub terms: Spanned<Vec<String>>,
}

/// How fast freshness decays.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Freshness {
    /// Hours after which an item's freshness is half of a new item's (48 by default).
    #[serde(default = "default_half_life")]
    pub half_life_hours: Spanned<f64>,
}

impl Default for Freshness {
    fn default() -> Self {
        Freshness {
            half_life_hours: Spanned::new(0..0, 48.0),
        }
    }
}

/// Sources by trust. A pattern is a host (`example.com`, which also covers its subdomains),
/// or a source name as the item gives it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// Sources the brand trusts: source authority 1.
    #[serde(default)]
    pub trusted: Vec<String>,
    /// Sources the brand distrusts: source authority 0.
    #[serde(default)]
    pub distrusted: Vec<String>,
}

/// The weight of each part of the score. Penalties are subtracted.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Topic relevance.
    #[serde(default = "weight_topic")]
    pub topic: f64,
    /// Naming the brand.
    #[serde(default = "weight_brand_mention")]
    pub brand_mention: f64,
    /// Freshness. Small by default, so that it orders items of comparable fit and never
    /// lifts an off-topic item over an on-topic one.
    #[serde(default = "weight_freshness")]
    pub freshness: f64,
    /// Source authority.
    #[serde(default = "weight_source_authority")]
    pub source_authority: f64,
    /// Being in one of the profile's languages.
    #[serde(default = "weight_language_fit")]
    pub language_fit: f64,
    /// How many sources cover the item's story (where known).
    #[serde(default = "weight_coverage")]
    pub coverage: f64,
    /// How far the item reached (where the feed carries it).
    #[serde(default = "weight_engagement")]
    pub engagement: f64,
    /// Resemblance to the profile's exemplars (where it has some).
    #[serde(default = "weight_exemplar")]
    pub exemplar: f64,
    /// The item's story not already published (where known).
    #[serde(default = "weight_novelty")]
    pub novelty: f64,
    /// Penalty for an avoided term.
    #[serde(default = "weight_avoid")]
    pub avoid: f64,
    /// Penalty for naming a competitor and not the brand.
    #[serde(default = "weight_competitor_only")]
    pub competitor_only: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            topic: weight_topic(),
            brand_mention: weight_brand_mention(),
            freshness: weight_freshness(),
            source_authority: weight_source_authority(),
            language_fit: weight_language_fit(),
            coverage: weight_coverage(),
            engagement: weight_engagement(),
            exemplar: weight_exemplar(),
            novelty: weight_novelty(),
            avoid: weight_avoid(),
            competitor_only: weight_competitor_only(),
        }
    }
}

fn one() -> Spanned<f64> {
    Spanned::new(0..0, 1.0)
}
fn default_half_life() -> Spanned<f64> {
    Spanned::new(0..0, 48.0)
}
fn weight_topic() -> f64 {
    1.0
}
fn weight_brand_mention() -> f64 {
    0.3
}
fn weight_freshness() -> f64 {
    0.15
}
fn weight_source_authority() -> f64 {
    0.1
}
fn weight_language_fit() -> f64 {
    0.1
}
fn weight_coverage() -> f64 {
    0.1
}
fn weight_engagement() -> f64 {
    0.1
}
fn weight_exemplar() -> f64 {
    0.3
}
fn weight_novelty() -> f64 {
    0.1
}
fn weight_avoid() -> f64 {
    0.5
}
fn weight_competitor_only() -> f64 {
    0.2
}

/// The largest weight a profile may give a component: weights are relative, and larger ones
/// would overflow their sum.
pub const MAX_WEIGHT: f64 = 1000.0;

/// The longest profile file read: a profile is a page of hand-written settings, and even one
/// with many exemplar texts is well under this.
pub const MAX_PROFILE_BYTES: u64 = 16 << 20;

/// The most aliases, and the most competitors, a profile may name: listening looks for each
/// name in every item, so each name costs time on every item (a brand has a handful).
pub const MAX_NAMES: usize = 1_000;

impl BrandProfile {
    /// Reads a profile from TOML. A syntax error, a wrong type, an unknown key (named with
    /// the nearest known one) or a value out of range is an error with its line and column.
    ///
    /// ```
    /// let profile = gleaner_score::BrandProfile::from_toml(r#"
    /// name = "Acme Mobile"
    /// [[topics]]
    /// name = "5G networks"
    /// terms = ["5G", "기지국"]
    /// "#).unwrap();
    /// assert_eq!(profile.topics[0].terms.get_ref().len(), 2);
    ///
    /// let error = gleaner_score::BrandProfile::from_toml("name = \"A\"\naliasez = []").unwrap_err();
    /// assert_eq!((error.line, error.column), (2, 1));
    /// assert!(error.message.contains("did you mean `aliases`"));
    /// ```
    pub fn from_toml(text: &str) -> Result<BrandProfile, ProfileError> {
        let profile: BrandProfile =
            toml::from_str(text).map_err(|e| ProfileError::from_toml(text, &e))?;
        profile.validate(text)?;
        Ok(profile)
    }

    /// Reads a profile from a TOML file of at most [`MAX_PROFILE_BYTES`]: a longer one (or
    /// an endless one, such as `/dev/zero`) is refused after reading that much. (The
    /// `gleaner` crate's `scoring::read_profile` also gives up on a named pipe nobody writes
    /// to, as it does for items.)
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<BrandProfile, ProfileError> {
        use std::io::Read;
        let path = path.as_ref();
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_PROFILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| ProfileError::unreadable(path, &e))?;
        if bytes.len() as u64 > MAX_PROFILE_BYTES {
            return Err(ProfileError::too_long(path));
        }
        BrandProfile::from_bytes(&bytes)
    }

    /// Reads a profile from the bytes of a TOML file: [`BrandProfile::from_toml`], once they
    /// are known to be UTF-8 (else the error says on which line and column they stop being
    /// text).
    pub fn from_bytes(bytes: &[u8]) -> Result<BrandProfile, ProfileError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let valid = e.valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            ProfileError::at(&before, valid, "not UTF-8 text from here on".into())
        })?;
        BrandProfile::from_toml(text)
    }

    /// The brand's names: its name and aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    fn validate(&self, text: &str) -> Result<(), ProfileError> {
        let at = |span: std::ops::Range<usize>, message: String| {
            Err(ProfileError::at(text, span.start, message))
        };
        if self.name.trim().is_empty() {
            return Err(ProfileError::at(text, 0, "`name` is empty".into()));
        }
        for topic in &self.topics {
            let weight = *topic.weight.get_ref();
            if !(0.0..=1.0).contains(&weight) {
                return at(
                    topic.weight.span(),
                    format!(
                        "topic `{}`: weight {} is not between 0 and 1",
                        cut(&topic.name),
                        shown(weight)
                    ),
                );
            }
            let terms = topic.terms.get_ref();
            if terms.iter().all(|t| t.trim().is_empty()) {
                return at(
                    topic.terms.span(),
                    format!("topic `{}` has no terms", cut(&topic.name)),
                );
            }
        }
        for (key, names) in [
            ("aliases", &self.aliases),
            ("competitors", &self.competitors),
        ] {
            if names.len() > MAX_NAMES {
                let start = text.find(key).unwrap_or(0);
                return Err(ProfileError::at(
                    text,
                    start,
                    format!("{key}: at most {MAX_NAMES} names, not {}", names.len()),
                ));
            }
        }
        // A name or term of no letters or digits ("!!!", an emoji, "") has no tokens: it could
        // never match, and was accepted without a word.
        let analyzer = crate::terms::analyzer();
        let words = std::iter::once(("name", &self.name))
            .chain(self.aliases.iter().map(|a| ("aliases", a)))
            .chain(self.competitors.iter().map(|c| ("competitors", c)))
            .chain(self.avoid.iter().map(|a| ("avoid", a)))
            .chain(
                self.topics
                    .iter()
                    .flat_map(|t| t.terms.get_ref().iter().map(|term| ("topic terms", term))),
            );
        for (key, written) in words {
            if crate::terms::tokens(&analyzer, written).is_empty() {
                let start = text
                    .find(&format!("{written:?}"))
                    .or_else(|| text.find(key))
                    .unwrap_or(0);
                return Err(ProfileError::at(
                    text,
                    start,
                    format!(
                        "{key}: {:?} has no letters or digits, so it can never match",
                        cut(written)
                    ),
                ));
            }
        }
        for lang in &self.languages {
            let known = gleaner_core::Lang::parse(lang)
                .is_some_and(|l| l.code().eq_ignore_ascii_case(lang.trim()));
            if !known {
                let start = text.find("languages").unwrap_or(0);
                return Err(ProfileError::at(
                    text,
                    start,
                    format!(
                        "languages: `{}` is not a language code such as \"en\" or \"ko\"",
                        cut(lang)
                    ),
                ));
            }
        }
        let half_life = *self.freshness.half_life_hours.get_ref();
        if !(half_life.is_finite() && half_life > 0.0) {
            return at(
                self.freshness.half_life_hours.span(),
                format!(
                    "half_life_hours must be a positive number of hours, not {}",
                    shown(half_life)
                ),
            );
        }
        let w = &self.weights;
        for (name, weight) in [
            ("topic", w.topic),
            ("brand_mention", w.brand_mention),
            ("freshness", w.freshness),
            ("source_authority", w.source_authority),
            ("language_fit", w.language_fit),
            ("coverage", w.coverage),
            ("engagement", w.engagement),
            ("exemplar", w.exemplar),
            ("novelty", w.novelty),
            ("avoid", w.avoid),
            ("competitor_only", w.competitor_only),
        ] {
            if !(0.0..=MAX_WEIGHT).contains(&weight) {
                let start = text.find("[weights]").unwrap_or(0);
                return Err(ProfileError::at(
                    text,
                    start,
                    format!(
                        "weights.{name} must be a number from 0 to {MAX_WEIGHT}, not {}",
                        shown(weight)
                    ),
                ));
            }
        }
        if w.topic + w.brand_mention + w.freshness + w.source_authority + w.language_fit <= 0.0 {
            let start = text.find("[weights]").unwrap_or(0);
            return Err(ProfileError::at(
                text,
                start,
                "every positive weight is 0: nothing would score".into(),
            ));
        }
        let learning = &self.learning;
        let learning_ok = learning.half_life_days.is_finite()
            && learning.half_life_days > 0.0
            && (0.0..=1.0).contains(&learning.max_adjustment);
        if !learning_ok {
            let start = text.find("[learning]").unwrap_or(0);
            return Err(ProfileError::at(
                text,
                start,
                "learning: half_life_days must be positive and max_adjustment from 0 to 1".into(),
            ));
        }
        if let Some((key, message)) = self.listening.invalid() {
            let start = text
                .find("[listening")
                .map_or(0, |at| text[at..].find(key).map_or(at, |k| at + k));
            return Err(ProfileError::at(text, start, message));
        }
        Ok(())
    }
}

/// A value as an error message quotes it: its first 60 characters, then "…" (a topic's name
/// may be a megabyte long).
pub(crate) fn cut(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// A number as an error message shows it: `1e308`, not its 309 digits.
pub(crate) fn shown(x: f64) -> String {
    if x.is_finite() && x != 0.0 && !(1e-6..1e9).contains(&x.abs()) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}
