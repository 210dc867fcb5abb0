//! The batch-curation job: what `gleaner curate` and the `curate` example run.
//!
//! Inputs go through the pipeline into a workspace (ingest → extract → dedup → store →
//! index); every stored item is scored against the brand profile, learning from the
//! curator's decisions; listening raises alerts; a [`Selection`] picks what goes out; and
//! `gleaner-present` writes the digest (Markdown and HTML), the curated feeds (RSS, Atom,
//! JSON Feed) and the alert report (JSON and Markdown) into the output directory.
//!
//! **The run's time.** Freshness, deadlines' time left and the selection's age limit are
//! counted from one time, `as_of`: the time given ([`CurateOptions::now`]), else the newest
//! publication among the stored items (never later than the clock). For a team that runs
//! `curate` as items arrive that is close to the present, but only as close as its newest
//! item: when the sources fall quiet, time left is overstated by as much (the summary says
//! how far `as_of` is behind the clock; pass `now` to count from the clock). A replay of an
//! archive (the bundled demo) gets the time of its newest item, and a second run over the same
//! input gives the same outputs, byte for byte, but for their `generated` time.
use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use gleaner_backend::StoreExt;
use gleaner_core::{ItemId, Score};
use gleaner_present::{AlertReport, Channel, Digest, Entry, Outputs, Templates, Written};

use crate::backend::Store;
use crate::score::{Listener, Scorer};
use crate::{Error, Pipeline, RunReport, Workspace};

mod build;
mod decisions;
mod listen;
pub use listen::alert_report;
mod select;

pub use decisions::{import_decisions, DecisionLine, Imported, DECISIONS, MAX_DECISIONS_BYTES};
pub use select::{RuleError, Selection, RULES};

/// How a curation run presents.
#[derive(Debug, Clone)]
pub struct CurateOptions {
    /// Where the outputs are written (created if missing).
    pub out: PathBuf,
    /// The run's time; `None` for the newest stored item's publication (see the module).
    pub now: Option<DateTime<Utc>>,
    /// What is selected.
    pub selection: Selection,
    /// A directory of templates overriding the built-in ones (`digest.html`, `digest.md`,
    /// `alerts.md`).
    pub templates: Option<PathBuf>,
    /// A JSON lines file of curators' decisions and notes to bring into the store first
    /// ([`import_decisions`]).
    pub decisions: Option<PathBuf>,
    /// Whether the Markdown digest lists each entry's reasons.
    pub reasons: bool,
    /// The site the curated feeds belong to (their home link).
    pub site: Option<String>,
    /// How far back alerts and answers due are reported, in days.
    pub listen_days: f64,
}

impl Default for CurateOptions {
    fn default() -> Self {
        CurateOptions {
            out: PathBuf::from("out"),
            now: None,
            selection: Selection::default(),
            templates: None,
            decisions: None,
            reasons: false,
            site: None,
            listen_days: 14.0,
        }
    }
}

/// A step of a curation run after the pipeline's own (which its progress hook reports).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Step {
    /// Scoring this many stored items.
    Scoring(usize),
    /// Listening to this many stored items.
    Listening(usize),
    /// Writing the outputs.
    Writing,
}

/// What a curation run did.
#[derive(Debug)]
pub struct Curation {
    /// The pipeline's run: items in, new, duplicates, failures with reasons.
    pub run: RunReport,
    /// What was presented.
    pub presented: Presented,
}

impl std::ops::Deref for Curation {
    type Target = Presented;
    fn deref(&self) -> &Presented {
        &self.presented
    }
}

/// Runs `inputs` into `workspace` with `pipeline`, then scores, listens, selects and writes
/// the outputs as `options` say ([`present`]). `step` is told of each step after the
/// pipeline's.
pub fn curate<S: AsRef<str>>(
    workspace: &mut Workspace,
    pipeline: &Pipeline,
    scorer: &Scorer,
    inputs: &[S],
    options: &CurateOptions,
    step: &dyn Fn(Step),
) -> Result<Curation, Error> {
    // Templates first: a broken override fails before anything runs.
    let templates = templates(options)?;
    let run = pipeline.run(workspace, inputs)?;
    let presented = present_with(workspace.store(), scorer, options, Some(&templates), step)?;
    Ok(Curation { run, presented })
}

/// What [`present`] did.
#[derive(Debug)]
pub struct Presented {
    /// What the decisions file added, when one was given.
    pub imported: Option<Imported>,
    /// Items stored.
    pub stored: usize,
    /// The run's time (see the module).
    pub as_of: DateTime<Utc>,
    /// Whether `as_of` was given ([`CurateOptions::now`]) rather than the newest item's time.
    pub as_of_given: bool,
    /// When the outputs were written.
    pub generated: DateTime<Utc>,
    /// The digest as written.
    pub digest: Digest,
    /// The curated feeds' items.
    pub feed: Vec<Entry>,
    /// The alert report as written.
    pub alerts: AlertReport,
    /// The files written.
    pub written: Written,
}

fn templates(options: &CurateOptions) -> Result<Templates, Error> {
    Ok(match &options.templates {
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::built_in(),
    })
}

/// Everything after the pipeline, on the items already in `store`: the decisions file,
/// scoring (kept in the store), listening, selection and the outputs. What the desk's
/// "write the digest" does while a run may hold the workspace.
pub fn present(
    store: &dyn Store,
    scorer: &Scorer,
    options: &CurateOptions,
    step: &dyn Fn(Step),
) -> Result<Presented, Error> {
    present_with(store, scorer, options, Some(&templates(options)?), step)
}

/// The digest [`present`] would write now, changing nothing: no decisions file read, no
/// score kept, no file written (what the desk's preview shows).
pub fn preview(
    store: &dyn Store,
    scorer: &Scorer,
    options: &CurateOptions,
) -> Result<Digest, Error> {
    let options = CurateOptions {
        decisions: None,
        ..options.clone()
    };
    Ok(present_with(store, scorer, &options, None, &|_| {})?.digest)
}

/// With `templates`, writes the outputs and keeps the scores; without, changes nothing.
fn present_with(
    store: &dyn Store,
    scorer: &Scorer,
    options: &CurateOptions,
    templates: Option<&Templates>,
    step: &dyn Fn(Step),
) -> Result<Presented, Error> {
    let keep = templates.is_some();
    let items = store.collect_items_after(0)?;
    let imported = options
        .decisions
        .as_deref()
        .map(|path| import_decisions(store, &items, path))
        .transpose()?;
    // Whole seconds: what the outputs print.
    let generated = DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_else(Utc::now);
    let as_of = options.now.unwrap_or_else(|| {
        items
            .iter()
            .filter_map(|s| s.item.published)
            .filter(|&p| p <= generated)
            .max()
            .unwrap_or(generated)
    });

    step(Step::Scoring(items.len()));
    let scored = crate::scoring::score_items_keeping(store, &items, scorer, as_of, keep)?;
    let ranked_ids: Vec<ItemId> = scored.scores.iter().map(|(id, _)| *id).collect();
    let scores: HashMap<ItemId, Score> = scored.scores.into_iter().collect();

    step(Step::Listening(items.len()));
    let listener = Listener::new(scorer.profile().clone());
    let mut alerts = listen::alert_report(&listener, &items, as_of, options.listen_days);

    let decisions = store.decisions()?;
    let notes = store.notes()?;
    let index: HashMap<ItemId, usize> = items
        .iter()
        .enumerate()
        .map(|(i, s)| (s.item.id, i))
        .collect();
    let mut stories: HashMap<ItemId, Vec<usize>> = HashMap::new();
    for (i, s) in items.iter().enumerate() {
        stories.entry(s.story).or_default().push(i);
    }
    let catalog = build::Catalog {
        items: &items,
        scores: &scores,
        ranked: ranked_ids.iter().map(|id| index[id]).collect(),
        desk: build::Desk::new(&items, &decisions, &notes),
        profile: scorer.profile(),
        as_of,
        stories,
    };
    let (sections, rediscover) = catalog.select(&options.selection);

    let profile = scorer.profile();
    let lang = if profile
        .languages
        .first()
        .is_some_and(|l| l.eq_ignore_ascii_case("ko"))
    {
        "ko"
    } else {
        "en"
    };
    alerts.generated = Some(generated);
    let digest = Digest {
        title: if lang == "ko" {
            format!("{} 다이제스트", profile.name)
        } else {
            format!("{} digest", profile.name)
        },
        brand: profile.name.clone(),
        lang: lang.to_owned(),
        generated,
        as_of,
        sections,
        rediscover,
        alerts: Some(alerts.clone()),
    };
    let mut feed: Vec<Entry> = digest
        .sections
        .iter()
        .flat_map(|s| s.entries.iter().cloned())
        .collect();
    feed.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    feed.truncate(options.selection.feed_items);
    let channel = Channel {
        title: format!("{} — curated", profile.name),
        description: format!("Chosen for {} by its curators, with gleaner", profile.name),
        home: options.site.clone(),
        self_url: None,
        lang: Some(lang.to_owned()),
        author: profile.name.clone(),
        updated: generated,
        as_of,
    };

    let written = match templates {
        Some(templates) => {
            step(Step::Writing);
            gleaner_present::write_outputs(
                &options.out,
                templates,
                &Outputs {
                    digest: &digest,
                    channel: &channel,
                    selection: &feed,
                    alerts: &alerts,
                    reasons: options.reasons,
                },
            )?
        }
        None => Written::default(),
    };
    Ok(Presented {
        imported,
        stored: items.len(),
        as_of,
        as_of_given: options.now.is_some(),
        generated,
        digest,
        feed,
        alerts,
        written,
    })
}

impl Curation {
    /// The run's summary for a person: items in, new, duplicates, failures with reasons,
    /// the top stories, and alerts with deadlines. Lines safe to print on a terminal.
    pub fn summary_lines(&self) -> Vec<String> {
        let p = crate::terminal::printable;
        let t = &self.run.total;
        let read = t.new + t.duplicate + t.updated + t.unchanged + t.repeated + t.failed;
        let mut lines = vec![format!(
            "{read} items in: {} new, {} duplicates of a known story, {} updated, {} unchanged, {} failed; {} stored in the workspace",
            t.new, t.duplicate, t.updated, t.unchanged, t.failed, self.stored
        )];
        for failure in &self.run.failed_sources {
            lines.push(format!(
                "  failed source {}: {}",
                p(&failure.source),
                p(&failure.error.to_string())
            ));
        }
        for item in &self.run.items {
            if let crate::Outcome::Failed { error } = &item.outcome {
                lines.push(format!(
                    "  failed item {} ({}): {}",
                    p(item.title.as_deref().unwrap_or("untitled")),
                    p(&item.source),
                    p(&error.to_string())
                ));
            }
        }
        if let Some(imported) = &self.imported {
            lines.push(format!(
                "decisions file: {} decisions and {} notes recorded, {} already kept, {} lines skipped",
                imported.decisions,
                imported.notes,
                imported.already,
                imported.skipped.len()
            ));
            for (line, why) in &imported.skipped {
                lines.push(format!("  line {line}: {}", p(why)));
            }
        }
        let behind = (self.generated - self.as_of).num_hours();
        lines.push(if behind >= 1 && !self.as_of_given {
            format!(
                "as of {}, the newest item's time ({behind} hours before now; --now counts time left from the clock)",
                self.as_of.format("%Y-%m-%d %H:%M UTC")
            )
        } else {
            format!("as of {}", self.as_of.format("%Y-%m-%d %H:%M UTC"))
        });
        lines.push("top stories:".into());
        let mut top: Vec<(&str, &Entry)> = self
            .digest
            .sections
            .iter()
            .flat_map(|s| s.entries.iter().map(move |e| (s.topic.as_str(), e)))
            .collect();
        top.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.1.id.cmp(&b.1.id)));
        for (topic, e) in top.iter().take(5) {
            let covered = if e.also.is_empty() {
                String::new()
            } else {
                format!(", also covered by {} sources", e.also.len())
            };
            lines.push(format!(
                "  {:.2}  [{}] {} ({}{covered})",
                e.score,
                p(topic),
                p(&e.title),
                p(&e.source)
            ));
        }
        if !self.digest.rediscover.is_empty() {
            lines.push(format!(
                "rediscover: {} older items never published",
                self.digest.rediscover.len()
            ));
        }
        for a in &self.alerts.alerts {
            lines.push(format!(
                "{}: {} – {}, {} mentions, {:.0}% negative, {} sources: {}",
                a.level.to_uppercase(),
                a.start.format("%m-%d %H:%M"),
                a.end.format("%m-%d %H:%M"),
                a.mentions,
                a.negative_share * 100.0,
                a.sources,
                p(&a.rule)
            ));
        }
        let overdue = self
            .alerts
            .to_answer
            .iter()
            .filter(|m| m.hours_left.is_some_and(|h| h < 0.0))
            .count();
        lines.push(format!(
            "to answer: {} complaints and questions ({overdue} overdue)",
            self.alerts.to_answer.len()
        ));
        for m in self
            .alerts
            .to_answer
            .iter()
            .filter(|m| m.hours_left.is_some_and(|h| h >= 0.0))
            .take(5)
        {
            lines.push(format!(
                "  due {} ({:.0}h left) {}: {}",
                m.deadline
                    .map_or_else(String::new, |d| d.format("%m-%d %H:%M").to_string()),
                m.hours_left.unwrap_or(0.0),
                m.class,
                p(&m.title)
            ));
        }
        for (path, size) in &self.written.files {
            lines.push(format!(
                "wrote {} ({size} bytes)",
                p(&path.display().to_string())
            ));
        }
        lines
    }
}
