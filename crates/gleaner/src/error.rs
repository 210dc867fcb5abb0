//! The facade's error type, for what spans stages.

/// A failure of a facade operation on one item or source; the stage's own error is the source.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A page could not be fetched.
    #[error("fetching {url}: {source}")]
    Fetch {
        /// The page.
        url: String,
        /// Why.
        #[source]
        source: gleaner_ingest::Error,
    },
    /// A page was fetched but could not be read as an article.
    #[error("extracting {url}: {source}")]
    Extract {
        /// The page.
        url: String,
        /// Why.
        #[source]
        source: gleaner_extract::Error,
    },
    /// A page was read but holds no article text.
    #[error("{url}: no article text found")]
    NoArticle {
        /// The page.
        url: String,
    },
    /// robots.txt keeps gleaner off a page it would fetch on its own (full text): a rule
    /// disallows it, or the site's robots.txt was unreachable. The page was not requested.
    #[error("{url}: refused by robots.txt: {source}")]
    RobotsDisallowed {
        /// The page.
        url: String,
        /// Which rule, or why robots.txt could not be read.
        #[source]
        source: gleaner_ingest::RobotsRefusal,
    },
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] gleaner_store::Error),
    /// The search index failed.
    #[error("index: {0}")]
    Index(#[from] gleaner_index::Error),
    /// Another process has the workspace open.
    #[error("workspace {path} is in use by another process")]
    Busy {
        /// The directory.
        path: String,
    },
    /// The workspace directory could not be created or read.
    #[error("workspace {path}: {source}")]
    Workspace {
        /// The directory.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A path named on a command line is not valid UTF-8: sources are named by text.
    #[error("{path}: path is not valid UTF-8 (sources are named by text): rename it")]
    NonUtf8Path {
        /// The path, with invalid bytes replaced.
        path: String,
    },
}
