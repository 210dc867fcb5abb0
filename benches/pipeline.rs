//! The whole pipeline: feeds on disk into a fresh workspace (parse, canonical ids, fingerprints,
//! dedup, SQLite, tantivy), with two baselines in the same run: parsing alone, and raw tantivy
//! indexing the same texts with the same analyzers and writer settings and no gleaner code
//! around it (`raw_tantivy`, the ceiling of this job; pipeline/raw is the ratio issue 14 asks
//! for).
//!
//! ```text
//! cargo bench --bench pipeline
//! ```
//!
//! Input: the first 10,000 items of the benches' generated corpus (`support/corpus.rs`: half
//! Korean, half English, log-normal lengths, about 2 KB of text an item, a fifth of them
//! planted copies) as 40 RSS files of 250 items (~23 MB). Each iteration runs `Pipeline::run`
//! into a new workspace in a temporary directory (batches of 256: one SQLite transaction each;
//! an index commit every `gleaner::INDEX_COMMIT_ITEMS` documents). `parse_only` reads and
//! parses the same files with `FeedReader`. `raw_tantivy` indexes the parsed items' titles and
//! bodies (English ones also through the stemmed fields, source and language as facets: the
//! documents `TantivyIndex` writes) into a bare tantivy index built by
//! `gleaner::index::raw_index`, committing at the pipeline's cadence
//! (`raw_tantivy_one_commit`: once, at the end). The pipeline reads as items/s and MB/s of
//! feed files, the baselines as items/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::index::{raw_document, raw_index};
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader, Item, Pipeline, Workspace};

#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "support/words.rs"]
mod words;

const FEEDS: usize = 40;
const ITEMS: usize = 250;

fn bench(c: &mut Criterion) {
    let input = tempfile::tempdir().unwrap();
    let bytes = corpus::write_rss(input.path(), FEEDS, ITEMS);
    let inputs = [input.path().to_string_lossy().into_owned()];
    let reader = FeedReader::new(
        FetcherBuilder::new().build().unwrap(),
        ParseOptions::default(),
    );
    let items: Vec<Item> = expand_inputs(&inputs)
        .iter()
        .flat_map(|s| reader.read(s))
        .filter_map(|r| r.into_feed().ok())
        .flat_map(|f| f.items)
        .collect();
    assert_eq!(items.len(), FEEDS * ITEMS);
    let mut group = c.benchmark_group("pipeline_10k_items");
    for (unit, throughput) in [
        ("items", Throughput::Elements((FEEDS * ITEMS) as u64)),
        ("bytes", Throughput::Bytes(bytes as u64)),
    ] {
        group.throughput(throughput);
        group.bench_function(BenchmarkId::new("pipeline_run", unit), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let mut workspace = Workspace::open(dir.path()).unwrap();
                let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap());
                let report = pipeline.run(&mut workspace, &inputs).unwrap();
                assert_eq!(report.total.stored(), FEEDS * ITEMS);
                report.total.duplicate
            })
        });
    }
    // The baselines in items/s (their MB/s is the same ratio to the pipeline's).
    group.throughput(Throughput::Elements((FEEDS * ITEMS) as u64));
    for (name, every) in [
        ("raw_tantivy", gleaner::INDEX_COMMIT_ITEMS),
        ("raw_tantivy_one_commit", usize::MAX),
    ] {
        group.bench_function(BenchmarkId::new(name, "items"), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let (_index, mut writer, fields) = raw_index(dir.path()).unwrap();
                for (n, item) in items.iter().enumerate() {
                    let doc = raw_document(
                        &fields,
                        &item.id.to_string(),
                        item.title.as_deref().unwrap_or(""),
                        item.body(),
                        item.lang.as_ref().map(|l| l.code()),
                        &item.source.location,
                    );
                    writer.add_document(doc).unwrap();
                    if n % every == every - 1 {
                        writer.commit().unwrap();
                    }
                }
                writer.commit().unwrap();
                writer.wait_merging_threads().unwrap();
            })
        });
    }
    group.bench_function(BenchmarkId::new("parse_only", "items"), |b| {
        b.iter(|| {
            expand_inputs(&inputs)
                .iter()
                .flat_map(|s| reader.read(s))
                .map(|r| r.feed().map_or(0, |f| f.items.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
