//! The SQLite store.
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use gleaner_backend::{
    BatchWritten, Counts, Decision, DecisionRecord, Existing, ItemWrite, LearnedRow, NoteRecord,
    RunId, RunRecord, RunStatus, ScoreRow, SeqRange, Sink, StateKind, StoredItem, StoredMember,
    StoryMerge, StoryRecord, WriterLock, Written,
};
use gleaner_core::{Item, ItemId};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::batch::{merge_stories, write_item, write_stories};
use crate::checkpoint::Checkpointer;
use crate::curation;
use crate::members::members_page;
use crate::schema::migrate;
use crate::{Error, Store};

/// Rows handed to a sink per query: the connection is not held while a sink runs (so a sink
/// may call the store), and a long stream does not hold a read transaction open.
pub(crate) const STREAM_PAGE: i64 = 512;

/// The store in one SQLite file, in WAL mode: a writer never blocks readers, and a process
/// killed at any instant leaves every committed batch and nothing of the batch in flight.
///
/// Writers, in this process or others, take turns: each batch is an `IMMEDIATE` transaction,
/// which holds SQLite's write lock from its first statement to its commit, and takes its
/// sequence numbers from the `last_seq` counter inside it — so numbers are handed out in
/// commit order (see [`Store`]). One writer holds the store, or several share it and take
/// turns by batch: its locks are files beside the database (`<db>.writer-lock`,
/// `<db>.batch-lock`).
#[derive(Debug)]
pub struct SqliteStore {
    /// Copies the log into the database off the writer's thread (none when read-only).
    /// Declared first, so that it stops before the writer's connection closes.
    checkpointer: Option<Checkpointer>,
    conn: Mutex<Connection>,
    read_only: bool,
    /// The database file: its locks are files beside it.
    path: PathBuf,
}

/// A failure inside one operation: SQLite's, or the store's own.
pub(crate) enum Fail {
    Sql(rusqlite::Error),
    Store(Error),
}

impl From<rusqlite::Error> for Fail {
    fn from(e: rusqlite::Error) -> Self {
        Fail::Sql(e)
    }
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Store(e)
    }
}

impl From<Fail> for Error {
    fn from(e: Fail) -> Self {
        match e {
            Fail::Sql(e) => Error::backend("sqlite", e),
            Fail::Store(e) => e,
        }
    }
}

pub(crate) type Done<T> = Result<T, Fail>;

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub(crate) fn id_text(id: ItemId) -> String {
    id.to_string()
}

pub(crate) fn parse_id(s: String, table: &'static str) -> Result<ItemId, Fail> {
    s.parse().map_err(|_| {
        Fail::Store(Error::Corrupt {
            table,
            detail: format!("bad id {s:?}"),
        })
    })
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date. Runs
    /// that a killed process left `running` are marked `interrupted`.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let open = || -> Done<Connection> {
            let mut conn = Connection::open(path)?;
            conn.busy_timeout(Duration::from_secs(10))?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // NORMAL: a commit survives the process being killed (the WAL is in the OS's
            // hands); only a power loss may take back the last commits, never corrupt.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            // 32 MiB of page cache (the default is 2): a batch's id lookups and story updates
            // land all over the items' and stories' B-trees, which outgrow 2 MiB at about
            // 10,000 items and were then read back from the OS at every batch.
            conn.pragma_update(None, "cache_size", -32_768)?;
            // The log is copied into the database in the background (`checkpoint.rs`); the
            // writer's own checkpoint, at 32,000 pages (128 MiB) instead of 1,000, only bounds
            // the log when that falls behind. A crash replays at most this much log.
            conn.pragma_update(None, "wal_autocheckpoint", 32_000)?;
            migrate(&mut conn)?;
            conn.execute(
                "UPDATE runs SET status = 'interrupted' WHERE status = 'running'",
                [],
            )?;
            Ok(conn)
        };
        let conn = open()?;
        Ok(SqliteStore {
            checkpointer: Checkpointer::start(path),
            conn: Mutex::new(conn),
            read_only: false,
            path: path.to_owned(),
        })
    }

    /// Opens the store at `path` for reading only, alongside a writer in another process
    /// (WAL: the writer never blocks it). Nothing is changed: a store from an older gleaner
    /// is read as it is (a read-only open does not migrate it) and writes are
    /// [`Error::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Self, Error> {
        let open = || -> Done<Connection> {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.busy_timeout(Duration::from_secs(10))?;
            let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let expected = crate::SCHEMA_VERSION;
            if version > expected {
                return Err(Fail::Store(Error::NewerSchema {
                    found: version,
                    supported: expected,
                }));
            }
            if version < expected {
                return Err(Fail::Store(Error::OlderSchema {
                    found: version,
                    expected,
                }));
            }
            Ok(conn)
        };
        Ok(SqliteStore {
            checkpointer: None,
            conn: Mutex::new(open()?),
            read_only: true,
            path: path.to_owned(),
        })
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when SQLite finds the file sound.
    pub fn check_integrity(&self) -> Result<(), Error> {
        let result: String =
            self.with(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(Error::Corrupt {
                table: "database",
                detail: result,
            })
        }
    }

    fn lock(&self) -> Result<MutexGuard<'_, Connection>, Fail> {
        self.conn.lock().map_err(|_| {
            Fail::Store(Error::Corrupt {
                table: "connection",
                detail: "a thread panicked while using the connection".to_owned(),
            })
        })
    }

    /// Runs `f` with the connection.
    fn with<T>(&self, f: impl FnOnce(&Connection) -> Done<T>) -> Result<T, Error> {
        let conn = self.lock()?;
        Ok(f(&conn)?)
    }

    /// Runs `f` with the connection, for a write.
    fn write<T>(&self, f: impl FnOnce(&mut Connection) -> Done<T>) -> Result<T, Error> {
        if self.read_only {
            return Err(Error::ReadOnly);
        }
        let mut conn = self.lock()?;
        let done = f(&mut conn)?;
        if let Some(checkpointer) = &self.checkpointer {
            checkpointer.wrote();
        }
        Ok(done)
    }

    /// Streams pages chosen by `page` (given the cursor, the next rows and the cursor after
    /// them), taking the connection for each page only.
    fn stream<T>(
        &self,
        mut cursor: i64,
        page: impl Fn(&Connection, i64) -> Done<(Vec<T>, i64)>,
        sink: Sink<'_, T>,
    ) -> Result<ControlFlow<()>, Error> {
        loop {
            let (rows, next) = self.with(|c| page(c, cursor))?;
            if rows.is_empty() {
                return Ok(ControlFlow::Continue(()));
            }
            for row in rows {
                if sink(row).is_break() {
                    return Ok(ControlFlow::Break(()));
                }
            }
            cursor = next;
        }
    }

    fn read_item(data: String, story: String, seq: i64, revision: u32) -> Done<StoredItem> {
        let item: Item = serde_json::from_str(&data).map_err(|e| {
            Fail::Store(Error::Corrupt {
                table: "items",
                detail: e.to_string(),
            })
        })?;
        Ok(StoredItem {
            item,
            story: parse_id(story, "items")?,
            seq: seq as u64,
            revision,
        })
    }
}

fn read_run(r: &rusqlite::Row<'_>) -> rusqlite::Result<(RunRecord, String)> {
    let status: String = r.get(3)?;
    Ok((
        RunRecord {
            id: r.get(0)?,
            started_at: r.get(1)?,
            finished_at: r.get(2)?,
            // Replaced below when the status is readable.
            status: RunStatus::Interrupted,
            inputs: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
            report: r.get(5)?,
        },
        status,
    ))
}

impl Store for SqliteStore {
    fn begin_run(&self, inputs: &[String]) -> Result<RunId, Error> {
        let inputs = serde_json::to_string(inputs).expect("strings serialize");
        self.write(|c| {
            c.execute(
                "INSERT INTO runs (started_at, status, inputs) VALUES (?1, 'running', ?2)",
                params![now(), inputs],
            )?;
            Ok(c.last_insert_rowid())
        })
    }

    fn finish_run(&self, run: RunId, status: RunStatus, report: &str) -> Result<(), Error> {
        self.write(|c| {
            c.execute(
                "UPDATE runs SET finished_at = ?1, status = ?2, report = ?3 WHERE id = ?4",
                params![now(), status.as_str(), report, run],
            )?;
            Ok(())
        })
    }

    fn runs(&self) -> Result<Vec<RunRecord>, Error> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT id, started_at, finished_at, status, inputs, report FROM runs ORDER BY id",
            )?;
            let rows = stmt.query_map([], read_run)?;
            let mut runs = Vec::new();
            for row in rows {
                let (mut run, status) = row?;
                run.status = RunStatus::parse(&status).ok_or_else(|| {
                    Fail::Store(Error::Corrupt {
                        table: "runs",
                        detail: format!("unknown status {status:?}"),
                    })
                })?;
                runs.push(run);
            }
            Ok(runs)
        })
    }

    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, Error> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT content_hash, revision, story, first_run FROM items WHERE id = ?1",
            )?;
            let mut out = HashMap::new();
            for &id in ids {
                let row = stmt
                    .query_row([id_text(id)], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, u32>(1)?,
                            r.get::<_, String>(2)?,
                            r.get(3)?,
                        ))
                    })
                    .optional()?;
                if let Some((hash, revision, story, first_run)) = row {
                    let existing = Existing {
                        content_hash: hash as u64,
                        revision,
                        story: parse_id(story, "items")?,
                        first_run,
                    };
                    out.insert(id, existing);
                }
            }
            Ok(out)
        })
    }

    fn write_batch(
        &self,
        run: RunId,
        batch_no: u32,
        items: &[ItemWrite],
        merges: &[StoryMerge],
        stories: &[StoryRecord],
        summary: &str,
    ) -> Result<BatchWritten, Error> {
        self.write(|c| {
            // IMMEDIATE: the write lock from the first statement to the commit, so that the
            // numbers taken from `last_seq` are in commit order across processes.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let after: i64 = tx.query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_seq'",
                [],
                |r| r.get(0),
            )?;
            let mut last = after;
            let mut written = Vec::with_capacity(items.len());
            for w in items {
                let outcome = write_item(&tx, run, w, last + 1)?;
                if outcome != Written::Unchanged {
                    last += 1;
                }
                written.push(outcome);
            }
            let mut moved = Vec::new();
            for merge in merges {
                last = merge_stories(&tx, *merge, last, &mut moved)?;
            }
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'last_seq'",
                [last.to_string()],
            )?;
            write_stories(&tx, run, stories)?;
            tx.execute(
                "INSERT OR REPLACE INTO run_batches (run, batch, at, summary) VALUES (?1, ?2, ?3, ?4)",
                params![run, batch_no, now(), summary],
            )?;
            tx.commit()?;
            Ok(BatchWritten {
                written,
                moved,
                seq: SeqRange {
                    after: after as u64,
                    last: last as u64,
                },
            })
        })
    }

    fn rewrite_fingerprints(&self, fingerprints: &[(ItemId, Vec<u8>)]) -> Result<(), Error> {
        self.write(|c| {
            let tx = c.transaction()?;
            {
                let mut update =
                    tx.prepare_cached("UPDATE items SET fingerprint = ?2 WHERE id = ?1")?;
                for (id, fingerprint) in fingerprints {
                    update.execute(params![id_text(*id), fingerprint])?;
                }
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn members(&self, sink: Sink<'_, StoredMember>) -> Result<ControlFlow<()>, Error> {
        // Items' rows are appended as they join (a revision updates its row in place), so
        // their rowids are the joining order.
        self.stream(0, |c, after| members_page(c, "rowid", after), sink)
    }

    fn members_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredMember>,
    ) -> Result<ControlFlow<()>, Error> {
        self.stream(seq as i64, |c, after| members_page(c, "seq", after), sink)
    }

    fn items_after(&self, seq: u64, sink: Sink<'_, StoredItem>) -> Result<ControlFlow<()>, Error> {
        let page = |c: &Connection, after: i64| -> Done<(Vec<StoredItem>, i64)> {
            let mut stmt = c.prepare_cached(
                "SELECT data, story, seq, revision FROM items WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let mut rows = stmt.query(params![after, STREAM_PAGE])?;
            let mut out = Vec::new();
            let mut next = after;
            while let Some(r) = rows.next()? {
                next = r.get(2)?;
                out.push(Self::read_item(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)?);
            }
            Ok((out, next))
        };
        self.stream(seq as i64, page, sink)
    }

    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, Error> {
        self.with(|c| {
            let row = c
                .query_row(
                    "SELECT data, story, seq, revision FROM items WHERE id = ?1",
                    [id_text(id)],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            row.map(|(d, s, q, v)| Self::read_item(d, s, q, v))
                .transpose()
        })
    }

    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, Error> {
        self.with(|c| {
            // The superseded versions, then the current one (`items`). A store from before
            // schema 7, read without migrating, holds the current one in both.
            let mut stmt = c.prepare(
                "SELECT data FROM (
                    SELECT r.revision AS k, r.data AS data FROM item_revisions r
                        JOIN items i ON i.id = r.item
                        WHERE r.item = ?1 AND r.revision < i.revision
                    UNION ALL SELECT revision AS k, data FROM items WHERE id = ?1)
                 ORDER BY k",
            )?;
            let rows = stmt.query_map([id_text(id)], |r| r.get::<_, String>(0))?;
            let mut out = Vec::new();
            for data in rows {
                out.push(serde_json::from_str(&data?).map_err(|e| {
                    Fail::Store(Error::Corrupt {
                        table: "item_revisions",
                        detail: e.to_string(),
                    })
                })?);
            }
            Ok(out)
        })
    }

    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, Error> {
        self.with(|c| {
            let row = c
                .query_row(
                    "SELECT representative, originator, members, coverage FROM stories WHERE id = ?1",
                    [id_text(id)],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get(2)?,
                            r.get(3)?,
                        ))
                    },
                )
                .optional()?;
            row.map(|(rep, orig, members, coverage)| {
                Ok(StoryRecord {
                    id,
                    representative: parse_id(rep, "stories")?,
                    originator: parse_id(orig, "stories")?,
                    members,
                    coverage,
                })
            })
            .transpose()
        })
    }

    fn store_id(&self) -> Result<String, Error> {
        let id: Option<String> = self.with(|c| {
            Ok(
                c.query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| {
                    r.get(0)
                })
                .optional()?,
            )
        })?;
        id.filter(|id| !id.is_empty()).ok_or(Error::Corrupt {
            table: "meta",
            detail: "the store has no identity (store_id)".to_owned(),
        })
    }

    fn renew_store_id(&self) -> Result<String, Error> {
        self.write(|c| {
            c.execute(
                "UPDATE meta SET value = lower(hex(randomblob(16))) WHERE key = 'store_id'",
                [],
            )?;
            Ok(())
        })?;
        self.store_id()
    }

    fn max_seq(&self) -> Result<u64, Error> {
        let seq: i64 = self.with(|c| {
            Ok(c.query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_seq'",
                [],
                |r| r.get(0),
            )?)
        })?;
        Ok(seq as u64)
    }

    fn counts(&self) -> Result<Counts, Error> {
        self.with(|c| {
            let count = |table: &str| -> Done<u64> {
                let n: i64 =
                    c.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?;
                Ok(n as u64)
            };
            Ok(Counts {
                items: count("items")?,
                stories: count("stories")?,
                // Every version: the current ones and those they superseded.
                revisions: count("items")?
                    + count(
                        "item_revisions r JOIN items i ON i.id = r.item \
                         WHERE r.revision < i.revision",
                    )?,
                runs: count("runs")?,
            })
        })
    }

    fn source_state(&self, location: &str) -> Result<Option<String>, Error> {
        self.with(|c| {
            Ok(c.query_row(
                "SELECT fetch_state FROM sources WHERE location = ?1",
                [location],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
        })
    }

    fn set_source_state(&self, location: &str, kind: StateKind, state: &str) -> Result<(), Error> {
        self.write(|c| {
            c.execute(
                "INSERT INTO sources (location, kind, fetch_state, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(location) DO UPDATE SET kind = excluded.kind,
                    fetch_state = excluded.fetch_state, updated_at = excluded.updated_at",
                params![location, kind.as_str(), state, now()],
            )?;
            Ok(())
        })
    }

    fn lock_writer(&self) -> Result<WriterLock, Error> {
        crate::locks::writer(&self.path, false)
    }

    fn lock_shared_writer(&self) -> Result<WriterLock, Error> {
        crate::locks::writer(&self.path, true)
    }

    fn lock_batch(&self) -> Result<WriterLock, Error> {
        crate::locks::batch(&self.path)
    }

    fn add_polled(&self, locations: &[String], now: i64) -> Result<usize, Error> {
        self.write(|c| crate::schedule::add_polled(c, locations, now))
    }

    fn lease_polled(
        &self,
        worker: &str,
        limit: usize,
        now: i64,
        until: i64,
    ) -> Result<Vec<String>, Error> {
        self.write(|c| crate::schedule::lease_polled(c, worker, limit, now, until))
    }

    fn release_polled(&self, location: &str, worker: &str, next_poll: i64) -> Result<bool, Error> {
        self.write(|c| crate::schedule::release_polled(c, location, worker, next_poll))
    }

    fn polled(&self) -> Result<Vec<(String, i64)>, Error> {
        self.with(crate::schedule::polled)
    }

    fn record_decision(&self, decision: &Decision) -> Result<(), Error> {
        self.write(|c| curation::record_decision(c, decision))
    }

    fn decisions(&self) -> Result<Vec<DecisionRecord>, Error> {
        self.with(curation::decisions)
    }

    fn save_user(&self, name: &str, password_hash: &str) -> Result<(), Error> {
        self.write(|c| curation::save_user(c, name, password_hash))
    }

    fn password_hash(&self, name: &str) -> Result<Option<String>, Error> {
        self.with(|c| curation::password_hash(c, name))
    }

    fn notes(&self) -> Result<Vec<NoteRecord>, Error> {
        self.with(curation::notes)
    }

    fn save_learned(&self, profile: &str, weights: &[LearnedRow]) -> Result<(), Error> {
        self.write(|c| curation::save_learned(c, profile, weights))
    }

    fn learned(&self, profile: &str) -> Result<Vec<LearnedRow>, Error> {
        self.with(|c| curation::learned(c, profile))
    }

    fn save_scores(&self, profile: &str, scores: &[ScoreRow]) -> Result<(), Error> {
        self.write(|c| curation::save_scores(c, profile, scores))
    }

    fn score(&self, profile: &str, item: ItemId) -> Result<Option<ScoreRow>, Error> {
        self.with(|c| curation::score(c, profile, &id_text(item)))
    }

    fn scores(&self, profile: &str) -> Result<Vec<ScoreRow>, Error> {
        self.with(|c| curation::scores(c, profile))
    }

    fn add_note(
        &self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), Error> {
        self.write(|c| curation::add_note(c, item, story, author, body))
    }
}
