//! Cluster items into stories and print each item's story.
//!
//! ```text
//! cargo run --release --example dedup -- ITEMS.jsonl
//! ```
//!
//! Reads JSON lines `{"id","url","title","text","published"}` (only `id` is required; `-`
//! reads stdin) and prints one line per item, in input order: `{"id","cluster"}`, where
//! `cluster` is the id of the representative of the item's story (its longest member). Items
//! are placed in order of publication, as they would have arrived. `--explain` also prints,
//! on stderr, which item each copy was matched with, why, and the measurements behind it.
//! Lines are read under bounds (`gleaner::cluster`, over `gleaner::jsonl`): a line that is not such an object, is not
//! UTF-8, or is longer than 16 MiB is reported on stderr as `{"line","error"}` and skipped, and
//! the others are clustered. More than 256 MiB of items or a million of them, more than 2 GiB
//! read in all (`/dev/zero`), or 10,000 bad lines outnumbering the good (not JSON lines at all:
//! `/dev/urandom`) stops the run with `{"error"}` on stderr and nothing on stdout. Exits 0
//! once every line was read, 1 when the input could not be read or was refused, 2 on bad
//! usage (`--help` lists the flags).

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, report_bad_line, safe_json};

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use gleaner::cluster::{cluster, read_cluster_inputs, ClusterInput};
use serde_json::json;

/// Cluster JSON lines of items into stories.
#[derive(Parser)]
#[command(name = "dedup")]
struct Args {
    /// JSON lines {"id","url","title","text","published"} (only "id" is required); `-` for
    /// stdin.
    items: PathBuf,
    /// Print on stderr which item each copy was matched with, why, and the measurements.
    #[arg(long)]
    explain: bool,
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
    // Read under bounds, each bad line reported as it is met.
    let inputs: Vec<ClusterInput> = if args.items.as_os_str() == "-" {
        read_cluster_inputs(std::io::stdin().lock(), report_bad_line)?
    } else {
        let file = gleaner::open_input(&args.items)
            .map_err(|e| format!("{}: {e}", args.items.display()))?;
        read_cluster_inputs(std::io::BufReader::new(file), report_bad_line)?
    };

    // Place them in order of publication; each copy says which item it joined, and why.
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

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (input, representative) in inputs.iter().zip(clusters) {
        let cluster = &inputs[representative].id;
        writeln!(
            out,
            "{}",
            safe_json(&json!({"id": input.id, "cluster": cluster}))
        )?;
    }
    out.flush()?;
    Ok(())
}
