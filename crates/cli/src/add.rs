//! `gleaner add`: a pipeline run into a workspace, drawn as a progress bar from the
//! library's progress hook, then summed up.
use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use gleaner::ingest::FetcherBuilder;
use gleaner::{FullTextPolicy, Pipeline, RunReport};
use serde_json::json;

use crate::progress::{draw, progress_bar};

use crate::output::{safe_json, Result};
use crate::workspace::WorkspaceArg;

/// `gleaner add`.
#[derive(clap::Args)]
#[command(after_help = "\
While it runs, a progress bar on stderr shows sources done and total, items read, batches
written (only when stderr is a terminal, and not with -q). Then a summary on stderr:
  run N: X new, X duplicate, X updated, X unchanged, X repeated, X failed
and one {\"source\",\"error\"} line per failed source, {\"source\",\"not_modified\"} per web
source unchanged since the last run, {\"warning\"} per warning. With --json, stdout also gets
the summary as one JSON line:
  {\"run\",\"total\":{\"new\",\"duplicate\",\"updated\",\"unchanged\",\"repeated\",\"failed\"},
   \"sources\",\"failed_sources\",\"not_modified\",\"warnings\",\"sanitized\"}
HTTP fetching refuses loopback and private addresses unless GLEANER_ALLOW_PRIVATE=1.")]
pub struct Args {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// Fetch the pages of summary-only items.
    #[arg(long)]
    full_text: bool,
    /// Print every item's outcome as JSON lines on stderr.
    #[arg(long)]
    report: bool,
    /// Print the run's summary as one JSON line on stdout.
    #[arg(long)]
    json: bool,
    /// Feed files, directories, http(s):// or file:// URLs, OPML lists, web pages.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<OsString>,
}

/// Runs the inputs into the workspace, drawing the run unless `quiet`.
pub fn run(args: Args, quiet: bool, out: &mut impl Write) -> Result {
    let inputs = crate::ingest::text_inputs(args.inputs);
    if inputs.is_empty() {
        return Err("no input could be named (see above)".into());
    }
    let fetcher = FetcherBuilder::new()
        .allow_private(crate::output::allow_private())
        .allow_loopback(crate::output::allow_private())
        .build()?;
    let visible = !quiet && std::io::stderr().is_terminal();
    let bar = progress_bar();
    let mut pipeline = Pipeline::new(fetcher).progress(draw(bar.clone(), visible));
    if args.full_text {
        pipeline = pipeline.full_text(FullTextPolicy::all());
    }
    let report = crate::logging::with_bar(&bar, || {
        crate::workspace::add(&args.workspace, &pipeline, &inputs)
    });
    bar.finish_and_clear();
    let report = report?;
    if args.report {
        for item in &report.items {
            eprintln!("{}", safe_json(item));
        }
    }
    for line in report.summary_lines() {
        eprintln!("{line}");
    }
    if args.json {
        writeln!(out, "{}", safe_json(&summary_json(&report)))?;
    }
    Ok(())
}

/// The summary as one JSON value: the report without its item list.
fn summary_json(report: &RunReport) -> serde_json::Value {
    json!({
        "run": report.run,
        "total": report.total,
        "sources": report.sources,
        "failed_sources": report.failed_sources,
        "not_modified": report.not_modified,
        "warnings": report.warnings,
        "sanitized": report.sanitized,
    })
}
