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

use std::io::{Read, Write};
use std::path::Path;

use gleaner::extract::{extract, ExtractOptions};
use gleaner::ingest::FetcherBuilder;
use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let inputs: Vec<String> = std::env::args().skip(1).collect();
    if inputs.is_empty() || inputs.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: extract INPUT...   (HTML files, directories or URLs)");
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|_| {}));
    let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
    let fetcher = FetcherBuilder::new()
        .allow_private(allow_private)
        .allow_loopback(allow_private)
        .build()?;
    let options = ExtractOptions::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());

    let mut tasks: Vec<(bool, String)> = Vec::new();
    for input in &inputs {
        let is_url = input.starts_with("http://") || input.starts_with("https://");
        if !is_url && Path::new(input).is_dir() {
            tasks.extend(
                gleaner::files_under(Path::new(input), is_html_file)
                    .into_iter()
                    .map(|p| (false, p.to_string_lossy().into_owned())),
            );
        } else {
            tasks.push((is_url, input.clone()));
        }
    }
    for (is_url, input) in tasks {
        let key = if is_url { "url" } else { "path" };
        let loaded = if is_url {
            fetcher
                .fetch(&input, None)
                .map_err(|e| e.to_string())
                .map(|f| {
                    let charset = f.charset();
                    (
                        f.body.unwrap_or_default(),
                        charset,
                        url::Url::parse(&f.url).ok(),
                    )
                })
        } else {
            read_file(Path::new(&input))
                .map(|b| (b, None, None))
                .map_err(|e| e.to_string())
        };
        let result = loaded.and_then(|(bytes, charset, url)| {
            extract(&bytes, url.as_ref(), charset.as_deref(), &options).map_err(|e| e.to_string())
        });
        match result {
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
                writeln!(out, "{line}")?;
            }
            Err(e) => eprintln!("{}", json!({ key: input, "error": e })),
        }
    }
    out.flush()?;
    Ok(())
}

fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .take(64 << 20)
            .read_to_end(&mut out)?;
        return Ok(out);
    }
    Ok(bytes)
}

fn is_html_file(path: &Path) -> bool {
    let name = path.to_string_lossy().to_lowercase();
    [".html", ".htm", ".html.gz", ".htm.gz"]
        .iter()
        .any(|e| name.ends_with(e))
}
