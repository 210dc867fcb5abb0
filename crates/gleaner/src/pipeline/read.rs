//! The pipeline's reading side: sources to items (feeds, pages, full text), in parallel and
//! before anything is written. The writer is in the parent module.
use std::path::Path;

use gleaner_backend::StateKind;
use gleaner_core::{Item, ItemId, Sanitized, Source, SourceKind};
use gleaner_extract::extract;
use gleaner_ingest::FetchState;

use super::{Pipeline, Run};
use crate::article::article_item;
use crate::inputs::is_page_file;
use crate::{
    fetch_full_text, files_under, is_feed_file, Cause, Error, Found, FullTextPolicy, FullTextRun,
    Page, Workspace,
};

/// Pages fetched at once for full text (the fetcher's per-host limit still applies).
const FULL_TEXT_WORKERS: usize = 8;

impl Pipeline {
    /// Fetches the pages of the items `policy` selects (see [`fetch_full_text`]): an item
    /// already stored with its full text takes it from the store, a page fetched before is
    /// asked for conditionally with the fetch state the store kept of it (kind `page`), and
    /// each page's new state is kept. Pages that cannot be fetched, or that robots.txt
    /// refuses, are warnings: the item keeps its feed text.
    pub(super) fn add_full_text(
        &self,
        workspace: &mut Workspace,
        run: &mut Run,
        items: &mut [Item],
        policy: &FullTextPolicy,
    ) {
        let report = {
            let store = &*workspace.store;
            let stored = |item: &Item| {
                // The id the item will be stored under (see `prepare`).
                let mut probe = item.clone();
                probe.sanitize();
                let id = ItemId::for_item(&probe);
                store.item(id).ok().flatten().map(|s| s.item)
            };
            let previous = |url: &str| -> Option<FetchState> {
                serde_json::from_str(&store.source_state(url).ok()??).ok()
            };
            let options = FullTextRun::new()
                .stored(&stored)
                .previous(&previous)
                .workers(FULL_TEXT_WORKERS);
            fetch_full_text(
                items,
                &self.fetcher,
                policy,
                &self.extract_options,
                &options,
            )
        };
        for (url, state) in &report.states {
            let json = serde_json::to_string(state).expect("fetch state serializes");
            let saved = workspace
                .store
                .set_source_state(url, StateKind::FullTextPage, &json);
            if let Err(e) = saved {
                run.report.warnings.push(format!(
                    "saving fetch state of {url}: {}",
                    crate::error_chain(&e)
                ));
            }
        }
        for (id, error) in report.errors {
            run.report
                .warnings
                .push(format!("{id}: {}", crate::error_chain(&error)));
        }
    }

    /// The items of one source, the failures (source, error) met reading it, and what to
    /// remember of the fetch.
    pub(super) fn read_source(&self, source: &Source, previous: Option<&FetchState>) -> ReadItems {
        let span = tracing::info_span!("source", location = %source.location);
        let _entered = span.enter();
        let mut items = Vec::new();
        let mut failures = Vec::new();
        let read = self.reader.read_since(source, previous);
        let mut sanitized = Sanitized::default();
        for result in read.results {
            match result.found {
                Ok(Found::Feed(feed)) => {
                    sanitized.control_chars += feed.report.repairs.control_chars;
                    sanitized.unsafe_urls += feed.report.repairs.unsafe_urls;
                    items.extend(feed.items);
                }
                Ok(Found::Page(page)) => match self.read_page(&result.source, page) {
                    Ok(item) => items.push(item),
                    Err(e) => failures.push((result.source.location, Cause::new(e))),
                },
                Err(e) => failures.push((result.source.location, Cause::new(e))),
            }
        }
        ReadItems {
            items,
            sanitized,
            failures,
            state: read.state,
            not_modified: read.not_modified,
        }
    }

    /// An article page, as the reader loaded it, as an item.
    fn read_page(&self, source: &Source, page: Page) -> Result<Item, Error> {
        let Page { body, url, charset } = page;
        let extracted = extract(
            &body,
            url.as_ref(),
            charset.as_deref(),
            &self.extract_options,
        );
        let article = extracted.map_err(|source_error| Error::Extract {
            url: source.location.clone(),
            source: source_error,
        })?;
        if article.paragraphs.is_empty() {
            return Err(Error::NoArticle {
                url: source.location.clone(),
            });
        }
        Ok(article_item(source, article, url.map(|u| u.to_string())))
    }
}

/// What reading one source gave.
pub(super) struct ReadItems {
    pub(super) items: Vec<Item>,
    /// What the feed readers removed from the items' text and links.
    pub(super) sanitized: Sanitized,
    /// (source, error) for each part that could not be read.
    pub(super) failures: Vec<(String, Cause)>,
    /// The fetch state to keep (web sources).
    pub(super) state: Option<FetchState>,
    /// Whether the source answered "not modified".
    pub(super) not_modified: bool,
}

/// The fetch state the store keeps for a web source, if any (an unreadable one is ignored: the
/// source is then fetched in full).
pub(super) fn saved_state(workspace: &Workspace, source: &Source) -> Option<FetchState> {
    if source.kind != SourceKind::Url {
        return None;
    }
    let json = workspace.store.source_state(&source.location).ok()??;
    serde_json::from_str(&json).ok()
}

/// Inputs as sources: like [`crate::expand_inputs`], but a directory also stands for the web
/// pages in it.
pub(super) fn expand_pipeline_inputs(inputs: &[String]) -> Vec<Source> {
    let mut sources = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if !input.contains("://") && path.is_dir() {
            sources.extend(
                files_under(path, |p| is_feed_file(p) || is_page_file(p))
                    .into_iter()
                    .map(|f| Source::file(f.to_string_lossy().into_owned())),
            );
        } else {
            sources.push(Source::guess(input));
        }
    }
    sources
}
