//! `gleaner search`: the same request and the same lines as `examples/search.rs`.
use std::io::Write;

use gleaner::index::{Order, SearchRequest};
use serde_json::json;

use crate::output::{safe_json, Result};
use crate::workspace::WorkspaceArg;

/// `gleaner search`.
#[derive(clap::Args)]
#[command(after_help = "\
Prints the hits, best first (or newest first with --newest), as JSON lines
  {\"id\",\"url\",\"title\",\"score\",\"snippet\"}
where snippet is HTML with the matches in <b>; and {\"warning\"} lines on stderr for what the
query could not use and for index rebuilds. An empty QUERY (\"\") lists everything.
The workspace must exist (`gleaner add` creates it).")]
pub struct Args {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// Only items in this language (a code: ko, en, ...).
    #[arg(long)]
    lang: Option<String>,
    /// Only items from this source.
    #[arg(long)]
    source: Option<String>,
    /// Only items with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// Newest first instead of best first.
    #[arg(long)]
    newest: bool,
    /// At most this many hits.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// The query.
    query: String,
}

/// Searches and prints the hits.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let mut request = SearchRequest::new(&args.query);
    request.lang = args.lang;
    request.source = args.source;
    request.tag = args.tag;
    if let Some(limit) = args.limit {
        request.limit = limit;
    }
    if args.newest {
        request.order = Order::Newest;
    }
    let results = crate::workspace::search(&args.workspace, &request)?;
    for w in &results.warnings {
        eprintln!("{}", safe_json(&json!({"warning": w})));
    }
    for hit in &results.hits {
        let line = gleaner::lines::hit_line(hit);
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}
