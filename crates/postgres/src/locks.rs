//! The store's locks — one writer at a time ([`Store::lock_writer`]) and one batch at a time
//! among shared writers ([`Store::lock_batch`]) — as session advisory locks on connections of
//! their own, and what lets the store run inside an async runtime.
//!
//! [`Store::lock_writer`]: gleaner_backend::Store::lock_writer
//! [`Store::lock_batch`]: gleaner_backend::Store::lock_batch
use std::sync::{Arc, Mutex};

use gleaner_backend::WriterLock;
use postgres::{Client, NoTls};

use crate::{Error, PgStore};

/// Whether this thread runs an async runtime's tasks (tokio's), where the `postgres` client,
/// which blocks on a runtime of its own, cannot run.
fn in_runtime() -> bool {
    tokio::runtime::Handle::try_current().is_ok()
}

/// Runs `f` here, or on a thread of its own when this one is inside an async runtime: so that
/// the store works from async code too (the desk serves on tokio), at the cost of a thread
/// per call there.
pub(crate) fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if !in_runtime() {
        return f();
    }
    std::thread::scope(|s| {
        s.spawn(f)
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// A connection holding the writer lock; on drop it releases the lock, then closes, off any
/// async runtime.
struct HeldClient(Option<Client>);

impl Drop for HeldClient {
    fn drop(&mut self) {
        let client = self.0.take();
        off_runtime(move || {
            // Closing alone releases the lock only once the server has ended the session,
            // after the drop returns: a writer taking the lock next could still find it held.
            // The unlock's answer says it is free. If it fails, closing still releases it.
            if let Some(mut client) = client {
                let _ = client.batch_execute("SELECT pg_advisory_unlock_all()");
            }
        });
    }
}

/// The batch lock held: released on drop (and by the server if the process dies with the
/// connection), its connection kept for the next batch.
struct BatchLock {
    client: Option<Client>,
    key: String,
    slot: Arc<Mutex<Option<Client>>>,
}

impl Drop for BatchLock {
    fn drop(&mut self) {
        if let Some(mut client) = self.client.take() {
            let (key, slot) = (&self.key, &self.slot);
            off_runtime(move || {
                let released = client.query_one("SELECT pg_advisory_unlock(hashtext($1))", &[key]);
                // A connection whose unlock failed is dropped, which releases the lock too.
                if released.is_ok() {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(client);
                    }
                }
            });
        }
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // Closing connections blocks on the client's own runtime: off any async one.
        let pool = self.pool.take();
        let kept = self.batch_connection.lock().ok().and_then(|mut s| s.take());
        off_runtime(move || {
            drop(pool);
            drop(kept);
        });
    }
}

fn failed(e: postgres::Error) -> Error {
    Error::backend("postgres", e)
}

impl PgStore {
    /// A session advisory lock named after the schema, on a connection of its own (not the
    /// pool's), held until the guard drops; PostgreSQL releases it too when that connection
    /// ends, so a writer that dies (its host with it) frees the store once the server sees the
    /// connection gone. Exclusive, or `shared` among writers that lock each batch: the two
    /// kinds exclude each other. An exclusive writer then marks runs left `running`
    /// `interrupted` (a shared one cannot: the others' runs are running).
    pub(crate) fn take_writer_lock(&self, shared: bool) -> Result<WriterLock, Error> {
        let mut client = self.config.connect(NoTls).map_err(failed)?;
        let take = if shared {
            "SELECT pg_try_advisory_lock_shared(hashtext('gleaner-writer:' || $1))"
        } else {
            "SELECT pg_try_advisory_lock(hashtext('gleaner-writer:' || $1))"
        };
        let taken: bool = client
            .query_one(take, &[&self.schema])
            .map_err(failed)?
            .get(0);
        if !taken {
            return Err(Error::Busy {
                store: self.describe(),
            });
        }
        if !shared {
            client
                .batch_execute(&format!(
                    "UPDATE \"{}\".runs SET status = 'interrupted' WHERE status = 'running'",
                    self.schema
                ))
                .map_err(failed)?;
        }
        Ok(WriterLock::held_by(Mutex::new(HeldClient(Some(client)))))
    }

    /// A session advisory lock named after the schema, waited for, on a connection kept for it
    /// between batches.
    pub(crate) fn take_batch_lock(&self) -> Result<WriterLock, Error> {
        let kept = self
            .batch_connection
            .lock()
            .ok()
            .and_then(|mut slot| slot.take());
        let mut client = match kept {
            Some(client) if !client.is_closed() => client,
            _ => self.config.connect(NoTls).map_err(failed)?,
        };
        let key = format!("gleaner-batch:{}", self.schema);
        client
            .query_one("SELECT pg_advisory_lock(hashtext($1))::text", &[&key])
            .map_err(failed)?;
        Ok(WriterLock::held_by(Mutex::new(BatchLock {
            client: Some(client),
            key,
            slot: Arc::clone(&self.batch_connection),
        })))
    }
}
