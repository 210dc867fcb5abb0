//! The one error type of this crate.

/// What can stop a page from being read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The page is bigger than the configured cap.
    #[error("page larger than the limit of {limit} bytes")]
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// The page has no text at all.
    #[error("the page is empty")]
    Empty,
}

/// This crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
