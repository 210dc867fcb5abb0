//! The profile's `[listening]` section: deadlines, which sources are social, spike windows,
//! crisis thresholds and extra cue words. Every key is optional.
use serde::Deserialize;

use super::cues::{Cues, MAX_CUES, MAX_CUE_BYTES};
use super::learned::LabelledMention;

/// How the brand listens (`[listening]` in the profile; `docs/PROFILE.md`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listening {
    /// Hours after publication by which a complaint or question is answered (24).
    #[serde(default = "default_response_hours")]
    pub response_hours: f64,
    /// Sources to treat as social, beyond the built-in list (hosts such as
    /// `community.example.com`, covering subdomains, or source names).
    #[serde(default)]
    pub social_sources: Vec<String>,
    /// Spike windows for social sources: an hour against the previous 12. A key left out
    /// keeps this default.
    #[serde(default = "Window::social", deserialize_with = "Window::social_with")]
    pub social: Window,
    /// Spike windows for news: a day against the previous 14. A key left out keeps this
    /// default.
    #[serde(default = "Window::news", deserialize_with = "Window::news_with")]
    pub news: Window,
    /// When a spike is an issue and when a crisis.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Cue words added to the bundled lexicons.
    #[serde(default)]
    pub cues: Cues,
    /// How mentions are classed: `learned` (the default) by a model trained on labelled
    /// mentions with the cues' reading among what it weighs, or `cues` by the cue rules alone.
    #[serde(default)]
    pub classifier: Classifier,
    /// Labelled mentions of this brand the learned classifier also learns from.
    #[serde(default)]
    pub examples: Vec<LabelledMention>,
}

/// How mentions are classed (`[listening] classifier`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Classifier {
    /// A model learned from labelled mentions, reading the cue rules' verdict among the words.
    #[default]
    Learned,
    /// The cue lexicons and their rules alone: every class follows from words you can read.
    Cues,
}

impl Default for Listening {
    fn default() -> Self {
        Listening {
            response_hours: default_response_hours(),
            social_sources: Vec::new(),
            social: Window::social(),
            news: Window::news(),
            thresholds: Thresholds::default(),
            cues: Cues::default(),
            classifier: Classifier::default(),
            examples: Vec::new(),
        }
    }
}

/// A spike window: mentions in the last `bucket_hours` against the `baseline_buckets` before.
/// In a profile, each key left out keeps its default for the kind of source
/// ([`Window::social`], [`Window::news`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// The window's length in hours.
    pub bucket_hours: f64,
    /// How many windows before it make the baseline.
    pub baseline_buckets: u32,
    /// The fewest mentions in a window that can be a spike.
    pub min_mentions: u32,
}

/// A window as written: any of its keys.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WindowKeys {
    bucket_hours: Option<f64>,
    baseline_buckets: Option<u32>,
    min_mentions: Option<u32>,
}

impl WindowKeys {
    fn over(self, default: Window) -> Window {
        Window {
            bucket_hours: self.bucket_hours.unwrap_or(default.bucket_hours),
            baseline_buckets: self.baseline_buckets.unwrap_or(default.baseline_buckets),
            min_mentions: self.min_mentions.unwrap_or(default.min_mentions),
        }
    }
}

impl Window {
    /// An hour against the previous 12.
    pub fn social() -> Window {
        Window {
            bucket_hours: 1.0,
            baseline_buckets: 12,
            min_mentions: default_min_mentions(),
        }
    }

    /// A day against the previous 14.
    pub fn news() -> Window {
        Window {
            bucket_hours: 24.0,
            baseline_buckets: 14,
            min_mentions: default_min_mentions(),
        }
    }

    fn social_with<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Window, D::Error> {
        WindowKeys::deserialize(d).map(|keys| keys.over(Window::social()))
    }

    fn news_with<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Window, D::Error> {
        WindowKeys::deserialize(d).map(|keys| keys.over(Window::news()))
    }
}

/// When a spike is raised, and when it is a crisis rather than an issue.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// A spike has at least this many times the baseline's mentions per window (3).
    #[serde(default = "default_spike_ratio")]
    pub spike_ratio: f64,
    /// A spike is raised as an issue when at least this share of its mentions is negative
    /// (0.3): a burst of praise or neutral news raises nothing.
    #[serde(default = "default_issue_negative_share")]
    pub issue_negative_share: f64,
    /// …and at least this many negative mentions for each one read as praise (1.5): a burst of
    /// good news told in tearful words ("I'm actually crying, the driver held his hand"), where
    /// some praise reads as grievance, is still good news. 0 turns this off. A crisis is judged
    /// without it.
    #[serde(default = "default_issue_negative_per_praise")]
    pub issue_negative_per_praise: f64,
    /// A crisis: at least this share of the spike's mentions negative (0.5)…
    #[serde(default = "default_crisis_negative_share")]
    pub crisis_negative_share: f64,
    /// …spread over at least this many sources (3), counted as the inverse Simpson index of
    /// the sources of the negative mentions heard in the spike's hours, of any kind (a crisis
    /// on social sites is also in the press; one where a big site has half the posts is still
    /// spread)…
    #[serde(default = "default_crisis_min_sources")]
    pub crisis_min_sources: f64,
    /// …with at least this many of those negative mentions from beyond their two busiest
    /// sources (5): an ordinary problem is one or two sources' and a stray complaint or two
    /// elsewhere…
    #[serde(default = "default_crisis_min_elsewhere")]
    pub crisis_min_elsewhere: u32,
    /// …with at least this many mentions (10).
    #[serde(default = "default_crisis_min_mentions")]
    pub crisis_min_mentions: u32,
    /// An issue that begins within this many hours after a crisis ends (72) or after the end of
    /// an issue already taken in as its aftermath, or ends less than a day before it starts,
    /// is the crisis's aftermath or onset: the crisis's alert says so, and it is not raised
    /// again. A crisis that begins within this many hours after another's coverage ends is
    /// its later wave, joined to its alert. With 0, nothing after a crisis ends is taken in.
    #[serde(default = "default_aftermath_hours")]
    pub aftermath_hours: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            spike_ratio: default_spike_ratio(),
            issue_negative_share: default_issue_negative_share(),
            issue_negative_per_praise: default_issue_negative_per_praise(),
            crisis_negative_share: default_crisis_negative_share(),
            crisis_min_sources: default_crisis_min_sources(),
            crisis_min_elsewhere: default_crisis_min_elsewhere(),
            crisis_min_mentions: default_crisis_min_mentions(),
            aftermath_hours: default_aftermath_hours(),
        }
    }
}

impl Listening {
    /// The first setting out of range, as (key, message).
    pub(crate) fn invalid(&self) -> Option<(&'static str, String)> {
        let positive = |x: f64| x.is_finite() && x > 0.0;
        let share = |x: f64| (0.0..=1.0).contains(&x);
        if !positive(self.response_hours) || self.response_hours > MAX_HOURS {
            return Some((
                "response_hours",
                format!(
                    "response_hours must be a number of hours above 0 and at most {MAX_HOURS}, not {}",
                    crate::profile::shown(self.response_hours)
                ),
            ));
        }
        for (key, w) in [("social", &self.social), ("news", &self.news)] {
            let bad = !positive(w.bucket_hours)
                || w.bucket_hours > MAX_HOURS
                || w.baseline_buckets == 0
                || w.baseline_buckets > MAX_BASELINE_BUCKETS;
            if bad {
                return Some((
                    key,
                    format!(
                        "listening.{key}: bucket_hours must be above 0 and at most {MAX_HOURS}, \
                         baseline_buckets from 1 to {MAX_BASELINE_BUCKETS}"
                    ),
                ));
            }
        }
        let t = &self.thresholds;
        if !positive(t.spike_ratio) {
            return Some((
                "spike_ratio",
                format!(
                    "spike_ratio must be positive, not {}",
                    crate::profile::shown(t.spike_ratio)
                ),
            ));
        }
        if !(t.crisis_min_sources.is_finite() && t.crisis_min_sources >= 0.0) {
            return Some((
                "crisis_min_sources",
                format!(
                    "crisis_min_sources must be a number of sources from 0, not {}",
                    crate::profile::shown(t.crisis_min_sources)
                ),
            ));
        }
        for (key, value) in [
            ("issue_negative_share", t.issue_negative_share),
            ("crisis_negative_share", t.crisis_negative_share),
        ] {
            if !share(value) {
                return Some((
                    key,
                    format!("{key} must be a share from 0 to 1, not {value}"),
                ));
            }
        }
        if !(t.issue_negative_per_praise.is_finite()
            && (0.0..=1e6).contains(&t.issue_negative_per_praise))
        {
            return Some((
                "issue_negative_per_praise",
                format!(
                    "issue_negative_per_praise must be a number from 0 to 1000000, not {}",
                    crate::profile::shown(t.issue_negative_per_praise)
                ),
            ));
        }
        if !(t.aftermath_hours.is_finite() && (0.0..=MAX_HOURS).contains(&t.aftermath_hours)) {
            return Some((
                "aftermath_hours",
                format!(
                    "aftermath_hours must be a number of hours from 0 to {MAX_HOURS}, not {}",
                    crate::profile::shown(t.aftermath_hours)
                ),
            ));
        }
        let (cues, longest) = self.cues.size();
        if cues > MAX_CUES || longest > MAX_CUE_BYTES {
            return Some((
                "cues",
                format!("listening.cues: at most {MAX_CUES} cues of at most {MAX_CUE_BYTES} bytes"),
            ));
        }
        if self.examples.len() > MAX_EXAMPLES
            || self
                .examples
                .iter()
                .any(|e| e.text.len() > MAX_EXAMPLE_BYTES)
        {
            return Some((
                "examples",
                format!(
                    "listening.examples: at most {MAX_EXAMPLES} examples of at most {MAX_EXAMPLE_BYTES} bytes"
                ),
            ));
        }
        None
    }
}

/// The most labelled examples a profile may add, and the longest: training time grows with
/// them, and a listener is built from a profile at every run.
pub const MAX_EXAMPLES: usize = 5_000;
pub const MAX_EXAMPLE_BYTES: usize = 4_096;

/// The longest response time or window a profile may set: a year.
pub const MAX_HOURS: f64 = 24.0 * 366.0;
/// The most windows a baseline may hold.
pub const MAX_BASELINE_BUCKETS: u32 = 1000;

fn default_response_hours() -> f64 {
    24.0
}
fn default_min_mentions() -> u32 {
    5
}
fn default_spike_ratio() -> f64 {
    3.0
}
fn default_issue_negative_share() -> f64 {
    0.3
}
fn default_issue_negative_per_praise() -> f64 {
    1.5
}
fn default_crisis_negative_share() -> f64 {
    0.5
}
fn default_crisis_min_sources() -> f64 {
    3.0
}
fn default_crisis_min_elsewhere() -> u32 {
    5
}
fn default_crisis_min_mentions() -> u32 {
    10
}
fn default_aftermath_hours() -> f64 {
    72.0
}
