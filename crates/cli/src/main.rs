//! `gleaner`: the command for operators. Add feeds and pages to a workspace and watch the run,
//! search it, read its runs log and counts, and run single stages (ingest, extract, dedup) on
//! files.
//!
//! ```text
//! cargo install --path crates/cli
//! gleaner add --workspace ws examples/data
//! gleaner search --workspace ws "고객 불만"
//! ```
//!
//! Every subcommand is a short call into the `gleaner` facade, made the way the matching
//! program in `examples/` makes it, and keeps that program's output contract: `ingest`,
//! `extract` and `dedup` print exactly what the examples of those names print, `search` what
//! `examples/search.rs` prints. This crate draws (the progress bar) and prints; the library
//! does the work and draws nothing.
//!
//! | subcommand | stdout (JSON lines) | stderr |
//! | --- | --- | --- |
//! | `add` | with `--json`, the run's summary as one line | progress bar, summary, failed sources |
//! | `search` | `{"id","url","title","score","snippet"}` per hit, best first | `{"warning"}` |
//! | `ingest` | one item per line (see `gleaner ingest --help`) | `{"source","error"}` |
//! | `extract` | one article per page | `{"path" or "url","error"}` |
//! | `dedup` | `{"id","cluster"}` per item | `{"line","error"}`, `--explain` |
//! | `rank` | `{"id","score","components","explanation"}`, best first | `{"line","error"}` |
//! | `score` | the best `--top` items with their explanation (scores kept in the store) | a summary |
//! | `influence` | one line per source and author, most stories originated first | |
//! | `alerts` | `{"type":"mention",…}` per mention, then `{"type":"alert",…}` | `{"line","error"}` |
//! | `runs` | one line per run, oldest first | |
//! | `stats` | with `--json`, one line of counts; else text | |
//! | `rebuild-index` | with `--json`, `{"indexed"}`; else text | |
//!
//! Every string that came from a feed, a page or a file name is escaped before it reaches a
//! terminal (`gleaner::terminal`): a hostile title cannot drive it.
//!
//! # Exit codes
//!
//! 0 success (`add` and `ingest` also when some sources failed: they are reported), 1 failure
//! (a workspace that cannot be opened, a run or a search that failed, an input refused as a
//! whole), 2 bad usage. A reader of stdout that goes away (`| head`) ends the command quietly
//! with 0.
//!
//! # Logs
//!
//! Logs go to stderr, through `tracing-subscriber`, together with the dependencies' `log`
//! records: warnings and errors by default, `-v` the run and each source as they end, `-vv`
//! each batch, `-vvv` everything; `-q` errors only and no progress bar. `RUST_LOG`, when set,
//! overrides these (`RUST_LOG=gleaner=debug`). Log lines are made printable like every other
//! output (they name sources), so they have no colours.

mod add;
mod alerts;
#[path = "../../../examples/support/backends.rs"]
mod backends;
#[path = "../../../examples/support/bench_cmd.rs"]
mod bench_cmd;
#[path = "../../../examples/support/cli.rs"]
#[allow(dead_code)]
mod cli;
#[path = "../../../examples/support/curate_cmd.rs"]
mod curate_cmd;
mod dedup;
#[path = "../../../examples/support/desk_cmd.rs"]
mod desk_cmd;
mod extract;
mod ingest;
mod logging;
mod output;
#[path = "../../../examples/support/progress.rs"]
mod progress;
mod rank;
mod schedule;
mod search;
mod workspace;

use clap::{Parser, Subcommand};

/// mimalloc rather than the system allocator: dedup's lookups run nearly twice as fast among a
/// million stored fingerprints (docs/PERFORMANCE.md, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What the exit codes mean, shown under every `--help`.
const EXIT_CODES: &str = "\
Exit codes:
  0  success (failed sources are reported, not fatal)
  1  failure: a workspace, run, search or input that could not be done
  2  bad usage

Logs go to stderr: -v, -vv, -vvv for more, -q for errors only; RUST_LOG overrides both.";

/// Brand content curation: add feeds to a workspace, search it, run single stages.
#[derive(Parser)]
#[command(name = "gleaner", version, after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    /// More log on stderr: -v runs and sources, -vv batches, -vvv everything.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// Errors only, and no progress bar.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run inputs (feed files, directories, URLs, OPML lists, pages) into a workspace.
    #[command(after_help = EXIT_CODES)]
    Add(add::Args),
    /// Search a workspace; JSON lines {"id","url","title","score","snippet"}.
    #[command(after_help = EXIT_CODES)]
    Search(search::Args),
    /// Read feeds and print their items as JSON lines.
    #[command(after_help = EXIT_CODES)]
    Ingest(ingest::Args),
    /// Extract articles from web pages and print them as JSON lines.
    #[command(after_help = EXIT_CODES)]
    Extract(extract::Args),
    /// Cluster JSON lines of items into stories.
    #[command(after_help = EXIT_CODES)]
    Dedup(dedup::Args),
    /// Rank JSON lines of items against a brand profile, each with its explanation.
    #[command(after_help = EXIT_CODES)]
    Rank(rank::Args),
    /// The main job: sources into a workspace, scored, listened to, and presented as a digest,
    /// curated feeds and an alert report.
    Curate(curate_cmd::Args),
    /// The curator's desk: a local web app to review, decide, annotate and publish.
    Desk(desk_cmd::Args),
    /// Indexing throughput: the pipeline beside raw tantivy, and scoring, as one table.
    Bench(bench_cmd::Args),
    /// Score the workspace's items against a profile, learning from decisions; keep the scores.
    #[command(after_help = EXIT_CODES)]
    Score(workspace::ScoreArgs),
    /// Each source's and author's stories originated, their coverage, and the approval rate.
    #[command(after_help = EXIT_CODES)]
    Influence(workspace::InfluenceArgs),
    /// Listen to a timeline for a brand: mentions with class and deadline, then alerts.
    #[command(after_help = EXIT_CODES)]
    Alerts(alerts::Args),
    /// The workspace's runs log, as JSON lines, oldest first.
    #[command(after_help = EXIT_CODES)]
    Runs(workspace::RunsArgs),
    /// Counts of items, stories, revisions, runs and indexed documents.
    #[command(after_help = EXIT_CODES)]
    Stats(workspace::StatsArgs),
    /// Rebuild the search index from the store.
    #[command(name = "rebuild-index", after_help = EXIT_CODES)]
    RebuildIndex(workspace::RebuildArgs),
    /// Poll sources on their schedule, as one of any number of workers sharing a store.
    #[command(after_help = EXIT_CODES)]
    Schedule(schedule::Args),
}

fn main() {
    let cli = output::parse_args::<Cli>();
    logging::init(cli.verbose, cli.quiet);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match cli.command {
        Command::Add(args) => add::run(args, cli.quiet, &mut out),
        Command::Search(args) => search::run(args, &mut out),
        Command::Ingest(args) => ingest::run(args, &mut out),
        Command::Extract(args) => extract::run(args, &mut out),
        Command::Dedup(args) => dedup::run(args, &mut out),
        Command::Curate(args) => curate_cmd::run(args, cli.quiet, &mut out),
        Command::Desk(args) => desk_cmd::run(args, &mut out),
        Command::Bench(args) => bench_cmd::run(args, &mut out),
        Command::Rank(args) => rank::run(args, &mut out),
        Command::Alerts(args) => alerts::run(args, &mut out),
        Command::Score(args) => workspace::score(args, &mut out),
        Command::Influence(args) => workspace::influence(args, &mut out),
        Command::Runs(args) => workspace::runs(args, &mut out),
        Command::Stats(args) => workspace::stats(args, &mut out),
        Command::RebuildIndex(args) => workspace::rebuild_index(args, &mut out),
        Command::Schedule(args) => schedule::run(args, &mut out),
    };
    output::finish(result, &mut out);
}
