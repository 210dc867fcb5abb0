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
}
