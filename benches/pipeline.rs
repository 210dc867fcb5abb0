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
//! Input: 40 generated RSS files of 250 items each (10,000 items, ~8 MB; half Korean, half
//! English; every fourth feed republishes the previous feed's stories with its own header, so a
//! quarter of the items are copies). Each iteration runs `Pipeline::run` into a new workspace
//! in a temporary directory (batches of 256: one SQLite transaction and one tantivy commit
//! each). `parse_only` reads and parses the same files with `FeedReader`. `raw_tantivy` indexes
//! the parsed items' titles and bodies (English ones also through the stemmed fields, source and
//! language as facets: the documents `TantivyIndex` writes) into a bare tantivy index built by
//! `gleaner::index::raw_index`, committing every 2,048 documents as the pipeline does (every 8
//! batches of 256; `raw_tantivy_one_commit`: once, at the end). Throughput
//! reads as items/s and MB/s of feed files.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::index::{raw_document, raw_index};
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader, Item, Pipeline, Workspace};

const FEEDS: usize = 40;
const ITEMS: usize = 250;

const KO: &[&str] = &[
    "누리텔레콤이 고객과의 소통을 강화하는 새 브랜드 캠페인을 발표했다.",
    "서울 일부 지역에서 인터넷 연결 장애가 이어지면서 고객센터에 불만이 쏟아졌다.",
    "회사 측은 24시간 안에 복구하겠다고 밝혔으며 피해 고객에게 요금을 감면하기로 했다.",
    "증권가는 통신 3사의 4분기 실적이 시장 기대에 부합할 것으로 내다봤다.",
];
const EN: &[&str] = &[
    "The carrier said it would answer every customer complaint within a day.",
    "Outages in parts of Seoul continued as complaints to the call centre surged.",
    "Analysts said the campaign could help restore trust in the brand.",
    "Fourth-quarter results from the three carriers are expected to meet forecasts.",
];

fn write_feeds(dir: &std::path::Path) -> usize {
    let mut bytes = 0;
    for f in 0..FEEDS {
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>\n");
        for i in 0..ITEMS {
            let origin = if f % 4 == 3 { f - 1 } else { f };
            let story = origin * ITEMS + i;
            let sentences = if story.is_multiple_of(2) { KO } else { EN };
            let mut body = String::new();
            for k in 0..6 {
                body.push_str(sentences[(story + k) % sentences.len()]);
                body.push_str(&format!(" ({story}-{k}) "));
            }
            if origin != f {
                body = format!("By staff of feed {f}. {body}");
            }
            xml.push_str(&format!(
                "<item><title>Story {story}: {}</title><link>https://feed{f}.example/{i}</link>\
                 <pubDate>Sun, 29 Nov 2026 10:00:00 +0900</pubDate><description>{body}</description></item>\n",
                sentences[story % sentences.len()]
            ));
        }
        xml.push_str("</channel></rss>\n");
        bytes += xml.len();
        std::fs::write(dir.join(format!("feed{f:02}.xml")), xml).unwrap();
    }
    bytes
}

fn bench(c: &mut Criterion) {
    let input = tempfile::tempdir().unwrap();
    let bytes = write_feeds(input.path());
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
        for (name, every) in [
            ("raw_tantivy", 2048),
            ("raw_tantivy_one_commit", usize::MAX),
        ] {
            group.bench_function(BenchmarkId::new(name, unit), |b| {
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
        group.bench_function(BenchmarkId::new("parse_only", unit), |b| {
            b.iter(|| {
                expand_inputs(&inputs)
                    .iter()
                    .flat_map(|s| reader.read(s))
                    .map(|r| r.feed().map_or(0, |f| f.items.len()))
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
