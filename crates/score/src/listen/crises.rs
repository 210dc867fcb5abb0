//! A crisis as a team follows it: the issues just before it (its onset) and after it (its
//! aftermath), and the crises soon after it (its later waves), are that crisis, not new
//! alerts.
use chrono::{DateTime, Utc};

use super::spikes::{Alert, AlertLevel, Observation};

/// How long before a crisis an issue is its onset.
const ONSET_HOURS: i64 = 24;

/// `alerts` (by start) as a team follows them: a crisis that begins less than
/// `aftermath_hours` after an earlier one's coverage ends is a later wave of it, joined to its
/// alert (its items, its mentions, its sources); an issue that is a crisis's onset (ending less
/// than [`ONSET_HOURS`] before it starts) or aftermath (beginning less than `aftermath_hours`
/// after the crisis's coverage ends, or after an issue already taken in as its aftermath) is
/// not raised. The follow-up coverage of a crisis, however many days it goes on, is that
/// crisis, not a new alert. The crisis's rule names each wave and issue it took in; `heard`
/// are the observations the alerts were raised from, to count a joined alert's sources.
pub(crate) fn fold_into_crises(
    alerts: Vec<Alert>,
    aftermath_hours: f64,
    heard: &[Observation],
) -> Vec<Alert> {
    let aftermath = chrono::Duration::seconds((aftermath_hours * 3600.0).round() as i64);
    let onset = chrono::Duration::hours(ONSET_HOURS);
    // Checked: an item may be dated at the edge of what a date can hold.
    let within_aftermath = |start: DateTime<Utc>, reach: DateTime<Utc>| {
        reach
            .checked_add_signed(aftermath)
            .is_none_or(|to| start <= to)
    };
    // First the crises, each later wave joined to the crisis it follows. Where each crisis's
    // coverage has reached: its end, then its last wave's or aftermath's.
    let mut kept: Vec<(Alert, DateTime<Utc>)> = Vec::new();
    let mut issues = Vec::new();
    for alert in alerts {
        if alert.level != AlertLevel::Crisis {
            issues.push(alert);
            continue;
        }
        match kept.iter_mut().rev().find(|(c, reach)| {
            c.level == AlertLevel::Crisis && within_aftermath(alert.start, *reach)
        }) {
            Some((crisis, reach)) => {
                *reach = (*reach).max(alert.end);
                join_wave(crisis, &alert, heard);
            }
            None => {
                let reach = alert.end;
                kept.push((alert, reach));
            }
        }
    }
    // Then the issues: a crisis's onset or aftermath, or their own alert.
    for issue in issues {
        let crisis = kept.iter_mut().find(|(c, reach)| {
            c.level == AlertLevel::Crisis
                && c.start
                    .checked_sub_signed(onset)
                    .is_none_or(|from| issue.end >= from)
                && within_aftermath(issue.start, *reach)
        });
        match crisis {
            Some((crisis, reach)) => {
                let when = if issue.end < crisis.start {
                    "onset"
                } else {
                    *reach = (*reach).max(issue.end);
                    "aftermath"
                };
                crisis.rule.push_str(&format!(
                    "; the issue of {} mentions from {} to {} is its {when}, not another alert",
                    issue.mentions,
                    issue.start.format("%Y-%m-%d %H:%M"),
                    issue.end.format("%Y-%m-%d %H:%M"),
                ));
            }
            None => kept.push((issue, DateTime::<Utc>::MIN_UTC)),
        }
    }
    let mut alerts: Vec<Alert> = kept.into_iter().map(|(a, _)| a).collect();
    alerts.sort_by(|a, b| a.start.cmp(&b.start).then(a.kind.cmp(&b.kind)));
    alerts
}

/// Joins `wave`, a later crisis, to `crisis`: its items and mentions added, the end, the
/// negative share and the sources taken over both, the wave named in the rule.
fn join_wave(crisis: &mut Alert, wave: &Alert, heard: &[Observation]) {
    crisis.rule.push_str(&format!(
        "; the crisis of {} mentions from {} to {} ({:.0}% negative, {} sources) is its later \
         wave, not another alert",
        wave.mentions,
        wave.start.format("%Y-%m-%d %H:%M"),
        wave.end.format("%Y-%m-%d %H:%M"),
        wave.negative_share * 100.0,
        wave.sources,
    ));
    let mut items = crisis.items.clone();
    items.extend(wave.items.iter().filter(|i| !crisis.items.contains(i)));
    let of: std::collections::HashMap<usize, &Observation> =
        heard.iter().map(|o| (o.item, o)).collect();
    let observed: Vec<&Observation> = items.iter().filter_map(|i| of.get(i).copied()).collect();
    if observed.len() == items.len() && !items.is_empty() {
        let negative = observed.iter().filter(|o| o.negative).count();
        crisis.negative_share = (negative as f64 / items.len() as f64 * 1000.0).round() / 1000.0;
        let mut sources: Vec<&str> = observed.iter().map(|o| o.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        crisis.sources = sources.len();
    } else {
        // Alerts not raised from `heard` (as in tests): the larger of the two.
        crisis.sources = crisis.sources.max(wave.sources);
    }
    crisis.mentions = crisis.mentions + items.len() - crisis.items.len();
    crisis.items = items;
    crisis.start = crisis.start.min(wave.start);
    crisis.end = crisis.end.max(wave.end);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(level: AlertLevel, start_hour: i64, end_hour: i64) -> Alert {
        let at = |h: i64| DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::hours(1_000 + h);
        Alert {
            level,
            kind: None,
            rule: level.name().to_owned(),
            start: at(start_hour),
            end: at(end_hour),
            mentions: 10,
            baseline: 1.0,
            negative_share: 0.5,
            sources: 3,
            items: Vec::new(),
        }
    }

    #[test]
    fn alerts_at_the_edges_of_time_do_not_overflow() {
        let mut crisis = alert(AlertLevel::Crisis, 0, 1);
        crisis.start = DateTime::<Utc>::MIN_UTC;
        crisis.end = DateTime::<Utc>::MAX_UTC;
        let kept = fold_into_crises(vec![crisis, alert(AlertLevel::Issue, 5, 6)], 8784.0, &[]);
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn a_crisis_soon_after_another_is_its_later_wave() {
        let mut first = alert(AlertLevel::Crisis, 0, 6);
        first.items = vec![1, 2];
        let mut wave = alert(AlertLevel::Crisis, 40, 44);
        wave.items = vec![7, 8, 9];
        wave.sources = 5;
        let later = alert(AlertLevel::Crisis, 200, 201);
        let kept = fold_into_crises(vec![first, wave, later], 72.0, &[]);
        assert_eq!(kept.len(), 2);
        assert!(
            kept[0].rule.contains("is its later wave"),
            "{}",
            kept[0].rule
        );
        assert_eq!(kept[0].items, vec![1, 2, 7, 8, 9]);
        assert_eq!(kept[0].mentions, 13);
        assert_eq!(kept[0].sources, 5);
        assert_eq!(kept[0].end, kept[0].start + chrono::Duration::hours(44));
        assert_eq!(kept[1].rule, "crisis");
        // With no aftermath, each crisis stands.
        let kept = fold_into_crises(
            vec![
                alert(AlertLevel::Crisis, 0, 6),
                alert(AlertLevel::Crisis, 7, 8),
            ],
            0.0,
            &[],
        );
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn issues_just_before_or_after_a_crisis_are_part_of_it() {
        let alerts = vec![
            alert(AlertLevel::Issue, -100, -99), // four days before: its own
            alert(AlertLevel::Issue, -3, -1),    // onset
            alert(AlertLevel::Crisis, 0, 6),
            alert(AlertLevel::Issue, 30, 40),    // aftermath
            alert(AlertLevel::Issue, 80, 82),    // within 72 hours of the aftermath: aftermath
            alert(AlertLevel::Issue, 160, 162),  // past 72 hours after that: its own
            alert(AlertLevel::Crisis, 200, 201), // another crisis stands
        ];
        let kept = fold_into_crises(alerts, 72.0, &[]);
        let levels: Vec<(AlertLevel, DateTime<Utc>)> =
            kept.iter().map(|a| (a.level, a.start)).collect();
        assert_eq!(kept.len(), 4, "{levels:?}");
        assert_eq!(kept[1].level, AlertLevel::Crisis);
        assert!(kept[1].rule.contains("is its onset"), "{}", kept[1].rule);
        assert_eq!(
            kept[1].rule.matches("is its aftermath").count(),
            2,
            "{}",
            kept[1].rule
        );
        assert_eq!(kept[2].level, AlertLevel::Issue);
        assert_eq!(kept[3].rule, "crisis");
        // With no aftermath, an issue after the crisis stands.
        let kept = fold_into_crises(
            vec![
                alert(AlertLevel::Crisis, 0, 6),
                alert(AlertLevel::Issue, 7, 8),
            ],
            0.0,
            &[],
        );
        assert_eq!(kept.len(), 2);
    }
}
