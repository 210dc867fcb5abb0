//! The batch-curation job's command line, shared by the `curate` example and `gleaner
//! curate` (which includes this file): the flags, the bundled demo as the default, a
//! progress bar while it runs, and the run's summary.
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use gleaner::curate::{curate, CurateOptions, Selection, Step};
use gleaner::ingest::FetcherBuilder;
use gleaner::score::Scorer;
use gleaner::{Pipeline, Workspace};

use super::backends::BackendArgs;
use super::progress::{draw, progress_bar, show_step};

/// The bundled demo, from the repository's `examples/` (what runs with no argument).
const DEMO_DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/data");
const DEMO_PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);
const DEMO_DECISIONS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/decisions/nuri-telecom.jsonl"
);

/// Curate: run sources into a workspace, score them against a brand profile, listen for
/// alerts, and write a digest, curated feeds and an alert report.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
With no SOURCE and no --profile it runs offline on the bundled demo (examples/data, the
profile examples/profiles/nuri-telecom.toml and the curator's decisions in
examples/decisions/nuri-telecom.jsonl).

Writes into --out: digest.md, digest.html, curated.xml (RSS 2.0), curated.atom,
curated.json (JSON Feed 1.1), alerts.json and alerts.md. Prints a summary on stdout: items
in, new, duplicates, failures with reasons, top stories, alerts and what is due. Running it
again on the same input stores nothing new and writes the same files but for their
generation time.

--select rules (key=value, repeatable):
  per-topic=N  min-score=X  max-age=48h|7d  lang=ko,en|any  topic=NAME  source=HOST
  exclude-source=HOST  rediscover=N  rediscover-after=30d  rediscover-min-fit=X
  feed-items=N")]
pub struct Args {
    /// The brand profile (TOML, docs/PROFILE.md); default: the demo's.
    #[arg(long, value_name = "P.toml")]
    pub profile: Option<PathBuf>,
    /// The workspace directory (created when absent).
    #[arg(long, value_name = "DIR", default_value = "workspace",
          value_parser = clap::builder::PathBufValueParser::new())]
    pub workspace: PathBuf,
    #[command(flatten)]
    pub backends: BackendArgs,
    /// Where the outputs are written.
    #[arg(long, value_name = "DIR", default_value = "out",
          value_parser = clap::builder::PathBufValueParser::new())]
    pub out: PathBuf,
    /// A selection rule, key=value (repeatable; see below).
    #[arg(long = "select", value_name = "RULE")]
    pub select: Vec<String>,
    /// The run's time, RFC 3339 (default: the newest stored item's publication).
    #[arg(long, value_name = "TIME")]
    pub now: Option<DateTime<Utc>>,
    /// A directory of templates overriding digest.html, digest.md, alerts.md.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Curators' decisions and notes to record first (JSON lines; default with the demo:
    /// the demo's).
    #[arg(long, value_name = "FILE")]
    pub decisions: Option<PathBuf>,
    /// List each entry's reasons in the Markdown digest.
    #[arg(long)]
    pub reasons: bool,
    /// The site the curated feeds belong to (their home link).
    #[arg(long, value_name = "URL")]
    pub site: Option<String>,
    /// Feed files, directories, OPML lists, pages, http(s) URLs; default: the demo's feeds.
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<OsString>,
}

/// Runs the job; the summary goes to `out`, unless `quiet` (no progress bar either).
pub fn run(
    args: Args,
    quiet: bool,
    out: &mut impl Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let demo = args.sources.is_empty() && args.profile.is_none();
    let inputs = if args.sources.is_empty() {
        vec![DEMO_DATA.to_owned()]
    } else {
        super::cli::text_inputs(args.sources)
    };
    if inputs.is_empty() {
        return Err("no source could be named (see above)".into());
    }
    let profile_path = args.profile.unwrap_or_else(|| PathBuf::from(DEMO_PROFILE));
    let profile = gleaner::scoring::read_profile(&profile_path)
        .map_err(|e| format!("{}: {e}", profile_path.display()))?;
    let decisions = args
        .decisions
        .or_else(|| demo.then(|| PathBuf::from(DEMO_DECISIONS)));
    let options = CurateOptions {
        out: args.out,
        now: args.now,
        selection: Selection::default().apply(&args.select)?,
        templates: args.templates,
        decisions,
        reasons: args.reasons,
        site: args.site,
        ..CurateOptions::default()
    };
    let allow_private = std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1");
    let fetcher = FetcherBuilder::new()
        .allow_private(allow_private)
        .allow_loopback(allow_private)
        .build()?;
    let visible = !quiet && std::io::stderr().is_terminal();
    let bar = progress_bar();
    let pipeline = Pipeline::new(fetcher).progress(draw(bar.clone(), visible));
    let mut workspace = args
        .backends
        .apply(Workspace::builder(&args.workspace))
        .open()?;
    // The pipeline's bar is cleared when the run finishes; the steps after it get their own.
    let steps = progress_bar();
    let step = |s: Step| {
        let message = match s {
            Step::Scoring(n) => format!("scoring {n} items"),
            Step::Listening(n) => format!("listening to {n} items"),
            Step::Writing => "writing the outputs".to_owned(),
            _ => String::new(),
        };
        show_step(&steps, visible, message);
    };
    let scorer = Scorer::new(profile);
    let curation = curate(&mut workspace, &pipeline, &scorer, &inputs, &options, &step);
    bar.finish_and_clear();
    steps.finish_and_clear();
    let curation = curation?;
    if !quiet {
        if demo {
            writeln!(
                out,
                "gleaner curate: the bundled demo ({})",
                profile_path.display()
            )?;
        }
        for line in curation.summary_lines() {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
