//! The curator's desk over a workspace: a local web app to review, decide, annotate and
//! publish.
//!
//! ```text
//! cargo run --release --example curate                 # a workspace to review
//! cargo run --release --example desk -- --workspace workspace [--port N]
//! ```
//!
//! `gleaner desk` is the same. See docs/DESK.md.

// The desk takes the URLs, not a builder.
#[allow(dead_code)]
#[path = "support/backends.rs"]
mod backends;
#[path = "support/desk_cmd.rs"]
mod desk_cmd;

use clap::Parser;

#[derive(Parser)]
#[command(name = "desk")]
struct Cli {
    #[command(flatten)]
    args: desk_cmd::Args,
}

fn main() {
    let cli = Cli::parse();
    let mut out = std::io::stdout();
    if let Err(e) = desk_cmd::run(cli.args, &mut out) {
        eprintln!(
            "{}",
            serde_json::json!({"error": gleaner::error_chain(&*e)})
        );
        std::process::exit(1);
    }
}
