//! `gleaner rank`: JSON lines of items ranked against a brand profile with `gleaner::rank`,
//! as `examples/rank.rs` does.
use std::io::Write;
use std::path::PathBuf;

use gleaner::jsonl::LineError;
use gleaner::rank::{rank, RankInput};
use gleaner::score::{BrandProfile, Scorer};
use serde_json::json;

use crate::output::{safe_json, Result};

/// `gleaner rank`.
#[derive(clap::Args)]
#[command(after_help = "\
Reads JSON lines {\"id\",\"title\",\"summary\" or \"text\",\"url\",\"source\",\"published\",\"lang\"}
(only id is required), scores them all against the profile with the input as the corpus,
and prints {\"id\",\"score\",\"components\",\"explanation\"} lines, best first (equal scores in
input order). Freshness is measured at --now, by default the latest published date of the
input. A profile that cannot be used is reported with its line and column (exit code 1). A
bad line is reported on stderr as {\"line\",\"error\"} and skipped; the input's bounds are
those of `gleaner dedup`. The profile format is docs/PROFILE.md.")]
pub struct Args {
    /// The brand profile (TOML).
    #[arg(long)]
    profile: PathBuf,
    /// JSON lines of items; `-` for stdin.
    items: PathBuf,
    /// Print only the best N.
    #[arg(long)]
    top: Option<usize>,
    /// Measure freshness at this time (RFC 3339) instead of the latest `published`.
    #[arg(long)]
    now: Option<chrono::DateTime<chrono::Utc>>,
}

pub(crate) fn report_bad_line(e: &LineError) {
    let line = json!({"line": e.line(), "error": gleaner::error_chain(&e)});
    eprintln!("{}", safe_json(&line));
}

/// Reads, scores and prints.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let profile = BrandProfile::from_path(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let inputs: Vec<RankInput> = gleaner::cluster::read_inputs_at(&args.items, report_bad_line)?;
    for line in rank(&Scorer::new(profile), &inputs, args.now, args.top) {
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}
