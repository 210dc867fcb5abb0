//! `gleaner alerts`: a timeline of JSON lines listened to for a brand with
//! `gleaner::alerts`, as `examples/alerts.rs` does.
use std::io::Write;
use std::path::PathBuf;

use gleaner::alerts::{alerts_with, AlertInput};
use gleaner::score::{Influence, Listener};

use crate::output::{safe_json, Result};
use crate::rank::{report_bad_line, report_unread_fields};

/// `gleaner alerts`.
#[derive(clap::Args)]
#[command(after_help = "\
Reads JSON lines {\"id\",\"title\",\"summary\" or \"text\",\"url\",\"source\",\"published\",\"lang\",
\"author\",\"engagement\",\"kind\"} (only id is required). For each item that names the brand it
prints {\"type\":\"mention\",\"id\",\"class\",\"priority\",\"deadline\",\"negative\",\"evidence\"}
(class: complaint, question, praise, news or other; a deadline only for complaints and
questions), then one {\"type\":\"alert\",\"level\",\"rule\",\"start\",\"end\",\"mentions\",\"baseline\",
\"negative_share\",\"sources\",\"items\"} line per spike raised (level: issue or crisis). --now
defaults to the latest published date of the input (an item dated more than 30 days after the
rest is then read as undated, with a warning). With --workspace, the sources and authors
whose stories the workspace saw widely covered reach further: their complaints and questions
get a higher priority. A bad line is reported on stderr as
{\"line\",\"error\"} and skipped; a published date or engagement that cannot be read as
{\"id\",\"warning\"}, and taken as absent. The profile format, and how listening decides: docs/PROFILE.md.")]
pub struct Args {
    /// The brand profile (TOML).
    #[arg(long)]
    profile: PathBuf,
    /// JSON lines of items; `-` for stdin.
    timeline: PathBuf,
    /// Listen as of this time (RFC 3339) instead of the latest `published`.
    #[arg(long)]
    now: Option<chrono::DateTime<chrono::Utc>>,
    /// Read sources' and authors' influence from this workspace (opened read-only, with its
    /// embedded backends).
    #[arg(long, value_name = "DIR", value_parser = clap::builder::PathBufValueParser::new())]
    workspace: Option<PathBuf>,
}

/// Reads, listens and prints.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let profile = gleaner::scoring::read_profile(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let known = match &args.workspace {
        Some(dir) => gleaner::scoring::influence_reach(&gleaner::Workspace::open_read_only(dir)?)?,
        None => Influence::new(),
    };
    let inputs: Vec<AlertInput> =
        gleaner::cluster::read_inputs_at(&args.timeline, report_bad_line)?;
    report_unread_fields(inputs.iter().map(|i| &i.item));
    if args.now.is_none() {
        for (i, warning) in gleaner::alerts::far_ahead_warnings(&inputs) {
            let line = serde_json::json!({"id": inputs[i].item.id, "warning": warning});
            eprintln!("{}", safe_json(&line));
        }
    }
    for line in alerts_with(&Listener::new(profile), &inputs, args.now, &known) {
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}
