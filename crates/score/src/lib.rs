//! Brand-fit scoring: how well an item fits a brand profile, and why.
//!
//! - [`BrandProfile`]: the profile a communication team writes in TOML (`docs/PROFILE.md`),
//!   refused with its line and column when it is wrong.
//! - [`Scorer`]: scores a batch of [`Document`]s against a profile, with the batch as the
//!   corpus for term statistics. Every [`Score`] is a weighted sum of components in [0, 1],
//!   each with its evidence; the same input gives the same scores.
//! - [`Corpus`]: for a corpus too large to hold, its statistics gathered in one pass
//!   ([`Scorer::corpus`]), then its items scored in pieces ([`Scorer::score_with`]) in
//!   bounded memory, with the scores [`Scorer::score_batch`] would give.
//!
//! ```
//! use gleaner_score::{BrandProfile, Document, Scorer};
//! let profile = BrandProfile::from_toml(r#"
//! name = "Acme Mobile"
//! aliases = ["에이크미"]
//! [[topics]]
//! name = "customer service"
//! terms = ["고객센터", "customer support"]
//! "#).unwrap();
//! let scorer = Scorer::new(profile);
//! let now = chrono::Utc::now();
//! let docs = [
//!     Document { title: "에이크미 고객센터에서는 무엇이 달라졌나", text: "…", ..Default::default() },
//!     Document { title: "Weather today", text: "Sunny.", ..Default::default() },
//! ];
//! let scores = scorer.score_batch(&docs, now);
//! assert!(scores[0].value > scores[1].value);
//! ```
//!
//! Each topic also learns its wider vocabulary from the batch, without labels: a self-trained
//! model of how much each word says an item is about it (`selftrain.rs`), and its strongest
//! new words (`expand.rs`), which [`Scorer::suggest`] offers the curator as terms to add,
//! with evidence (`docs/PROFILE.md`). Coverage, engagement, novelty and resemblance to
//! the profile's exemplars count where they are known (`context.rs`).
//!
//! - [`Learning`]: what the curator's decisions taught (sources, authors, tags, title words),
//!   added to scores with its reasons by [`Scorer::score_batch_learned`].
//! - [`Listener`]: listening. [`Scorer::mentions`] finds where a text names the brand or a
//!   competitor; the listener classes each mention (complaint, question, praise, news,
//!   other), gives complaints and questions a priority and a deadline, and raises spikes as
//!   issues or crises ([`Report`]).

mod components;
mod context;
mod corpus;
mod error;
mod expand;
mod keys;
mod learn;
mod listen;
mod profile;
mod scorer;
mod selftrain;
mod terms;
mod topic;
mod words;

pub use corpus::{Corpus, CorpusBuilder, IndexStatistics};
pub use error::ProfileError;
pub use gleaner_core::{Component, ComponentKind, Score};
pub use learn::{FeatureKind, Feedback, LearnedWeight, Learning, LearningSettings, Verdict};
pub use listen::{
    Alert, AlertLevel, Classified, Classifier, Cues, Heard, Influence, LabelledMention, Listener,
    Listening, Mention, MentionClass, MentionModel, MentionReport, Report, SourceKind, Thresholds,
    Window,
};
pub use profile::{
    BrandProfile, Freshness, Sources, Topic, Weights, MAX_NAMES, MAX_PROFILE_BYTES, MAX_WEIGHT,
};
pub use scorer::{best_topic, Document, Scorer};
pub use words::Suggestion;
