//! Stories from Korean news text (`tests/data/ko_stories.json`, written for this project):
//! syndicated copies with their own header and footer, teasers, NFD copies and hand-written
//! condensed rewrites must join their story; press releases sharing a template longer than
//! themselves, short stories under one long site footer, and similar-topic briefs must not.
//!
//! The larger English + Korean set and the comparison with MinHash and SimHash are in
//! `scripts/neardup/` (see docs/DEDUP.md); this test keeps a floor under the Korean part.
use std::collections::HashMap;

use gleaner_core::ItemId;
use gleaner_dedup::{Entry, Fingerprinter, Stories};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

struct Labelled {
    id: ItemId,
    truth: String,
    title: String,
    text: String,
    source: &'static str,
}

fn labelled() -> Vec<Labelled> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ko_stories.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = Vec::new();
    let mut add = |truth: &str, title: &str, text: String, source: &'static str| {
        let n = out.len();
        out.push(Labelled {
            id: ItemId::from_key(format!("{n}").as_bytes()),
            truth: truth.to_owned(),
            title: title.to_owned(),
            text,
            source,
        });
    };
    for a in data["articles"].as_array().unwrap() {
        let key = a["key"].as_str().unwrap();
        let title = a["title"].as_str().unwrap();
        let text = a["text"].as_str().unwrap();
        add(key, title, text.to_owned(), "origin.example");
        add(
            key,
            &format!("[종합] {title}"),
            format!("(서울=가온뉴스) 박지민 기자 = {text}\n\n<저작권자(c) 가온뉴스, 무단 전재-재배포 금지>"),
            "gaon.example",
        );
        let lead = text.split("\n\n").next().unwrap();
        add(
            key,
            title,
            format!("{lead}…\n\n기사 전문 보기"),
            "portal.example",
        );
        add(key, title, text.nfd().collect(), "nfd.example");
    }
    for r in data["rewrites"].as_array().unwrap() {
        add(
            r["of"].as_str().unwrap(),
            r["title"].as_str().unwrap(),
            r["text"].as_str().unwrap().to_owned(),
            "rewrite.example",
        );
    }
    // Similar-topic briefs; the first eight under one long site footer (longer than them).
    let footer = data["site_footer"].as_str().unwrap();
    for (i, n) in data["similar_topic_negatives"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let key = n["key"].as_str().unwrap();
        let text = n["text"].as_str().unwrap();
        let text = if i < 8 {
            format!("{text}\n\n{footer}")
        } else {
            text.to_owned()
        };
        add(key, n["title"].as_str().unwrap(), text, "brief.example");
    }
    let template = &data["press_release_template"];
    for p in data["press_releases"].as_array().unwrap() {
        let text = format!(
            "{}\n\n{}\n\n{}",
            template["boilerplate_head"].as_str().unwrap(),
            p["text"].as_str().unwrap(),
            template["boilerplate_tail"].as_str().unwrap()
        );
        add(
            p["key"].as_str().unwrap(),
            p["title"].as_str().unwrap(),
            text,
            "pr.example",
        );
    }
    out
}

#[test]
fn korean_copies_join_and_lookalikes_do_not() {
    let items = labelled();
    let fingerprinter = Fingerprinter::new();
    let mut stories = Stories::new();
    for item in &items {
        stories.insert(Entry {
            id: item.id,
            source: item.source.to_owned(),
            published: None,
            fingerprint: fingerprinter.fingerprint(&item.title, &item.text),
        });
    }
    let predicted: HashMap<ItemId, ItemId> = items
        .iter()
        .map(|i| (i.id, stories.story_of(i.id).unwrap()))
        .collect();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut false_merges = Vec::new();
    for (i, a) in items.iter().enumerate() {
        for b in &items[i + 1..] {
            let same_truth = a.truth == b.truth;
            let same_predicted = predicted[&a.id] == predicted[&b.id];
            match (same_truth, same_predicted) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    false_merges.push(format!("{} + {}", a.title, b.title));
                }
                (true, false) => {
                    fn_ += 1;
                    if std::env::var("EXPLAIN").is_ok() {
                        let (_, e) = gleaner_dedup::compare(
                            &fingerprinter.fingerprint(&a.title, &a.text),
                            &fingerprinter.fingerprint(&b.title, &b.text),
                            |_| false,
                        );
                        eprintln!("missed: {} / {} {e:?}", a.source, b.source);
                    }
                }
                _ => {}
            }
        }
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    eprintln!(
        "korean stories: precision {precision:.3} recall {recall:.3} ({tp} tp, {fp} fp, {fn_} fn)"
    );
    assert!(
        precision >= 0.99,
        "precision {precision:.3}: {false_merges:#?}"
    );
    assert!(recall >= 0.92, "recall {recall:.3}");
}
