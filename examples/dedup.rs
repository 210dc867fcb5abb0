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
//! Lines are read under bounds (`gleaner::jsonl`): a line that is not such an object, is not
//! UTF-8, or is longer than 16 MiB is reported on stderr as `{"line","error"}` and skipped, and
//! the others are clustered. More than 256 MiB of items or a million of them, more than 2 GiB
//! read in all (`/dev/zero`), or 10,000 bad lines outnumbering the good (not JSON lines at all:
//! `/dev/urandom`) stops the run with `{"error"}` on stderr and nothing on stdout. Exits 0
//! once every line was read, 1 when the input could not be read or was refused, 2 on bad
//! usage (`--help` lists the flags).

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, safe_json};

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::Parser;
use gleaner::dedup::{canonical_url, Entry, Fingerprinter, Stories};
use gleaner::jsonl::{JsonLines, LineError};
use gleaner::ItemId;
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::json;

/// Cap on the JSON of the items kept: this example holds every item in memory, several
/// times its JSON; larger sets belong in a workspace (`search --add`), which dedups batch by
/// batch.
const MAX_KEPT_BYTES: u64 = 256 << 20;

/// Cap on all bytes read, kept or skipped: room to skip a 1 GB line and go on, while an
/// endless source (`/dev/zero`) stops within seconds.
const MAX_READ_BYTES: u64 = 2 << 30;

/// Cap on items, for the same reason as [`MAX_KEPT_BYTES`]: a million is the size the dedup
/// bench measures.
const MAX_ITEMS: usize = 1_000_000;

/// Bad lines tolerated, while they outnumber the good ones, before the input is judged not to
/// be JSON lines at all (binary data): a stream of garbage then ends quickly instead of
/// printing an error per line.
const MAX_BAD_LINES: usize = 10_000;

/// Cluster JSON lines of items into stories.
#[derive(Parser)]
#[command(name = "dedup")]
struct Args {
    /// JSON lines {"id","url","title","text","published"} (only "id" is required); `-` for
    /// stdin.
    items: PathBuf,
    /// Print on stderr which item each copy was matched with, why, and the measurements.
    #[arg(long)]
    explain: bool,
}

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

fn main() {
    let args = parse_args::<Args>();
    if let Err(e) = run(&args) {
        eprintln!("{}", safe_json(&json!({"error": gleaner::error_chain(&*e)})));
        std::process::exit(1);
    }
}

/// Every item of the input, each bad line reported on stderr as it is met.
fn read_inputs(reader: impl BufRead) -> Result<Vec<Input>, Box<dyn std::error::Error>> {
    let mut inputs: Vec<Input> = Vec::new();
    let (mut bad, mut kept) = (0, 0);
    let mut lines = JsonLines::<_, Input>::new(reader).max_input_bytes(MAX_READ_BYTES);
    let mut before = 0;
    while let Some(result) = lines.next() {
        let size = lines.bytes_read() - before;
        before = lines.bytes_read();
        match result {
            Ok((line, input)) => {
                kept += size;
                if inputs.len() == MAX_ITEMS || kept > MAX_KEPT_BYTES {
                    return Err(format!(
                        "line {line}: more than {MAX_ITEMS} items or {MAX_KEPT_BYTES} bytes of them"
                    )
                    .into());
                }
                inputs.push(input);
            }
            Err(e) if e.is_fatal() => return Err(format!("line {}: {e}", e.line()).into()),
            Err(e) => {
                report_bad_line(&e);
                bad += 1;
                if bad >= MAX_BAD_LINES && bad > inputs.len() {
                    return Err(
                        format!("line {}: {bad} bad lines; is this JSON lines?", e.line()).into(),
                    );
                }
            }
        }
    }
    Ok(inputs)
}

fn report_bad_line(e: &LineError) {
    eprintln!(
        "{}",
        safe_json(&json!({"line": e.line(), "error": gleaner::error_chain(&e)}))
    );
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let explain = args.explain;
    let inputs = if args.items.as_os_str() == "-" {
        read_inputs(std::io::stdin().lock())?
    } else {
        let file = gleaner::open_input(&args.items)
            .map_err(|e| format!("{}: {e}", args.items.display()))?;
        read_inputs(std::io::BufReader::new(file))?
    };

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
        // `order` is a permutation of the indices, so each entry is taken once.
        let Some(entry) = entries[i].take() else {
            continue;
        };
        if explain {
            if let Some((of, reason, evidence)) = stories.lookup(&entry.fingerprint) {
                let of = index[&of];
                eprintln!(
                    "{} joins {}: {reason:?} {evidence:?}",
                    safe_json(&inputs[i].id),
                    safe_json(&inputs[of].id)
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
        writeln!(
            out,
            "{}",
            safe_json(&json!({"id": input.id, "cluster": cluster}))
        )?;
    }
    out.flush()?;
    Ok(())
}
