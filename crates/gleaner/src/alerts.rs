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
pub struct AlertInput {
    /// The item.
    #[serde(flatten)]
    pub item: RankInput,
    /// Who wrote it.
    #[serde(default)]
    pub author: Option<String>,
    /// `"social"` or `"news"`, when the caller knows; otherwise told by the source.
    #[serde(default)]
    pub kind: Option<String>,
}

/// Listens to `inputs` and returns the lines to print: one `{"type":"mention",…}` per item
/// that names the brand, in input order, then one `{"type":"alert",…}` per spike raised, by
/// start. `now` is by default the latest `published` of the input, or the current time when
/// no item has a date.
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
    let published: Vec<Option<DateTime<Utc>>> = inputs
        .iter()
        .map(|i| {
            i.item
                .published
                .as_deref()
                .and_then(crate::text::parse_date)
        })
        .collect();
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
            engagement: i.item.engagement.as_ref().and_then(crate::rank::engagement),
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
