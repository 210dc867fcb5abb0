//! Cluster items into stories and print each item's story.
//!
//! ```text
//! cargo run --release --example dedup -- ITEMS.jsonl
//! ```
//!
//! Reads JSON lines `{"id","url","title","text","published"}` (only `id` is required; `-`
//! reads stdin) and prints one line per item, in input order: `{"id","cluster"}`, where
//! `cluster` is the id of the representative of the item's story (its longest member). Items
//! are placed in order of publication, as they would have arrived. `--explain` also prints,
//! on stderr, which item each copy was matched with, why, and the measurements behind it.
//! A line that is not such an
//! object is reported on stderr as `{"line","error"}` and skipped. Exits 0 once every line was
//! read, 2 on bad usage.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use gleaner::dedup::{canonical_url, Entry, Fingerprinter, Stories};
use gleaner::ItemId;
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    args.retain(|a| a != "--explain");
    if args.len() != 1 || args[0] == "-h" || args[0] == "--help" {
        eprintln!("usage: dedup [--explain] ITEMS.jsonl   (JSON lines {{\"id\",\"url\",\"title\",\"text\",\"published\"}}; - for stdin)");
        std::process::exit(2);
    }
    let reader: Box<dyn BufRead> = if args[0] == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(&args[0])?))
    };
    let mut inputs: Vec<Input> = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Input>(&line) {
            Ok(input) => inputs.push(input),
            Err(e) => eprintln!("{}", json!({"line": n + 1, "error": e.to_string()})),
        }
    }

    let fingerprinter = Fingerprinter::new();
    let entries: Vec<Entry> = inputs
        .par_iter()
        .enumerate()
        .map(|(i, input)| Entry {
            id: ItemId::from_key(format!("{i}\0{}", input.id).as_bytes()),
            source: input
                .url
                .as_deref()
                .and_then(canonical_url)
                .and_then(|u| url::Url::parse(&u).ok()?.host_str().map(str::to_owned))
                .unwrap_or_default(),
            published: input
                .published
                .as_deref()
                .and_then(gleaner::text::parse_date)
                .map(|d| d.timestamp()),
            fingerprint: fingerprinter.fingerprint(
                input.title.as_deref().unwrap_or(""),
                input.text.as_deref().unwrap_or(""),
            ),
        })
        .collect();

    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (entries[i].published.unwrap_or(i64::MAX), i));
    let mut stories = Stories::new();
    let ids: Vec<ItemId> = entries.iter().map(|e| e.id).collect();
    let index: HashMap<ItemId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut entries: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    for i in order {
        let entry = entries[i].take().expect("each entry once");
        if explain {
            if let Some((of, reason, evidence)) = stories.lookup(&entry.fingerprint) {
                let of = index[&of];
                eprintln!(
                    "{} joins {}: {reason:?} {evidence:?}",
                    inputs[i].id, inputs[of].id
                );
            }
        }
        stories.insert(entry);
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Each story's representative, computed once per story.
    let mut representatives: HashMap<ItemId, ItemId> = HashMap::new();
    for (input, id) in inputs.iter().zip(&ids) {
        let representative = stories.story_of(*id).and_then(|story| {
            if let Some(r) = representatives.get(&story) {
                return Some(*r);
            }
            let r = stories.story(story)?.representative;
            representatives.insert(story, r);
            Some(r)
        });
        let cluster = representative.map_or(&input.id, |r| &inputs[index[&r]].id);
        writeln!(out, "{}", json!({"id": input.id, "cluster": cluster}))?;
    }
    out.flush()?;
    Ok(())
}
