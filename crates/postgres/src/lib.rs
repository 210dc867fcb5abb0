//! gleaner's system of record on PostgreSQL, for running past one machine: many `gleaner`
//! processes, on one host or many, share one workspace's store.
//!
//! [`PgStore`] implements [`Store`] (from `gleaner-backend`, re-exported here) and passes the
//! same conformance suite as the SQLite store. It keeps what that store keeps — items and
//! their revisions, sources with their fetch state, stories and their members, decisions,
//! notes and the audit trail, the runs log, learned weights and scores — in one schema of a
//! database, with versioned migrations ([`SCHEMA_VERSION`]) run once however many workers open
//! it at once. Connections come from a pool (`r2d2`), so the store is shared by threads.
//!
//! **Sequence numbers in commit order, across writers.** Every batch locks the change
//! counter's row before it takes numbers and keeps the lock until it commits, so a batch
//! with higher numbers always commits after one with lower numbers: a search index that
//! follows the store with [`Store::items_after`] never skips a row that committed late. The
//! price is that batches commit one at a time; the work before a batch (fetching, parsing,
//! extraction, fingerprints) is what runs in parallel. `docs/SCALE.md` gives the method, its
//! failure cases and its measurements.
//!
//! ```no_run
//! use gleaner_postgres::{PgStore, Store};
//! let store = PgStore::open("postgres://gleaner@127.0.0.1:5432/gleaner")?;
//! let run = store.begin_run(&["feeds/".to_owned()])?;
//! # let _ = run;
//! # Ok::<(), gleaner_postgres::Error>(())
//! ```
//!
//! Requires PostgreSQL 13 or later (`gen_random_uuid`). Connections are not encrypted
//! (`NoTls`): use it on a private network or through a TLS tunnel.

mod batch;
mod curation;
mod locks;
mod schedule;
mod schema;
mod store;

pub use gleaner_backend::{Store, StoreError as Error, StoreExt};
pub use schema::SCHEMA_VERSION;
pub use store::{PgStore, DEFAULT_SCHEMA};
