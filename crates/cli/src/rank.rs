//! `gleaner rank`: JSON lines of items ranked against a brand profile with `gleaner::rank`,
//! as `examples/rank.rs` does.
use std::io::Write;
use std::path::PathBuf;

use gleaner::jsonl::LineError;
use gleaner::rank::{rank, rank_indexed, RankInput};
use gleaner::score::Scorer;
use serde_json::json;

use crate::output::{safe_json, Result};

/// `gleaner rank`.
#[derive(clap::Args)]
#[command(after_help = "\
Reads JSON lines {\"id\",\"title\",\"summary\" or \"text\",\"url\",\"source\",\"published\",\"lang\"}
(only id is required), scores them all against the profile with the input as the corpus,
and prints {\"id\",\"score\",\"components\",\"explanation\"} lines, best first (equal scores in
input order). Freshness is measured at --now, by default the latest published date of the
input. With --workspace, the profile's terms are weighed by how rare they are in the
workspace's index (its last commit) where it holds more of them than the input: a few new
items ranked against everything stored. A profile that cannot be used is reported with its line and column (exit code 1). A
bad line is reported on stderr as {\"line\",\"error\"} and skipped, a published date or
engagement that cannot be read as {\"id\",\"warning\"} and taken as absent; the input's bounds are
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
    /// Weigh the profile's terms by their rarity in this workspace's index (opened read-only,
    /// with its embedded backends).
    #[arg(long, value_name = "DIR", value_parser = clap::builder::PathBufValueParser::new())]
    workspace: Option<PathBuf>,
}

pub(crate) fn report_bad_line(e: &LineError) {
    let line = json!({"line": e.line(), "error": gleaner::error_chain(&e)});
    eprintln!("{}", safe_json(&line));
}

/// Prints `{"id","warning"}` on stderr for each field of `inputs` that cannot be read and is
/// taken as absent ([`gleaner::rank::unread_fields`]), and for each id given to more than one
/// item ([`gleaner::rank::repeated_ids`]).
pub(crate) fn report_unread_fields<'a>(inputs: impl IntoIterator<Item = &'a RankInput>) {
    let inputs: Vec<&RankInput> = inputs.into_iter().collect();
    for input in &inputs {
        for warning in gleaner::rank::unread_fields(input) {
            let line = json!({"id": input.id, "warning": warning});
            eprintln!("{}", safe_json(&line));
        }
    }
    for (id, n) in gleaner::rank::repeated_ids(inputs) {
        let warning = format!("id given to {n} items: their lines cannot be told apart");
        eprintln!("{}", safe_json(&json!({"id": id, "warning": warning})));
    }
}

/// Reads, scores and prints.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let profile = gleaner::scoring::read_profile(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let scorer = Scorer::new(profile);
    let index = match &args.workspace {
        Some(dir) => {
            let workspace = gleaner::Workspace::open_read_only(dir)?;
            Some(gleaner::scoring::index_statistics(
                workspace.index(),
                &scorer,
            )?)
        }
        None => None,
    };
    let inputs: Vec<RankInput> = gleaner::cluster::read_inputs_at(&args.items, report_bad_line)?;
    report_unread_fields(&inputs);
    let ranked = match &index {
        Some(index) => rank_indexed(&scorer, &inputs, args.now, args.top, index),
        None => rank(&scorer, &inputs, args.now, args.top),
    };
    for line in ranked {
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}
