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
    /// The page nests elements deeper than the configured cap (parsing it would take time
    /// that grows with the square of the depth).
    #[error("elements nested deeper than {limit}")]
    TooDeep {
        /// The cap.
        limit: usize,
    },
    /// The page has no text at all.
    #[error("the page is empty")]
    Empty,
    /// A site-rules file could not be read (bad TOML, unknown field, bad selector).
    #[error("{origin}: {reason}")]
    Rules {
        /// The file or string the rules came from.
        origin: String,
        /// What is wrong, with line and column for TOML errors.
        reason: String,
    },
}

/// This crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
