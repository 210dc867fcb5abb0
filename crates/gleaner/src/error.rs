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
}
