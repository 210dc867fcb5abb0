//! What can go wrong in a backend, whichever it is.
//!
//! Messages say what failed, not why: the cause is the error's [`std::error::Error::source`],
//! so a printer that walks the chain (`a: b: c`) says each cause once.

/// Any error a backend's engine raises (SQLite's, tantivy's, an HTTP client's), kept whole so
/// a caller can walk or downcast it.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What can go wrong in a [`crate::Store`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The backend's engine refused or failed (I/O, a locked or corrupt file, a lost
    /// connection, a constraint).
    #[error("the {backend} store failed")]
    Backend {
        /// Which backend (`sqlite`, `memory`, …).
        backend: &'static str,
        /// The engine's error.
        #[source]
        source: BoxError,
    },
    /// The store was written by a newer gleaner.
    #[error("the store has schema version {found}; this gleaner reads up to {supported}")]
    NewerSchema {
        /// The version found.
        found: u32,
        /// The newest version this code knows.
        supported: u32,
    },
    /// A read-only open found a store written by an older gleaner, which only a writable open
    /// upgrades.
    #[error("the store has schema version {found}; open it for writing once to upgrade it to {expected}")]
    OlderSchema {
        /// The version found.
        found: u32,
        /// The version this code reads.
        expected: u32,
    },
    /// A stored record could not be read back (its JSON or id is malformed).
    #[error("corrupt record in {table}: {detail}")]
    Corrupt {
        /// The table (or collection).
        table: &'static str,
        /// What was wrong.
        detail: String,
    },
    /// A write on a store opened for reading only.
    #[error("the store is open for reading only")]
    ReadOnly,
    /// Another process holds the store's writer lock ([`crate::Store::lock_writer`]).
    #[error("the store {store} is in use by another writer")]
    Busy {
        /// Which store (its backend and where it is, without credentials).
        store: String,
    },
}

impl StoreError {
    /// A failure of `backend`'s engine.
    pub fn backend(backend: &'static str, source: impl Into<BoxError>) -> Self {
        StoreError::Backend {
            backend,
            source: source.into(),
        }
    }
}

/// What can go wrong in a [`crate::SearchIndex`].
///
/// A query the engine cannot read in full is not an error (the rest of it runs and
/// [`crate::SearchResults::warnings`] says what was ignored); these are failures of the index
/// itself, or of the engine on one search.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    /// The engine failed (I/O, a lock, a corrupt segment, a lost connection).
    #[error("the {backend} index failed")]
    Backend {
        /// Which backend (`tantivy`, …).
        backend: &'static str,
        /// The engine's error.
        #[source]
        source: BoxError,
    },
    /// The engine failed on one query (it gave up on it rather than answer): the index is
    /// intact and other queries run.
    #[error("the search engine failed on the query {query:?}: {reason}; rephrase it")]
    Query {
        /// The query, as read.
        query: String,
        /// What the engine said.
        reason: String,
    },
    /// The index's directory could not be created or read.
    #[error("index directory {path}")]
    Io {
        /// The directory.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The index was built with another schema or analyzer version: rebuild it from the
    /// store.
    #[error(
        "the index was built with another schema or analyzer version; rebuild it from the store"
    )]
    SchemaChanged,
    /// The engine could not read the index (it gave up on its files): rebuild it from the
    /// store.
    #[error("the index in {path} cannot be read ({detail}); rebuild it from the store")]
    Unreadable {
        /// Where the index is.
        path: String,
        /// What the engine said.
        detail: String,
    },
    /// Parts of the index are damaged (a checksum does not match, a file is missing): rebuild
    /// it from the store.
    #[error("the index in {path} is damaged ({}); rebuild it from the store", files.join(", "))]
    Damaged {
        /// Where the index is.
        path: String,
        /// The damaged parts (files, relative to it).
        files: Vec<String>,
    },
    /// A write on an index opened for reading only.
    #[error("the index is open for reading only")]
    ReadOnly,
}

/// What kind of failure an [`IndexError`] is, to match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IndexErrorKind {
    /// The engine failed (I/O, a lock, data it could not read).
    Engine,
    /// One query failed; others run.
    Query,
    /// The directory could not be created or read.
    Io,
    /// The index must be rebuilt from the store (another version, or damaged files).
    NeedsRebuild,
    /// A write was asked of a read-only index.
    ReadOnly,
}

impl IndexError {
    /// A failure of `backend`'s engine.
    pub fn backend(backend: &'static str, source: impl Into<BoxError>) -> Self {
        IndexError::Backend {
            backend,
            source: source.into(),
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> IndexErrorKind {
        match self {
            IndexError::Backend { .. } => IndexErrorKind::Engine,
            IndexError::Query { .. } => IndexErrorKind::Query,
            IndexError::Io { .. } => IndexErrorKind::Io,
            IndexError::SchemaChanged
            | IndexError::Damaged { .. }
            | IndexError::Unreadable { .. } => IndexErrorKind::NeedsRebuild,
            IndexError::ReadOnly => IndexErrorKind::ReadOnly,
        }
    }
}
