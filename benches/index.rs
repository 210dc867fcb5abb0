//! Indexing throughput: items into the tantivy index with gleaner's analyzers, against tantivy's
//! own default tokenizer on the same text in the same run.
//!
//! ```text
//! cargo bench --bench index
//! ```
//!
//! Each iteration indexes 2,000 news items (half Korean, half English, ~1 KB of body each, built
//! from the demo corpus' sentences with numbered variations) into a fresh index in a temporary
//! directory and commits. `gleaner` is `TantivyIndex::upsert` + `commit` (titles and bodies
//! through the multi-script analyzer, English items also through the stemmed fields, facets);
//! `tantivy_default` indexes the same title and body into a two-field schema with tantivy's
//! default tokenizer (whitespace/punctuation split + lowercase), the floor of what any analysis
//! costs. Throughput reads as items/s and MB/s of title + body.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gleaner::index::{IndexDoc, SearchIndex, TantivyIndex};
use gleaner::{Item, ItemId, Lang, Source};
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index};

const ITEMS: usize = 2_000;

const KO: &[&str] = &[
    "누리텔레콤이 29일 고객과의 소통을 강화하는 새 브랜드 캠페인을 발표했다.",
    "서울 일부 지역에서 인터넷 연결 장애가 사흘째 이어지면서 고객센터에 불만이 쏟아지고 있다.",
    "회사 측은 24시간 안에 복구하겠다고 밝혔으며, 피해 고객에게는 요금을 감면하기로 했다.",
    "증권가는 통신 3사의 4분기 실적이 시장 기대에 부합할 것으로 내다봤다.",
    "업계에서는 이번 캠페인이 브랜드 신뢰 회복에 도움이 될 것으로 보고 있다.",
];
const EN: &[&str] = &[
    "The carrier said on Sunday it would answer every customer complaint within a day.",
    "Outages in parts of Seoul entered a third day as complaints to the call centre surged.",
    "Analysts said the campaign could help restore trust in the brand, if it lasts.",
    "The company will add forty people to a listening team across its stores and its app.",
    "Fourth-quarter results from the three carriers are expected to meet forecasts.",
];

fn items() -> Vec<IndexDoc> {
    (0..ITEMS)
        .map(|i| {
            let ko = i % 2 == 0;
            let sentences = if ko { KO } else { EN };
            let mut body = String::new();
            while body.len() < 1000 {
                let s = sentences[(i + body.len()) % sentences.len()];
                body.push_str(&format!("{s} ({i}-{}) ", body.len()));
            }
            let mut item = Item::new(
                ItemId::from_key(&(i as u64).to_le_bytes()),
                Source::url("https://news.example/feed"),
            );
            item.title = Some(format!("{} #{i}", sentences[i % sentences.len()]));
            item.content_text = Some(body);
            item.lang = Lang::parse(if ko { "ko" } else { "en" });
            item.categories = vec![if ko {
                "통신".into()
            } else {
                "telecom".into()
            }];
            IndexDoc::from_item(&item, item.id)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = items();
    let bytes: usize = docs.iter().map(|d| d.title.len() + d.body.len()).sum();
    let mut group = c.benchmark_group("index_2000_items");
    for (unit, throughput) in [
        ("items", Throughput::Elements(ITEMS as u64)),
        ("bytes", Throughput::Bytes(bytes as u64)),
    ] {
        group.throughput(throughput);
        group.bench_function(BenchmarkId::new("gleaner", unit), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let index = TantivyIndex::open(dir.path()).unwrap();
                index.upsert(&docs).unwrap();
                index.commit(1).unwrap();
            })
        });
        group.bench_function(BenchmarkId::new("tantivy_default", unit), |b| {
            b.iter(|| {
                let dir = tempfile::tempdir().unwrap();
                let mut schema = Schema::builder();
                let title = schema.add_text_field("title", TEXT | STORED);
                let body = schema.add_text_field("body", TEXT | STORED);
                let index = Index::create_in_dir(dir.path(), schema.build()).unwrap();
                let mut writer = index.writer_with_num_threads(1, 64 * 1024 * 1024).unwrap();
                for d in &docs {
                    writer
                        .add_document(doc!(title => d.title.as_str(), body => d.body.as_str()))
                        .unwrap();
                }
                writer.commit().unwrap();
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
