//! Article extraction throughput on real pages, with dom_smoothie as the baseline in the same run.
//!
//! ```text
//! cargo bench --bench extract
//! ```
//!
//! Input: the 61 pages of `../shared/data/pages/article-extraction-benchmark-dev` (decompressed
//! and decoded to text before timing). Each iteration extracts every page once on one thread;
//! throughput reads as pages/s (elements) — and the same pages through dom_smoothie's
//! Readability port, and through html5ever's parse alone (the floor any DOM-based extractor
//! pays).

use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gleaner::extract::{extract_html, ExtractOptions};

fn pages() -> Vec<(String, Option<url::Url>)> {
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
        out.push((gleaner::text::decode(&bytes, None).text, url));
    }
    out
}

fn extract(c: &mut Criterion) {
    let pages = pages();
    let options = ExtractOptions::default();
    let mut group = c.benchmark_group("extract/dev-61-pages");
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.sample_size(10);
    group.bench_function("gleaner", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(html, url)| extract_html(html, url.as_ref(), &options).paragraphs.len())
                .sum::<usize>()
        })
    });
    group.bench_function("baseline dom_smoothie", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(html, url)| {
                    dom_smoothie::Readability::new(
                        html.as_str(),
                        url.as_ref().map(|u| u.as_str()),
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
                .map(|(html, _)| scraper::Html::parse_document(html).tree.nodes().count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
