//! Add inputs to a workspace, then search it.
//!
//! ```text
//! cargo run --release --example search -- --workspace DIR [OPTIONS] [QUERY] [--add INPUT...]
//! ```
//!
//! The grammar, exactly:
//!
//! - `--workspace DIR` is required and must not be empty (the workspace is created when
//!   absent; `""` would silently mean the current directory, so it is a usage error).
//! - `--add INPUT...` takes every following argument up to the next flag or `--`, and may be
//!   repeated: `--add a.xml b.xml` and `--add a.xml --add b.xml` add both.
//! - QUERY is the one positional argument, optional. Put it before `--add`, or after `--`:
//!   `search --workspace W "고객 불만" --add a.xml` and `search --workspace W --add a.xml --
//!   "고객 불만"` are the same.
//! - With `--add` and no QUERY (or an empty one, `""`), the inputs are only added. Without
//!   `--add`, QUERY is required; `""` lists everything.
//!
//! `--add` first runs the inputs (feed files, directories, URLs, OPML lists, web pages)
//! through the pipeline into the workspace and prints the run's summary on stderr: how many
//! items were new, copies of a known story, updated, unchanged or failed, and why each failed
//! source failed (`{"source","error"}`; an input whose path is not UTF-8 cannot be named as a
//! source and is reported the same way). Then the results of QUERY, best first, are printed
//! as JSON lines `{"id","url","title","score","snippet"}` (the snippet is HTML with matches in
//! `<b>`). `--limit N` returns at most N hits (`--limit 0`: none, only the warnings).
//!
//! Other flags: `--lang L`, `--source S`, `--tag T`, `--newest` (order by date), `--report`
//! (every item's outcome as JSON lines on stderr), `--full-text` (fetch the pages of
//! summary-only items). HTTP fetching refuses loopback and private addresses unless
//! `GLEANER_ALLOW_PRIVATE=1`. Exits 0 on success, 1 when the workspace cannot be opened or
//! searched, 2 on bad usage.

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{finish, parse_args, safe_json, text_inputs};

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use gleaner::index::{Order, SearchRequest};
use gleaner::ingest::FetcherBuilder;
use gleaner::{FullTextPolicy, Pipeline, Workspace};
use serde_json::json;

/// Add inputs to a workspace, then search it.
#[derive(Parser)]
#[command(name = "search")]
struct Cli {
    /// The workspace directory (created when absent; must not be empty).
    // PathBufValueParser refuses an empty value as a usage error.
    #[arg(long, value_name = "DIR", value_parser = clap::builder::PathBufValueParser::new())]
    workspace: PathBuf,
    /// Inputs to add first: feed files, directories, URLs, OPML lists, web pages. Takes
    /// values up to the next flag or `--`; repeatable.
    #[arg(long, value_name = "INPUT", num_args = 1.., action = clap::ArgAction::Append)]
    add: Vec<OsString>,
    /// Only items in this language (a code: ko, en, ...).
    #[arg(long)]
    lang: Option<String>,
    /// At most this many hits.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Only items from this source.
    #[arg(long)]
    source: Option<String>,
    /// Only items with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// Newest first instead of best first.
    #[arg(long)]
    newest: bool,
    /// Print every added item's outcome as JSON lines on stderr.
    #[arg(long)]
    report: bool,
    /// Fetch the pages of summary-only items while adding.
    #[arg(long)]
    full_text: bool,
    /// The query; optional with --add (then the inputs are only added).
    #[arg(required_unless_present = "add")]
    query: Option<String>,
}

struct Args {
    workspace: PathBuf,
    /// Whether `--add` was given (even if none of its inputs could be named).
    /// Whether a query was given (`""` with `--add` only adds).
    searching: bool,
    adding: bool,
    add: Vec<String>,
    request: SearchRequest,
    report: bool,
    full_text: bool,
}

fn parse(cli: Cli) -> Args {
    let query = cli.query.unwrap_or_default();
    let mut request = SearchRequest::new(&query);
    request.lang = cli.lang;
    request.source = cli.source;
    request.tag = cli.tag;
    if let Some(limit) = cli.limit {
        request.limit = limit;
    }
    if cli.newest {
        request.order = Order::Newest;
    }
    Args {
        workspace: cli.workspace,
        searching: !query.is_empty(),
        adding: !cli.add.is_empty(),
        add: text_inputs(cli.add),
        request,
        report: cli.report,
        full_text: cli.full_text,
    }
}

fn main() {
    let args = parse(parse_args::<Cli>());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = run(args, &mut out);
    finish(result, &mut out);
}

fn run(args: Args, out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let mut workspace = Workspace::open(&args.workspace)?;
    if !args.adding {
        // When adding, the run report says it (below).
        for rebuild in workspace.index_rebuilds() {
            eprintln!("{}", safe_json(&json!({"warning": rebuild.to_string()})));
        }
    }
    if !args.add.is_empty() {
        let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
        let fetcher = FetcherBuilder::new()
            .allow_private(allow_private)
            .allow_loopback(allow_private)
            .build()?;
        let mut pipeline = Pipeline::new(fetcher);
        if args.full_text {
            pipeline = pipeline.full_text(FullTextPolicy::all());
        }
        let report = pipeline.run(&mut workspace, &args.add)?;
        if args.report {
            for item in &report.items {
                eprintln!("{}", safe_json(item));
            }
        }
        for line in report.summary_lines() {
            eprintln!("{line}");
        }
    }
    if !args.searching && args.adding {
        return Ok(());
    }
    let results = workspace.search(&args.request)?;
    for w in &results.warnings {
        eprintln!("{}", safe_json(&json!({"warning": w})));
    }
    for hit in &results.hits {
        writeln!(out, "{}", safe_json(&gleaner::lines::hit_line(hit)))?;
    }
    Ok(())
}
