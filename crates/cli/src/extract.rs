//! `gleaner extract`: articles extracted from pages, as `examples/extract.rs` does.
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

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

/// One page to read.
enum Task {
    Url(String),
    File(PathBuf),
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
    let mut tasks = Vec::new();
    for input in args.inputs {
        let text = input.to_string_lossy();
        if text.starts_with("http://") || text.starts_with("https://") {
            tasks.push(Task::Url(text.into_owned()));
            continue;
        }
        let path = PathBuf::from(input);
        if path.is_dir() {
            let pages = gleaner::files_under(&path, gleaner::is_page_file);
            tasks.extend(pages.into_iter().map(Task::File));
        } else {
            tasks.push(Task::File(path));
        }
    }
    for task in tasks {
        let (key, input, loaded) = match task {
            Task::Url(url) => {
                let loaded = fetcher
                    .fetch(&url, None)
                    .map_err(|e| gleaner::error_chain(&e))
                    .map(|f| {
                        let charset = f.charset();
                        let final_url = url::Url::parse(&f.url).ok();
                        (f.body.unwrap_or_default(), charset, final_url)
                    });
                ("url", url, loaded)
            }
            Task::File(path) => {
                let loaded = gleaner::read_page_file(&path, limit)
                    .map(|b| (b, None, None))
                    .map_err(|e| gleaner::error_chain(&e));
                ("path", path.to_string_lossy().into_owned(), loaded)
            }
        };
        let article = loaded.and_then(|(bytes, charset, url)| {
            extract(&bytes, url.as_ref(), charset.as_deref(), &options)
                .map_err(|e| gleaner::error_chain(&e))
        });
        match article {
            Ok(a) => {
                let text = a.text();
                let line = json!({
                    key: input,
                    "title": a.title,
                    "authors": a.authors,
                    "published": a.published.map(|d| d.to_rfc3339()),
                    "lang": a.lang.map(|l| l.code().to_string()),
                    "canonical_url": a.canonical_url,
                    "site_name": a.site_name,
                    "image": a.image,
                    "text": text,
                });
                writeln!(out, "{}", safe_json(&line))?;
            }
            Err(e) => eprintln!("{}", safe_json(&json!({ key: input, "error": e }))),
        }
    }
    Ok(())
}
