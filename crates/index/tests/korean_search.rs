//! Korean search recall, measured on Korean news text: a bare stem finds the documents where it
//! occurs inflected or compounded, and particle-laden queries find what bare ones find.
//!
//! The text is `crates/dedup/tests/data/ko_stories.json`: original Korean news-style articles
//! written for this project (no Korean news corpus is reachable from here; see its README).
use std::collections::BTreeSet;

use gleaner_core::{Item, ItemId, Lang, Source};
use gleaner_index::{IndexDoc, SearchIndex, SearchRequest, TantivyIndex};
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

struct Corpus {
    _dir: tempfile::TempDir,
    index: TantivyIndex,
    /// (id, title + text) of every document.
    docs: Vec<(String, String)>,
}

fn corpus() -> Corpus {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../dedup/tests/data/ko_stories.json"
    );
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut texts: Vec<(String, String)> = Vec::new();
    for section in [
        "articles",
        "rewrites",
        "similar_topic_negatives",
        "press_releases",
    ] {
        for (i, entry) in data[section].as_array().unwrap().iter().enumerate() {
            let title = entry["title"].as_str().unwrap_or("").to_owned();
            let text = entry["text"].as_str().unwrap().to_owned();
            texts.push((format!("{section}-{i}"), format!("{title}\n\n{text}")));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let index = TantivyIndex::open(dir.path()).unwrap();
    let mut docs = Vec::new();
    for (key, text) in &texts {
        let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::file("ko.json"));
        let (title, body) = text.split_once("\n\n").unwrap();
        item.title = Some(title.to_owned());
        item.content_text = Some(body.to_owned());
        item.lang = Lang::parse("ko");
        index
            .upsert(&[IndexDoc::from_item(&item, item.id)])
            .unwrap();
        docs.push((item.id.to_string(), text.clone()));
    }
    index.commit(1).unwrap();
    Corpus {
        _dir: dir,
        index,
        docs,
    }
}

fn found(index: &TantivyIndex, query: &str) -> BTreeSet<String> {
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

/// The documents where `stem` occurs inside a word (inflected or compounded): every Hangul
/// word containing it.
fn truth(docs: &[(String, String)], stem: &str) -> BTreeSet<String> {
    docs.iter()
        .filter(|(_, text)| {
            text.split(|c: char| !('가'..='힣').contains(&c))
                .any(|w| w.contains(stem))
        })
        .map(|(id, _)| id.clone())
        .collect()
}

#[test]
fn a_stem_finds_its_inflected_and_compounded_forms() {
    let c = corpus();
    let (mut relevant, mut hit) = (0usize, 0usize);
    let mut report = Vec::new();
    for stem in STEMS {
        let want = truth(&c.docs, stem);
        let got = found(&c.index, stem);
        let found_here = want.intersection(&got).count();
        relevant += want.len();
        hit += found_here;
        report.push(format!("{stem}: {found_here}/{}", want.len()));
        assert!(!want.is_empty(), "{stem} occurs in the corpus");
    }
    let recall = hit as f64 / relevant as f64;
    eprintln!(
        "stem recall {recall:.3} ({hit}/{relevant}): {}",
        report.join(", ")
    );
    assert!(
        recall >= 0.95,
        "stem recall {recall:.3}: {}",
        report.join(", ")
    );
}

/// 을/를, 이/가, 은/는, 으로/로 by whether the stem ends in a final consonant.
fn with_particles(stem: &str) -> Vec<String> {
    let last = stem.chars().last().unwrap() as u32;
    let batchim = (0xAC00..=0xD7A3).contains(&last) && !(last - 0xAC00).is_multiple_of(28);
    let particles: &[&str] = if batchim {
        &[
            "을",
            "이",
            "은",
            "의",
            "에서",
            "으로",
            "에서는",
            "과",
            "들이",
        ]
    } else {
        &["를", "가", "는", "의", "에서", "로", "에서는", "와", "들이"]
    };
    particles.iter().map(|p| format!("{stem}{p}")).collect()
}

#[test]
fn particle_laden_queries_find_what_bare_ones_find() {
    let c = corpus();
    for stem in STEMS {
        let bare = found(&c.index, stem);
        for query in with_particles(stem) {
            assert_eq!(found(&c.index, &query), bare, "{query} vs {stem}");
        }
    }
    for (laden, bare) in [
        ("\"고객의 불만을\"", "\"고객 불만\""),
        ("고객의 불만을", "고객 불만"),
        ("브랜드의 캠페인을", "브랜드 캠페인"),
        ("바이러스가 감염을", "바이러스 감염"),
        ("소비자들이 불만을 발표했다", "소비자 불만 발표"),
    ] {
        let want = found(&c.index, bare);
        assert!(!want.is_empty(), "{bare} finds something");
        assert_eq!(found(&c.index, laden), want, "{laden} vs {bare}");
    }
}
