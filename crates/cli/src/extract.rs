//! `gleaner extract`: articles extracted from pages, as `examples/extract.rs` does.
use std::ffi::OsString;
use std::io::Write;

use gleaner::extract::{extract, ExtractOptions};
use gleaner::ingest::FetcherBuilder;
use serde_json::json;

use crate::output::{safe_json, Result};

/// `gleaner extract`.
#[derive(clap::Args)]
#[command(after_help = "\
Prints one JSON line per page on stdout:
  {\"path\" (or \"url\"),\"title\",\"authors\",\"published\",\"lang\",\"canonical_url\",
   \"site_name\",\"image\",\"text\"}
and one {\"path\" (or \"url\"),\"error\"} line on stderr per page that failed. A page is read
through a cap of 8 MiB, decompressed too (.html.gz). Exits 0 once every input was attempted.
HTTP fetching refuses loopback and private addresses unless GLEANER_ALLOW_PRIVATE=1.")]
pub struct Args {
    /// HTML files (.html, .htm, .html.gz), directories of them, or http(s):// URLs.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<OsString>,
}

/// Reads every page and prints its article.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    // A dependency's panic is caught where it is called; the default hook would still print
    // it and break stderr's one JSON object per line.
    std::panic::set_hook(Box::new(|_| {}));
    let options = ExtractOptions::default();
    let limit = options.max_bytes as u64;
    let fetcher = FetcherBuilder::new()
        .allow_private(crate::output::allow_private())
        .allow_loopback(crate::output::allow_private())
        .max_body_bytes(limit)
        .build()?;
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
    Ok(())
}
