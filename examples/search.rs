//! Add inputs to a workspace, then search it.
//!
//! ```text
//! cargo run --release --example search -- --workspace DIR [--add INPUT...] [--lang ko] [--limit N] QUERY
//! ```
//!
//! `--add` first runs the inputs (feed files, directories, URLs, OPML lists, web pages)
//! through the pipeline into the workspace (created when absent) and prints the run's summary
//! on stderr: how many items were new, copies of a known story, updated, unchanged or failed,
//! and why each failed source failed. `--add` takes every following argument up to the next
//! flag, except the last argument, which is always the query. Then the results of QUERY,
//! best first, are printed as JSON lines `{"id","url","title","score","snippet"}` (the
//! snippet is HTML with matches in `<b>`). An empty QUERY (`""`) after `--add` only adds;
//! without `--add` it lists everything.
//!
//! Other flags: `--source S`, `--tag T`, `--newest` (order by date), `--report` (every item's
//! outcome as JSON lines on stderr), `--full-text` (fetch the pages of summary-only items).
//! HTTP fetching refuses loopback and private addresses unless `GLEANER_ALLOW_PRIVATE=1`.
//! Exits 0 on success, 1 when the workspace cannot be opened or searched, 2 on bad usage.

use gleaner::index::{Order, SearchRequest};
use gleaner::ingest::FetcherBuilder;
use gleaner::{FullTextPolicy, Pipeline, Workspace};
use serde_json::json;

const USAGE: &str = "usage: search --workspace DIR [--add INPUT...] [--lang ko] [--limit N] [--source S] [--tag T] [--newest] [--report] [--full-text] QUERY";

struct Args {
    workspace: String,
    add: Vec<String>,
    request: SearchRequest,
    report: bool,
    full_text: bool,
}

fn usage() -> ! {
    eprintln!("{USAGE}");
    std::process::exit(2)
}

fn parse(args: Vec<String>) -> Args {
    let mut workspace = None;
    let mut add = Vec::new();
    let mut request = SearchRequest::new("");
    let (mut report, mut full_text) = (false, false);
    let mut query = None;
    let last = args.len().saturating_sub(1);
    let mut i = 0;
    let value = |i: usize| args.get(i + 1).cloned().unwrap_or_else(|| usage());
    while i < args.len() {
        match args[i].as_str() {
            "--workspace" => {
                workspace = Some(value(i));
                i += 2;
            }
            "--add" => {
                i += 1;
                while i < last && !args[i].starts_with("--") {
                    add.push(args[i].clone());
                    i += 1;
                }
            }
            "--lang" => {
                request.lang = Some(value(i));
                i += 2;
            }
            "--source" => {
                request.source = Some(value(i));
                i += 2;
            }
            "--tag" => {
                request.tag = Some(value(i));
                i += 2;
            }
            "--limit" => {
                request.limit = value(i).parse().unwrap_or_else(|_| usage());
                i += 2;
            }
            "--newest" => {
                request.order = Order::Newest;
                i += 1;
            }
            "--report" => {
                report = true;
                i += 1;
            }
            "--full-text" => {
                full_text = true;
                i += 1;
            }
            "-h" | "--help" => usage(),
            flag if flag.starts_with("--") => usage(),
            _ if query.is_none() && i == last => {
                query = Some(args[i].clone());
                i += 1;
            }
            _ => usage(),
        }
    }
    let Some(workspace) = workspace else { usage() };
    let Some(query) = query else { usage() };
    request.query = query;
    Args {
        workspace,
        add,
        request,
        report,
        full_text,
    }
}

fn main() {
    let args = parse(std::env::args().skip(1).collect());
    if let Err(e) = run(args) {
        eprintln!("{}", json!({"error": e.to_string()}));
        std::process::exit(1);
    }
}

fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let mut workspace = Workspace::open(&args.workspace)?;
    if !args.add.is_empty() {
        let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
        let fetcher = FetcherBuilder::new()
            .allow_private(allow_private)
            .allow_loopback(allow_private)
            .build()?;
        let mut pipeline = Pipeline::new(fetcher);
        if args.full_text {
            pipeline = pipeline.full_text(FullTextPolicy::default());
        }
        let report = pipeline.run(&mut workspace, &args.add)?;
        if args.report {
            for item in &report.items {
                eprintln!("{}", serde_json::to_string(item)?);
            }
        }
        let t = &report.total;
        eprintln!(
            "run {}: {} new, {} duplicate, {} updated, {} unchanged, {} repeated, {} failed",
            report.run, t.new, t.duplicate, t.updated, t.unchanged, t.repeated, t.failed
        );
        for source in &report.not_modified {
            eprintln!("{}", json!({"source": source, "not_modified": true}));
        }
        for f in &report.failed_sources {
            eprintln!("{}", json!({"source": f.source, "error": f.error}));
        }
        for w in &report.warnings {
            eprintln!("{}", json!({"warning": w}));
        }
    }
    if args.request.query.is_empty() && !args.add.is_empty() {
        return Ok(());
    }
    let results = workspace.search(&args.request)?;
    for w in &results.warnings {
        eprintln!("{}", json!({"warning": w}));
    }
    for hit in results.hits {
        println!(
            "{}",
            json!({"id": hit.id, "url": hit.url, "title": hit.title, "score": hit.score, "snippet": hit.snippet})
        );
    }
    Ok(())
}
