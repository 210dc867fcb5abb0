//! Ranking JSON lines of items against a brand profile: what the `rank` example and
//! `gleaner rank` do, in one place.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};

use crate::score::{Document, IndexStatistics, Learning, Scorer};

/// One item to rank; only `id` is required, and it is any JSON value (it is only printed
/// back).
#[derive(Debug, Clone, Deserialize)]
pub struct RankInput {
    /// The caller's identifier.
    pub id: Value,
    /// The title.
    #[serde(default)]
    pub title: Option<String>,
    /// A summary, used when there is no `text`.
    #[serde(default)]
    pub summary: Option<String>,
    /// The body.
    #[serde(default)]
    pub text: Option<String>,
    /// The item's address.
    #[serde(default)]
    pub url: Option<String>,
    /// The source's name or host.
    #[serde(default)]
    pub source: Option<String>,
    /// When it was published, in any form [`crate::text::parse_date`] reads.
    #[serde(default)]
    pub published: Option<String>,
    /// Its language, when known.
    #[serde(default)]
    pub lang: Option<String>,
    /// How far it reached: a number, or an object of numbers (likes, shares…) added up
    /// ([`engagement`]). Kept as written and read when scored, so that a value serde_json
    /// cannot hold (`1e400`) costs the field, with a warning ([`unread_fields`]), not the
    /// whole item.
    #[serde(default)]
    pub engagement: Option<Box<RawValue>>,
}

/// One ranked item, as printed: `{"id","score","components","explanation"}`.
#[derive(Debug, Clone, Serialize)]
pub struct Ranked<'a> {
    /// The input's id.
    pub id: &'a Value,
    /// The score, rounded to six decimals.
    pub score: f64,
    /// Each component's value, by name.
    pub components: Map<String, Value>,
    /// Each component's value, weight and evidence, by name.
    pub explanation: Map<String, Value>,
}

/// Scores `inputs` with `scorer` (the inputs are the corpus) and returns them best first,
/// equal scores in input order, at most `top`, each line's JSON built as it is taken
/// ([`Ranking`]). Freshness is measured at `now`, by default the latest `published` of the
/// inputs that is not in the future (so that a run is reproducible), or the current time
/// when there is none.
pub fn rank<'a>(
    scorer: &Scorer,
    inputs: &'a [RankInput],
    now: Option<DateTime<Utc>>,
    top: Option<usize>,
) -> Ranking<'a> {
    rank_in(scorer, inputs, now, top, None)
}

/// [`rank`], with the profile's terms weighed by how rare they are in a search index
/// (`index`, from [`crate::scoring::index_statistics`]) where it holds more of them than the
/// inputs do: a few new items ranked against everything a workspace stores. Each topic's
/// learned vocabulary still comes from the inputs.
pub fn rank_indexed<'a>(
    scorer: &Scorer,
    inputs: &'a [RankInput],
    now: Option<DateTime<Utc>>,
    top: Option<usize>,
    index: &IndexStatistics,
) -> Ranking<'a> {
    rank_in(scorer, inputs, now, top, Some(index))
}

/// Ranked items, best first: each [`Ranked`] line (its components and explanation as JSON,
/// several times the size of the score they come from) is built only as it is taken, so
/// printing a million of them holds one at a time.
#[derive(Debug)]
pub struct Ranking<'a> {
    inputs: &'a [RankInput],
    scores: Vec<crate::core::Score>,
    order: std::iter::Take<std::vec::IntoIter<usize>>,
}

impl<'a> Iterator for Ranking<'a> {
    type Item = Ranked<'a>;

    fn next(&mut self) -> Option<Ranked<'a>> {
        let i = self.order.next()?;
        let score = &self.scores[i];
        let (components, explanation) = explain(score);
        Some(Ranked {
            id: &self.inputs[i].id,
            score: round(score.value),
            components,
            explanation,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.order.size_hint()
    }
}

impl ExactSizeIterator for Ranking<'_> {}

fn rank_in<'a>(
    scorer: &Scorer,
    inputs: &'a [RankInput],
    now: Option<DateTime<Utc>>,
    top: Option<usize>,
    index: Option<&IndexStatistics>,
) -> Ranking<'a> {
    let published: Vec<Option<DateTime<Utc>>> = inputs
        .iter()
        .map(|i| i.published.as_deref().and_then(crate::text::parse_date))
        .collect();
    // Never later than the clock: one item dated in the future would make every other one
    // stale.
    let now = now.unwrap_or_else(|| {
        let clock = Utc::now();
        published
            .iter()
            .flatten()
            .copied()
            .filter(|&p| p <= clock)
            .max()
            .unwrap_or(clock)
    });
    let documents: Vec<Document<'_>> = inputs
        .iter()
        .zip(&published)
        .map(|(i, &published)| Document {
            title: i.title.as_deref().unwrap_or(""),
            text: i.text.as_deref().or(i.summary.as_deref()).unwrap_or(""),
            source: i.source.as_deref(),
            url: i.url.as_deref(),
            published,
            lang: i.lang.as_deref(),
            // Ranking a file learns nothing from decisions: no author or tags needed.
            author: None,
            tags: &[],
            engagement: i.engagement.as_deref().and_then(engagement),
            coverage: None,
            already_published: None,
        })
        .collect();
    let scores = match index {
        Some(index) => scorer.score_batch_indexed(&documents, now, &Learning::default(), index),
        None => scorer.score_batch(&documents, now),
    };
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    order.sort_by(|&a, &b| scores[b].value.total_cmp(&scores[a].value));
    Ranking {
        inputs,
        scores,
        order: order.into_iter().take(top.unwrap_or(usize::MAX)),
    }
}

/// What of `input` cannot be read and is taken as absent, one sentence each: a `published`
/// that is not a date (the item is then undated: scored without freshness, heard but not
/// counted in spikes), an `engagement` that is not a number of zero or more. The value is
/// quoted as given, cut to 60 characters. Empty when every field given is read.
pub fn unread_fields(input: &RankInput) -> Vec<String> {
    let quoted = |v: &str| {
        let cut: String = v.chars().take(60).collect();
        let more = if cut.len() < v.len() { "…" } else { "" };
        format!("{cut:?}{more}")
    };
    let mut unread = Vec::new();
    if let Some(published) = &input.published {
        if crate::text::parse_date(published).is_none() {
            unread.push(format!(
                "published {} is not a date: read as undated",
                quoted(published)
            ));
        }
    }
    if let Some(raw) = input.engagement.as_deref() {
        if raw.get() != "null" && engagement(raw).is_none() {
            unread.push(format!(
                "engagement {} is not a number of zero or more: read as unknown",
                quoted(raw.get())
            ));
        }
    }
    unread
}

/// The ids given to more than one input, each once, in the order first met, with how many
/// inputs have it: their output lines cannot be told apart, so the commands warn.
pub fn repeated_ids<'a>(
    inputs: impl IntoIterator<Item = &'a RankInput>,
) -> Vec<(&'a Value, usize)> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut repeated: Vec<(&'a Value, usize)> = Vec::new();
    for input in inputs {
        match seen.entry(input.id.to_string()) {
            std::collections::hash_map::Entry::Occupied(e) => repeated[*e.get()].1 += 1,
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(repeated.len());
                repeated.push((&input.id, 1));
            }
        }
    }
    repeated.retain(|&(_, n)| n > 1);
    repeated
}

/// A reach figure, finite and zero or more, from the JSON of a number, a numeric string, or
/// an object of numbers (added up); `None` for anything else, a number too large for an
/// `f64` (`1e400`, which serde_json refuses to read) among them.
pub fn engagement(raw: &RawValue) -> Option<f64> {
    serde_json::from_str::<Value>(raw.get())
        .ok()
        .as_ref()
        .and_then(reach)
}

fn reach(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        // Counts each within range may add up past it: the sum is then the largest reach.
        Value::Object(parts) => Some(parts.values().filter_map(reach).sum::<f64>().min(f64::MAX)),
        _ => None,
    }
    .filter(|e| e.is_finite() && *e >= 0.0)
}

/// A score's components as printed: each component's value by name, and each one's value,
/// weight and evidence by name.
pub fn explain(score: &crate::core::Score) -> (Map<String, Value>, Map<String, Value>) {
    let mut components = Map::new();
    let mut explanation = Map::new();
    for c in &score.components {
        components.insert(c.kind.name().into(), json!(round(c.value)));
        explanation.insert(
            c.kind.name().into(),
            json!({"value": round(c.value), "weight": c.weight, "evidence": c.evidence}),
        );
    }
    (components, explanation)
}

/// Six decimals: enough to order by, short enough to read.
pub(crate) fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_given_twice_are_found_once_with_their_count() {
        let inputs: Vec<RankInput> = [
            r#"{"id":"a"}"#,
            r#"{"id":1}"#,
            r#"{"id":"a"}"#,
            r#"{"id":"1"}"#,
            r#"{"id":"a"}"#,
        ]
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
        let repeated = repeated_ids(&inputs);
        assert_eq!(repeated, [(&Value::from("a"), 3)]);
    }

    #[test]
    fn fields_that_cannot_be_read_are_named() {
        let input: RankInput =
            serde_json::from_str(r#"{"id":1,"published":"not a date","engagement":"lots"}"#)
                .unwrap();
        let unread = unread_fields(&input);
        assert_eq!(unread.len(), 2, "{unread:?}");
        assert!(
            unread[0].starts_with("published \"not a date\""),
            "{unread:?}"
        );
        assert!(
            unread[1].starts_with("engagement \"\\\"lots\\\"\""),
            "{unread:?}"
        );
        let fine: RankInput = serde_json::from_str(
            r#"{"id":2,"published":"2026-11-29T08:00:00Z","engagement":{"likes":3}}"#,
        )
        .unwrap();
        assert!(unread_fields(&fine).is_empty());
        let long = format!(r#"{{"id":3,"published":"{}"}}"#, "x".repeat(500));
        let long: RankInput = serde_json::from_str(&long).unwrap();
        assert!(unread_fields(&long)[0].len() < 140);
    }
}
