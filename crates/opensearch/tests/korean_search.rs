//! Korean searches on the engine as they do locally: the Korean news text of the tantivy
//! index's recall test (`crates/dedup/tests/data/ko_stories.json`) goes into both indexes, and
//! every query of that test — bare stems, the same stems with particles, phrases — must find
//! the same documents in both. Needs `GLEANER_OPENSEARCH_URL` (see `conformance.rs`).
use std::collections::BTreeSet;

use gleaner_backend::{IndexDoc, SearchIndex, SearchRequest};
use gleaner_core::{Item, ItemId, Lang, Source};
use gleaner_index::TantivyIndex;
use gleaner_opensearch::OpenSearchIndex;
use serde_json::Value;

const STEMS: &[&str] = &[
    "소통",
    "고객",
    "불만",
    "발표",
    "바이러스",
    "브랜드",
    "캠페인",
    "출시",
    "소비자",
    "환경",
    "위기",
    "대응",
    "감염",
    "투자",
    "개발",
];
const PARTICLES: &[&str] = &[
    "을", "를", "이", "가", "은", "는", "의", "에서", "으로", "로", "과", "와", "들이",
];
const PHRASES: &[&str] = &[
    "\"고객의 불만을\"",
    "\"고객 불만\"",
    "고객의 불만을",
    "브랜드의 캠페인을",
    "바이러스가 감염을",
    "소비자들이 불만을 발표했다",
];

fn docs() -> Vec<IndexDoc> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../dedup/tests/data/ko_stories.json"
    );
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut docs = Vec::new();
    for section in [
        "articles",
        "rewrites",
        "similar_topic_negatives",
        "press_releases",
    ] {
        for (i, entry) in data[section].as_array().unwrap().iter().enumerate() {
            let key = format!("{section}-{i}");
            let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::file("ko.json"));
            item.title = entry["title"].as_str().map(str::to_owned);
            item.content_text = entry["text"].as_str().map(str::to_owned);
            item.lang = Lang::parse("ko");
            docs.push(IndexDoc::from_item(&item, item.id));
        }
    }
    docs
}

fn found(index: &dyn SearchIndex, query: &str) -> BTreeSet<String> {
    let mut request = SearchRequest::new(query);
    request.limit = 1000;
    let results = index.search(&request).unwrap();
    assert!(
        results.warnings.is_empty(),
        "{query}: {:?}",
        results.warnings
    );
    results.hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn korean_queries_find_what_the_local_index_finds() {
    let Ok(url) = std::env::var("GLEANER_OPENSEARCH_URL") else {
        assert!(
            std::env::var_os("GLEANER_REQUIRE_SERVICES").is_none_or(|v| v != "1"),
            "GLEANER_REQUIRE_SERVICES=1 but GLEANER_OPENSEARCH_URL is not set"
        );
        eprintln!("notice: GLEANER_OPENSEARCH_URL is not set; OpenSearch tests skipped");
        return;
    };
    let docs = docs();
    let dir = tempfile::tempdir().unwrap();
    let local = TantivyIndex::open(dir.path()).unwrap();
    let name = format!("gleaner-test-korean-{}", std::process::id());
    let engine = OpenSearchIndex::open(&url, &name).unwrap();
    for index in [&local as &dyn SearchIndex, &engine] {
        index.upsert(&docs).unwrap();
        index.commit(1).unwrap();
    }
    let mut queries: Vec<String> = PHRASES.iter().map(|q| q.to_string()).collect();
    for stem in STEMS {
        queries.push(stem.to_string());
        queries.extend(PARTICLES.iter().map(|p| format!("{stem}{p}")));
    }
    let (mut same, mut hits) = (0, 0);
    let mut differ = Vec::new();
    for query in &queries {
        let (want, got) = (found(&local, query), found(&engine, query));
        hits += want.len();
        if want == got {
            same += 1;
        } else {
            differ.push(format!(
                "{query}: local {} engine {}",
                want.len(),
                got.len()
            ));
        }
    }
    let _ = engine.delete();
    eprintln!(
        "{same} of {} Korean queries find the same documents on the engine as locally \
         ({hits} documents found in all)",
        queries.len()
    );
    assert!(differ.is_empty(), "{differ:?}");
    assert!(hits > 100, "the queries find things: {hits}");
}
