//! `gleaner schedule`: sources polled on their schedule, by any number of workers sharing one
//! store (`docs/SCALE.md`). `schedule add` puts sources on the schedule; `schedule run` is one
//! worker: it leases what is due, runs it, gives it back with its next time, and waits.
use std::io::Write;
use std::time::Duration;

use gleaner::ingest::FetcherBuilder;
use gleaner::schedule::{add_to_schedule, next_due_in, poll_once, Schedule};
use gleaner::Pipeline;
use serde_json::json;

use crate::output::{safe_json, Result};
use crate::workspace::WorkspaceArg;

/// `gleaner schedule`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Put sources (feeds, URLs, directories of feed files) on the schedule, due now.
    Add(AddArgs),
    /// Be one worker: poll due sources until stopped (or once, with --once). Prints a JSON line
    /// per round: {"sources","new","duplicate","updated","unchanged","failed","lost_leases"}.
    Run(RunArgs),
}

#[derive(clap::Args)]
struct AddArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// Sources to poll.
    #[arg(required = true)]
    inputs: Vec<String>,
}

#[derive(clap::Args)]
struct RunArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// Poll what is due now, then stop.
    #[arg(long)]
    once: bool,
    /// This worker's name in leases [default: host and process id].
    #[arg(long)]
    worker: Option<String>,
    /// Sources leased at a time.
    #[arg(long, default_value_t = 16)]
    sources: usize,
    /// How long a lease lasts, in seconds: a dead worker's sources come back after it.
    #[arg(long, default_value_t = 600)]
    lease_secs: u64,
    /// How soon a file source is due again, in seconds (web sources follow their fetch state).
    #[arg(long, default_value_t = 900)]
    every_secs: u64,
}

/// Runs `gleaner schedule`.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    match args.command {
        Sub::Add(args) => {
            let workspace = crate::workspace::open_to_write(&args.workspace)?;
            let added = add_to_schedule(&workspace, &args.inputs)?;
            let scheduled = workspace.store().polled()?.len();
            writeln!(
                out,
                "{}",
                safe_json(&json!({"added": added, "scheduled": scheduled}))
            )?;
            Ok(())
        }
        Sub::Run(args) => poll(args, out),
    }
}

fn poll(args: RunArgs, out: &mut impl Write) -> Result {
    let mut workspace = crate::workspace::open_to_write(&args.workspace)?;
    let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
    let fetcher = FetcherBuilder::new()
        .allow_private(allow_private)
        .allow_loopback(allow_private)
        .build()?;
    let pipeline = Pipeline::new(fetcher).list_items(false);
    let mut schedule = Schedule {
        sources_per_lease: args.sources.max(1),
        lease: Duration::from_secs(args.lease_secs.max(1)),
        every: Duration::from_secs(args.every_secs),
        ..Schedule::default()
    };
    if let Some(worker) = args.worker {
        schedule.worker = worker;
    }
    loop {
        let round = poll_once(&mut workspace, &pipeline, &schedule)?;
        if let Some(report) = &round.report {
            let t = &report.total;
            let line = json!({
                "sources": round.sources.len(),
                "new": t.new,
                "duplicate": t.duplicate,
                "updated": t.updated,
                "unchanged": t.unchanged,
                "failed": t.failed,
                "lost_leases": round.lost_leases,
            });
            writeln!(out, "{}", safe_json(&line))?;
            out.flush()?;
            continue;
        }
        if args.once {
            return Ok(());
        }
        // Nothing due for this worker: wait for the next source (at most a minute, since
        // other workers' leases end and sources are added meanwhile).
        let wait = next_due_in(&workspace)?.unwrap_or(60).clamp(1, 60);
        std::thread::sleep(Duration::from_secs(wait));
    }
}
