//! The store's locks as locked files beside its database: one exclusive writer, or any
//! number of shared writers (`<db>.writer-lock`), and one batch at a time among the shared
//! ones (`<db>.batch-lock`). The operating system releases a file's lock when its process
//! ends, however it ends. A workspace's own lock file guards only its directory, and a
//! `sqlite:DIR` store may be another directory's.
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use gleaner_backend::WriterLock;

use crate::Error;

/// The lock file beside `database` with this `suffix`.
fn lock_file(database: &Path, suffix: &str) -> Result<File, Error> {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(PathBuf::from(name))
        .map_err(|e| Error::backend("sqlite", e))
}

/// The writer lock of the store at `database`: exclusive, or `shared`; [`Error::Busy`] at
/// once when the other kind (or, exclusive, any) holder has it.
pub(crate) fn writer(database: &Path, shared: bool) -> Result<WriterLock, Error> {
    let file = lock_file(database, ".writer-lock")?;
    let taken = if shared {
        file.try_lock_shared()
    } else {
        file.try_lock()
    };
    match taken {
        Ok(()) => Ok(WriterLock::held_by(file)),
        Err(TryLockError::WouldBlock) => Err(Error::Busy {
            store: format!("sqlite:{}", database.display()),
        }),
        Err(TryLockError::Error(e)) => Err(Error::backend("sqlite", e)),
    }
}

/// The batch lock of the store at `database`, waited for.
pub(crate) fn batch(database: &Path) -> Result<WriterLock, Error> {
    let file = lock_file(database, ".batch-lock")?;
    file.lock().map_err(|e| Error::backend("sqlite", e))?;
    Ok(WriterLock::held_by(file))
}
