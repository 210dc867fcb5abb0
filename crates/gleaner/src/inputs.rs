//! From what a user types (files, directories, URLs, OPML lists) to parsed feeds.

use std::path::{Path, PathBuf};

use gleaner_core::{Source, SourceKind};
use gleaner_ingest::{self as ingest, looks_like_html, Fetcher, ParseOptions, ParsedFeed};
use url::Url;

/// The sources named by command-line style inputs: a directory stands for every feed file in
/// it (recursively, sorted; see [`is_feed_file`]); anything else is one source, a URL when it
/// starts with `http://` or `https://` and a file otherwise. Sources keep the input's spelling.
pub fn expand_inputs<S: AsRef<str>>(inputs: &[S]) -> Vec<Source> {
    let mut sources = Vec::new();
    for input in inputs {
        let input = input.as_ref();
        let path = Path::new(input);
        if !input.contains("://") && path.is_dir() {
            sources.extend(
                files_under(path, is_feed_file)
                    .into_iter()
                    .map(|f| Source::file(f.to_string_lossy().into_owned())),
            );
        } else {
            sources.push(Source::guess(input));
        }
    }
    sources
}

/// What one source read as (an OPML source yields one per subscription).
#[derive(Debug)]
pub struct FeedResult {
    /// The source: the input itself, or an OPML subscription.
    pub source: Source,
    /// A feed or a page, or why it could not be read.
    pub found: Result<Found, ingest::Error>,
}

/// What a source turned out to be.
#[derive(Debug)]
// One per source read, moved once into the pipeline: boxing the feed would cost an allocation
// for nothing.
#[allow(clippy::large_enum_variant)]
pub enum Found {
    /// A feed.
    Feed(ParsedFeed),
    /// A page, not a feed (a web response, a local `.html` file, or a document that opens as
    /// HTML), that advertises no feed that could be read: the page as it was loaded, so that
    /// it can be read as an article without fetching it again.
    Page(Page),
}

impl FeedResult {
    /// A result from what parsing gave: a page is a page only when it could not be read as a
    /// feed.
    fn new(source: Source, feed: Result<ParsedFeed, ingest::Error>, page: Option<Page>) -> Self {
        let found = match (feed, page) {
            (Ok(feed), _) => Ok(Found::Feed(feed)),
            (Err(ingest::Error::NotAFeed { .. }), Some(page)) => Ok(Found::Page(page)),
            (Err(e), _) => Err(e),
        };
        FeedResult { source, found }
    }

    /// The feed, or why there is none: a page is [`ingest::Error::NotAFeed`].
    pub fn into_feed(self) -> Result<ParsedFeed, ingest::Error> {
        match self.found {
            Ok(Found::Feed(feed)) => Ok(feed),
            Ok(Found::Page(_)) => Err(ingest::Error::NotAFeed {
                location: self.source.location,
                reason: "a web page that advertises no feed gleaner could read".to_owned(),
            }),
            Err(e) => Err(e),
        }
    }

    /// The feed, when the source was one.
    pub fn feed(&self) -> Option<&ParsedFeed> {
        match &self.found {
            Ok(Found::Feed(feed)) => Some(feed),
            _ => None,
        }
    }
}

/// A web page's bytes and what HTTP said about them.
#[derive(Debug, Clone)]
pub struct Page {
    /// The body, undecoded.
    pub body: Vec<u8>,
    /// The URL it came from after redirects (`None` for a file).
    pub url: Option<Url>,
    /// The charset of the HTTP Content-Type, if any.
    pub charset: Option<String>,
}

/// Reads sources into feeds: fetches or reads the bytes, expands OPML subscription lists
/// (fetching their feeds in parallel, politely), and follows an HTML page to the first feed it
/// advertises. Never panics; every failure is a [`FeedResult`] with an error.
#[derive(Debug, Clone)]
pub struct FeedReader {
    fetcher: Fetcher,
    options: ParseOptions,
    workers: usize,
}

impl FeedReader {
    /// A reader that fetches with `fetcher` and parses with `options`.
    pub fn new(fetcher: Fetcher, options: ParseOptions) -> Self {
        FeedReader {
            fetcher,
            options,
            workers: 8,
        }
    }

    /// Reads one source. An OPML list yields one result per subscription.
    pub fn read(&self, source: &Source) -> Vec<FeedResult> {
        self.read_since(source, None).results
    }

    /// Reads one source with a conditional GET when `previous` holds what the last fetch of it
    /// returned (ETag, Last-Modified): a source unchanged since answers 304 and yields no
    /// results. Also returns the fetch state to keep for the next time (URLs only).
    pub fn read_since(&self, source: &Source, previous: Option<&ingest::FetchState>) -> SourceRead {
        let loaded = match self.load_since(&source.location, previous) {
            Ok(loaded) => loaded,
            Err(e) => {
                return SourceRead {
                    results: vec![FeedResult::new(source.clone(), Err(e), None)],
                    state: None,
                    not_modified: false,
                }
            }
        };
        let state = loaded.state.clone();
        if loaded.not_modified {
            return SourceRead {
                results: Vec::new(),
                state,
                not_modified: true,
            };
        }
        SourceRead {
            results: self.read_loaded(source, loaded),
            state,
            not_modified: false,
        }
    }

    fn read_loaded(&self, source: &Source, loaded: Loaded) -> Vec<FeedResult> {
        if looks_like_opml(&loaded.body) {
            return match ingest::read_opml(&loaded.body, &source.location) {
                Ok(subscriptions) => {
                    self.read_subscriptions(subscriptions, source.kind == SourceKind::Url)
                }
                Err(e) => vec![FeedResult::new(source.clone(), Err(e), None)],
            };
        }
        let (feed, page) = self.parse(source, loaded);
        vec![FeedResult::new(source.clone(), feed, page)]
    }

    /// Reads an OPML list's subscriptions. A list fetched from the web may only name web feeds:
    /// it must not make the reader open local files.
    fn read_subscriptions(&self, subscriptions: Vec<Source>, remote: bool) -> Vec<FeedResult> {
        let urls: Vec<(String, Option<ingest::FetchState>)> = subscriptions
            .iter()
            .filter(|s| s.kind == SourceKind::Url)
            .map(|s| (s.location.clone(), None))
            .collect();
        let mut fetched = self.fetcher.fetch_all(&urls, self.workers).into_iter();
        subscriptions
            .into_iter()
            .map(|source| {
                let loaded = if remote && source.kind != SourceKind::Url {
                    Err(ingest::Error::RemoteListScheme {
                        url: source.location.clone(),
                        scheme: scheme_of(&source.location),
                    })
                } else if source.kind == SourceKind::Url {
                    fetched
                        .next()
                        .unwrap_or_else(|| {
                            Err(ingest::Error::InvalidUrl {
                                url: source.location.clone(),
                                reason: "not fetched".into(),
                            })
                        })
                        .map(Loaded::from)
                } else {
                    self.load(&source.location)
                };
                let (feed, page) = match loaded {
                    Ok(l) => self.parse(&source, l),
                    Err(e) => (Err(e), None),
                };
                FeedResult::new(source, feed, page)
            })
            .collect()
    }

    /// The feed in `loaded`, or the feed a web page advertises; for a page that is neither,
    /// the "not a feed" error and the page itself.
    fn parse(
        &self,
        source: &Source,
        loaded: Loaded,
    ) -> (Result<ParsedFeed, ingest::Error>, Option<Page>) {
        let mut options = self.options.clone();
        options.http_charset = loaded.charset.clone();
        options.base_url = loaded.url.clone().or(options.base_url);
        // A local `.html` file is a page by its name, as `extract` takes it; a document that
        // opens as HTML, or that a server calls HTML, is one when the feed reader refuses it.
        let page_file =
            source.kind == SourceKind::File && is_page_file(Path::new(&source.location));
        let page_like = page_file
            || looks_like_html(&loaded.body)
            || loaded.content_type.as_deref().is_some_and(is_html_type);
        let parsed = if page_file {
            Err(ingest::Error::NotAFeed {
                location: source.location.clone(),
                reason: "a web page (by its name)".to_owned(),
            })
        } else {
            ingest::parse_feed(&loaded.body, source, &options)
        };
        let parsed = match parsed {
            // A page the feed reader refuses for another reason (nested deeper than a feed
            // may be) is still a page: it gets the extractor's own limits, so that a page
            // gives the same result here as through `extract`.
            Err(e) if !matches!(e, ingest::Error::NotAFeed { .. }) && page_like => {
                Err(ingest::Error::NotAFeed {
                    location: source.location.clone(),
                    reason: format!("an HTML page ({e})"),
                })
            }
            other => other,
        };
        let e = match parsed {
            Err(e @ ingest::Error::NotAFeed { .. }) => e,
            other => return (other, None),
        };
        // A web page: follow the first feed it advertises; when there is none, or it cannot
        // be read, the page is the answer (an article).
        let advertised = loaded.url.as_ref().and_then(|url| {
            let page = ingest::decode(&loaded.body, loaded.charset.as_deref());
            ingest::discover_feeds(&page.text, Some(url))
                .into_iter()
                .next()
        });
        // A web response or a document that looks like a page is handed on as a page; a
        // local file that is neither feed nor page (some other XML) is just not a feed.
        let page = (page_like || source.kind == SourceKind::Url).then_some(Page {
            body: loaded.body,
            url: loaded.url,
            charset: loaded.charset,
        });
        let Some(feed) = advertised else {
            return (Err(e), page);
        };
        let linked = self.load(&feed.url).and_then(|linked| {
            options.http_charset = linked.charset.clone();
            options.base_url = linked.url.clone();
            ingest::parse_feed(&linked.body, source, &options)
        });
        // A feed with no entry says nothing the page does not: the page is the answer.
        let linked = linked.and_then(|parsed| {
            if parsed.items.is_empty() {
                Err(ingest::Error::NotAFeed {
                    location: feed.url.clone(),
                    reason: "it has no entries".to_owned(),
                })
            } else {
                Ok(parsed)
            }
        });
        match linked {
            Ok(feed) => (Ok(feed), None),
            Err(linked_error) => (
                Err(ingest::Error::NotAFeed {
                    location: source.location.clone(),
                    reason: format!(
                        "an HTML page whose feed {} could not be read ({linked_error})",
                        feed.url
                    ),
                }),
                page,
            ),
        }
    }

    fn load(&self, location: &str) -> Result<Loaded, ingest::Error> {
        self.load_since(location, None)
    }

    fn load_since(
        &self,
        location: &str,
        previous: Option<&ingest::FetchState>,
    ) -> Result<Loaded, ingest::Error> {
        if Source::guess(location).kind == SourceKind::Url {
            self.fetcher.fetch(location, previous).map(Loaded::from)
        } else {
            let path = location.strip_prefix("file://").unwrap_or(location);
            self.fetcher.read_location(path).map(|body| Loaded {
                body,
                charset: None,
                content_type: None,
                url: None,
                state: None,
                not_modified: false,
            })
        }
    }
}

/// Bytes and what HTTP said about them.
#[derive(Debug)]
struct Loaded {
    body: Vec<u8>,
    charset: Option<String>,
    /// The HTTP Content-Type (web sources).
    content_type: Option<String>,
    url: Option<Url>,
    state: Option<ingest::FetchState>,
    not_modified: bool,
}

impl From<ingest::Fetched> for Loaded {
    fn from(f: ingest::Fetched) -> Self {
        let charset = f.charset();
        Loaded {
            not_modified: f.status == 304,
            body: f.body.unwrap_or_default(),
            charset,
            content_type: f.content_type,
            url: Url::parse(&f.url).ok(),
            state: Some(f.state),
        }
    }
}

/// What [`FeedReader::read_since`] found.
#[derive(Debug)]
pub struct SourceRead {
    /// The feeds read (none when the source was not modified).
    pub results: Vec<FeedResult>,
    /// The fetch state to keep for the next read of this source (URLs only).
    pub state: Option<ingest::FetchState>,
    /// Whether the server said the source has not changed since `previous`.
    pub not_modified: bool,
}

/// Whether a document is an OPML list: its first element is `<opml>`.
fn looks_like_opml(bytes: &[u8]) -> bool {
    ingest::first_element(bytes).is_some_and(|name| name == "opml")
}

/// Whether a Content-Type names an HTML page.
fn is_html_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}

/// Whether a file name says it holds a web page (`.html`, `.htm`, `.html.gz`).
pub(crate) fn is_page_file(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz")
}

/// An input named on a command line (a path or a URL) as the text [`expand_inputs`] and
/// [`crate::Pipeline::run`] take. A URL that is not valid UTF-8 is taken lossily (it then
/// fails as the URL it is).
///
/// # Errors
///
/// [`crate::Error::NonUtf8Path`] for a path that is not valid UTF-8.
pub fn input_text(input: std::ffi::OsString) -> Result<String, crate::Error> {
    input.into_string().or_else(|raw| {
        let lossy = raw.to_string_lossy().into_owned();
        if lossy.starts_with("http://") || lossy.starts_with("https://") {
            Ok(lossy)
        } else {
            Err(crate::Error::NonUtf8Path { path: lossy })
        }
    })
}

/// Files under `dir` that `keep` accepts, recursively (not through symlinked directories: a
/// link loop would never end), sorted.
pub fn files_under(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if (kind.is_file() || (kind.is_symlink() && path.is_file())) && keep(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Whether a file in a directory input is a feed to read: `.xml .rss .atom .rdf .opml .feed`,
/// and `.json` unless it is a test suite's expected output (`*.serde.json`, `*_expected.json`,
/// a `.json` beside a same-named feed, anything under an `output/` folder).
pub fn is_feed_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let in_output_dir = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "output");
    match ext.as_str() {
        "xml" | "rss" | "atom" | "rdf" | "opml" | "feed" => true,
        "json" => {
            !in_output_dir
                && !name.ends_with(".serde.json")
                && !name.ends_with("_expected.json")
                && !["xml", "rss", "atom"]
                    .iter()
                    .any(|e| path.with_extension(e).exists())
        }
        _ => false,
    }
}

/// The scheme a location names, lowercase (`ftp`, `data`, `javascript`, …), or `file` for a
/// path: what a remote OPML list may not make the reader open.
fn scheme_of(location: &str) -> String {
    url::Url::parse(location.trim())
        .map(|u| u.scheme().to_owned())
        .unwrap_or_else(|_| "file".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opml_is_told_by_its_first_element() {
        assert!(looks_like_opml(
            b"<!DOCTYPE opml><!-- c --><opml version=\"2.0\">"
        ));
        assert!(!looks_like_opml(
            b"<html><body><opml><body><outline/></body></opml></body></html>"
        ));
    }

    #[test]
    fn expected_outputs_are_not_feeds() {
        assert!(is_feed_file(Path::new("a/feed.xml")));
        assert!(!is_feed_file(Path::new("a/feed.serde.json")));
        assert!(!is_feed_file(Path::new("a/output/feed.json")));
        assert!(is_feed_file(Path::new("a/feed.json")));
        assert!(!is_feed_file(Path::new("a/LICENSE")));
    }
}
