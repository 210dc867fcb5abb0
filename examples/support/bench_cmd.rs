//! The throughput table for users, shared by the `bench` example and `gleaner bench` (which
//! includes this file): generated items through the pipeline into a throwaway workspace, the
//! same texts into raw tantivy (gleaner's schema, analyzers and writer settings, nothing else),
//! and scoring, each timed once, with the machine described and the pipeline/raw ratio.
use std::io::Write;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use gleaner::index::{plain_document, plain_index, raw_document, raw_index};
use gleaner::ingest::FetcherBuilder;
use gleaner::score::{BrandProfile, Scorer};
use gleaner::{EntryKey, Item, ItemId, Lang, Pipeline, Source, Workspace, INDEX_COMMIT_ITEMS};

#[allow(dead_code)]
#[path = "../../benches/support/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "../../benches/support/words.rs"]
mod words;
use corpus::{Corpus, Generated};

const PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);

/// Measure indexing throughput: the pipeline beside raw tantivy on the same generated items.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Generates news-like items (half Korean, half English, about 2 KB of text each on average, a
fifth of them planted copies: republished, teasers, copy-edits), one at a time, then times:
the pipeline into a throwaway workspace (dedup, SQLite, tantivy), raw tantivy indexing the same
texts with gleaner's analyzers and writer settings, and scoring the workspace against the demo
profile. Prints a Markdown table, the ratio pipeline/raw and each stage's peak memory.
Run it under `taskset -c 0` to measure one core. The criterion benches (cargo bench) are the
careful measurement; this is the quick one.")]
pub struct Args {
    /// Items to generate.
    #[arg(long, default_value_t = 10_000)]
    pub items: usize,
    /// Skip scoring (two passes over the stored items).
    #[arg(long)]
    pub no_scoring: bool,
    /// Skip the baselines (raw tantivy, tantivy alone): time the pipeline only, for a
    /// profiler.
    #[arg(long)]
    pub no_baselines: bool,
    /// How many recent items dedup remembers (0: all of them).
    #[arg(long, default_value_t = gleaner::DEDUP_WINDOW)]
    pub dedup_window: usize,
    /// The pipeline's store instead of a throwaway SQLite file: sqlite:DIR or
    /// postgres://…?schema=NAME (use a throwaway schema: the items stay in it).
    #[arg(long, value_name = "URL")]
    pub store: Option<String>,
    /// The pipeline's index instead of a throwaway tantivy directory: tantivy:DIR or
    /// http(s)://host:port/NAME.
    #[arg(long, value_name = "URL")]
    pub index: Option<String>,
    /// Shared workers writing into the --store at once, each with its own directory and a
    /// share of the items (WorkspaceBuilder::shared; docs/SCALE.md).
    #[arg(long, default_value_t = 1)]
    pub workers: usize,
}

/// The number on the line of a Linux `/proc` file that starts with `name` (`"VmHWM:"`), its
/// unit (`kB`), if any, dropped.
fn proc_number(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(name))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Resident memory now, in MiB: (anonymous, file-backed), as Linux tells it.
fn rss_now_mib() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let mib = |name| Some(proc_number(&status, name)? / 1024.0);
    Some((mib("RssAnon:")?, mib("RssFile:")?))
}

/// Bytes this process has sent to storage so far, less those it dirtied and then deleted before
/// they were written (Linux's `/proc/self/io`: `write_bytes - cancelled_write_bytes`), in MiB.
/// Pages are counted when dirtied, so writes the kernel flushes later count for the stage that
/// made them.
fn written_mib() -> Option<f64> {
    let io = std::fs::read_to_string("/proc/self/io").ok()?;
    let written = proc_number(&io, "write_bytes:")? - proc_number(&io, "cancelled_write_bytes:")?;
    Some(written / 1_048_576.0)
}

/// A generated item as the pipeline takes it.
fn to_item(g: Generated) -> Item {
    let start = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let source = Source::url(format!("https://src{}.example/feed.xml", g.feed));
    let guid = format!("bench-{}", g.index);
    let key = EntryKey {
        guid: Some(&guid),
        ..Default::default()
    };
    let mut item = Item::new(ItemId::for_entry(&source, &key), source);
    item.url = Some(format!("https://src{}.example/{}", g.feed, g.index));
    item.title = Some(g.title);
    item.content_text = Some(g.text);
    item.published = Some(start + chrono::Duration::seconds(g.offset_secs));
    item.lang = Lang::parse(g.lang);
    item
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
        .and_then(|m| proc_number(&m, "MemTotal:"))
        .map_or(String::new(), |kb| format!(", {:.0} GiB", kb / 1_048_576.0));
    format!("{model}, {cores} cores{memory}")
}

/// The process's peak resident memory (Linux's `VmHWM`) since the last [`reset_peak`], in MiB,
/// when known.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    Some(proc_number(&status, "VmHWM:")? / 1024.0)
}

/// Starts a new peak for [`peak_rss_mib`] (Linux: `5` written to `/proc/self/clear_refs`);
/// whether it could.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// One stage's time and memory.
struct Stage {
    name: &'static str,
    seconds: f64,
    /// The peak resident memory during the stage, when it can be told apart.
    peak_mib: Option<f64>,
    /// The peak of its anonymous resident memory (the heap and anonymous maps, not the pages
    /// of files mapped for reading, which the kernel can drop), sampled every 20 ms.
    peak_anon_mib: Option<f64>,
    /// Resident memory at its end: (anonymous, file-backed).
    end_mib: Option<(f64, f64)>,
    /// What it wrote to storage ([`written_mib`]), when known.
    written_mib: Option<f64>,
}

/// Runs `f` as a stage: its time and memory.
fn stage<T>(
    name: &'static str,
    f: impl FnOnce() -> Result<T, Box<dyn std::error::Error>>,
) -> Result<(T, Stage), Box<dyn std::error::Error>> {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    let own_peak = reset_peak();
    let done = AtomicBool::new(false);
    let anon_kib = AtomicU64::new(0);
    let written_before = written_mib();
    let t = Instant::now();
    let value = std::thread::scope(|scope| {
        scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                if let Some((anon, _)) = rss_now_mib() {
                    anon_kib.fetch_max((anon * 1024.0) as u64, Ordering::Relaxed);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        });
        let value = f();
        done.store(true, Ordering::Relaxed);
        value
    })?;
    let seconds = t.elapsed().as_secs_f64();
    let peak_mib = if own_peak { peak_rss_mib() } else { None };
    let anon = anon_kib.load(Ordering::Relaxed);
    Ok((
        value,
        Stage {
            name,
            seconds,
            peak_mib,
            peak_anon_mib: (anon > 0).then_some(anon as f64 / 1024.0),
            end_mib: rss_now_mib(),
            written_mib: written_before.zip(written_mib()).map(|(a, b)| b - a),
        },
    ))
}

/// The corpus's bytes of text (titles and bodies), generated once more.
fn corpus_bytes(n: usize) -> usize {
    Corpus::new(n).map(|g| g.title.len() + g.text.len()).sum()
}

/// Raw tantivy on the corpus: gleaner's schema, analyzers and writer settings, committing
/// every [`INDEX_COMMIT_ITEMS`] documents as the pipeline does.
fn raw_tantivy(dir: &std::path::Path, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let (_index, mut writer, fields) = raw_index(dir)?;
    for (i, item) in Corpus::new(n).map(to_item).enumerate() {
        writer.add_document(raw_document(
            &fields,
            &item.id.to_string(),
            item.title.as_deref().unwrap_or(""),
            item.body(),
            item.lang.as_ref().map(|l| l.code()),
            &item.source.location,
        ))?;
        if (i + 1) % INDEX_COMMIT_ITEMS == 0 {
            writer.commit()?;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// tantivy alone on the corpus: its default tokenizer, title and body, the same writer
/// settings and commit cadence. What tantivy itself costs for these texts, whatever the analyzers.
fn plain_tantivy(dir: &std::path::Path, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let (_index, mut writer, fields) = plain_index(dir)?;
    for (i, g) in Corpus::new(n).enumerate() {
        writer.add_document(plain_document(&fields, &g.title, &g.text))?;
        if (i + 1) % INDEX_COMMIT_ITEMS == 0 {
            writer.commit()?;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Runs the measurements and prints the table to `out`.
pub fn run(args: Args, out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let n = args.items.max(1);
    let mb = corpus_bytes(n) as f64 / 1_048_576.0;
    let dir = tempfile::tempdir()?;

    // Every stage generates the corpus as it goes: that is part of each timing.
    let mut baselines = Vec::new();
    if !args.no_baselines {
        let raw_dir = dir.path().join("raw");
        std::fs::create_dir_all(&raw_dir)?;
        let ((), raw) = stage("raw tantivy, same texts and analyzers", || {
            raw_tantivy(&raw_dir, n)
        })?;
        std::fs::remove_dir_all(&raw_dir)?;
        baselines.push(raw);
        let plain_dir = dir.path().join("plain");
        std::fs::create_dir_all(&plain_dir)?;
        let ((), plain) = stage("tantivy alone: default tokenizer, title + body", || {
            plain_tantivy(&plain_dir, n)
        })?;
        std::fs::remove_dir_all(&plain_dir)?;
        baselines.push(plain);
    }

    let window = (args.dedup_window > 0).then_some(args.dedup_window);
    let workers = args.workers.max(1);
    if workers > 1 && args.store.is_none() {
        return Err("--workers needs a --store that workers can share (postgres://…)".into());
    }
    let open = |name: &str, shared: bool| {
        let mut builder = Workspace::builder(dir.path().join(name)).dedup_window(window);
        if let Some(url) = &args.store {
            builder = builder.store_url(url);
        }
        if let Some(url) = &args.index {
            builder = builder.index_url(url);
        }
        if shared {
            builder = builder.shared();
        }
        builder.open()
    };
    let pipeline = Pipeline::new(FetcherBuilder::new().build()?).list_items(false);
    let name = match (workers, &args.store) {
        (1, None) => "pipeline (dedup, SQLite, tantivy)",
        (1, Some(_)) => "pipeline (dedup, --store, --index)",
        _ => "pipeline, shared workers (dedup, --store, --index)",
    };
    let (report, piped) = stage(name, || {
        if workers == 1 {
            let mut workspace = open("ws", false)?;
            return Ok(pipeline.run_items(&mut workspace, &[], Corpus::new(n).map(to_item))?);
        }
        // Each worker takes every `workers`-th item, so copies cross workers.
        std::thread::scope(|scope| {
            let runs: Vec<_> = (0..workers)
                .map(|w| {
                    let (open, pipeline) = (&open, &pipeline);
                    scope.spawn(move || -> Result<gleaner::RunReport, gleaner::Error> {
                        let mut workspace = open(&format!("ws{w}"), true)?;
                        let mine = Corpus::new(n)
                            .filter(move |g| g.index % workers == w)
                            .map(to_item);
                        pipeline.run_items(&mut workspace, &[], mine)
                    })
                })
                .collect();
            let mut total = gleaner::RunReport::default();
            for run in runs {
                let report = run.join().map_err(|_| "a worker panicked")??;
                total.total.new += report.total.new;
                total.total.duplicate += report.total.duplicate;
            }
            Ok(total)
        })
    })?;
    let workspace = open("ws", false)?;

    let scoring = if args.no_scoring {
        None
    } else {
        let scorer = Scorer::new(BrandProfile::from_path(PROFILE)?);
        Some(stage("scoring the workspace", || {
            Ok(gleaner::scoring::score_workspace(
                &workspace,
                &scorer,
                Utc::now(),
                0,
            )?)
        })?)
    };

    let mib = |v: Option<f64>| v.map_or("?".to_owned(), |v| format!("{v:.0}"));
    let row = |out: &mut dyn Write, stage: &Stage| {
        let end = stage.end_mib.map_or("?".to_owned(), |(anon, file)| {
            format!("{anon:.0} + {file:.0}")
        });
        writeln!(
            out,
            "| {} | {:.2} | {:.0} | {:.1} | {} | {} | {end} | {} |",
            stage.name,
            stage.seconds,
            n as f64 / stage.seconds,
            mb / stage.seconds,
            mib(stage.peak_mib),
            mib(stage.peak_anon_mib),
            mib(stage.written_mib),
        )
    };
    writeln!(
        out,
        "gleaner bench: {n} items, {mb:.1} MB of text; {}",
        machine()
    )?;
    let scored = scoring.as_ref().map_or(0, |(s, _)| s.scored);
    writeln!(
        out,
        "pipeline: {} new, {} copies; {scored} items scored; dedup window {}\n",
        report.total.new,
        report.total.duplicate,
        window.map_or("none".to_owned(), |w| format!("{w} items")),
    )?;
    writeln!(
        out,
        "| stage | seconds | items/s | MB/s | peak MiB | peak anonymous MiB | MiB at the end (anonymous + files) | MiB written |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    row(out, &piped)?;
    for b in &baselines {
        row(out, b)?;
    }
    if let Some((_, scoring)) = &scoring {
        row(out, scoring)?;
        let max = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a.max(b));
        row(
            out,
            &Stage {
                name: "pipeline + scoring",
                seconds: piped.seconds + scoring.seconds,
                peak_mib: max(piped.peak_mib, scoring.peak_mib),
                peak_anon_mib: max(piped.peak_anon_mib, scoring.peak_anon_mib),
                end_mib: None,
                written_mib: piped
                    .written_mib
                    .zip(scoring.written_mib)
                    .map(|(a, b)| a + b),
            },
        )?;
    }
    if let Some(raw) = baselines.first() {
        writeln!(
            out,
            "\nratio pipeline/raw tantivy: {:.2}",
            raw.seconds / piped.seconds
        )?;
    }
    Ok(())
}
