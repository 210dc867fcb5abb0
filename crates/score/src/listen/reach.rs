//! How far a mention reaches, for its priority: from its own engagement, from its source's
//! trust, from how far its author's posts usually reach, and from what the caller knows of the
//! source's or author's influence ([`Influence`]).
//!
//! An author's usual reach matters most for the newest posts: a complaint from an account
//! whose posts draw thousands of likes has none yet in its first minutes.
use std::collections::HashMap;

use super::sources::source_key;
use super::Heard;

/// What the caller knows of sources' and authors' influence, each a reach from 0 to 1 (for
/// example from a workspace's history: how widely the stories they started were covered). Keys
/// are matched without regard to case: a source as the batch's items name it (or its
/// address's host), an author as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Influence {
    sources: HashMap<String, f64>,
    authors: HashMap<String, f64>,
}

impl Influence {
    /// No influence known.
    pub fn new() -> Influence {
        Influence::default()
    }

    /// Records a source's reach (clamped to 0–1; a later value for the same source replaces
    /// an earlier one).
    pub fn source(&mut self, source: &str, reach: f64) -> &mut Influence {
        self.sources.insert(key(source), clamp(reach));
        self
    }

    /// Records an author's reach (clamped to 0–1).
    pub fn author(&mut self, author: &str, reach: f64) -> &mut Influence {
        self.authors.insert(key(author), clamp(reach));
        self
    }

    /// Whether nothing is known.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.authors.is_empty()
    }

    /// The larger of the item's source's and author's known reach (0 when neither is known).
    pub(super) fn of(&self, item: &Heard<'_>) -> f64 {
        let source = self.sources.get(&source_key(item)).copied();
        let author = item.author.and_then(|a| self.authors.get(&key(a))).copied();
        source.unwrap_or(0.0).max(author.unwrap_or(0.0))
    }
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

fn clamp(reach: f64) -> f64 {
    if reach.is_finite() {
        reach.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Reach from an engagement count (likes, shares, views): 0.25 at none, 1 at 10,000 and more,
/// on a log scale; `None` for a count that is not one.
pub(super) fn of_engagement(engagement: f64) -> Option<f64> {
    (engagement.is_finite() && engagement >= 0.0)
        .then(|| 0.25 + 0.75 * ((1.0 + engagement).log10() / 4.0).min(1.0))
}

/// By author (with their source, as the batch names it): the median engagement of their items
/// in the batch, for authors with at least two items that carry it. The lower median of an
/// even count, so that one viral post among quiet ones does not make an author.
pub(super) fn usual_engagement(items: &[Heard<'_>]) -> HashMap<(String, String), f64> {
    let mut by_author: HashMap<(String, String), Vec<f64>> = HashMap::new();
    for item in items {
        let (Some(author), Some(engagement)) = (item.author, item.engagement) else {
            continue;
        };
        if of_engagement(engagement).is_some() && !author.trim().is_empty() {
            by_author
                .entry((source_key(item), key(author)))
                .or_default()
                .push(engagement);
        }
    }
    by_author
        .into_iter()
        .filter(|(_, counts)| counts.len() >= 2)
        .map(|(author, mut counts)| {
            counts.sort_by(f64::total_cmp);
            (author, counts[(counts.len() - 1) / 2])
        })
        .collect()
}

/// The author's usual engagement for `item`, when known.
pub(super) fn usual_for(usual: &HashMap<(String, String), f64>, item: &Heard<'_>) -> Option<f64> {
    let author = key(item.author?);
    usual.get(&(source_key(item), author)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post<'a>(author: &'a str, engagement: f64) -> Heard<'a> {
        Heard {
            text: "a post",
            source: Some("x.com"),
            author: Some(author),
            engagement: Some(engagement),
            ..Heard::default()
        }
    }

    #[test]
    fn an_author_usually_reaches_as_far_as_their_median_post() {
        let items = [
            post("big", 9_000.0),
            post("Big", 12_000.0),
            post("big", 0.0),
            post("quiet", 3.0),
            post("quiet", 40_000.0),
            post("once", 50_000.0),
        ];
        let usual = usual_engagement(&items);
        assert_eq!(usual_for(&usual, &post("BIG", 0.0)), Some(9_000.0));
        // The lower median: one viral post among two does not make an author.
        assert_eq!(usual_for(&usual, &post("quiet", 0.0)), Some(3.0));
        assert_eq!(usual_for(&usual, &post("once", 0.0)), None);
        let elsewhere = Heard {
            source: Some("reddit.com"),
            ..post("big", 0.0)
        };
        assert_eq!(usual_for(&usual, &elsewhere), None);
    }

    #[test]
    fn engagement_reach_is_logarithmic_and_bounded() {
        assert_eq!(of_engagement(0.0), Some(0.25));
        assert_eq!(of_engagement(1e9), Some(1.0));
        assert!(of_engagement(99.0).unwrap() > 0.6 && of_engagement(99.0).unwrap() < 0.7);
        assert_eq!(of_engagement(f64::NAN), None);
        assert_eq!(of_engagement(-1.0), None);
    }

    #[test]
    fn known_influence_is_matched_without_case_and_clamped() {
        let mut known = Influence::new();
        known.source("X.com", 0.7).author("@Critic", 3.0);
        assert_eq!(known.of(&post("someone", 0.0)), 0.7);
        assert_eq!(known.of(&post("@critic", 0.0)), 1.0);
        assert!(Influence::new().is_empty() && !known.is_empty());
        known.source("x.com", f64::NAN);
        assert_eq!(known.of(&post("someone", 0.0)), 0.0);
    }
}
