//! Copying the write-ahead log into the database on a thread of its own, so that a writer's
//! commit does not wait for it.
//!
//! In WAL mode every commit appends its pages to `<db>-wal`, and a *checkpoint* copies them
//! back into the database file (reading the log, writing the pages, syncing the file). SQLite
//! runs it inside the commit that takes the log past `wal_autocheckpoint` pages: at a million
//! items that was about a fifth of the pipeline's writer thread, which the index's threads
//! wait on. Here a second connection checkpoints in `PASSIVE` mode (it never blocks the writer
//! or readers, and takes what the log holds when it starts) a short while after each write,
//! and the writer's own automatic checkpoint stays as the bound on the log's size, reached
//! only when this thread falls behind. Durability is SQLite's either way: what a checkpoint
//! copies is already committed to the log.
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

/// How long after a write the log is copied: a batch's hot B-tree pages, written again by the
/// next batches, are copied once for all of them.
const INTERVAL: Duration = Duration::from_millis(250);

/// The background checkpoint of one store's database; stopped (and waited for) when dropped.
#[derive(Debug)]
pub(crate) struct Checkpointer {
    wrote: Arc<AtomicBool>,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts checkpointing the database at `path` (opened in WAL mode by its writer). `None`
    /// when no connection or thread could be had: the writer's automatic checkpoint then does
    /// it all, as it would without this.
    pub(crate) fn start(path: &Path) -> Option<Checkpointer> {
        let conn = Connection::open(path).ok()?;
        conn.busy_timeout(Duration::from_secs(1)).ok()?;
        let wrote = Arc::new(AtomicBool::new(false));
        let (stop, stopped) = mpsc::channel::<()>();
        let flag = Arc::clone(&wrote);
        let thread = std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || {
                // Until the store closes (drops the sender); what is left then, its last
                // connection copies.
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(INTERVAL) {
                    if flag.swap(false, Ordering::AcqRel) {
                        checkpoint(&conn);
                    }
                }
            })
            .ok()?;
        Some(Checkpointer {
            wrote,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Says a write was committed: the log is copied at the next tick.
    pub(crate) fn wrote(&self) {
        self.wrote.store(true, Ordering::Release);
    }
}

/// One passive checkpoint. A failure (the database busy past the timeout, a full disk) is
/// left to the next tick or to the writer's own checkpoint: nothing committed depends on it.
fn checkpoint(conn: &Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
