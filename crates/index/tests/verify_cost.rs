//! What [`TantivyIndex::verify`] costs on a realistic index (every workspace open runs it).
//!
//! ```text
//! cargo test --release -p gleaner-index --test verify_cost -- --ignored --nocapture
//! ```
//!
//! Indexes 100,000 news items (Korean and English, ~1.5 KB of body each, built from the
//! project's Korean test stories with numbered variations), then times `open` (which checks
//! every file) and `verify` alone (every file of the commit read and checksummed), three times
//! each, with the files in the OS page cache (a cold cache adds the disk's read time for the
//! index's size).
use std::time::Instant;

use gleaner_core::{Item, ItemId, Lang, Source};
use gleaner_index::{IndexDoc, SearchIndex, TantivyIndex};

const ITEMS: usize = 100_000;
const BATCH: usize = 10_000;

fn texts() -> Vec<(String, String)> {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../dedup/tests/data/ko_stories.json"
    ))
    .unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["title"].as_str().unwrap_or_default().to_owned(),
                a["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
#[ignore = "a measurement: run it in release"]
fn verify_cost_on_a_realistic_index() {
    let texts = texts();
    let en = "The carrier said on Sunday it would answer every customer complaint within a day, \
        as outages in parts of Seoul entered a third day and complaints to the call centre surged. ";
    let dir = tempfile::tempdir().unwrap();
    let index = TantivyIndex::open(dir.path()).unwrap();
    let started = Instant::now();
    for start in (0..ITEMS).step_by(BATCH) {
        let docs: Vec<IndexDoc> = (start..start + BATCH)
            .map(|i| {
                let (title, text) = &texts[i % texts.len()];
                let ko = i % 3 != 0;
                let mut body: String = if ko {
                    text.chars().take(500).collect()
                } else {
                    en.repeat(6)
                };
                body.push_str(&format!(" ({i}) {}", i * 7919 % 100_003));
                let mut item = Item::new(
                    ItemId::from_key(&(i as u64).to_le_bytes()),
                    Source::url(format!("https://news{}.example/feed", i % 50)),
                );
                item.title = Some(format!("{title} #{i}"));
                item.content_text = Some(body);
                item.lang = Lang::parse(if ko { "ko" } else { "en" });
                IndexDoc::from_item(&item, item.id)
            })
            .collect();
        index.upsert(&docs).unwrap();
        index.commit((start + BATCH) as u64).unwrap();
    }
    let indexing = started.elapsed();
    drop(index);
    let bytes: u64 = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "{ITEMS} items indexed in {indexing:.1?}; index {:.1} MB",
        bytes as f64 / 1e6
    );
    for _ in 0..3 {
        let t = Instant::now();
        let index = TantivyIndex::open(dir.path()).unwrap();
        let open = t.elapsed();
        let t = Instant::now();
        index.verify().unwrap();
        let verify = t.elapsed();
        println!(
            "open {open:.1?}, verify {verify:.1?} ({:.0} MB/s)",
            bytes as f64 / 1e6 / verify.as_secs_f64()
        );
    }
}
