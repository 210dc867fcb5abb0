//! Feed parsing throughput, with baselines on the same bytes in the same run.
//!
//! ```text
//! cargo bench --bench parse
//! ```
//!
//! Inputs: (1) every XML feed in `../shared/data/feeds` (real-world captures and test-suite
//! feeds, mostly small); (2) a generated 4 MB RSS 2.0 feed of realistic Korean and English news
//! items. For each: gleaner's `parse_feed` (with and without per-item language detection),
//! feed-rs on the same bytes (the baseline a user would otherwise reach for), and quick-xml
//! merely tokenizing the bytes (a floor no XML reader can beat). Throughput reads as MB/s.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::ingest::{parse_feed, ParseOptions};
use gleaner::Source;

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/feeds");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e == "xml" || e == "rss" || e == "atom")
            {
                if let Ok(bytes) = std::fs::read(&path) {
                    files.push(bytes);
                }
            }
        }
    }
    files
}

fn synthetic_feed() -> Vec<u8> {
    let mut doc = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>뉴스</title><link>https://news.example.kr/</link><language>ko</language>\n");
    let mut n = 0;
    while doc.len() < 4 << 20 {
        let (title, body) = if n % 2 == 0 {
            ("삼성전자, 고객 소통 강화하는 새 브랜드 캠페인 발표", "<p>삼성전자가 29일 고객과의 소통을 강화하는 새 브랜드 캠페인 &quot;함께 만드는 내일&quot;을 발표했다. 회사 측은 고객 불만에 24시간 안에 답하겠다고 밝혔다.</p><p>업계에서는 이번 캠페인이 브랜드 신뢰 회복에 도움이 될 것으로 보고 있다.</p>")
        } else {
            ("Retailer pledges 24-hour replies as customer complaints surge", "<p>The retailer said on Sunday it would answer every customer complaint within a day, after a surge in delivery delays during the holiday season.</p><p>Analysts said the move could help restore trust in the brand &mdash; if it lasts.</p>")
        };
        doc.push_str(&format!(
            "<item><title>{title} #{n}</title><link>https://news.example.kr/article/{n}?utm_source=rss</link><guid isPermaLink=\"false\">news-{n}</guid><dc:creator>김민지 기자</dc:creator><category>경제</category><pubDate>Sun, 29 Nov 2026 10:{:02}:00 +0900</pubDate><description><![CDATA[{body}]]></description><content:encoded><![CDATA[{body}{body}]]></content:encoded></item>\n",
            n % 60
        ));
        n += 1;
    }
    doc.push_str("</channel></rss>\n");
    doc.into_bytes()
}

fn quick_xml_tokens(bytes: &[u8]) -> usize {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut events = 0;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            Ok(_) => events += 1,
        }
        buf.clear();
    }
    events
}

fn bench_inputs(c: &mut Criterion, name: &str, inputs: &[Vec<u8>]) {
    let bytes: u64 = inputs.iter().map(|i| i.len() as u64).sum();
    let source = Source::file("bench.xml");
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    let mut with_lang = ParseOptions::default();
    with_lang.detect_language = true;
    let mut without_lang = ParseOptions::default();
    without_lang.detect_language = false;
    for (label, options) in [("gleaner", &without_lang), ("gleaner+lang", &with_lang)] {
        group.bench_function(BenchmarkId::new(label, inputs.len()), |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .map(|i| parse_feed(i, &source, options).map_or(0, |f| f.items.len()))
                    .sum::<usize>()
            })
        });
    }
    group.bench_function(BenchmarkId::new("baseline feed-rs", inputs.len()), |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|i| feed_rs::parser::parse(&i[..]).map_or(0, |f| f.entries.len()))
                .sum::<usize>()
        })
    });
    group.bench_function(
        BenchmarkId::new("floor quick-xml tokens", inputs.len()),
        |b| b.iter(|| inputs.iter().map(|i| quick_xml_tokens(i)).sum::<usize>()),
    );
    group.finish();
}

fn parse(c: &mut Criterion) {
    let corpus = corpus();
    assert!(
        !corpus.is_empty(),
        "../shared/data/feeds is needed for this benchmark"
    );
    bench_inputs(c, "parse/shared-corpus", &corpus);
    bench_inputs(c, "parse/synthetic-4MB-ko-en", &[synthetic_feed()]);
}

criterion_group!(benches, parse);
criterion_main!(benches);
