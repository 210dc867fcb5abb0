//! Full text for feed items whose feed carries only a summary.
//!
//! [`FullTextPolicy`] says which items want their page ([`FullTextPolicy::all`] for every
//! source); [`fetch_full_text`] fetches and extracts those pages, honouring robots.txt,
//! reusing the text of items already stored with it and sending the validators of earlier runs
//! ([`FullTextRun`]), and returns what happened in a [`FullTextReport`]. [`add_full_text`] is
//! the same without memory between runs.

use std::collections::{HashMap, HashSet};
use std::fmt;

use gleaner_core::{Item, ItemId, MediaKind};
use gleaner_extract::{extract, ExtractOptions};
use gleaner_ingest::{FetchState, Fetched, Fetcher, RobotsRefusal};
use url::Url;

use crate::Error;

/// When to fetch an item's page for its full text.
///
/// [`FullTextPolicy::default`] (same as [`none`](FullTextPolicy::none)) fetches nothing;
/// [`FullTextPolicy::all`] fetches the page of every summary-only item of every source.
///
/// ```
/// use gleaner::FullTextPolicy;
///
/// let policy = FullTextPolicy::all()
///     .source("https://press.example.com/feed.xml", false) // never this one
///     .ignore_robots_for("https://blog.our-brand.example/feed"); // our own site
/// assert!(policy.default);
/// ```
#[derive(Debug, Clone)]
pub struct FullTextPolicy {
    /// Whether sources not listed in `per_source` get full text. Default: false (fetching
    /// every linked page is costly and not every publisher wants it).
    pub default: bool,
    /// Per-source switches, by `Source::location`; they override `default`.
    pub per_source: HashMap<String, bool>,
    /// An item whose feed text has fewer characters than this is "only a summary".
    /// Default: [`DEFAULT_MIN_FEED_CHARS`](FullTextPolicy::DEFAULT_MIN_FEED_CHARS) (500).
    pub min_feed_chars: usize,
    /// Sources (by `Source::location`) whose pages are fetched whatever the site's robots.txt
    /// says: for the user's own sites. Every other page is fetched only if robots.txt allows
    /// it for the fetcher's [robots token](Fetcher::robots_token). Default: empty.
    pub ignore_robots: HashSet<String>,
}

impl Default for FullTextPolicy {
    fn default() -> Self {
        FullTextPolicy::none()
    }
}

impl FullTextPolicy {
    /// Feed text shorter than this many characters is taken for a summary: long enough for a
    /// teaser paragraph or two, short of a news story's body.
    pub const DEFAULT_MIN_FEED_CHARS: usize = 500;

    /// Fetch nothing (the default): every source is off until switched on.
    pub fn none() -> Self {
        FullTextPolicy {
            default: false,
            per_source: HashMap::new(),
            min_feed_chars: FullTextPolicy::DEFAULT_MIN_FEED_CHARS,
            ignore_robots: HashSet::new(),
        }
    }

    /// Fetch the page of every summary-only item (feed text under
    /// [`DEFAULT_MIN_FEED_CHARS`](FullTextPolicy::DEFAULT_MIN_FEED_CHARS)) of every source, as robots.txt allows. What
    /// `search --full-text` means.
    pub fn all() -> Self {
        FullTextPolicy {
            default: true,
            ..FullTextPolicy::none()
        }
    }

    /// Switch one source (by `Source::location`) on or off, whatever `default` says.
    pub fn source(mut self, location: impl Into<String>, on: bool) -> Self {
        self.per_source.insert(location.into(), on);
        self
    }

    /// Fetch the pages of this source's items (by `Source::location`) without consulting
    /// robots.txt: for the user's own sites.
    pub fn ignore_robots_for(mut self, location: impl Into<String>) -> Self {
        self.ignore_robots.insert(location.into());
        self
    }

    /// Whether `item` should get its page's full text: its source is switched on, it links an
    /// http(s) page, and its feed text is only a summary.
    pub fn wants(&self, item: &Item) -> bool {
        let on = self
            .per_source
            .get(&item.source.location)
            .copied()
            .unwrap_or(self.default);
        let short = item
            .content_text
            .as_deref()
            .map_or(0, |t| t.chars().count())
            < self.min_feed_chars;
        on && short
            && item
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://"))
    }

    /// Whether robots.txt is consulted before fetching `item`'s page (it is unless the item's
    /// source is in [`ignore_robots`](FullTextPolicy::ignore_robots)).
    pub fn honours_robots(&self, item: &Item) -> bool {
        !self.ignore_robots.contains(&item.source.location)
    }
}

/// No page state from earlier runs.
fn no_previous(_: &str) -> Option<FetchState> {
    None
}

/// No item stored.
fn nothing_stored(_: &Item) -> Option<Item> {
    None
}

/// What a full-text pass is told besides the items: the stored copies of items (whose full
/// text is reused rather than fetched again), the page states earlier runs kept, and how many
/// threads to use.
///
/// ```
/// use std::collections::HashMap;
/// use gleaner::ingest::FetchState;
/// use gleaner::FullTextRun;
///
/// let kept: HashMap<String, FetchState> = HashMap::new(); // e.g. loaded from the store
/// let previous = |url: &str| kept.get(url).cloned();
/// let stored = |_: &gleaner::Item| None; // e.g. the store's copy of the item
/// let run = FullTextRun::new().stored(&stored).previous(&previous).workers(4);
/// assert_eq!(run.worker_count(), 4);
/// ```
#[derive(Clone, Copy)]
pub struct FullTextRun<'a> {
    previous: &'a dyn Fn(&str) -> Option<FetchState>,
    stored: &'a dyn Fn(&Item) -> Option<Item>,
    workers: usize,
}

impl fmt::Debug for FullTextRun<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FullTextRun")
            .field("workers", &self.workers)
            .finish_non_exhaustive()
    }
}

impl Default for FullTextRun<'_> {
    fn default() -> Self {
        FullTextRun::new()
    }
}

impl<'a> FullTextRun<'a> {
    /// Threads fetching pages at once unless [`workers`](FullTextRun::workers) says otherwise;
    /// the fetcher's host gate still limits each host, so this only spreads the work over hosts.
    pub const DEFAULT_WORKERS: usize = 8;

    /// Nothing stored, no earlier state, [`DEFAULT_WORKERS`](FullTextRun::DEFAULT_WORKERS) threads.
    pub fn new() -> Self {
        FullTextRun {
            previous: &no_previous,
            stored: &nothing_stored,
            workers: FullTextRun::DEFAULT_WORKERS,
        }
    }

    /// The fetch state an earlier run kept for a page URL (as given in
    /// [`FullTextReport::states`]): its validators are sent, so an unchanged page answers
    /// 304 and costs no body. Called once per page, on the calling thread.
    /// Default: none.
    pub fn previous(mut self, previous: &'a dyn Fn(&str) -> Option<FetchState>) -> Self {
        self.previous = previous;
        self
    }

    /// The stored copy of an item, if the store has one (looked up by the id the store gives
    /// it). When that copy has full text (`full_text_url` set), the page is not fetched: the
    /// item takes the copy's `content_text` and `full_text_url`, and its authors, dates,
    /// language, title and images where the feed has none — the same fields a fetch would
    /// fill — so an unchanged item reads as unchanged to the store. Listed in
    /// [`FullTextReport::reused`]. Called once per selected item, on the calling thread.
    /// Default: nothing stored.
    pub fn stored(mut self, stored: &'a dyn Fn(&Item) -> Option<Item>) -> Self {
        self.stored = stored;
        self
    }

    /// Threads fetching at once (at least 1). Default: [`DEFAULT_WORKERS`](FullTextRun::DEFAULT_WORKERS).
    pub fn workers(mut self, workers: usize) -> Self {
        self.workers = workers.max(1);
        self
    }

    /// The number of threads fetching at once.
    pub fn worker_count(&self) -> usize {
        self.workers
    }
}

/// What a full-text pass did, item by item; every item the policy selected is in exactly one
/// of `added`, `reused`, `not_modified` and `errors`.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct FullTextReport {
    /// Items whose `content_text` is now the page's text.
    pub added: Vec<ItemId>,
    /// Items whose page answered 304 Not Modified to the validators of an earlier run: left
    /// as the feed gave them. Not an error.
    pub not_modified: Vec<ItemId>,
    /// Items whose full text was taken from their stored copy ([`FullTextRun::stored`]); their
    /// pages were not requested.
    pub reused: Vec<ItemId>,
    /// Items whose page was refused by robots.txt ([`Error::RobotsDisallowed`]), could not be
    /// fetched ([`Error::Fetch`]) or read ([`Error::Extract`], [`Error::NoArticle`]); they are
    /// as the feed gave them.
    pub errors: Vec<(ItemId, Error)>,
    /// The new fetch state of every page requested (answered or failed), by the page URL the
    /// item linked: keep them and give them back through [`FullTextRun::previous`].
    pub states: Vec<(String, FetchState)>,
}

/// One selected item on its way: its index and page URL.
struct Wanted {
    index: usize,
    url: String,
}

/// Fetches (in parallel, within the fetcher's per-host limits and politeness delay) and
/// extracts the pages of the items the policy selects, and merges each article into its item:
/// `content_text` becomes the article's text and `full_text_url` the page's URL; the feed's
/// `summary`, title and links are kept; authors, dates, language and a lead image are filled
/// in only where the feed had none.
///
/// Before any page of a site is requested, the site's robots.txt is read (once per origin for
/// the life of the fetcher; see [`Fetcher::robots_allow`]) unless the item's source is in
/// [`FullTextPolicy::ignore_robots`]; a refused page is not requested. A page redirected to
/// another origin is checked against that origin's robots.txt once fetched (the fetcher
/// follows redirects itself), and its text dropped if refused. Pages are requested
/// with the validators `run` gives for them. One bad page never stops the others; every
/// selected item's outcome is in the report.
///
/// A 304 leaves the item with only its feed's summary, so a caller that stores items should
/// give their [stored copies](FullTextRun::stored): then a re-run requests no page whose text
/// it has, and only revalidates the pages that gave no article before.
pub fn fetch_full_text(
    items: &mut [Item],
    fetcher: &Fetcher,
    policy: &FullTextPolicy,
    options: &ExtractOptions,
    run: &FullTextRun<'_>,
) -> FullTextReport {
    let mut report = FullTextReport::default();
    let wanted = select(items, policy, run, &mut report);
    let allowed = check_robots(items, fetcher, policy, run, wanted, &mut report);

    let requests: Vec<(String, Option<FetchState>)> = allowed
        .iter()
        .map(|w| (w.url.clone(), (run.previous)(&w.url)))
        .collect();
    let fetched = fetcher.fetch_all(&requests, run.workers);
    let landings = robots_after_redirects(items, fetcher, policy, run, &allowed, &fetched);
    let outcomes = allowed.iter().zip(&requests).zip(fetched).zip(landings);
    for (((wanted, (_, previous)), result), landing) in outcomes {
        let item = &mut items[wanted.index];
        match result {
            Ok(page) => {
                report.states.push((wanted.url.clone(), page.state.clone()));
                if page.not_modified() {
                    report.not_modified.push(item.id);
                    continue;
                }
                if let Err(source) = landing {
                    let url = page.url;
                    report
                        .errors
                        .push((item.id, Error::RobotsDisallowed { url, source }));
                    continue;
                }
                match read_page(item, page, options) {
                    Ok(()) => report.added.push(item.id),
                    Err(error) => report.errors.push((item.id, error)),
                }
            }
            Err(source) => {
                let state = fetcher.state_after_error(previous.as_ref(), &source);
                report.states.push((wanted.url.clone(), state));
                let url = wanted.url.clone();
                report.errors.push((item.id, Error::Fetch { url, source }));
            }
        }
    }
    report
}

/// [`fetch_full_text`] without memory between runs: nothing reused, no validators sent.
/// Returns the items that could not get their full text, with why (robots.txt refusals
/// included).
pub fn add_full_text(
    items: &mut [Item],
    fetcher: &Fetcher,
    policy: &FullTextPolicy,
    options: &ExtractOptions,
    workers: usize,
) -> Vec<(ItemId, Error)> {
    let run = FullTextRun::new().workers(workers);
    fetch_full_text(items, fetcher, policy, options, &run).errors
}

/// The items the policy selects whose full text is not stored; the stored ones take it.
fn select(
    items: &mut [Item],
    policy: &FullTextPolicy,
    run: &FullTextRun<'_>,
    report: &mut FullTextReport,
) -> Vec<Wanted> {
    let mut wanted = Vec::new();
    for (index, item) in items.iter_mut().enumerate() {
        if !policy.wants(item) {
            continue;
        }
        if let Some(copy) = (run.stored)(item).filter(|c| c.full_text_url.is_some()) {
            take_page(item, copy);
            report.reused.push(item.id);
            continue;
        }
        let url = item.url.as_deref().unwrap_or_default().trim().to_owned();
        wanted.push(Wanted { index, url });
    }
    wanted
}

/// The wanted pages robots.txt allows (or whose source ignores it); the others are reported.
fn check_robots(
    items: &[Item],
    fetcher: &Fetcher,
    policy: &FullTextPolicy,
    run: &FullTextRun<'_>,
    wanted: Vec<Wanted>,
    report: &mut FullTextReport,
) -> Vec<Wanted> {
    let (checked, exempt): (Vec<Wanted>, Vec<Wanted>) = wanted
        .into_iter()
        .partition(|w| policy.honours_robots(&items[w.index]));
    let urls: Vec<&str> = checked.iter().map(|w| w.url.as_str()).collect();
    let verdicts = fetcher.robots_allow_all(&urls, run.workers);
    let mut allowed = exempt;
    for (wanted, verdict) in checked.into_iter().zip(verdicts) {
        match verdict {
            Ok(()) => allowed.push(wanted),
            Err(source) => report.errors.push((
                items[wanted.index].id,
                Error::RobotsDisallowed {
                    url: wanted.url,
                    source,
                },
            )),
        }
    }
    allowed.sort_by_key(|w| w.index);
    allowed
}

/// For each fetched page, whether robots.txt of the origin it was redirected to allows it
/// (`Ok` when it stayed on its origin, its source ignores robots.txt, or it failed). The
/// fetcher follows redirects itself, so this is known only after the request: a refused
/// page's text is dropped, not used.
fn robots_after_redirects(
    items: &[Item],
    fetcher: &Fetcher,
    policy: &FullTextPolicy,
    run: &FullTextRun<'_>,
    allowed: &[Wanted],
    fetched: &[gleaner_ingest::Result<Fetched>],
) -> Vec<Result<(), RobotsRefusal>> {
    let moved: Vec<(usize, &str)> = allowed
        .iter()
        .zip(fetched)
        .enumerate()
        .filter_map(|(k, (wanted, result))| {
            let page = result.as_ref().ok()?;
            let elsewhere = origin(&page.url) != origin(&wanted.url);
            (elsewhere && policy.honours_robots(&items[wanted.index]))
                .then_some((k, page.url.as_str()))
        })
        .collect();
    let mut verdicts: Vec<Result<(), RobotsRefusal>> = allowed.iter().map(|_| Ok(())).collect();
    let urls: Vec<&str> = moved.iter().map(|&(_, url)| url).collect();
    for (&(k, _), verdict) in moved
        .iter()
        .zip(fetcher.robots_allow_all(&urls, run.workers))
    {
        verdicts[k] = verdict;
    }
    verdicts
}

/// Scheme, host and port: what one robots.txt covers.
fn origin(url: &str) -> Option<String> {
    Url::parse(url.trim())
        .ok()
        .map(|u| u.origin().ascii_serialization())
}

/// Extract the article of a fetched page and merge it into `item`.
fn read_page(item: &mut Item, page: Fetched, options: &ExtractOptions) -> Result<(), Error> {
    let base = Url::parse(&page.url).ok();
    let charset = page.charset();
    let body = page.body.unwrap_or_default();
    match extract(&body, base.as_ref(), charset.as_deref(), options) {
        Ok(article) if !article.paragraphs.is_empty() => {
            merge(item, article, page.url);
            Ok(())
        }
        Ok(_) => Err(Error::NoArticle { url: page.url }),
        Err(source) => Err(Error::Extract {
            url: page.url,
            source,
        }),
    }
}

/// Merge a fetched page's article into `item` (see [`take_page`]).
fn merge(item: &mut Item, article: gleaner_extract::Article, url: String) {
    let page = crate::article::article_item(&item.source, article, Some(url));
    take_page(item, page);
}

/// Give `item` the page's text, and its authors, dates, language, title, summary, tags and
/// images where the feed has none (the feed's link stays the item's). `page` is either an article just read or the stored copy of the item (which
/// got those fields the same way), so a reused item comes out as the fetch made it.
fn take_page(item: &mut Item, page: Item) {
    item.content_text = page.content_text;
    item.full_text_url = page.full_text_url;
    if item.authors.is_empty() {
        item.authors = page.authors;
    }
    if item.published.is_none() {
        item.published = page.published;
    }
    if item.updated.is_none() {
        item.updated = page.updated;
    }
    if item.lang.is_none() {
        item.lang = page.lang;
    }
    if item.title.is_none() {
        item.title = page.title;
    }
    if item.summary.is_none() {
        item.summary = page.summary;
    }
    if item.categories.is_empty() {
        item.categories = page.categories;
    }
    for image in page
        .media
        .into_iter()
        .filter(|m| m.kind == MediaKind::Image)
    {
        if !item.media.iter().any(|m| m.url == image.url) {
            item.media.push(image);
        }
    }
}
