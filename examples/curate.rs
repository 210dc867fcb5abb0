//! The main job: curate sources for a brand. Runs them into a workspace (ingest → extract →
//! dedup → store → index), scores every item against the brand profile with reasons,
//! listens for complaints and crises, and writes a digest (Markdown and HTML), curated feeds
//! (RSS, Atom, JSON Feed) and an alert report into `out/`.
//!
//! ```text
//! cargo run --release --example curate -- [--profile P.toml] [--workspace DIR] [--out DIR]
//!                                         [--quiet] [--select RULE]... [SOURCE...]
//! ```
//!
//! With no argument it runs offline on the bundled demo (`examples/data`, the profile
//! `examples/profiles/nuri-telecom.toml`, the curator's decisions in
//! `examples/decisions/`). `gleaner curate` is the same job. Exits 2 on bad usage, 1 when
//! the job fails (a bad profile with its line and column, an unwritable output).

// Not every example uses every helper of the shared modules.
#[path = "support/backends.rs"]
mod backends;
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
#[path = "support/curate_cmd.rs"]
mod curate_cmd;
#[path = "support/progress.rs"]
mod progress;

use clap::Parser;

#[derive(Parser)]
#[command(name = "curate")]
struct Cli {
    #[command(flatten)]
    args: curate_cmd::Args,
    /// No progress bar and no summary.
    #[arg(long, short)]
    quiet: bool,
}

fn main() {
    let cli = cli::parse_args::<Cli>();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = curate_cmd::run(cli.args, cli.quiet, &mut out);
    cli::finish(result, &mut out);
}
