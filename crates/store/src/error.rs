//! Store errors.

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite refused (I/O, a locked or corrupt file, a constraint).
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer gleaner.
    #[error("the store has schema version {found}; this gleaner reads up to {supported}")]
    NewerSchema {
        /// The version found.
        found: u32,
        /// The newest version this code knows.
        supported: u32,
    },
    /// A stored row could not be read back (its JSON or id is malformed).
    #[error("corrupt row in {table}: {detail}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// What was wrong.
        detail: String,
    },
}
