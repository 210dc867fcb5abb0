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
//!
//! With `--features store-postgres` and `GLEANER_POSTGRES_URL` set
//! (`scripts/services/postgres.sh` starts a local server), the same batches go into a fresh
//! PostgreSQL store (`postgres_write_batch`), and into one by two writers at once, each with
//! its own connection pool and half the batches (`postgres_two_writers`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::backend::{ItemWrite, Store, StoryRecord};
use gleaner::dedup::Fingerprinter;
#[cfg(feature = "store-postgres")]
use gleaner::postgres::PgStore;
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

/// Writes `writes` in batches of `BATCH`, each item founding its story, as the pipeline
/// would; returns the last sequence number.
fn write_all(store: &dyn Store, writes: &[ItemWrite]) -> u64 {
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
}

/// A new, empty PostgreSQL store in a schema of its own.
#[cfg(feature = "store-postgres")]
fn fresh_pg(url: &str) -> PgStore {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let schema = format!(
        "bench_store_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    PgStore::open_in(url, &schema).unwrap()
}

fn bench(c: &mut Criterion) {
    let (writes, bytes) = writes();
    let postgres = std::env::var("GLEANER_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty() && cfg!(feature = "store-postgres"));
    if postgres.is_none() {
        eprintln!(
            "notice: GLEANER_POSTGRES_URL is not set (or no --features store-postgres); \
             the PostgreSQL rows are skipped"
        );
    }
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
                write_all(&store, &writes)
            })
        });
        #[cfg(feature = "store-postgres")]
        if let Some(url) = &postgres {
            group.bench_function(BenchmarkId::new("postgres_write_batch", unit), |b| {
                b.iter(|| {
                    let store = fresh_pg(url);
                    let seq = write_all(&store, &writes);
                    store.drop_store().unwrap();
                    seq
                })
            });
            // Two writers (two pools, as two workers would have), each with half the batches:
            // their commits take turns on the counter's lock; the rest overlaps.
            group.bench_function(BenchmarkId::new("postgres_two_writers", unit), |b| {
                b.iter(|| {
                    let store = fresh_pg(url);
                    let schema = store.schema().to_owned();
                    let halves: Vec<&[ItemWrite]> = writes.chunks(writes.len() / 2).collect();
                    std::thread::scope(|s| {
                        for half in &halves {
                            let schema = &schema;
                            s.spawn(move || {
                                let store = PgStore::open_in(url, schema).unwrap();
                                write_all(&store, half)
                            });
                        }
                    });
                    let seq = store.max_seq().unwrap();
                    store.drop_store().unwrap();
                    seq
                })
            });
        }
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
