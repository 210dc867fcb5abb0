//! How the CPU stages scale from one thread to two (issue 14): each stage does the same work
//! with 1 and with 2 threads, in the same run.
//!
//! ```text
//! cargo bench -p gleaner --bench scaling
//! ```
//!
//! Input: the first 8,000 items of the benches' generated corpus (`support/corpus.rs`: half
//! Korean, half English, about 2 KB of text an item) as 32 RSS files of 250 items.
//!
//! - `parse`: `FeedReader` over the files, files in parallel (as the pipeline reads sources);
//! - `fingerprint`: dedup's `Fingerprinter` over titles and bodies, items in parallel (as the
//!   pipeline prepares a batch);
//! - `analysis`: the index's multi-script analyzer over the bodies, items in parallel;
//! - `score`: `Scorer::score_batch` against the demo profile (parallel inside);
//! - `index`: raw tantivy with gleaner's schema and analyzers, 1 or 2 indexing threads, one
//!   commit (the stage the pipeline hands to tantivy's own threads).
//!
//! The rayon stages run in a pool of 1 or 2 threads. Throughput reads as items/s; the scaling
//! is the 2-thread figure over the 1-thread one.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::dedup::Fingerprinter;
use gleaner::index::{raw_document, raw_index_with_threads};
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::score::{BrandProfile, Document, Scorer};
use gleaner::text::{Analyzer, Mode};
use gleaner::{expand_inputs, FeedReader, Item};
use rayon::prelude::*;

#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "support/words.rs"]
mod words;

const FILES: usize = 32;
const PER_FILE: usize = 250;
const ITEMS: usize = FILES * PER_FILE;

const PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);

fn bench(c: &mut Criterion) {
    let input = tempfile::tempdir().unwrap();
    corpus::write_rss(input.path(), FILES, PER_FILE);
    let inputs = [input.path().to_string_lossy().into_owned()];
    let sources = expand_inputs(&inputs);
    let reader = FeedReader::new(
        FetcherBuilder::new().build().unwrap(),
        ParseOptions::default(),
    );
    let items: Vec<Item> = sources
        .iter()
        .flat_map(|s| reader.read(s))
        .filter_map(|r| r.into_feed().ok())
        .flat_map(|f| f.items)
        .collect();
    assert_eq!(items.len(), ITEMS);
    let fingerprinter = Fingerprinter::default();
    let analyzer = Analyzer::by_name("default", Mode::Index).unwrap();
    let scorer = Scorer::new(BrandProfile::from_path(PROFILE).unwrap());
    let now = chrono::Utc::now();
    let documents: Vec<Document<'_>> = items
        .iter()
        .map(|i| Document {
            title: i.title.as_deref().unwrap_or(""),
            text: i.body(),
            lang: i.lang.as_ref().map(|l| l.code()),
            ..Default::default()
        })
        .collect();

    let mut group = c.benchmark_group("scaling_8k_items");
    group.throughput(Throughput::Elements(ITEMS as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        group.bench_function(BenchmarkId::new("parse", threads), |b| {
            b.iter(|| {
                pool.install(|| {
                    sources
                        .par_iter()
                        .flat_map_iter(|s| reader.read(s))
                        .map(|r| r.feed().map_or(0, |f| f.items.len()))
                        .sum::<usize>()
                })
            })
        });
        group.bench_function(BenchmarkId::new("fingerprint", threads), |b| {
            b.iter(|| {
                pool.install(|| {
                    items
                        .par_iter()
                        .map(|i| {
                            let title = i.title.as_deref().unwrap_or("");
                            fingerprinter.fingerprint(title, i.body()).words
                        })
                        .sum::<u32>()
                })
            })
        });
        group.bench_function(BenchmarkId::new("analysis", threads), |b| {
            b.iter(|| {
                pool.install(|| {
                    items
                        .par_iter()
                        .map(|i| {
                            let mut n = 0usize;
                            analyzer.for_each_token(i.body(), |_, _, _| n += 1);
                            n
                        })
                        .sum::<usize>()
                })
            })
        });
        group.bench_function(BenchmarkId::new("score", threads), |b| {
            b.iter(|| pool.install(|| scorer.score_batch(&documents, now).len()))
        });
        group.bench_function(BenchmarkId::new("index", threads), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let (_index, mut writer, fields) =
                    raw_index_with_threads(dir.path(), threads).unwrap();
                for item in &items {
                    writer
                        .add_document(raw_document(
                            &fields,
                            &item.id.to_string(),
                            item.title.as_deref().unwrap_or(""),
                            item.body(),
                            item.lang.as_ref().map(|l| l.code()),
                            &item.source.location,
                        ))
                        .unwrap();
                }
                writer.commit().unwrap();
                writer.wait_merging_threads().unwrap();
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
