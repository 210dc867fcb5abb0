//! Ingest feeds and print their items as JSON lines.
//!
//! ```text
//! cargo run --release --example ingest -- INPUT...
//! ```
//!
//! Each INPUT is a feed file, a directory (every feed file in it, recursively, in sorted
//! order), an `http(s)://` URL (a feed, or a page that advertises one), a `file://` URL, or an
//! OPML file or URL (whose subscriptions are then fetched). Prints one JSON object per item on
//! stdout:
//! `{"source","id","url","title","summary","content_text","authors","categories","published","lang"}`
//! where `source` is the INPUT the item came from exactly as given (the file's path inside a
//! directory, the subscription's URL inside an OPML list), and one JSON object per input that
//! failed on stderr: `{"source","error"}`. Exits 0 once every input was attempted, 2 on bad
//! usage.
//!
//! HTTP fetching refuses loopback and private addresses unless `GLEANER_ALLOW_PRIVATE=1`.
//! Files are read through the fetcher's size cap (16 MiB), so `/dev/zero` is a `too large`
//! error, and a named pipe with no writer is an error after 5 s. A path that is not UTF-8
//! cannot be named as a source (sources are text): it is reported as `{"source","error"}`
//! (the path shown with U+FFFD) and the other inputs go on.

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, safe_json, text_inputs};

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;
use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader};
use serde_json::json;

/// Ingest feeds and print their items as JSON lines.
#[derive(Parser)]
#[command(name = "ingest")]
struct Args {
    /// Feed files, directories, http(s):// or file:// URLs, or OPML lists.
    #[arg(required = true)]
    inputs: Vec<OsString>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let inputs = text_inputs(parse_args::<Args>().inputs);
    // Dependencies' panics cannot escape as crashes (parse_feed catches what it calls), but the
    // default hook would still print them and break stderr's one-JSON-object-per-line format.
    std::panic::set_hook(Box::new(|_| {}));

    let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
    let fetcher = FetcherBuilder::new()
        .allow_private(allow_private)
        .allow_loopback(allow_private)
        .politeness_delay(std::time::Duration::from_millis(250))
        .build()?;
    let reader = FeedReader::new(fetcher, ParseOptions::default());

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in expand_inputs(&inputs) {
        for result in reader.read(&input) {
            let location = result.source.location.clone();
            let feed = match result.into_feed() {
                Ok(feed) => feed,
                Err(e) => {
                    let error = gleaner::error_chain(&e);
                    eprintln!(
                        "{}",
                        safe_json(&json!({ "source": location, "error": error }))
                    );
                    continue;
                }
            };
            for item in feed.items {
                let line = gleaner::lines::item_line(&location, &item);
                writeln!(out, "{}", safe_json(&line))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
