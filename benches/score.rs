//! Scoring throughput: items scored against a 20-topic brand profile, on every core.
//!
//! ```text
//! cargo bench --bench score
//! ```
//!
//! Each measured batch is 1,000,000 feed items, the issue's measure, scored as one batch: a
//! title of 8 words and a summary of 60, half Korean and half English, Zipf-distributed over
//! a 40,000-word vocabulary, one item in five carrying a profile term. `Scorer::score_batch`
//! takes term statistics from the batch and writes every component with its evidence.
//! Baseline in the same run: tokenizing the same items with the same analyzer and nothing
//! else, the floor of any scorer that reads the text. Throughput reads as items/s; a batch's
//! time is 1M items' time. (Until 2026-12-03 a batch was 200,000 items and 1M was taken as
//! five of them, which counted five times the self-training step, learned on a sample of at
//! most 50,000 items whatever the batch's size.)

/// The allocator the `gleaner` command ships with (as in the dedup bench): scoring allocates
/// evidence strings and per-item vectors, and glibc's malloc costs about a tenth of it
/// (docs/PERFORMANCE.md, "Scoring").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::score::{BrandProfile, Document, Scorer};
use gleaner::text::{Analyzer, Mode};
use rayon::prelude::*;

#[path = "support/words.rs"]
mod words;
use words::{Rng, Words};

const ITEMS: usize = 1_000_000;
const TOPICS: usize = 20;

/// A profile of 20 topics of five terms each (a phrase among them), from the vocabulary's
/// less common words.
fn profile(words: &Words) -> String {
    let words = &words.0;
    let mut toml =
        String::from("name = \"Acme\"\naliases = [\"에이크미\"]\nlanguages = [\"en\", \"ko\"]\n");
    for t in 0..TOPICS {
        let term = |k: usize| words[2000 + 7 * (5 * t + k)].clone();
        let terms = [
            term(0),
            term(1),
            term(2),
            term(3),
            format!("{} {}", term(4), term(5)),
        ];
        toml.push_str(&format!(
            "[[topics]]\nname = \"topic {t}\"\nweight = {}\nterms = {:?}\n",
            1.0 - t as f64 / 40.0,
            terms
        ));
    }
    toml
}

fn items(words: &Words, rng: &mut Rng) -> Vec<(String, String)> {
    (0..ITEMS)
        .map(|i| {
            let title = words.text(rng, 8);
            let mut body = words.text(rng, 60);
            if i % 5 == 0 {
                body.push(' ');
                body.push_str(&words.0[2000 + 7 * (rng.next() % (5 * TOPICS as u64)) as usize]);
            }
            (title, body)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let words = Words::new();
    let mut rng = Rng(42);
    let scorer = Scorer::new(BrandProfile::from_toml(&profile(&words)).expect("profile"));
    let items = items(&words, &mut rng);
    let published = Utc.with_ymd_and_hms(2026, 11, 30, 0, 0, 0).unwrap();
    let documents: Vec<Document<'_>> = items
        .iter()
        .map(|(title, text)| Document {
            title,
            text,
            published: Some(published),
            lang: Some(if title.is_ascii() { "en" } else { "ko" }),
            ..Default::default()
        })
        .collect();
    // A matched term is written with its count (`"5g" ×1 in the body`); every item has a
    // topic value above 0, from the learned likeness.
    let with_terms = scorer
        .score_batch(&documents, published)
        .iter()
        .filter(|s| s.components[0].evidence.iter().any(|e| e.contains('×')))
        .count();
    eprintln!("{with_terms} of {ITEMS} items have a profile term");
    let analyzer = Analyzer::by_name("en", Mode::Query).unwrap();

    let mut group = c.benchmark_group("score_20_topics");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ITEMS as u64));
    group.bench_with_input(
        BenchmarkId::new("score_batch", ITEMS),
        &documents,
        |b, documents| b.iter(|| scorer.score_batch(documents, published).len()),
    );
    group.bench_with_input(
        BenchmarkId::new("tokenize_only_baseline", ITEMS),
        &documents,
        |b, documents| {
            b.iter(|| {
                documents
                    .par_iter()
                    .map(|d| {
                        let mut n = 0usize;
                        analyzer.for_each_token(d.title, |_, _, _| n += 1);
                        analyzer.for_each_token(d.text, |_, _, _| n += 1);
                        n
                    })
                    .sum::<usize>()
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
