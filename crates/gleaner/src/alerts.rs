//! Listening to JSON lines of items: what the `alerts` example and `gleaner alerts` do, in
//! one place.
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::rank::RankInput;
use crate::score::{Heard, Influence, Listener, SourceKind};

/// One item of a timeline: an item as [`RankInput`] reads it (only `id` is required), and who
/// wrote it and where, when the caller knows.
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "AlertLine")]
pub struct AlertInput {
    /// The item.
    pub item: RankInput,
    /// Who wrote it: a name, or a number (a platform's user id), kept as its digits.
    pub author: Option<String>,
    /// `"social"` or `"news"`, when the caller knows; otherwise told by the source.
    pub kind: Option<String>,
}

/// An [`AlertInput`] as written: [`RankInput`]'s fields and two more, in one object. Not
/// `#[serde(flatten)]`, which would buffer every value first and so lose what [`RankInput`]
/// keeps as written (an `engagement` too large to read).
#[derive(Deserialize)]
struct AlertLine {
    id: Value,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    engagement: Option<Box<serde_json::value::RawValue>>,
    #[serde(default, deserialize_with = "name_or_number")]
    author: Option<String>,
    #[serde(default)]
    kind: Option<String>,
}

impl From<AlertLine> for AlertInput {
    fn from(line: AlertLine) -> AlertInput {
        AlertInput {
            item: RankInput {
                id: line.id,
                title: line.title,
                summary: line.summary,
                text: line.text,
                url: line.url,
                source: line.source,
                published: line.published,
                lang: line.lang,
                engagement: line.engagement,
            },
            author: line.author,
            kind: line.kind,
        }
    }
}

/// An author given as a name or as a number: a feed that writes user ids as numbers is read,
/// not refused line by line.
fn name_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum NameOrNumber {
        Name(String),
        Number(serde_json::Number),
    }
    Ok(Option::<NameOrNumber>::deserialize(d)?.map(|a| match a {
        NameOrNumber::Name(name) => name,
        NameOrNumber::Number(n) => n.to_string(),
    }))
}

/// Listens to `inputs` and returns the lines to print: one `{"type":"mention",…}` per item
/// that names the brand, in input order, then one `{"type":"alert",…}` per spike raised, by
/// start. `now` is by default the latest `published` of the input, or the current time when
/// no item has a date; an item dated far after the rest ([`far_ahead_in`]) is then read as
/// undated, so that one mistyped year does not move `now` for every other item.
pub fn alerts(
    listener: &Listener,
    inputs: &[AlertInput],
    now: Option<DateTime<Utc>>,
) -> Vec<Value> {
    alerts_with(listener, inputs, now, &Influence::new())
}

/// [`alerts`], with what is known of sources' and authors' influence (for example a
/// workspace's, [`crate::scoring::influence_reach`]) raising their complaints' and questions'
/// priority.
pub fn alerts_with(
    listener: &Listener,
    inputs: &[AlertInput],
    now: Option<DateTime<Utc>>,
    known: &Influence,
) -> Vec<Value> {
    let mut published = dates(inputs);
    if now.is_none() {
        for i in far_ahead(&published) {
            published[i] = None;
        }
    }
    let now = now.unwrap_or_else(|| {
        published
            .iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or_else(Utc::now)
    });
    let heard: Vec<Heard<'_>> = inputs
        .iter()
        .zip(&published)
        .map(|(i, &published)| Heard {
            title: i.item.title.as_deref().unwrap_or(""),
            text: i
                .item
                .text
                .as_deref()
                .or(i.item.summary.as_deref())
                .unwrap_or(""),
            source: i.item.source.as_deref(),
            url: i.item.url.as_deref(),
            author: i.author.as_deref(),
            published,
            engagement: i
                .item
                .engagement
                .as_deref()
                .and_then(crate::rank::engagement),
            kind: match i.kind.as_deref().map(str::trim) {
                Some(k) if k.eq_ignore_ascii_case("social") => Some(SourceKind::Social),
                Some(k) if k.eq_ignore_ascii_case("news") => Some(SourceKind::News),
                _ => None,
            },
        })
        .collect();
    let report = listener.listen_with(&heard, now, known);
    // RFC 3339 has four-digit years: a deadline past year 9999 (an item dated at the end of
    // time) is printed as the last second RFC 3339 can write.
    let last = DateTime::parse_from_rfc3339("9999-12-31T23:59:59Z").map(|t| t.to_utc());
    let time = |t: DateTime<Utc>| {
        let t = match last {
            Ok(last) if t > last => last,
            _ => t,
        };
        t.to_rfc3339_opts(SecondsFormat::Secs, true)
    };
    let mut lines = Vec::with_capacity(report.mentions.len() + report.alerts.len());
    for m in &report.mentions {
        lines.push(json!({
            "type": "mention",
            "id": inputs[m.item].item.id,
            "class": m.classified.class.name(),
            "priority": m.priority,
            "deadline": m.deadline.map(time),
            "negative": m.classified.negative,
            "evidence": m.classified.evidence,
        }));
    }
    for a in &report.alerts {
        lines.push(json!({
            "type": "alert",
            "level": a.level.name(),
            "rule": a.rule,
            "start": time(a.start),
            "end": time(a.end),
            "mentions": a.mentions,
            "baseline": a.baseline,
            "negative_share": a.negative_share,
            "sources": a.sources,
            "items": a.items.iter().map(|&i| &inputs[i].item.id).collect::<Vec<_>>(),
        }));
    }
    lines
}

/// Each item's `published`, where it is a date.
fn dates(inputs: &[AlertInput]) -> Vec<Option<DateTime<Utc>>> {
    inputs
        .iter()
        .map(|i| {
            i.item
                .published
                .as_deref()
                .and_then(crate::text::parse_date)
        })
        .collect()
}

/// How far after the timeline's 99th-percentile date an item's date may be before it is
/// taken for a mistake (a year typed wrong, `9999-12-31`).
pub const FAR_AHEAD_DAYS: i64 = 30;

/// The positions of the items whose `published` is more than [`FAR_AHEAD_DAYS`] after the
/// 99th-percentile date of the dated items (the latest 1%, at least one item, are left out
/// of that reference): dates that would put `now`, by default the latest date, far from
/// every other item. Without `--now`, [`alerts`] reads them as undated. Fewer than 100 dated
/// items have no such reference, and none is far ahead.
pub fn far_ahead_in(inputs: &[AlertInput]) -> Vec<usize> {
    far_ahead(&dates(inputs))
}

/// What to tell the user about each of [`far_ahead_in`]'s items, by position: one sentence.
pub fn far_ahead_warnings(inputs: &[AlertInput]) -> Vec<(usize, String)> {
    far_ahead_in(inputs)
        .into_iter()
        .map(|i| {
            let date = inputs[i].item.published.as_deref().unwrap_or_default();
            let cut: String = date.chars().take(60).collect();
            let said = format!(
                "published {cut:?} is more than {FAR_AHEAD_DAYS} days after the rest of the \
                 timeline: read as undated (give --now to take it as it is)"
            );
            (i, said)
        })
        .collect()
}

fn far_ahead(published: &[Option<DateTime<Utc>>]) -> Vec<usize> {
    let mut sorted: Vec<DateTime<Utc>> = published.iter().flatten().copied().collect();
    if sorted.len() < 100 {
        return Vec::new();
    }
    sorted.sort_unstable();
    let reference = sorted[sorted.len() * 99 / 100 - 1];
    let Some(bound) = reference.checked_add_signed(chrono::Duration::days(FAR_AHEAD_DAYS)) else {
        return Vec::new();
    };
    published
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_some_and(|p| p > bound))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(days: &[i64]) -> Vec<Option<DateTime<Utc>>> {
        let start = DateTime::parse_from_rfc3339("2026-10-01T00:00:00Z")
            .unwrap()
            .to_utc();
        days.iter()
            .map(|&d| start.checked_add_signed(chrono::Duration::days(d)))
            .collect()
    }

    #[test]
    fn an_author_is_a_name_or_a_number() {
        let read = |line: &str| serde_json::from_str::<AlertInput>(line).map(|i| i.author);
        assert_eq!(
            read(r#"{"id":1,"author":"kim"}"#).unwrap().as_deref(),
            Some("kim")
        );
        assert_eq!(
            read(r#"{"id":1,"author":12345}"#).unwrap().as_deref(),
            Some("12345")
        );
        assert_eq!(read(r#"{"id":1,"author":null}"#).unwrap(), None);
        assert_eq!(read(r#"{"id":1}"#).unwrap(), None);
        assert!(read(r#"{"id":1,"author":["kim"]}"#).is_err());
    }

    #[test]
    fn a_date_far_after_the_rest_is_found_and_a_quiet_gap_is_not() {
        // 300 items over three weeks, one typed a year ahead, one at the end of time.
        let mut days: Vec<i64> = (0..300).map(|i| i % 21).collect();
        days.push(365);
        days.push(2_900_000);
        assert_eq!(far_ahead(&dated(&days)), [300, 301]);
        // Ten days of silence, then the last few items: not a mistake.
        let mut days: Vec<i64> = (0..300).map(|i| i % 21).collect();
        days.extend([31, 32, 33]);
        assert!(far_ahead(&dated(&days)).is_empty());
        // Too few dated items to tell.
        assert!(far_ahead(&dated(&[0, 1, 400])).is_empty());
    }
}
