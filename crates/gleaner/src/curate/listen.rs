//! Listening over a workspace's items, as the alert report presents it: crises and issues,
//! and what must be answered, with time left counted from the run's time.
use chrono::{DateTime, Duration, Utc};
use gleaner_backend::StoredItem;
use gleaner_present::{AlertEntry, AlertReport, Mention};

use crate::score::{Heard, Listener, MentionReport, SourceKind};
use crate::scoring::source_key;

/// Mentions listed per alert in the report.
const ALERT_ITEMS: usize = 10;

/// Listens to every stored item for `listener`'s brand as of `as_of`, and keeps the alerts
/// that ended, and the complaints and questions due, at most `days` before it.
pub fn alert_report(
    listener: &Listener,
    items: &[StoredItem],
    as_of: DateTime<Utc>,
    days: f64,
) -> AlertReport {
    let keys: Vec<Option<String>> = items.iter().map(|s| source_key(&s.item)).collect();
    let heard: Vec<Heard<'_>> = items
        .iter()
        .zip(&keys)
        .map(|(s, key)| {
            let item = &s.item;
            Heard {
                title: item.title.as_deref().unwrap_or(""),
                text: item.body(),
                source: key.as_deref(),
                url: item.url.as_deref(),
                author: item.authors.first().map(String::as_str),
                published: item.published,
                engagement: None,
                kind: None,
            }
        })
        .collect();
    let report = listener.listen(&heard, as_of);
    let since = as_of - Duration::seconds((days.clamp(0.0, 3660.0) * 86_400.0) as i64);
    let mention = |m: &MentionReport| -> Mention {
        let item = &items[m.item].item;
        Mention {
            id: item.id.to_string(),
            title: item.title.clone().unwrap_or_else(|| "(untitled)".into()),
            url: item.url.clone(),
            source: keys[m.item].clone().unwrap_or_default(),
            published: item.published,
            class: m.classified.class.name().to_owned(),
            negative: m.classified.negative,
            priority: m.priority,
            deadline: m.deadline,
            hours_left: m
                .deadline
                .map(|d| (d - as_of).num_seconds() as f64 / 3600.0),
            evidence: m.classified.evidence.clone(),
        }
    };
    let by_item: std::collections::HashMap<usize, &MentionReport> =
        report.mentions.iter().map(|m| (m.item, m)).collect();
    let mut alerts: Vec<AlertEntry> = report
        .alerts
        .iter()
        .filter(|a| a.end >= since)
        .map(|a| AlertEntry {
            level: a.level.name().to_owned(),
            kind: match a.kind {
                Some(SourceKind::Social) => "social",
                Some(SourceKind::News) => "news",
                None => "all",
            }
            .to_owned(),
            rule: a.rule.clone(),
            start: a.start,
            end: a.end,
            mentions: a.mentions,
            baseline: a.baseline,
            negative_share: a.negative_share,
            sources: a.sources,
            items: a
                .items
                .iter()
                .filter_map(|i| by_item.get(i).map(|m| mention(m)))
                .take(ALERT_ITEMS)
                .collect(),
        })
        .collect();
    // Crises first, then by start.
    alerts.sort_by(|a, b| {
        (b.level == "crisis")
            .cmp(&(a.level == "crisis"))
            .then(a.start.cmp(&b.start))
    });
    let mut to_answer: Vec<Mention> = report
        .mentions
        .iter()
        .filter(|m| m.deadline.is_some_and(|d| d >= since))
        .map(mention)
        .collect();
    // Overdue first (the earliest deadline), then by deadline; ties by priority.
    to_answer.sort_by(|a, b| {
        a.deadline
            .cmp(&b.deadline)
            .then(b.priority.total_cmp(&a.priority))
            .then(a.id.cmp(&b.id))
    });
    AlertReport {
        brand: listener.profile().name.clone(),
        generated: None,
        as_of: Some(as_of),
        alerts,
        to_answer,
    }
}
