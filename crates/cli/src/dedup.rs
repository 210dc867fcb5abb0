//! `gleaner dedup`: JSON lines of items clustered into stories with `gleaner::cluster`, as
//! `examples/dedup.rs` does.
use std::io::Write;
use std::path::PathBuf;

use gleaner::cluster::{cluster, read_cluster_inputs};
use gleaner::jsonl::LineError;
use serde_json::json;

use crate::output::{safe_json, Result};

/// `gleaner dedup`.
#[derive(clap::Args)]
#[command(after_help = "\
Reads JSON lines {\"id\",\"url\",\"title\",\"text\",\"published\"} (only id is required) and
prints one line per item, in input order: {\"id\",\"cluster\"}, where cluster is the id of the
representative (longest member) of the item's story. Items are placed in order of
publication. A bad line (not such an object, not UTF-8, longer than 16 MiB) is reported on
stderr as {\"line\",\"error\"} and skipped. More than 256 MiB or a million items, more than
2 GiB read, or 10,000 bad lines outnumbering the good stop the command with {\"error\"} on
stderr, nothing on stdout, and exit code 1.")]
pub struct Args {
    /// JSON lines of items; `-` for stdin.
    items: PathBuf,
    /// Print on stderr which item each copy was matched with, why, and the measurements.
    #[arg(long)]
    explain: bool,
}

fn report_bad_line(e: &LineError) {
    let line = json!({"line": e.line(), "error": gleaner::error_chain(&e)});
    eprintln!("{}", safe_json(&line));
}

/// Reads, clusters and prints.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let inputs = if args.items.as_os_str() == "-" {
        read_cluster_inputs(std::io::stdin().lock(), report_bad_line)?
    } else {
        let file = gleaner::open_input(&args.items)
            .map_err(|e| format!("{}: {e}", args.items.display()))?;
        read_cluster_inputs(std::io::BufReader::new(file), report_bad_line)?
    };
    let clusters = cluster(&inputs, |join| {
        if args.explain {
            eprintln!(
                "{} joins {}: {:?} {:?}",
                safe_json(&inputs[join.item].id),
                safe_json(&inputs[join.of].id),
                join.reason,
                join.evidence
            );
        }
    });
    for (input, representative) in inputs.iter().zip(clusters) {
        let line = json!({"id": input.id, "cluster": inputs[representative].id});
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}
