//! Why an index was rebuilt from its store.
use std::fmt;

/// Why a workspace rebuilt its search index from the store when it opened.
///
/// The store is the system of record and the index is derived from it: whenever the index
/// cannot be shown to mirror the store exactly, it is rebuilt rather than served.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RebuildReason {
    /// The index was missing or empty while the store holds items.
    Missing,
    /// The index could not be opened.
    Unreadable {
        /// What went wrong.
        detail: String,
    },
    /// The index was built with another schema or analyzer version.
    SchemaChanged,
    /// Files of the index failed their checksum or are missing.
    Damaged {
        /// The files, relative to the index directory.
        files: Vec<String>,
    },
    /// The index mirrors another store, or cannot say which (the database was deleted,
    /// emptied or replaced, or the index was written by an older gleaner).
    OtherStore {
        /// The store identity the index recorded, if any.
        indexed: Option<String>,
        /// The identity of the store opened.
        store: String,
    },
    /// The index covers changes the store does not hold (the store was restored from an older
    /// copy).
    AheadOfStore {
        /// The change the index's last commit covers.
        indexed_seq: u64,
        /// The store's last change.
        store_seq: u64,
    },
    /// After catching up, the index held another number of documents than the store holds
    /// items (its own bookkeeping, `meta.json`, was damaged or edited).
    CountMismatch {
        /// Documents in the index.
        indexed: u64,
        /// Items in the store.
        stored: u64,
    },
    /// Catching the index up with the store failed.
    CatchUpFailed {
        /// What went wrong.
        detail: String,
    },
}

/// One rebuild of the index from the store, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRebuild {
    /// Why the index was rebuilt.
    pub reason: RebuildReason,
    /// How many stored items the rebuilt index holds.
    pub indexed: usize,
}

impl fmt::Display for RebuildReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RebuildReason::Missing => write!(f, "it was missing or empty"),
            RebuildReason::Unreadable { detail } => write!(f, "it could not be opened ({detail})"),
            RebuildReason::SchemaChanged => {
                write!(f, "it was built with another schema or analyzer version")
            }
            RebuildReason::Damaged { files } => {
                write!(f, "damaged files ({})", files.join(", "))
            }
            RebuildReason::OtherStore {
                indexed: Some(indexed),
                store,
            } => write!(
                f,
                "it mirrors store {indexed}, not this one ({store}): the database was replaced, \
                 emptied or deleted"
            ),
            RebuildReason::OtherStore {
                indexed: None,
                store,
            } => write!(
                f,
                "it does not say which store it mirrors (this one is {store})"
            ),
            RebuildReason::AheadOfStore {
                indexed_seq,
                store_seq,
            } => write!(
                f,
                "it covers store change {indexed_seq} but the store ends at {store_seq}: the \
                 database was restored from an older copy"
            ),
            RebuildReason::CountMismatch { indexed, stored } => {
                write!(f, "it held {indexed} documents for {stored} stored items")
            }
            RebuildReason::CatchUpFailed { detail } => {
                write!(f, "catching it up with the store failed ({detail})")
            }
        }
    }
}

impl fmt::Display for IndexRebuild {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "search index rebuilt from the store ({} items): {}",
            self.indexed, self.reason
        )
    }
}
