//! The throughput table for users, shared by the `bench` example and `gleaner bench` (which
//! includes this file): generated items through the pipeline into a throwaway workspace, the
//! same texts into raw tantivy (gleaner's schema, analyzers and writer settings, nothing else),
//! and scoring, each timed once, with the machine described and the pipeline/raw ratio.
use std::io::Write;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use gleaner::index::{raw_document, raw_index};
use gleaner::ingest::FetcherBuilder;
use gleaner::score::{BrandProfile, Scorer};
use gleaner::{EntryKey, Item, ItemId, Lang, Pipeline, Source, Workspace};

#[allow(dead_code)]
#[path = "../../benches/support/words.rs"]
mod words;
use words::{Rng, Words};

const PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);

/// Measure indexing throughput: the pipeline beside raw tantivy on the same generated items.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Generates news-like items (half Korean, half English, about 2 KB each, every fifth a copy of
another), then times: the pipeline into a throwaway workspace (dedup, SQLite, tantivy), raw
tantivy indexing the same texts with gleaner's analyzers and writer settings, and scoring the
workspace against the demo profile. Prints a Markdown table and the ratio pipeline/raw.
The criterion benches (cargo bench) are the careful measurement; this is the quick one.")]
pub struct Args {
    /// Items to generate.
    #[arg(long, default_value_t = 10_000)]
    pub items: usize,
}

fn generate(n: usize) -> (Vec<Item>, usize) {
    let words = Words::new();
    let mut rng = Rng(7);
    let start = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let mut kept: Vec<(String, String)> = Vec::new();
    let mut bytes = 0;
    let items = (0..n)
        .map(|i| {
            let source = Source::url(format!("https://src{}.example/feed.xml", i % 100));
            let (title, text) = if i % 5 == 4 && !kept.is_empty() {
                let (t, b) = &kept[(rng.next() % kept.len() as u64) as usize];
                (t.clone(), format!("By staff. {b}"))
            } else {
                (words.text(&mut rng, 9), words.text(&mut rng, 300))
            };
            if kept.len() < 2000 {
                kept.push((title.clone(), text.clone()));
            }
            bytes += title.len() + text.len();
            let guid = format!("bench-{i}");
            let key = EntryKey {
                guid: Some(&guid),
                ..Default::default()
            };
            let mut item = Item::new(ItemId::for_entry(&source, &key), source);
            item.url = Some(format!("https://src{}.example/{i}", i % 100));
            item.title = Some(title);
            item.content_text = Some(text);
            item.published = Some(start + chrono::Duration::seconds(i as i64 * 60));
            item.lang = Lang::parse(if i % 2 == 0 { "ko" } else { "en" });
            item
        })
        .collect();
    (items, bytes)
}

/// The CPU model, cores and memory, as /proc says (Linux), or what std knows.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map_or("unknown CPU".to_owned(), |m| m.trim().to_owned());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(String::new(), |kb| {
            format!(", {:.0} GiB", kb as f64 / 1_048_576.0)
        });
    format!("{model}, {cores} cores{memory}")
}

/// The process's peak resident memory (Linux's `VmHWM`), in MiB, when known.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// Runs the measurements and prints the table to `out`.
pub fn run(args: Args, out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let n = args.items.max(1);
    let (items, bytes) = generate(n);
    let mb = bytes as f64 / 1_048_576.0;

    let dir = tempfile::tempdir()?;
    let raw_dir = dir.path().join("raw");
    std::fs::create_dir_all(&raw_dir)?;
    let t = Instant::now();
    let (_index, mut writer, fields) = raw_index(&raw_dir)?;
    for (i, item) in items.iter().enumerate() {
        writer.add_document(raw_document(
            &fields,
            &item.id.to_string(),
            item.title.as_deref().unwrap_or(""),
            item.body(),
            item.lang.as_ref().map(|l| l.code()),
            &item.source.location,
        ))?;
        if i % 2048 == 2047 {
            writer.commit()?;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let raw = t.elapsed().as_secs_f64();

    let mut workspace = Workspace::open(dir.path().join("ws"))?;
    let pipeline = Pipeline::new(FetcherBuilder::new().build()?);
    let t = Instant::now();
    let report = pipeline.run_items(&mut workspace, &[], items)?;
    let piped = t.elapsed().as_secs_f64();

    let scorer = Scorer::new(BrandProfile::from_path(PROFILE)?);
    let t = Instant::now();
    let scored = gleaner::scoring::score_workspace(&workspace, &scorer, Utc::now())?;
    let scoring = t.elapsed().as_secs_f64();

    let row = |out: &mut dyn Write, stage: &str, seconds: f64| {
        writeln!(
            out,
            "| {stage} | {:.2} | {:.0} | {:.1} |",
            seconds,
            n as f64 / seconds,
            mb / seconds
        )
    };
    writeln!(
        out,
        "gleaner bench: {n} items, {mb:.1} MB of text; {}",
        machine()
    )?;
    writeln!(
        out,
        "pipeline: {} new, {} copies; {} items scored\n",
        report.total.new,
        report.total.duplicate,
        scored.scores.len()
    )?;
    writeln!(out, "| stage | seconds | items/s | MB/s |")?;
    writeln!(out, "|---|---|---|---|")?;
    row(out, "pipeline (dedup, SQLite, tantivy)", piped)?;
    row(out, "raw tantivy, same texts and analyzers", raw)?;
    row(out, "scoring the workspace", scoring)?;
    row(out, "pipeline + scoring", piped + scoring)?;
    writeln!(out, "\nratio pipeline/raw tantivy: {:.2}", raw / piped)?;
    if let Some(peak) = peak_rss_mib() {
        // The generated items are held in memory for both runs, so this bounds the
        // pipeline's own peak from above.
        writeln!(
            out,
            "peak memory (RSS, items held in memory included): {peak:.0} MiB"
        )?;
    }
    Ok(())
}
