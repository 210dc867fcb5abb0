//! Listening throughput: timelines of social posts and news heard for a brand, each mention
//! found, classified, given a priority and a deadline, and the spikes called.
//!
//! ```text
//! cargo bench --bench listen
//! ```
//!
//! The input is every labelled timeline of the score crate's tests
//! (`crates/score/tests/data/timelines*/`, 52 timelines in Korean and English of 26 brands,
//! about 11,900 items, half of which name their brand), each listened to with a profile of
//! its brand's names, as the `alerts` example does. Measured as items/s and as MB/s of their
//! text:
//! - `learned`: the default, the learned mention classifier on top of the cue rules;
//! - `cues_only_baseline`: the same listening with the cue rules alone (`classifier =
//!   "cues"`), in the same run: what the learned classifier adds;
//! - `train_bundled_model`: training the learned classifier on its bundled mentions, which a
//!   process pays once, on first use (items/s here are training mentions/s).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gleaner::score::{BrandProfile, Heard, Listener, MentionModel};
use serde_json::Value;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../score/tests/data");

/// One timeline: its brand's profile and its items' fields.
struct Timeline {
    profile: BrandProfile,
    lines: Vec<Value>,
    published: Vec<DateTime<Utc>>,
}

impl Timeline {
    fn heard(&self) -> Vec<Heard<'_>> {
        self.lines
            .iter()
            .zip(&self.published)
            .map(|(l, &p)| Heard {
                title: l["title"].as_str().unwrap_or(""),
                text: l["text"].as_str().unwrap_or(""),
                source: l["source"].as_str(),
                url: l["url"].as_str(),
                author: l["author"].as_str(),
                published: Some(p),
                engagement: l["engagement"].as_f64(),
                kind: None,
            })
            .collect()
    }

    fn now(&self) -> DateTime<Utc> {
        self.published
            .iter()
            .copied()
            .max()
            .unwrap_or_else(Utc::now)
    }
}

/// Every timeline under `DATA`, in a fixed order.
fn timelines() -> Vec<Timeline> {
    let mut sets: Vec<_> = std::fs::read_dir(DATA)
        .expect("the score crate's test data")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.json").exists())
        .collect();
    sets.sort();
    let mut out = Vec::new();
    for set in sets {
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(set.join("expected.json")).unwrap())
                .unwrap();
        let mut files: Vec<&String> = expected
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| k.ends_with(".jsonl"))
            .collect();
        files.sort();
        for file in files {
            let e = &expected[file.as_str()];
            let profile = BrandProfile::from_toml(&format!(
                "name = {}\naliases = {}\ncompetitors = {}\n",
                e["brand"], e["aliases"], e["competitors"]
            ))
            .expect("a profile of the timeline's names");
            let lines: Vec<Value> = std::fs::read_to_string(set.join(file))
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            let published = lines
                .iter()
                .map(|l| l["published"].as_str().unwrap().parse().unwrap())
                .collect();
            out.push(Timeline {
                profile,
                lines,
                published,
            });
        }
    }
    out
}

/// Listens to every timeline with its listener; returns the mentions heard.
fn listen_all(listeners: &[Listener], timelines: &[Timeline]) -> usize {
    listeners
        .iter()
        .zip(timelines)
        .map(|(listener, t)| listener.listen(&t.heard(), t.now()).mentions.len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let timelines = timelines();
    let items: usize = timelines.iter().map(|t| t.lines.len()).sum();
    let bytes: usize = timelines
        .iter()
        .flat_map(|t| &t.lines)
        .map(|l| l["title"].as_str().map_or(0, str::len) + l["text"].as_str().map_or(0, str::len))
        .sum();
    let model = MentionModel::bundled();
    let with = |model: Option<Arc<MentionModel>>| -> Vec<Listener> {
        timelines
            .iter()
            .map(|t| Listener::new(t.profile.clone()).with_model(model.clone()))
            .collect()
    };
    let (learned, cues) = (with(Some(model)), with(None));
    eprintln!(
        "{} timelines, {items} items, {bytes} bytes, {} mentions",
        timelines.len(),
        listen_all(&learned, &timelines)
    );

    for (group, throughput) in [
        ("listen_items", Throughput::Elements(items as u64)),
        ("listen_bytes", Throughput::Bytes(bytes as u64)),
    ] {
        let mut group = c.benchmark_group(group);
        group.sample_size(20);
        group.throughput(throughput);
        group.bench_function("learned", |b| b.iter(|| listen_all(&learned, &timelines)));
        group.bench_function("cues_only_baseline", |b| {
            b.iter(|| listen_all(&cues, &timelines))
        });
        group.finish();
    }

    let mut group = c.benchmark_group("listen_training");
    group.sample_size(10);
    group.throughput(Throughput::Elements(
        include_str!("../crates/score/cues/mentions.jsonl")
            .lines()
            .count() as u64,
    ));
    group.bench_function("train_bundled_model", |b| {
        b.iter(|| MentionModel::from_bundled(|_| true, None))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
