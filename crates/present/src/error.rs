use std::path::PathBuf;

/// What can go wrong presenting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A template failed to parse or render (an overriding template, usually).
    #[error("template {name}: {detail}")]
    Template {
        /// The template's name or file.
        name: String,
        /// What went wrong, with its line.
        detail: String,
    },
    /// A template file is larger than [`crate::MAX_TEMPLATE_BYTES`].
    #[error("template {}: {size} bytes, more than the {} allowed", path.display(), crate::MAX_TEMPLATE_BYTES)]
    TemplateTooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// A feed could not be written.
    #[error("writing the feed: {0}")]
    Feed(String),
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}
