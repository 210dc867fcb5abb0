//! `gleaner ingest`: feeds read and printed item by item, as `examples/ingest.rs` does.
use std::ffi::OsString;
use std::io::Write;

use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader};
use serde_json::json;

use crate::output::{safe_json, Result};

/// `gleaner ingest`.
#[derive(clap::Args)]
#[command(after_help = "\
Prints one JSON line per item on stdout:
  {\"source\",\"id\",\"url\",\"title\",\"summary\",\"content_text\",\"authors\",\"categories\",
   \"published\",\"lang\"}
where source is the INPUT the item came from as given (the file inside a directory, the
subscription inside an OPML list); and one {\"source\",\"error\"} line on stderr per input that
failed (a path that is not UTF-8 among them). Exits 0 once every input was attempted.
HTTP fetching refuses loopback and private addresses unless GLEANER_ALLOW_PRIVATE=1.")]
pub struct Args {
    /// Feed files, directories, http(s):// or file:// URLs, or OPML lists.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<OsString>,
}

/// The inputs as text, for the library (see [`gleaner::input_text`]); each one that is not (a
/// non-UTF-8 path) is reported on stderr as `{"source","error"}` and left out.
pub fn text_inputs(inputs: Vec<OsString>) -> Vec<String> {
    let report = |e: gleaner::Error| {
        let source = match &e {
            gleaner::Error::NonUtf8Path { path } => path.clone(),
            _ => String::new(),
        };
        eprintln!(
            "{}",
            safe_json(&json!({ "source": source, "error": gleaner::error_chain(&e) }))
        );
    };
    let text = inputs.into_iter().map(gleaner::input_text);
    text.filter_map(|input| input.map_err(report).ok())
        .collect()
}

/// Reads every input and prints its items.
pub fn run(args: Args, out: &mut impl Write) -> Result {
    let inputs = text_inputs(args.inputs);
    // A dependency's panic is caught where it is called; the default hook would still print
    // it and break stderr's one JSON object per line.
    std::panic::set_hook(Box::new(|_| {}));
    let fetcher = FetcherBuilder::new()
        .allow_private(crate::output::allow_private())
        .allow_loopback(crate::output::allow_private())
        .politeness_delay(std::time::Duration::from_millis(250))
        .build()?;
    let reader = FeedReader::new(fetcher, ParseOptions::default());
    for input in expand_inputs(&inputs) {
        for result in reader.read(&input) {
            let location = result.source.location.clone();
            let feed = match result.into_feed() {
                Ok(feed) => feed,
                Err(e) => {
                    let line = json!({ "source": location, "error": gleaner::error_chain(&e) });
                    eprintln!("{}", safe_json(&line));
                    continue;
                }
            };
            for item in feed.items {
                let line = gleaner::lines::item_line(&location, &item);
                writeln!(out, "{}", safe_json(&line))?;
            }
        }
    }
    Ok(())
}
