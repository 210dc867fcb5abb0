//! Article extraction throughput on real pages, with dom_smoothie as the baseline in the same run.
//!
//! ```text
//! cargo bench --bench extract
//! ```
//!
//! Input: the 61 pages of `../shared/data/pages/article-extraction-benchmark-dev`, decompressed
//! before timing. Each iteration extracts every page once on one thread, from bytes (encoding
//! detection, the depth guard and extraction: what a caller of `extract` pays); throughput
//! reads as pages/s (elements). In the same run: dom_smoothie's Readability port on the same
//! pages (decoded text), and html5ever's parse alone (the floor of any DOM-based extractor).

use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gleaner::extract::ExtractOptions;

struct Page {
    bytes: Vec<u8>,
    text: String,
    url: Option<url::Url>,
}

fn pages() -> Vec<Page> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/pages/article-extraction-benchmark-dev");
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("ground-truth.json")).expect("ground truth"),
    )
    .expect("json");
    let mut out = Vec::new();
    for (key, entry) in truth.as_object().expect("object") {
        let mut bytes = Vec::new();
        let file =
            std::fs::File::open(dir.join("html").join(format!("{key}.html.gz"))).expect("page");
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .expect("gzip");
        let url = entry["url"].as_str().and_then(|u| url::Url::parse(u).ok());
        let text = gleaner::text::decode(&bytes, None).text;
        out.push(Page { bytes, text, url });
    }
    out
}

fn bench_extract(c: &mut Criterion) {
    let pages = pages();
    let options = ExtractOptions::default();
    let mut group = c.benchmark_group("extract/dev-61-pages");
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.sample_size(10);
    group.bench_function("gleaner", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    gleaner::extract::extract(&p.bytes, p.url.as_ref(), None, &options)
                        .map_or(0, |a| a.paragraphs.len())
                })
                .sum::<usize>()
        })
    });
    group.bench_function("baseline dom_smoothie", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    dom_smoothie::Readability::new(
                        p.text.as_str(),
                        p.url.as_ref().map(|u| u.as_str()),
                        None,
                    )
                    .and_then(|mut r| r.parse())
                    .map_or(0, |a| a.text_content.len())
                })
                .sum::<usize>()
        })
    });
    group.bench_function("floor html5ever parse", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| scraper::Html::parse_document(&p.text).tree.nodes().count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
