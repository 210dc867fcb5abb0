//! Spikes: windows with far more mentions than the windows before them, raised as an issue
//! or a crisis.
//!
//! Every window of `bucket_hours` that ends at a mention is compared with the rate of the
//! `baseline_buckets` windows before it. It spikes when it holds at least `min_mentions`,
//! at least `spike_ratio` times the baseline, and more than chance allows (a Poisson tail
//! under 1/1000 at the baseline's rate, floored at half a mention per window). Spiking windows
//! that overlap or touch make one episode, and the baseline never counts an earlier spike; once
//! a long spike fills its own baseline, it is judged against the rate it rose from, so a long
//! crisis stays a spike. Dates without a time of day are not counted in windows under a day. An episode is a crisis when its negative share and its distinct
//! sources pass the crisis thresholds and it has enough mentions; an issue when only its
//! negative share passes the issue threshold; nothing otherwise (a burst of praise or of
//! neutral news is not an alert).
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::classify::SourceKind;
use super::settings::{Thresholds, Window};

/// How serious an alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertLevel {
    /// A negative spike from few sources, or one not negative enough to be a crisis.
    Issue,
    /// Volume and negative share up together, across several distinct sources.
    Crisis,
}

impl AlertLevel {
    /// `issue` or `crisis`.
    pub fn name(self) -> &'static str {
        match self {
            AlertLevel::Issue => "issue",
            AlertLevel::Crisis => "crisis",
        }
    }
}

/// A spike of mentions, raised as an issue or a crisis, with the numbers that raised it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// Issue or crisis.
    pub level: AlertLevel,
    /// The sources it was seen in: social or news windows, or `None` for the day windows over
    /// every mention (which catch what builds up too slowly for an hour and spreads over both
    /// kinds).
    pub kind: Option<SourceKind>,
    /// The rule that fired, with its numbers.
    pub rule: String,
    /// The time of the episode's first mention.
    pub start: DateTime<Utc>,
    /// The time of the episode's last mention.
    pub end: DateTime<Utc>,
    /// Mentions in the episode.
    pub mentions: usize,
    /// Mentions per window before the episode.
    pub baseline: f64,
    /// The share of the episode's mentions that are negative.
    pub negative_share: f64,
    /// Distinct sources of the episode's negative mentions.
    pub sources: usize,
    /// The episode's items, by index in the listened batch, in time order.
    pub items: Vec<usize>,
}

/// One mention, as spikes see it.
#[derive(Debug, Clone)]
pub(crate) struct Observation {
    /// Seconds since the epoch.
    pub time: i64,
    pub item: usize,
    /// The source's key (its name or host, lower case).
    pub source: String,
    pub negative: bool,
    /// Read as praise.
    pub praise: bool,
}

/// Chance level: a window spikes only if so many mentions would come by chance less often
/// than this.
const CHANCE: f64 = 1e-3;
/// The least rate a baseline is taken to have, in mentions per window: a quiet past is not
/// certainty that nothing happens.
const MIN_RATE: f64 = 0.5;

/// The alerts in `observations` (one kind of source, sorted by time). `history_start` is the
/// earliest time anything was heard: a baseline is never taken from before it, and a window
/// with less than half its baseline heard is not judged. `everything` is every mention of
/// every kind, sorted by time: how widely a spike's negative mentions spread is counted over
/// all of them in its hours, as a crisis on social sites is also reported by the press.
pub(crate) fn detect(
    observations: &[Observation],
    everything: &[Observation],
    kind: Option<SourceKind>,
    window: &Window,
    thresholds: &Thresholds,
    history_start: i64,
) -> Vec<Alert> {
    let bucket = (window.bucket_hours * 3600.0).round().max(1.0) as i64;
    let baseline_len = bucket * i64::from(window.baseline_buckets);
    let times: Vec<i64> = observations.iter().map(|o| o.time).collect();
    // Dates without a time of day (all at midnight) cannot be counted in windows shorter than
    // a day: a whole day's mentions would fall in one hour.
    if bucket < 86_400 && !times.is_empty() && times.iter().all(|t| t.rem_euclid(86_400) == 0) {
        return Vec::new();
    }
    // Mentions in [from, to).
    let count = |from: i64, to: i64| {
        times.partition_point(|&t| t < to) - times.partition_point(|&t| t < from)
    };
    // Spiking windows as half-open (start, end] ranges, merged; with each episode's baseline.
    // (start, end, baseline rate, most mentions in one window)
    let mut episodes: Vec<(i64, i64, f64, usize)> = Vec::new();
    let mut previous = None;
    for &t in &times {
        if previous == Some(t) {
            continue;
        }
        previous = Some(t);
        let (start, end) = (t - bucket, t);
        let in_window = count(start + 1, end + 1);
        if in_window < window.min_mentions as usize {
            continue;
        }
        // The baseline is (base_from, start], as the window is (start, end].
        let base_from = (start - baseline_len).max(history_start);
        let heard = start - base_from;
        if heard * 2 < baseline_len {
            // Less than half the baseline was heard (the start of the data): not judged.
            continue;
        }
        let mut span = heard;
        let mut base_count = count(base_from + 1, start + 1) as i64;
        // Earlier spikes are left out of the baseline. Episodes are in time order and apart:
        // only the last few can reach it.
        let mut reaching = None;
        for &(s, e, rate, _) in episodes.iter().rev().take_while(|ep| ep.1 > base_from) {
            reaching.get_or_insert(rate);
            let (s, e) = (s.max(base_from), e.min(start));
            if s < e {
                span -= e - s;
                base_count -= count(s + 1, e + 1) as i64;
            }
        }
        // A long spike fills its own baseline: it is judged against the rate it rose from.
        let rate = match reaching {
            Some(rate) if span < bucket => rate,
            _ => base_count.max(0) as f64 * bucket as f64 / span.max(1) as f64,
        };
        let spikes = in_window as f64 >= thresholds.spike_ratio * rate
            && poisson_tail(in_window, rate.max(MIN_RATE)) < CHANCE;
        if !spikes {
            continue;
        }
        match episodes.last_mut() {
            Some(last) if start <= last.1 => {
                last.1 = end;
                last.3 = last.3.max(in_window);
            }
            _ => episodes.push((start, end, rate, in_window)),
        }
    }
    episodes
        .into_iter()
        .filter_map(|(start, end, rate, peak)| {
            let from = times.partition_point(|&t| t <= start);
            let to = times.partition_point(|&t| t <= end);
            let episode = &observations[from..to];
            let (first, last) = (episode.first()?.time, episode.last()?.time);
            let around = &everything[everything.partition_point(|o| o.time < first)
                ..everything.partition_point(|o| o.time <= last)];
            judge(episode, around, kind, window, thresholds, rate, peak)
        })
        .collect()
}

/// An episode's alert, or none when it is not negative enough to be one. `around` is every
/// mention heard from the episode's first to its last, of any kind.
fn judge(
    episode: &[Observation],
    around: &[Observation],
    kind: Option<SourceKind>,
    window: &Window,
    thresholds: &Thresholds,
    baseline: f64,
    peak: usize,
) -> Option<Alert> {
    let (first, last) = (episode.first()?, episode.last()?);
    let mentions = episode.len();
    let negative = episode.iter().filter(|o| o.negative).count();
    let negative_share = negative as f64 / mentions as f64;
    let praise = episode.iter().filter(|o| o.praise).count();
    let sources = {
        let mut all: Vec<&str> = episode.iter().map(|o| o.source.as_str()).collect();
        all.sort_unstable();
        all.dedup();
        all.len()
    };
    let per_source = negative_per_source(around);
    let spread = spread(&per_source);
    let elsewhere = beyond_the_busiest_two(&per_source);
    let t = thresholds;
    let crisis = negative_share >= t.crisis_negative_share
        && spread >= t.crisis_min_sources
        && elsewhere >= t.crisis_min_elsewhere as usize
        && mentions >= t.crisis_min_mentions as usize;
    let level = if crisis {
        AlertLevel::Crisis
    } else if negative_share >= t.issue_negative_share
        && negative as f64 >= t.issue_negative_per_praise * praise as f64
    {
        AlertLevel::Issue
    } else {
        return None;
    };
    let hours = window.bucket_hours;
    let kind_name = match kind {
        Some(SourceKind::Social) => "social",
        Some(SourceKind::News) => "news",
        None => "all sources",
    };
    let ratio = if baseline > 0.0 {
        format!("×{:.1}", peak as f64 / baseline)
    } else {
        "none before".into()
    };
    let why = if crisis {
        format!(
            "{:.0}% negative ≥ {:.0}%, negative mentions of those hours spread over {spread:.1} sources ≥ {} ({sources} in all) with {elsewhere} beyond the busiest two ≥ {}, {mentions} mentions ≥ {}: crisis",
            negative_share * 100.0,
            t.crisis_negative_share * 100.0,
            t.crisis_min_sources,
            t.crisis_min_elsewhere,
            t.crisis_min_mentions
        )
    } else {
        let short = if negative_share < t.crisis_negative_share {
            format!(
                "{:.0}% negative < {:.0}%",
                negative_share * 100.0,
                t.crisis_negative_share * 100.0
            )
        } else if spread < t.crisis_min_sources {
            format!(
                "negative mentions of those hours spread over {spread:.1} sources < {} ({sources} in all)",
                t.crisis_min_sources
            )
        } else if elsewhere < t.crisis_min_elsewhere as usize {
            format!(
                "{elsewhere} negative mentions of those hours beyond their busiest two sources < {}",
                t.crisis_min_elsewhere
            )
        } else {
            format!("{mentions} mentions < {}", t.crisis_min_mentions)
        };
        format!(
            "{:.0}% negative ≥ {:.0}% and {negative} negative ≥ {}× {praise} praising, but \
             {short}: issue",
            negative_share * 100.0,
            t.issue_negative_share * 100.0,
            t.issue_negative_per_praise
        )
    };
    let rule = format!(
        "{kind_name} spike: windows of {hours} h with ≥ {} mentions and ≥ {}× the baseline of \
         {baseline:.2} per {hours} h over the previous {} windows (peak {peak}, {ratio}; \
         {mentions} mentions in all); {why}",
        window.min_mentions, t.spike_ratio, window.baseline_buckets,
    );
    Some(Alert {
        level,
        kind,
        rule,
        start: DateTime::from_timestamp(first.time, 0).unwrap_or_default(),
        end: DateTime::from_timestamp(last.time, 0).unwrap_or_default(),
        mentions,
        baseline: (baseline * 1000.0).round() / 1000.0,
        negative_share: (negative_share * 1000.0).round() / 1000.0,
        sources,
        items: episode.iter().map(|o| o.item).collect(),
    })
}

/// How many negative mentions each source has in `episode`, most first.
fn negative_per_source(episode: &[Observation]) -> Vec<usize> {
    let mut negative: Vec<&str> = episode
        .iter()
        .filter(|o| o.negative)
        .map(|o| o.source.as_str())
        .collect();
    negative.sort_unstable();
    let mut counts: Vec<usize> = negative.chunk_by(|a, b| a == b).map(<[_]>::len).collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    counts
}

/// Over how many sources the negative mentions are spread, from [`negative_per_source`]: the
/// inverse Simpson index, 1 / Σ p², where p is each source's share of them. Eight complaints
/// from one forum and one from elsewhere are spread over 1.2 sources; the same nine spread
/// evenly over nine sources, over nine. A few stray complaints elsewhere in the same hours
/// barely move it.
fn spread(per_source: &[usize]) -> f64 {
    let total: usize = per_source.iter().sum();
    if total == 0 {
        return 0.0;
    }
    let squares: f64 = per_source
        .iter()
        .map(|&n| (n as f64 / total as f64).powi(2))
        .sum();
    1.0 / squares
}

/// How many negative mentions come from sources other than the two with the most of them,
/// from [`negative_per_source`]: an ordinary problem is one or two sources' (and a stray
/// complaint or two elsewhere); a crisis is heard well beyond them.
fn beyond_the_busiest_two(per_source: &[usize]) -> usize {
    per_source.iter().skip(2).sum()
}

/// P(X ≥ k) for X Poisson with mean `lambda`.
fn poisson_tail(k: usize, lambda: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if lambda > 200.0 {
        // Normal approximation, with continuity correction.
        let z = (k as f64 - 0.5 - lambda) / lambda.sqrt();
        return 0.5 * erfc(z / std::f64::consts::SQRT_2);
    }
    let mut term = (-lambda).exp();
    let mut below = term;
    for i in 1..k {
        term *= lambda / i as f64;
        below += term;
        if term < 1e-300 {
            break;
        }
    }
    (1.0 - below).max(0.0)
}

/// The complementary error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7).
fn erfc(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let e = poly * (-x * x).exp();
    if x >= 0.0 {
        e
    } else {
        2.0 - e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_tail_matches_known_values() {
        // P(X ≥ 5 | 0.5) = 1.7e-4; P(X ≥ 1 | 1) = 1 - e^-1.
        assert!((poisson_tail(5, 0.5) - 1.7212e-4).abs() < 1e-7);
        assert!((poisson_tail(1, 1.0) - 0.632_120_6).abs() < 1e-6);
        assert!(poisson_tail(300, 250.0) < 0.002 && poisson_tail(300, 250.0) > 0.0005);
    }
}
