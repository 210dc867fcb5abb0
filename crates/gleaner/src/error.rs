//! The facade's error type, for what spans stages.

/// A failure of a facade operation on one item or source; the stage's own error is the source.
///
/// Messages name what failed (the page, the source, the directory) and leave the cause to
/// [`std::error::Error::source`]: show an error with [`crate::error_chain`] to get every
/// cause once (`fetching https://…: HTTP 404`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A page could not be fetched.
    #[error("fetching {url}")]
    Fetch {
        /// The page.
        url: String,
        /// Why.
        #[source]
        source: gleaner_ingest::Error,
    },
    /// A page was fetched but could not be read as an article.
    #[error("extracting {url}")]
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
    #[error("{url}: refused by robots.txt")]
    RobotsDisallowed {
        /// The page.
        url: String,
        /// Which rule, or why robots.txt could not be read.
        #[source]
        source: gleaner_ingest::RobotsRefusal,
    },
    /// A source could not be read (fetched, decoded or parsed); the error names it.
    #[error(transparent)]
    Read(#[from] gleaner_ingest::Error),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] gleaner_backend::StoreError),
    /// The search index failed.
    #[error(transparent)]
    Index(#[from] gleaner_backend::IndexError),
    /// A write was asked of a workspace opened read-only.
    #[error("the workspace is open for reading only")]
    ReadOnly,
    /// A read-only open found no workspace in the directory.
    #[error("{path} holds no workspace (open it for writing once to create one)")]
    NoWorkspace {
        /// The directory.
        path: String,
    },
    /// A workspace was opened without a store (or an index) and gleaner was built without the
    /// feature of the default one: give one to [`Workspace::builder`](crate::Workspace::builder)
    /// or build with the feature.
    #[error("no {what} given and gleaner was built without `{feature}`")]
    NoBackend {
        /// `"store"` or `"index"`.
        what: &'static str,
        /// The feature that brings the default (`store-sqlite`, `index-tantivy`).
        feature: &'static str,
    },
    /// A `--store` or `--index` URL that names no backend this build has.
    #[error("backend {url}: {reason}")]
    BackendUrl {
        /// The URL, its password hidden.
        url: String,
        /// What was wrong, and what is accepted.
        reason: String,
    },
    /// Another process has the workspace open.
    #[error("workspace {path} is in use by another process")]
    Busy {
        /// The directory.
        path: String,
    },
    /// The workspace directory could not be created or read.
    #[error("workspace {path}")]
    Workspace {
        /// The directory.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A digest, feed or report could not be rendered or written.
    #[error(transparent)]
    Present(#[from] gleaner_present::Error),
    /// A `--select` rule could not be applied.
    #[error(transparent)]
    Selection(#[from] crate::curate::RuleError),
    /// A decisions file could not be read.
    #[error("decisions file {path}")]
    Decisions {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: gleaner_ingest::Error,
    },
    /// A path named on a command line is not valid UTF-8: sources are named by text.
    #[error("{path}: path is not valid UTF-8 (sources are named by text): rename it")]
    NonUtf8Path {
        /// The path, with invalid bytes replaced.
        path: String,
    },
}
