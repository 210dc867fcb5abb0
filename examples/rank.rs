//! Rank items by how well they fit a brand profile, each with its explanation.
//!
//! ```text
//! cargo run --release --example rank -- --profile examples/profiles/acme-mobile.toml ITEMS.jsonl [--top N] [--now RFC3339]
//! ```
//!
//! Reads JSON lines `{"id","title","summary" or "text","url","source","published","lang"}`
//! (only `id` is required; `-` reads stdin), scores them all against the profile with the
//! input as the corpus for term statistics, and prints JSON lines, best first:
//! `{"id","score","components":{"topic":…,…},"explanation":{"topic":{"value","weight","evidence"},…}}`.
//! Equal scores keep input order. Freshness is measured at `--now`, by default the latest
//! `published` of the input (so a run is reproducible), or the current time when no item has
//! a date. A profile that cannot be used is reported with its line and column. Lines are read
//! under the bounds of the `dedup` example (`gleaner::cluster::read_inputs`): a bad line is
//! reported on stderr as `{"line","error"}` and skipped. Exits 0 once every line was read, 1
//! when the profile or the input could not be used, 2 on bad usage.

// Not every example uses every helper of the shared module.
#[allow(dead_code)]
#[path = "support/cli.rs"]
mod cli;
use cli::{parse_args, safe_json};

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::Parser;
use gleaner::jsonl::LineError;
use gleaner::score::{BrandProfile, Document, Scorer};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// Rank JSON lines of items against a brand profile.
#[derive(Parser)]
#[command(name = "rank")]
struct Args {
    /// The brand profile (TOML; docs/PROFILE.md).
    #[arg(long)]
    profile: PathBuf,
    /// JSON lines {"id","title","summary" or "text","url","source","published","lang"}; `-`
    /// for stdin.
    items: PathBuf,
    /// Print only the best N.
    #[arg(long)]
    top: Option<usize>,
    /// Measure freshness at this time (RFC 3339) instead of the latest `published`.
    #[arg(long)]
    now: Option<DateTime<Utc>>,
}

/// One line of output, its fields in this order.
#[derive(Serialize)]
struct Ranked<'a> {
    id: &'a Value,
    score: f64,
    components: Map<String, Value>,
    explanation: Map<String, Value>,
}

/// One line of input.
#[derive(Deserialize)]
struct RankInput {
    id: Value,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

fn main() {
    let args = parse_args::<Args>();
    if let Err(e) = run(&args) {
        eprintln!(
            "{}",
            safe_json(&json!({"error": gleaner::error_chain(&*e)}))
        );
        std::process::exit(1);
    }
}

fn report_bad_line(e: &LineError) {
    eprintln!(
        "{}",
        safe_json(&json!({"line": e.line(), "error": gleaner::error_chain(&e)}))
    );
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let profile = BrandProfile::from_path(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let inputs: Vec<RankInput> = if args.items.as_os_str() == "-" {
        gleaner::cluster::read_inputs(std::io::stdin().lock(), report_bad_line)?
    } else {
        let file = gleaner::open_input(&args.items)
            .map_err(|e| format!("{}: {e}", args.items.display()))?;
        gleaner::cluster::read_inputs(std::io::BufReader::new(file), report_bad_line)?
    };

    let published: Vec<Option<DateTime<Utc>>> = inputs
        .iter()
        .map(|i| i.published.as_deref().and_then(gleaner::text::parse_date))
        .collect();
    let now = args
        .now
        .or_else(|| published.iter().flatten().max().copied())
        .unwrap_or_else(Utc::now);
    let documents: Vec<Document<'_>> = inputs
        .iter()
        .zip(&published)
        .map(|(i, &published)| Document {
            title: i.title.as_deref().unwrap_or(""),
            text: i.text.as_deref().or(i.summary.as_deref()).unwrap_or(""),
            source: i.source.as_deref(),
            url: i.url.as_deref(),
            published,
            lang: i.lang.as_deref(),
        })
        .collect();
    let scores = Scorer::new(profile).score_batch(&documents, now);

    let mut order: Vec<usize> = (0..inputs.len()).collect();
    order.sort_by(|&a, &b| scores[b].value.total_cmp(&scores[a].value));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for &i in order.iter().take(args.top.unwrap_or(usize::MAX)) {
        let score = &scores[i];
        let mut components = Map::new();
        let mut explanation = Map::new();
        for c in &score.components {
            components.insert(c.kind.name().into(), json!(round(c.value)));
            explanation.insert(
                c.kind.name().into(),
                json!({"value": round(c.value), "weight": c.weight, "evidence": c.evidence}),
            );
        }
        let line = Ranked {
            id: &inputs[i].id,
            score: round(score.value),
            components,
            explanation,
        };
        writeln!(out, "{}", safe_json(&line))?;
    }
    out.flush()?;
    Ok(())
}

/// Six decimals: enough to order by, short enough to read.
fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
