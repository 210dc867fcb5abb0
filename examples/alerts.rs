//! Listen to a timeline for a brand: each mention's class, priority and deadline, then the
//! spikes raised as issues or crises.
//!
//! ```text
//! cargo run --release --example alerts -- --profile examples/profiles/acme-mobile.toml [--now RFC3339] TIMELINE.jsonl
//! ```
//!
//! Reads JSON lines `{"id","title","summary" or "text","url","source","published","lang",
//! "author","engagement","kind"}` (only `id` is required; `-` reads stdin). For each item that
//! names the brand (a competitor alone is not enough) it prints
//! `{"type":"mention","id","class","priority","deadline","negative","evidence"}`: class is
//! complaint, question, praise, news or other; deadline (RFC 3339) and a priority above 0 only
//! for complaints and questions. Then one line per alert:
//! `{"type":"alert","level":"crisis"|"issue","rule","start","end","mentions","baseline",
//! "negative_share","sources","items"}`. Items that do not name the brand print nothing.
//! `--now` defaults to the latest `published` of the input; items after it are not heard. An
//! item dated far after the rest (a mistyped year) is then read as undated, with a warning on
//! stderr, rather than taken for "now" (`gleaner::alerts::far_ahead_in`).
//! How classes, deadlines and spikes are decided: docs/PROFILE.md, "Listening"
//! (`gleaner::alerts`; `gleaner alerts` does the same). Bad lines are reported on stderr as
//! `{"line","error"}` and skipped; a `published` that is not a date or an `engagement` that is
//! not a number as `{"id","warning"}`, and read as absent. Exits 0 once every line was read, 1 when the profile or the
//! input could not be used, 2 on bad usage.

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, report_bad_line, report_unread_fields, safe_json};

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::Parser;
use gleaner::alerts::{alerts, AlertInput};
use gleaner::score::Listener;
use serde_json::json;

/// Listen to JSON lines of items for a brand profile.
#[derive(Parser)]
#[command(name = "alerts")]
struct Args {
    /// The brand profile (TOML; docs/PROFILE.md).
    #[arg(long)]
    profile: PathBuf,
    /// JSON lines of items; `-` for stdin.
    timeline: PathBuf,
    /// Listen as of this time (RFC 3339) instead of the latest `published`.
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
    let inputs: Vec<AlertInput> =
        gleaner::cluster::read_inputs_at(&args.timeline, report_bad_line)?;
    report_unread_fields(inputs.iter().map(|i| &i.item));
    if args.now.is_none() {
        for (i, warning) in gleaner::alerts::far_ahead_warnings(&inputs) {
            let line = serde_json::json!({"id": inputs[i].item.id, "warning": warning});
            eprintln!("{}", safe_json(&line));
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in alerts(&Listener::new(profile), &inputs, args.now) {
        writeln!(out, "{}", safe_json(&line))?;
    }
    out.flush()?;
    Ok(())
}
