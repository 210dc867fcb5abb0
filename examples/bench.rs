//! Indexing throughput for users: the pipeline beside raw tantivy on the same generated items,
//! and scoring, as one table with the machine described and the pipeline/raw ratio.
//!
//! ```text
//! cargo run --release --example bench -- [--items 100000]
//! ```
//!
//! `gleaner bench` is the same. The criterion benches under `benches/` are the careful
//! measurement (docs/PERFORMANCE.md).

#[path = "support/bench_cmd.rs"]
mod bench_cmd;

use clap::Parser;

/// The allocator the `gleaner` command ships with, so that both print the same figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "bench")]
struct Cli {
    #[command(flatten)]
    args: bench_cmd::Args,
}

fn main() {
    let cli = Cli::parse();
    let mut out = std::io::stdout();
    if let Err(e) = bench_cmd::run(cli.args, &mut out) {
        eprintln!(
            "{}",
            serde_json::json!({"error": gleaner::error_chain(&*e)})
        );
        std::process::exit(1);
    }
}
