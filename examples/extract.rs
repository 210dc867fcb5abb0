//! Extract articles from web pages and print them as JSON lines.
//!
//! ```text
//! cargo run --release --example extract -- INPUT...
//! ```
//!
//! Each INPUT is an HTML file (`.html`, `.htm`, or gzip-compressed `.html.gz`), a directory
//! (every such file in it, recursively, sorted) or an `http(s)://` URL. Prints one JSON object
//! per input on stdout: `{"path" (or "url"), "title", "authors", "published", "lang",
//! "canonical_url", "site_name", "image", "text"}`, and one per failure on stderr:
//! `{"path" (or "url"), "error"}`. Exits 0 once every input was attempted, 2 on bad usage.
//! HTTP fetching refuses loopback and private addresses unless `GLEANER_ALLOW_PRIVATE=1`.
//!
//! A page is read through a cap of 8 MiB (the extractor's own limit), decompressed too: a
//! larger file, `/dev/zero` or a gzip bomb is a `too large` error for that input, a named pipe
//! with no writer an error after 5 s, and the other inputs go on. Paths need not be UTF-8
//! (`path` then shows them with U+FFFD).

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, safe_json};

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;
use gleaner::extract::{extract, ExtractOptions};
use gleaner::ingest::FetcherBuilder;
use serde_json::json;

/// Extract articles from web pages and print them as JSON lines.
#[derive(Parser)]
#[command(name = "extract")]
struct Args {
    /// HTML files (.html, .htm, .html.gz), directories of them, or http(s):// URLs.
    #[arg(required = true)]
    inputs: Vec<OsString>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = parse_args::<Args>();
    std::panic::set_hook(Box::new(|_| {}));
    let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
    let options = ExtractOptions::default();
    let limit = options.max_bytes as u64;
    let fetcher = FetcherBuilder::new()
        .allow_private(allow_private)
        .allow_loopback(allow_private)
        .max_body_bytes(limit)
        .build()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());

    let pages = gleaner::PageInput::expand(args.inputs);
    for page in pages {
        let (key, name) = (page.key(), page.name());
        // Errors become text here, at the edge, where they are printed.
        let article = match page.load(&fetcher, limit) {
            Ok(loaded) => extract(
                &loaded.body,
                loaded.url.as_ref(),
                loaded.charset.as_deref(),
                &options,
            )
            .map_err(|e| gleaner::error_chain(&e)),
            Err(e) => Err(gleaner::error_chain(&e)),
        };
        match article {
            Ok(article) => {
                let line = gleaner::lines::article_line(key, &name, &article);
                writeln!(out, "{}", safe_json(&line))?;
            }
            Err(error) => eprintln!("{}", safe_json(&json!({ key: name, "error": error }))),
        }
    }
    out.flush()?;
    Ok(())
}
