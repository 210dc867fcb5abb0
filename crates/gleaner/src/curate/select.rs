//! What goes into a digest and the curated feeds: the selection policy and the `--select`
//! rules that change it.
use std::fmt;

/// The selection policy. The default: the 5 best items of each topic with a score of at
/// least 0.25, published in the 7 days before the run's time, one item per story, in the
/// profile's languages; 5 items older than 30 days to rediscover; 20 items in the curated
/// feeds.
///
/// Whatever the policy, an item the curator rejected is never selected, an item already
/// published is not selected again, and an item the curator approved or shortlisted is
/// selected whatever its score (first in its topic), if it is recent enough.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// Items per topic at most.
    pub per_topic: usize,
    /// The lowest score selected.
    pub min_score: f64,
    /// How old an item may be, in hours before the run's time, to be selected (undated
    /// items count as recent). Older items may be rediscovered.
    pub max_age_hours: f64,
    /// Languages selected (codes); `None` for the profile's, empty for any. Items of
    /// unknown language are always kept.
    pub languages: Option<Vec<String>>,
    /// Only these topics (by name); empty for all.
    pub topics: Vec<String>,
    /// Only items from these sources (host or feed title, case-insensitive); empty for all.
    pub sources: Vec<String>,
    /// Never items from these sources.
    pub exclude_sources: Vec<String>,
    /// Older items to rediscover, at most.
    pub rediscover: usize,
    /// How old an item must be, in hours before the run's time, to be rediscovered: older
    /// than last week's news, so that what comes back is what a reader has forgotten.
    pub rediscover_after_hours: f64,
    /// The lowest fit (the score without freshness) an item to rediscover needs.
    pub rediscover_min_fit: f64,
    /// Items in the curated feeds, at most: the digest's best, by score.
    pub feed_items: usize,
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            per_topic: 5,
            min_score: 0.25,
            max_age_hours: 7.0 * 24.0,
            languages: None,
            topics: Vec::new(),
            sources: Vec::new(),
            exclude_sources: Vec::new(),
            rediscover: 5,
            rediscover_after_hours: 30.0 * 24.0,
            rediscover_min_fit: 0.35,
            feed_items: 20,
        }
    }
}

/// The rules `--select` takes, as `key=value`.
pub const RULES: &[(&str, &str)] = &[
    ("per-topic", "items per topic at most (5)"),
    ("min-score", "the lowest score selected, 0 to 1 (0.25)"),
    ("max-age", "how recent: hours or days, as 48h or 7d (7d)"),
    (
        "lang",
        "languages, comma-separated, or `any` (the profile's)",
    ),
    ("topic", "only this topic; repeat for several (all)"),
    (
        "source",
        "only this source (host or feed title); repeat for several (all)",
    ),
    ("exclude-source", "never this source; repeat for several"),
    ("rediscover", "older items to rediscover at most (5)"),
    (
        "rediscover-after",
        "how old an item to rediscover is: hours or days (30d)",
    ),
    (
        "rediscover-min-fit",
        "the lowest fit of an item to rediscover, 0 to 1 (0.35)",
    ),
    ("feed-items", "items in the curated feeds at most (20)"),
];

/// A `--select` rule that could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The rule as written.
    pub rule: String,
    /// Why.
    pub problem: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--select {:?}: {}", self.rule, self.problem)
    }
}

impl std::error::Error for RuleError {}

impl Selection {
    /// Applies `key=value` rules (see [`RULES`]) in order; the first bad one is an error
    /// that says why and what is accepted.
    pub fn apply<S: AsRef<str>>(mut self, rules: &[S]) -> Result<Selection, RuleError> {
        for rule in rules {
            let rule = rule.as_ref();
            let fail = |problem: String| RuleError {
                rule: rule.to_owned(),
                problem,
            };
            let (key, value) = rule
                .split_once('=')
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim()))
                .ok_or_else(|| fail("expected key=value".into()))?;
            let count = || {
                value
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n <= 10_000)
                    .ok_or_else(|| fail(format!("{value:?} is not a count from 0 to 10000")))
            };
            let share = || {
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|x| (0.0..=1.0).contains(x))
                    .ok_or_else(|| fail(format!("{value:?} is not a number from 0 to 1")))
            };
            let list = || -> Vec<String> {
                value
                    .split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            match key.as_str() {
                "per-topic" => self.per_topic = count()?,
                "min-score" => self.min_score = share()?,
                "max-age" => {
                    self.max_age_hours = hours(value).ok_or_else(|| {
                        fail(format!(
                            "{value:?} is not a duration such as 48h or 7d (at most a year)"
                        ))
                    })?
                }
                "lang" | "language" | "languages" => {
                    self.languages = Some(if value.eq_ignore_ascii_case("any") {
                        Vec::new()
                    } else {
                        list().iter().map(|l| l.to_ascii_lowercase()).collect()
                    })
                }
                "topic" => self.topics.extend(list()),
                "source" => self.sources.extend(list()),
                "exclude-source" => self.exclude_sources.extend(list()),
                "rediscover" => self.rediscover = count()?,
                "rediscover-after" => {
                    self.rediscover_after_hours = hours(value).ok_or_else(|| {
                        fail(format!(
                            "{value:?} is not a duration such as 48h or 30d (at most a year)"
                        ))
                    })?
                }
                "rediscover-min-fit" => self.rediscover_min_fit = share()?,
                "feed-items" => self.feed_items = count()?,
                _ => {
                    let known: Vec<&str> = RULES.iter().map(|(k, _)| *k).collect();
                    return Err(fail(format!(
                        "unknown rule {key:?}; the rules are {}",
                        known.join(", ")
                    )));
                }
            }
        }
        Ok(self)
    }

    /// Whether `source` (a host or a feed's title) may be selected.
    pub(crate) fn allows_source(&self, names: &[&str]) -> bool {
        let matches = |wanted: &String| {
            names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(wanted) || host_within(n, wanted))
        };
        (self.sources.is_empty() || self.sources.iter().any(matches))
            && !self.exclude_sources.iter().any(matches)
    }
}

/// `news.example.com` is within `example.com`.
fn host_within(host: &str, domain: &str) -> bool {
    let (host, domain) = (host.to_ascii_lowercase(), domain.to_ascii_lowercase());
    host.strip_suffix(&domain)
        .is_some_and(|rest| rest.ends_with('.'))
}

/// `48h`, `7d`, or a number of hours; at most a year.
fn hours(value: &str) -> Option<f64> {
    let value = value.trim().to_ascii_lowercase();
    let (number, unit) = if let Some(n) = value.strip_suffix('d') {
        (n, 24.0)
    } else if let Some(n) = value.strip_suffix('h') {
        (n, 1.0)
    } else {
        (value.as_str(), 1.0)
    };
    let hours = number.trim().parse::<f64>().ok()? * unit;
    (hours.is_finite() && (0.0..=24.0 * 366.0).contains(&hours)).then_some(hours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_change_the_policy() {
        let s = Selection::default()
            .apply(&[
                "per-topic=3",
                "max-age=2d",
                "lang=ko",
                "exclude-source=rumors.example",
            ])
            .unwrap();
        assert_eq!(s.per_topic, 3);
        assert_eq!(s.max_age_hours, 48.0);
        assert_eq!(s.languages, Some(vec!["ko".to_owned()]));
        assert!(!s.allows_source(&["www.rumors.example"]));
        assert!(s.allows_source(&["news.example"]));
        let any = Selection::default().apply(&["lang=any"]).unwrap();
        assert_eq!(any.languages, Some(vec![]));
    }

    #[test]
    fn bad_rules_say_why() {
        for (rule, says) in [
            ("per-topic", "key=value"),
            ("per-topic=-1", "count"),
            ("min-score=2", "from 0 to 1"),
            ("max-age=forever", "duration"),
            ("max-age=NaNh", "duration"),
            ("pertopic=3", "unknown rule"),
        ] {
            let e = Selection::default().apply(&[rule]).unwrap_err();
            assert!(e.to_string().contains(says), "{rule}: {e}");
        }
    }
}
