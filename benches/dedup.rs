//! Dedup throughput: fingerprint + lookup of new items against one million stored stories,
//! on one core, with baselines in the same run.
//!
//! ```text
//! cargo bench --bench dedup
//! ```
//!
//! The store holds 1,000,000 stories of generated news-like text (half Korean, half English
//! words, Zipf-distributed over a 40,000-word vocabulary), restored into [`Stories`] as the
//! workspace does at open. Each measured batch is 1,000 items: half are edited copies of stored
//! stories (a header added, a word changed, a footer appended), half are new stories. Sizes:
//! briefs (a title and 30 words, ~300 bytes), feed items (a title and an 80-word summary,
//! ~780 bytes) and articles (a title and 400 words, ~3.5 KB).
//!
//! Baselines on the same items: fingerprinting alone (no lookup), and a 128-permutation
//! MinHash signature of the same 3-word shingles (what an LSH index would have to compute
//! before its own lookup). Throughput reads as items/s (elements) and MB/s (bytes).

/// The allocator the `gleaner` command ships with: with the system allocator (glibc), an
/// article's lookup among a million stored fingerprints takes nearly twice as long
/// (docs/PERFORMANCE.md, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::dedup::{Entry, Fingerprinter, Stories};
use gleaner::text::{Analyzer, Mode};
use gleaner::ItemId;
use rayon::prelude::*;

#[path = "support/words.rs"]
mod words;
use words::{Rng, Words};

const STORED: usize = 1_000_000;
const BATCH: usize = 1_000;

struct Item {
    title: String,
    text: String,
}

fn items(words: &Words, rng: &mut Rng, n: usize, body_words: usize) -> Vec<Item> {
    (0..n)
        .map(|_| Item {
            title: words.text(rng, 8),
            text: words.text(rng, body_words),
        })
        .collect()
}

/// Half edited copies of stored items, half new ones.
fn queries(stored: &[Item], words: &Words, rng: &mut Rng, body_words: usize) -> Vec<Item> {
    (0..BATCH)
        .map(|i| {
            if i % 2 == 0 {
                let original = &stored[(rng.next() % stored.len() as u64) as usize];
                let mut text = format!("By staff reporter. {}", original.text);
                let middle = text.char_indices().nth(40).map_or(0, |(i, _)| i);
                if let Some(space) = text[middle..].find(' ') {
                    text.insert_str(middle + space, " edited");
                }
                text.push_str(" Copyright 2026. All rights reserved.");
                Item {
                    title: original.title.clone(),
                    text,
                }
            } else {
                Item {
                    title: words.text(rng, 8),
                    text: words.text(rng, body_words),
                }
            }
        })
        .collect()
}

fn minhash(analyzer: &Analyzer, text: &str) -> [u64; 128] {
    let mut window = [0u64; 3];
    let mut signature = [u64::MAX; 128];
    let mut n = 0;
    analyzer.for_each_token(text, |word, _, _| {
        window.rotate_left(1);
        window[2] = xxhash_rust::xxh3::xxh3_64(word.as_bytes());
        n += 1;
        if n >= 3 {
            let base = window[0] ^ window[1].rotate_left(21) ^ window[2].rotate_left(42);
            for (k, slot) in signature.iter_mut().enumerate() {
                let h = (base ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
                    .wrapping_mul(0xFF51_AFD7_ED55_8CCD);
                *slot = (*slot).min(h);
            }
        }
    });
    signature
}

fn bench(c: &mut Criterion) {
    let words = Words::new();
    let mut rng = Rng(42);
    let fingerprinter = Fingerprinter::new();
    let stored = items(&words, &mut rng, STORED, 80);
    // Building the store is setup, not measured: fingerprints in parallel, then restored as
    // the workspace does at open.
    let fingerprints: Vec<_> = stored
        .par_iter()
        .map(|item| fingerprinter.fingerprint(&item.title, &item.text))
        .collect();
    let mut stories = Stories::new();
    for (i, fingerprint) in fingerprints.into_iter().enumerate() {
        let id = ItemId::from_key(&(i as u64).to_le_bytes());
        let entry = Entry {
            id,
            source: format!("source{}", i % 500),
            published: Some(i as i64),
            fingerprint,
        };
        stories.restore(entry, id, None);
    }
    let analyzer = Analyzer::by_name("default", Mode::Words).unwrap();

    let mut group = c.benchmark_group("dedup_1M_stories");
    for (name, body_words) in [("brief", 30), ("feed_item", 80), ("article", 400)] {
        let batch = if body_words == 80 {
            queries(&stored, &words, &mut rng, body_words)
        } else if body_words < 80 {
            let short: Vec<Item> = stored[..BATCH]
                .iter()
                .map(|s| {
                    let cut = s
                        .text
                        .char_indices()
                        .filter(|(_, c)| *c == ' ')
                        .nth(body_words);
                    Item {
                        title: s.title.clone(),
                        text: s.text[..cut.map_or(s.text.len(), |(i, _)| i)].to_owned(),
                    }
                })
                .collect();
            queries(&short, &words, &mut rng, body_words)
        } else {
            let long: Vec<Item> = stored[..BATCH]
                .iter()
                .map(|s| Item {
                    title: s.title.clone(),
                    text: format!("{} {}", s.text, words.text(&mut rng, body_words - 80)),
                })
                .collect();
            queries(&long, &words, &mut rng, body_words)
        };
        let lookups = |batch: &[Item]| {
            batch
                .iter()
                .filter(|i| {
                    stories
                        .lookup(&fingerprinter.fingerprint(&i.title, &i.text))
                        .is_some()
                })
                .count()
        };
        let found = lookups(&batch);
        eprintln!("{name}: {found} of {BATCH} queries found a story (half are copies)");
        let bytes: usize = batch.iter().map(|i| i.title.len() + i.text.len()).sum();
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_with_input(
            BenchmarkId::new("fingerprint+lookup", name),
            &batch,
            |b, batch| b.iter(|| lookups(batch)),
        );
        group.bench_with_input(
            BenchmarkId::new("fingerprint_only", name),
            &batch,
            |b, batch| {
                b.iter(|| {
                    batch
                        .iter()
                        .map(|i| fingerprinter.fingerprint(&i.title, &i.text).samples().len())
                        .sum::<usize>()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("minhash128_baseline", name),
            &batch,
            |b, batch| {
                b.iter(|| {
                    batch
                        .iter()
                        .map(|i| minhash(&analyzer, &i.text)[0])
                        .fold(0, u64::wrapping_add)
                })
            },
        );
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new("fingerprint+lookup_bytes", name),
            &batch,
            |b, batch| b.iter(|| lookups(batch)),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
