//! The pipeline: ingest → extract → dedup → store → index, in parallel batches with one writer.
//!
//! `read.rs` turns sources into items, `prepare.rs` gives each its id, fingerprint and content
//! hash, and `run.rs` is the one writer: dedup, store, index. This module drives them.
mod prepare;
mod read;
mod run;

use std::sync::Arc;

use gleaner_backend::StateKind;
use gleaner_core::{Item, Source};
use gleaner_extract::ExtractOptions;
use gleaner_ingest::{FetchState, Fetcher, ParseOptions};
use rayon::prelude::*;

pub(crate) use self::prepare::dedup_source;
use self::read::{expand_pipeline_inputs, saved_state, ReadItems};
use self::run::Run;
use crate::progress::{Progress, ProgressEvent, Silent};
use crate::report::RunReport;
use crate::{FeedReader, FullTextPolicy, Workspace};

/// Documents given to the index writer between two index commits during a run (it also
/// commits at the end of the run). A tantivy commit serializes a segment per indexing thread
/// and waits for them, and every segment is merged later: fewer, larger commits index faster,
/// while what a crash leaves uncommitted is caught up from the store at the next open. The
/// benches' raw tantivy baseline commits at the same cadence.
pub const INDEX_COMMIT_ITEMS: usize = 8_192;
/// Sources read in parallel at a time.
const SOURCES_PER_CHUNK: usize = 32;

/// Runs inputs through every stage into a [`Workspace`].
///
/// Reading, extraction, language detection and fingerprinting run in parallel (rayon); dedup,
/// the store and the index have one writer, which takes items in batches: each batch is one
/// store transaction, whose documents then go to the index, which commits every
/// [`INDEX_COMMIT_ITEMS`] documents and at the end of the run (see `docs/STORE.md`). A batch
/// that the store refuses is reported item by item as failed and the run goes on; a source
/// that cannot be read is reported and the run goes on. Dedup remembers the workspace's
/// window of recent items ([`crate::WorkspaceBuilder::dedup_window`]).
///
/// A run is traced (`tracing` spans `run`, `source` and `batch`) and can be watched through a
/// [`Progress`] hook ([`Pipeline::progress`]); the library itself prints nothing.
#[derive(Clone)]
pub struct Pipeline {
    fetcher: Fetcher,
    reader: FeedReader,
    batch_size: usize,
    full_text: Option<FullTextPolicy>,
    extract_options: ExtractOptions,
    progress: Arc<dyn Progress>,
    list_items: bool,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("fetcher", &self.fetcher)
            .field("batch_size", &self.batch_size)
            .field("full_text", &self.full_text)
            .finish_non_exhaustive()
    }
}

impl Pipeline {
    /// A pipeline that fetches with `fetcher`, in batches of 256 items, without fetching full
    /// text.
    pub fn new(fetcher: Fetcher) -> Self {
        Pipeline {
            reader: FeedReader::new(fetcher.clone(), ParseOptions::default()),
            fetcher,
            batch_size: 256,
            full_text: None,
            extract_options: ExtractOptions::default(),
            progress: Arc::new(Silent),
            list_items: true,
        }
    }

    /// Whether a run's report lists every item ([`RunReport::items`], the default) or only
    /// counts them. The list grows with the input; without it a run's memory is bounded
    /// whatever its size (for a run of millions of items).
    pub fn list_items(mut self, list: bool) -> Self {
        self.list_items = list;
        self
    }

    /// Tells `hook` of each step of every run (sources read, batches written, the end).
    pub fn progress(mut self, hook: impl Progress + 'static) -> Self {
        self.progress = Arc::new(hook);
        self
    }

    /// Items per batch (per store transaction).
    pub fn batch_size(mut self, items: usize) -> Self {
        self.batch_size = items.max(1);
        self
    }

    /// Fetch and extract the pages of items the policy selects (see [`crate::fetch_full_text`]).
    pub fn full_text(mut self, policy: FullTextPolicy) -> Self {
        self.full_text = Some(policy);
        self
    }

    /// Reads `inputs` (feed files, directories, URLs, OPML lists, web pages that advertise a
    /// feed, or article pages) and runs everything they hold into `workspace`.
    pub fn run<S: AsRef<str>>(
        &self,
        workspace: &mut Workspace,
        inputs: &[S],
    ) -> Result<RunReport, crate::Error> {
        let names: Vec<String> = inputs.iter().map(|s| s.as_ref().to_owned()).collect();
        let sources = expand_pipeline_inputs(&names);
        let mut run = Run::begin(workspace, &names, self.list_items)?;
        let span = tracing::info_span!("run", id = run.id, sources = sources.len());
        let _entered = span.enter();
        self.progress.event(&ProgressEvent::Started {
            sources: sources.len(),
        });
        let mut done = 0;
        for chunk in sources.chunks(SOURCES_PER_CHUNK) {
            // What the last fetch of each web source returned, for a conditional GET.
            let previous: Vec<Option<FetchState>> = chunk
                .iter()
                .map(|source| saved_state(workspace, source))
                .collect();
            let read: Vec<ReadItems> = chunk
                .par_iter()
                .zip(&previous)
                .map(|(source, previous)| self.read_source(source, previous.as_ref()))
                .collect();
            for (source, read) in chunk.iter().zip(read) {
                done += 1;
                self.progress.event(&ProgressEvent::SourceRead {
                    source: &source.location,
                    items: read.items.len(),
                    failed: !read.failures.is_empty(),
                    done,
                    total: sources.len(),
                });
                self.take_read(workspace, &mut run, source, read);
            }
        }
        let report = run.finish(workspace, &*self.progress)?;
        self.progress
            .event(&ProgressEvent::Finished { report: &report });
        Ok(report)
    }

    /// Takes what reading one source gave into the run: its fetch state kept, its failures
    /// reported, its items (with their full text, when asked) on their way to the writer.
    fn take_read(
        &self,
        workspace: &mut Workspace,
        run: &mut Run,
        source: &Source,
        read: ReadItems,
    ) {
        if let Some(state) = &read.state {
            let json = serde_json::to_string(state).expect("fetch state serializes");
            let kind = StateKind::Source(source.kind);
            if let Err(e) = workspace
                .store
                .set_source_state(&source.location, kind, &json)
            {
                run.report.warnings.push(format!(
                    "saving fetch state of {}: {}",
                    source.location,
                    crate::error_chain(&e)
                ));
            }
        }
        if read.not_modified {
            run.report.not_modified.push(source.location.clone());
        }
        for (source, error) in read.failures {
            run.report.source_failed(source, error);
        }
        run.report.sanitized += read.sanitized;
        let mut items = read.items;
        if let Some(policy) = &self.full_text {
            self.add_full_text(workspace, run, &mut items, policy);
        }
        run.push(workspace, items, self.batch_size, &*self.progress);
    }

    /// Runs already-read items into `workspace`, as one run named by `inputs`. The items are
    /// taken from the iterator a batch at a time, so a generator of any length streams
    /// through.
    pub fn run_items(
        &self,
        workspace: &mut Workspace,
        inputs: &[String],
        items: impl IntoIterator<Item = Item>,
    ) -> Result<RunReport, crate::Error> {
        let mut run = Run::begin(workspace, inputs, self.list_items)?;
        let span = tracing::info_span!("run", id = run.id);
        let _entered = span.enter();
        self.progress.event(&ProgressEvent::Started { sources: 0 });
        let mut items = items.into_iter();
        loop {
            let batch: Vec<Item> = items.by_ref().take(self.batch_size).collect();
            if batch.is_empty() {
                break;
            }
            run.push(workspace, batch, self.batch_size, &*self.progress);
        }
        let report = run.finish(workspace, &*self.progress)?;
        self.progress
            .event(&ProgressEvent::Finished { report: &report });
        Ok(report)
    }
}
