//! Store writes (issue 14): batches of items into a fresh SQLite store, as the pipeline writes
//! them (one transaction a batch: the items, their story records, the batch's log line).
//!
//! ```text
//! cargo bench -p gleaner --bench store
//! ```
//!
//! Input: 10,000 items of the benches' generated corpus (`support/corpus.rs`, about 2 KB of
//! text an item), each with a real dedup fingerprint, in batches of 256, each item founding its
//! own story. `sqlite_write_batch` writes them into a new store in a temporary directory, on
//! disk (WAL, `synchronous=NORMAL`); `json_only` serializes the same items to JSON, the part
//! of the work every store does whatever its engine. Throughput reads as items/s and MB/s of
//! text.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::backend::{ItemWrite, Store, StoryRecord};
use gleaner::dedup::Fingerprinter;
use gleaner::store::SqliteStore;
use gleaner::{EntryKey, Item, ItemId, Lang, Source};

#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "support/words.rs"]
mod words;

const ITEMS: usize = 10_000;
const BATCH: usize = 256;

fn writes() -> (Vec<ItemWrite>, usize) {
    let fingerprinter = Fingerprinter::default();
    let mut bytes = 0;
    let writes = corpus::Corpus::new(ITEMS)
        .map(|g| {
            bytes += g.title.len() + g.text.len();
            let source = Source::url(format!("https://src{}.example/feed.xml", g.feed));
            let guid = format!("store-bench-{}", g.index);
            let key = EntryKey {
                guid: Some(&guid),
                ..Default::default()
            };
            let mut item = Item::new(ItemId::for_entry(&source, &key), source);
            let url = format!("https://src{}.example/{}", g.feed, g.index);
            item.url = Some(url.clone());
            item.lang = Lang::parse(g.lang);
            let fingerprint = fingerprinter.fingerprint(&g.title, &g.text);
            item.title = Some(g.title);
            item.content_text = Some(g.text);
            ItemWrite {
                story: item.id,
                item,
                canonical_url: Some(url),
                content_hash: fingerprint.exact,
                fingerprint: fingerprint.to_bytes(),
                matched: None,
                reason: None,
            }
        })
        .collect();
    (writes, bytes)
}

fn bench(c: &mut Criterion) {
    let (writes, bytes) = writes();
    let mut group = c.benchmark_group("store_10k_items");
    for (unit, throughput) in [
        ("items", Throughput::Elements(ITEMS as u64)),
        ("bytes", Throughput::Bytes(bytes as u64)),
    ] {
        group.throughput(throughput);
        group.bench_function(BenchmarkId::new("sqlite_write_batch", unit), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let store = SqliteStore::open(&dir.path().join("gleaner.db")).unwrap();
                let run = store.begin_run(&["bench".into()]).unwrap();
                for (n, batch) in writes.chunks(BATCH).enumerate() {
                    let stories: Vec<StoryRecord> = batch
                        .iter()
                        .map(|w| StoryRecord {
                            id: w.story,
                            representative: w.item.id,
                            originator: w.item.id,
                            members: 1,
                            coverage: 1,
                        })
                        .collect();
                    store
                        .write_batch(run, n as u32, batch, &[], &stories, "{}")
                        .unwrap();
                }
                store.max_seq().unwrap()
            })
        });
        group.bench_function(BenchmarkId::new("json_only", unit), |b| {
            b.iter(|| {
                writes
                    .iter()
                    .map(|w| serde_json::to_string(&w.item).unwrap().len())
                    .sum::<usize>()
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
