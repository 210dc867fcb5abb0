//! Rank items by how well they fit a brand profile, each with its explanation.
//!
//! ```text
//! cargo run --release --example rank -- --profile examples/profiles/acme-mobile.toml ITEMS.jsonl [--top N] [--now RFC3339]
//! ```
//!
//! Reads JSON lines `{"id","title","summary" or "text","url","source","published","lang"}`
//! (only `id` is required; `-` reads stdin), scores them all against the profile with the
//! input as the corpus for term statistics, and prints JSON lines, best first:
//! `{"id","score","components":{"topic":…,…},"explanation":{"topic":{"value","weight","evidence"},…}}`.
//! Equal scores keep input order. Freshness is measured at `--now`, by default the latest
//! `published` of the input (so a run is reproducible), or the current time when no item has
//! a date (`gleaner::rank`; `gleaner rank` does the same). A profile that cannot be used is reported with its line and column. Lines are read
//! under the bounds of the `dedup` example (`gleaner::cluster::read_inputs`): a bad line is
//! reported on stderr as `{"line","error"}` and skipped; a `published` that is not a date or an
//! `engagement` that is not a number is reported as `{"id","warning"}` and read as absent. Exits 0 once every line was read, 1
//! when the profile or the input could not be used, 2 on bad usage.

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, report_bad_line, report_unread_fields, safe_json};

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::Parser;
use gleaner::rank::{rank, RankInput};
use gleaner::score::Scorer;
use serde_json::json;

/// Rank JSON lines of items against a brand profile.
#[derive(Parser)]
#[command(name = "rank")]
struct Args {
    /// The brand profile (TOML; docs/PROFILE.md).
    #[arg(long)]
    profile: PathBuf,
    /// JSON lines {"id","title","summary" or "text","url","source","published","lang"}; `-`
    /// for stdin.
    items: PathBuf,
    /// Print only the best N.
    #[arg(long)]
    top: Option<usize>,
    /// Measure freshness at this time (RFC 3339) instead of the latest `published`.
    #[arg(long)]
    now: Option<DateTime<Utc>>,
}

fn main() {
    let args = parse_args::<Args>();
    if let Err(e) = run(&args) {
        eprintln!(
            "{}",
            safe_json(&json!({"error": gleaner::error_chain(&*e)}))
        );
        std::process::exit(1);
    }
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let profile = gleaner::scoring::read_profile(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let inputs: Vec<RankInput> = gleaner::cluster::read_inputs_at(&args.items, report_bad_line)?;
    report_unread_fields(&inputs);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in rank(&Scorer::new(profile), &inputs, args.now, args.top) {
        writeln!(out, "{}", safe_json(&line))?;
    }
    out.flush()?;
    Ok(())
}
