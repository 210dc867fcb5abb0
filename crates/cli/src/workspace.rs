//! Every use of a `gleaner::Workspace`, its store and its index, in one place: opening one
//! (to write, or only to read), running a pipeline into it, searching it, and the
//! `runs`, `stats`, `rebuild-index`, `score` and `influence` subcommands, which are nothing
//! else.
//!
//! The commands that only read open with [`open_to_read`], read-only: they answer while a
//! run holds the workspace's write lock.
use std::io::Write;
use std::path::PathBuf;

use gleaner::index::{SearchRequest, SearchResults};
use gleaner::{Pipeline, RunReport, Workspace};
use serde_json::json;

use crate::backends::BackendArgs;

use crate::output::{safe_json, Result};

/// Where the workspace is, and which backends it uses.
#[derive(clap::Args)]
pub struct WorkspaceArg {
    /// The workspace directory: its lock, and its store and index unless --store and --index
    /// name others.
    // PathBufValueParser refuses an empty value as a usage error: "" would silently mean the
    // current directory.
    #[arg(long, value_name = "DIR", value_parser = clap::builder::PathBufValueParser::new())]
    pub workspace: PathBuf,
    #[command(flatten)]
    pub backends: BackendArgs,
    /// Write beside other workers of the same --store (each with its own --workspace): one
    /// batch at a time across them, each placed in stories that know the others' (docs/SCALE.md)
    #[arg(long)]
    pub shared: bool,
}

impl WorkspaceArg {
    fn builder(&self) -> gleaner::WorkspaceBuilder {
        let mut builder = self.backends.apply(Workspace::builder(&self.workspace));
        if self.shared {
            builder = builder.shared();
        }
        builder
    }
}

/// Opens the workspace to write, creating it when absent.
pub(crate) fn open_to_write(at: &WorkspaceArg) -> Result<Workspace> {
    tracing::debug!(dir = %at.workspace.display(), "opening the workspace to write");
    Ok(at.builder().open()?)
}

/// Opens the existing workspace to write: a directory without a store is an error, not a
/// new empty workspace.
fn open_existing(at: &WorkspaceArg) -> Result<Workspace> {
    tracing::debug!(dir = %at.workspace.display(), "opening the existing workspace to write");
    Ok(at.builder().existing().open()?)
}

/// Opens the existing workspace read-only (beside a run that may be writing it): a directory
/// without a store is an error here, not a new empty workspace (a mistyped path would
/// otherwise find nothing, silently).
fn open_to_read(at: &WorkspaceArg) -> Result<Workspace> {
    tracing::debug!(dir = %at.workspace.display(), "opening the workspace to read");
    Ok(at.builder().read_only().open()?)
}

/// Runs `inputs` through `pipeline` into the workspace.
pub fn add(at: &WorkspaceArg, pipeline: &Pipeline, inputs: &[String]) -> Result<RunReport> {
    let mut workspace = open_to_write(at)?;
    Ok(pipeline.run(&mut workspace, inputs)?)
}

/// Searches the workspace; rebuilds of its index done while opening it are added to the
/// warnings.
pub fn search(at: &WorkspaceArg, request: &SearchRequest) -> Result<SearchResults> {
    let workspace = open_to_read(at)?;
    let mut results = workspace.search(request)?;
    let rebuilds = workspace.index_rebuilds().iter().map(ToString::to_string);
    results.warnings.splice(0..0, rebuilds);
    Ok(results)
}

/// `gleaner runs`.
#[derive(clap::Args)]
#[command(after_help = "\
Prints one JSON line per run, oldest first:
  {\"id\",\"started_at\",\"finished_at\",\"status\",\"inputs\",\"report\"}
Times are Unix seconds (finished_at null while a run is going or when it was cut short);
report is the run's summary (totals, per-source counts, failed sources), null until it ends.")]
pub struct RunsArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
}

/// Prints the runs log.
pub fn runs(args: RunsArgs, out: &mut impl Write) -> Result {
    let workspace = open_to_read(&args.workspace)?;
    for run in workspace.store().runs()? {
        // The report is JSON the library wrote; kept as text if it somehow is not.
        let report = run
            .report
            .as_deref()
            .map(|r| serde_json::from_str::<serde_json::Value>(r).unwrap_or_else(|_| json!(r)));
        let line = json!({
            "id": run.id,
            "started_at": run.started_at,
            "finished_at": run.finished_at,
            "status": run.status,
            "inputs": run.inputs,
            "report": report,
        });
        writeln!(out, "{}", safe_json(&line))?;
    }
    Ok(())
}

/// `gleaner stats`.
#[derive(clap::Args)]
#[command(after_help = "\
Without --json, prints one `name: count` line per count; with --json one JSON line:
  {\"items\",\"stories\",\"revisions\",\"runs\",\"indexed\"}
(indexed: documents in the search index, which equals items once the index is caught up).")]
pub struct StatsArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// One JSON line instead of text.
    #[arg(long)]
    json: bool,
}

/// Prints the workspace's counts.
pub fn stats(args: StatsArgs, out: &mut impl Write) -> Result {
    let workspace = open_to_read(&args.workspace)?;
    let counts = workspace.store().counts()?;
    let indexed = workspace.index().document_count()?;
    if args.json {
        let line = json!({
            "items": counts.items,
            "stories": counts.stories,
            "revisions": counts.revisions,
            "runs": counts.runs,
            "indexed": indexed,
        });
        writeln!(out, "{}", safe_json(&line))?;
    } else {
        writeln!(out, "items: {}", counts.items)?;
        writeln!(out, "stories: {}", counts.stories)?;
        writeln!(out, "revisions: {}", counts.revisions)?;
        writeln!(out, "runs: {}", counts.runs)?;
        writeln!(out, "indexed: {indexed}")?;
    }
    Ok(())
}

/// `gleaner rebuild-index`.
#[derive(clap::Args)]
#[command(after_help = "\
Empties the search index and indexes every stored item again (the store is not changed).
Prints `indexed N items`, or with --json {\"indexed\": N}.")]
pub struct RebuildArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// One JSON line instead of text.
    #[arg(long)]
    json: bool,
}

/// Rebuilds the index from the store.
pub fn rebuild_index(args: RebuildArgs, out: &mut impl Write) -> Result {
    let mut workspace = open_existing(&args.workspace)?;
    let indexed = workspace.rebuild_index()?;
    if args.json {
        writeln!(out, "{}", safe_json(&json!({ "indexed": indexed })))?;
    } else {
        writeln!(out, "indexed {indexed} items")?;
    }
    Ok(())
}

/// `gleaner score`.
#[derive(clap::Args)]
#[command(after_help = "\
Scores every item stored in the workspace against the profile, with the stored items as the
corpus and what the curator's decisions (approve, shortlist, publish, reject) taught about
sources, authors, tags and title words. Keeps the learned weights and every score, with its
explanation, in the store under the profile's name, then prints the best --top items as
{\"id\",\"title\",\"url\",\"score\",\"components\",\"explanation\"} lines, best first, and a summary
{\"scored\",\"decisions\",\"learned_from\",\"learned\"} on stderr. With no decisions, scores are the
profile's alone. The profile format is docs/PROFILE.md.")]
pub struct ScoreArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// The brand profile (TOML).
    #[arg(long)]
    profile: PathBuf,
    /// Print only the best N (0 prints none).
    #[arg(long, default_value_t = 20)]
    top: usize,
    /// Score as of this time (RFC 3339) instead of now.
    #[arg(long)]
    now: Option<chrono::DateTime<chrono::Utc>>,
}

/// Scores the stored items, keeps the scores, prints the best.
pub fn score(args: ScoreArgs, out: &mut impl Write) -> Result {
    let profile = gleaner::scoring::read_profile(&args.profile)
        .map_err(|e| format!("{}: {e}", args.profile.display()))?;
    let scorer = gleaner::score::Scorer::new(profile);
    let workspace = open_existing(&args.workspace)?;
    let now = args.now.unwrap_or_else(chrono::Utc::now);
    let scored = gleaner::scoring::score_workspace(&workspace, &scorer, now, args.top)?;
    for (id, score) in scored.scores.iter().take(args.top) {
        let item = workspace.store().item(*id)?.map(|s| s.item);
        let (components, explanation) = gleaner::rank::explain(score);
        let line = json!({
            "id": id.to_string(),
            "title": item.as_ref().and_then(|i| i.title.clone()),
            "url": item.as_ref().and_then(|i| i.url.clone()),
            "score": (score.value * 1e6).round() / 1e6,
            "components": components,
            "explanation": explanation,
        });
        writeln!(out, "{}", safe_json(&line))?;
    }
    let summary = json!({
        "scored": scored.scored,
        "decisions": scored.decisions,
        "learned_from": scored.learned_from,
        "learned": scored.learned.iter().take(10).map(|w| w.reason()).collect::<Vec<_>>(),
    });
    eprintln!("{}", safe_json(&summary));
    Ok(())
}

/// `gleaner influence`.
#[derive(clap::Args)]
#[command(after_help = "\
Prints one JSON line per source and per author of the stored items:
{\"kind\":\"source\"|\"author\",\"key\",\"items\",\"stories_originated\",\"average_coverage\",
\"approved\",\"rejected\",\"approval_rate\"}, most stories originated first. A story's originator is
its earliest published item; its coverage, the distinct sources of its items; the approval rate,
the curator's approvals over approvals and rejections of the source's or author's items (null
without decisions). Opens the workspace read-only.")]
pub struct InfluenceArgs {
    #[command(flatten)]
    workspace: WorkspaceArg,
    /// Print only the first N.
    #[arg(long)]
    top: Option<usize>,
}

/// Prints every source's and author's influence.
pub fn influence(args: InfluenceArgs, out: &mut impl Write) -> Result {
    let workspace = open_to_read(&args.workspace)?;
    let influence = gleaner::scoring::influence(&workspace)?;
    for line in influence.iter().take(args.top.unwrap_or(usize::MAX)) {
        writeln!(out, "{}", safe_json(line))?;
    }
    Ok(())
}
