//! The whole pipeline: feeds on disk into a fresh workspace (parse, canonical ids, fingerprints,
//! dedup, SQLite, tantivy), with parsing alone as the baseline in the same run.
//!
//! ```text
//! cargo bench --bench pipeline
//! ```
//!
//! Input: 40 generated RSS files of 250 items each (10,000 items, ~8 MB; half Korean, half
//! English; every fourth feed republishes the previous feed's stories with its own header, so a
//! quarter of the items are copies). Each iteration runs `Pipeline::run` into a new workspace
//! in a temporary directory (batches of 256: one SQLite transaction and one tantivy commit
//! each). `parse_only` reads and parses the same files with `FeedReader`. Throughput reads as
//! items/s and MB/s of feed files.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader, Pipeline, Workspace};

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
        group.bench_function(BenchmarkId::new("parse_only", unit), |b| {
            let reader = FeedReader::new(
                FetcherBuilder::new().build().unwrap(),
                ParseOptions::default(),
            );
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
