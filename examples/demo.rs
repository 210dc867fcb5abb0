//! A tour of the first stages on the bundled demo data: ingest every feed in `examples/data/`
//! (or the inputs given) and print what each source gave. The main job, which goes on to score,
//! listen and present, is the `curate` example.
//!
//! ```text
//! cargo run --release --example demo [-- INPUT...]
//! ```
//!
//! It shows what was read from each source, in which format and encoding, what had to be repaired, which languages, the
//! newest items across all sources; then the same inputs run through the pipeline into a
//! throwaway workspace (store + index), with the copies it found, two searches, and a second
//! run that adds nothing.
//!
//! An INPUT whose path is not UTF-8 cannot be named as a source: it is reported as
//! `{"source","error"}` on stderr and the others go on. Exits 2 on bad usage (`--help` says
//! so).

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{finish, parse_args, text_inputs};

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;

use clap::Parser;
use gleaner::index::SearchRequest;
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader, Item, Outcome, Pipeline, Workspace};

/// Ingest feeds, dedup them into a throwaway workspace, search it, and print a summary.
#[derive(Parser)]
#[command(name = "demo")]
struct Args {
    /// Feed files, directories, URLs or OPML lists (default: the bundled examples/data).
    inputs: Vec<OsString>,
}

fn main() {
    let args = parse_args::<Args>();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = run(args, &mut out);
    finish(result, &mut out);
}

fn run(args: Args, out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let inputs = if args.inputs.is_empty() {
        vec![concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/data").to_string()]
    } else {
        text_inputs(args.inputs)
    };
    let fetcher = FetcherBuilder::new().build()?;
    let reader = FeedReader::new(fetcher, ParseOptions::default());
    let sources = expand_inputs(&inputs);
    writeln!(out, "gleaner demo: ingesting {} sources\n", sources.len())?;
    writeln!(
        out,
        "{:<32} {:<8} {:<10} {:>5}  {:<8} notes",
        "source", "format", "encoding", "items", "langs"
    )?;

    let mut all: Vec<Item> = Vec::new();
    let mut failed = 0;
    for source in &sources {
        for result in reader.read(source) {
            let name = gleaner::terminal::printable(
                result
                    .source
                    .location
                    .rsplit('/')
                    .next()
                    .unwrap_or(&result.source.location),
            );
            match result.into_feed() {
                Ok(feed) => {
                    let mut langs: BTreeMap<String, usize> = BTreeMap::new();
                    for item in &feed.items {
                        *langs
                            .entry(
                                item.lang
                                    .as_ref()
                                    .map_or("?".into(), |l| l.code().to_string()),
                            )
                            .or_default() += 1;
                    }
                    let langs: Vec<String> =
                        langs.into_iter().map(|(l, n)| format!("{l}:{n}")).collect();
                    let r = &feed.report;
                    let mut notes = Vec::new();
                    if r.encoding_evidence == gleaner::ingest::EncodingEvidence::Detected {
                        notes.push("encoding detected".to_string());
                    }
                    if let Some(declared) = &r.encoding_overruled {
                        notes.push(format!("declared {declared} overruled"));
                    }
                    let fixes = r.repairs.html_entities
                        + r.repairs.stray_ampersands
                        + r.repairs.invalid_chars
                        + r.repairs.stray_less_than;
                    if fixes > 0 {
                        notes.push(format!("{fixes} markup repairs"));
                    }
                    if r.xml_errors > 0 {
                        notes.push(format!("{} XML errors skipped", r.xml_errors));
                    }
                    if r.repairs.control_chars > 0 {
                        notes.push(format!("{} control chars removed", r.repairs.control_chars));
                    }
                    if r.repairs.unsafe_urls > 0 {
                        notes.push(format!("{} unsafe links dropped", r.repairs.unsafe_urls));
                    }
                    writeln!(
                        out,
                        "{:<32} {:<8} {:<10} {:>5}  {:<8} {}",
                        name,
                        feed.meta.format,
                        r.encoding,
                        feed.items.len(),
                        langs.join(" "),
                        notes.join("; ")
                    )?;
                    all.extend(feed.items);
                }
                Err(e) => {
                    failed += 1;
                    writeln!(
                        out,
                        "{name:<32} FAILED: {}",
                        gleaner::terminal::printable(&gleaner::error_chain(&e))
                    )?;
                }
            }
        }
    }

    let mut by_lang: BTreeMap<String, usize> = BTreeMap::new();
    for item in &all {
        *by_lang
            .entry(
                item.lang
                    .as_ref()
                    .map_or("?".into(), |l| l.code().to_string()),
            )
            .or_default() += 1;
    }
    let langs: Vec<String> = by_lang
        .into_iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    writeln!(
        out,
        "\n{} items ({}), {} failed sources\n\nNewest items (UTC):",
        all.len(),
        langs.join(", "),
        failed
    )?;
    all.sort_by_key(|i| std::cmp::Reverse(i.date()));
    for item in all.iter().take(8) {
        let when = item.date().map_or("          -     ".into(), |d| {
            d.format("%Y-%m-%d %H:%M").to_string()
        });
        let lang = item.lang.as_ref().map_or("?", |l| l.code());
        writeln!(
            out,
            "  {when}  [{lang}] {}",
            item.title.as_deref().unwrap_or("(untitled)")
        )?;
    }

    // The same inputs through the whole pipeline, into a throwaway workspace.
    let dir = std::env::temp_dir().join(format!("gleaner-demo-{}", std::process::id()));
    let mut workspace = Workspace::open(&dir)?;
    let pipeline = Pipeline::new(FetcherBuilder::new().build()?);
    let report = pipeline.run(&mut workspace, &inputs)?;
    let t = &report.total;
    writeln!(
        out,
        "\nPipeline into a workspace: {} new stories, {} copies of a known story, {} failed",
        t.new, t.duplicate, t.failed
    )?;
    for item in &report.items {
        if let Outcome::Duplicate { of, reason, .. } = &item.outcome {
            let original = workspace.store().item(*of)?.and_then(|s| s.item.title);
            writeln!(
                out,
                "  copy ({reason:?}): {}\n        of: {}",
                item.title.as_deref().unwrap_or("(untitled)"),
                original.as_deref().unwrap_or("(untitled)")
            )?;
        }
    }
    for query in ["고객의 불만을", "brand campaign"] {
        let results = workspace.search(&SearchRequest::new(query))?;
        writeln!(out, "\nSearch {query:?}: {} found", results.total)?;
        for hit in results.hits.iter().take(3) {
            writeln!(
                out,
                "  {:5.2}  {}",
                hit.score,
                hit.title.as_deref().unwrap_or("(untitled)")
            )?;
        }
    }
    let again = pipeline.run(&mut workspace, &inputs)?;
    writeln!(
        out,
        "\nRunning the same inputs again: {} stored, {} skipped as unchanged",
        again.total.stored(),
        again.total.unchanged
    )?;
    drop(workspace);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
