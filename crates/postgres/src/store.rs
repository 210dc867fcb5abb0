//! `PgStore`: the connection pool, the schema it works in, and the [`Store`] methods.
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gleaner_backend::{
    BatchWritten, Counts, Decision, DecisionRecord, Existing, ItemWrite, LearnedRow, NoteRecord,
    RunId, RunRecord, RunStatus, ScoreRow, Sink, StateKind, StoredItem, StoredMember, StoryMerge,
    StoryRecord, WriterLock,
};
use gleaner_core::{Item, ItemId};
use postgres::{Client, NoTls};
use r2d2::{CustomizeConnection, Pool, PooledConnection};
use r2d2_postgres::PostgresConnectionManager;

use crate::locks::off_runtime;
use crate::{batch, curation, schedule, schema, Error, Store};

/// Rows handed to a sink per query: no connection is held while a sink runs (so a sink may
/// call the store), and a long stream holds no transaction open.
const STREAM_PAGE: i64 = 512;

/// The schema a store works in when none is named.
pub const DEFAULT_SCHEMA: &str = "gleaner";

type Manager = PostgresConnectionManager<NoTls>;

/// The store in a PostgreSQL database, in one schema of it, shared by every process that opens
/// the same database and schema.
///
/// - **Many writers.** Any number of threads and processes, on any hosts, write at once. Each
///   batch is one transaction that first locks the change counter's row (`SELECT … FOR
///   UPDATE` on `meta.last_seq`) and keeps the lock until it commits: batches take their
///   sequence numbers in commit order, so a follower that has read every change up to `n`
///   never misses one below `n` that committed late (see `docs/SCALE.md`). Other writes
///   (runs, decisions, notes, fetch state) take no lock.
/// - **Tenants.** Each schema is a separate store with its own identity, so one database can
///   hold many workspaces ([`PgStore::open_in`]).
/// - **Text.** PostgreSQL's text cannot hold the NUL character: items keep theirs inside their
///   JSON (escaped, so exactly), and NULs are dropped from the columns beside it and from
///   curators' text.
pub struct PgStore {
    /// Always `Some` until the store drops (see its `Drop`).
    pub(crate) pool: Option<Pool<Manager>>,
    pub(crate) config: postgres::Config,
    pub(crate) schema: String,
    /// The connection that takes the batch lock ([`Store::lock_batch`]), kept between batches.
    pub(crate) batch_connection: Arc<Mutex<Option<Client>>>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("schema", &self.schema)
            .field(
                "connections",
                &self.pool.as_ref().map(|p| p.state().connections),
            )
            .finish()
    }
}

/// A failure inside one operation: PostgreSQL's, the pool's, or the store's own.
pub(crate) enum Fail {
    Sql(postgres::Error),
    Pool(r2d2::Error),
    Store(Error),
}

impl From<postgres::Error> for Fail {
    fn from(e: postgres::Error) -> Self {
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
            Fail::Sql(e) => Error::backend("postgres", e),
            Fail::Pool(e) => Error::backend("postgres", e),
            Fail::Store(e) => e,
        }
    }
}

pub(crate) type Done<T> = Result<T, Fail>;

/// Points every connection the pool makes at the store's schema.
#[derive(Debug)]
struct SearchPath(String);

impl CustomizeConnection<Client, postgres::Error> for SearchPath {
    fn on_acquire(&self, conn: &mut Client) -> Result<(), postgres::Error> {
        conn.batch_execute(&format!("SET search_path TO \"{}\"", self.0))
    }
}

/// The change counter as stored (text in `meta`), or [`Error::Corrupt`].
pub(crate) fn parse_last_seq(value: &str) -> Done<i64> {
    value
        .parse::<i64>()
        .ok()
        .filter(|seq| *seq >= 0)
        .ok_or_else(|| {
            Fail::Store(Error::Corrupt {
                table: "meta",
                detail: format!("last_seq is {value:?}"),
            })
        })
}

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub(crate) fn id_text(id: ItemId) -> String {
    id.to_string()
}

pub(crate) fn parse_id(s: &str, table: &'static str) -> Result<ItemId, Fail> {
    s.parse().map_err(|_| {
        Fail::Store(Error::Corrupt {
            table,
            detail: format!("bad id {s:?}"),
        })
    })
}

/// `s` without NUL characters, which PostgreSQL's text cannot hold.
pub(crate) fn text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', "").into()
    } else {
        s.into()
    }
}

/// [`text`] of an optional string.
pub(crate) fn opt_text(s: Option<&str>) -> Option<std::borrow::Cow<'_, str>> {
    s.map(text)
}

/// Whether `name` can be a schema's name here: a plain lowercase identifier, so that it needs
/// no escaping and cannot inject SQL.
fn valid_schema(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z' | '_'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && name.len() <= 63
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/db` or a
    /// `key=value` connection string) and opens the store in schema [`DEFAULT_SCHEMA`],
    /// creating it or bringing it up to date.
    pub fn open(url: &str) -> Result<Self, Error> {
        Self::open_in(url, DEFAULT_SCHEMA)
    }

    /// Opens the store in schema `schema` of the database at `url`: one database holds a store
    /// per schema. The name is a lowercase identifier (`[a-z_][a-z0-9_]*`, at most 63 bytes).
    pub fn open_in(url: &str, schema: &str) -> Result<Self, Error> {
        if !valid_schema(schema) {
            return Err(Error::backend(
                "postgres",
                format!("{schema:?} is not a schema name gleaner uses (lowercase letters, digits and _)"),
            ));
        }
        let config: postgres::Config = url.parse().map_err(|e| Error::backend("postgres", e))?;
        let manager = PostgresConnectionManager::new(config.clone(), NoTls);
        let pool = Pool::builder()
            .max_size(8)
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(10))
            .connection_customizer(Box::new(SearchPath(schema.to_owned())))
            .build(manager)
            .map_err(|e| Error::backend("postgres", e))?;
        let store = PgStore {
            pool: Some(pool),
            config,
            schema: schema.to_owned(),
            batch_connection: Arc::default(),
        };
        store.with(|c| schema::migrate(c, schema))?;
        Ok(store)
    }

    /// The schema the store works in.
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// Deletes the store: its schema and everything in it. For tests and for removing a
    /// tenant; nothing asks twice.
    pub fn drop_store(self) -> Result<(), Error> {
        let schema = self.schema.clone();
        self.with(|c| {
            c.batch_execute(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))?;
            Ok(())
        })
    }

    /// Where the store is, for messages: database, hosts and schema, never a password.
    pub fn describe(&self) -> String {
        let hosts: Vec<String> = self
            .config
            .get_hosts()
            .iter()
            .zip(
                self.config
                    .get_ports()
                    .iter()
                    .chain(std::iter::repeat(&5432)),
            )
            .map(|(host, port)| match host {
                postgres::config::Host::Tcp(h) => format!("{h}:{port}"),
                postgres::config::Host::Unix(p) => format!("{}:{port}", p.display()),
            })
            .collect();
        format!(
            "postgres {}/{} schema {}",
            hosts.join(","),
            self.config.get_dbname().unwrap_or(""),
            self.schema
        )
    }

    fn connection(&self) -> Done<PooledConnection<Manager>> {
        self.pool
            .as_ref()
            .expect("the pool lives as long as the store")
            .get()
            .map_err(Fail::Pool)
    }

    /// Runs `f` with a connection of the pool (off any async runtime, see [`off_runtime`]).
    pub(crate) fn with<T: Send>(
        &self,
        f: impl FnOnce(&mut Client) -> Done<T> + Send,
    ) -> Result<T, Error> {
        off_runtime(|| {
            let mut conn = self.connection()?;
            Ok(f(&mut conn)?)
        })
    }

    /// Runs `f` in a transaction, committed when `f` succeeds.
    fn transaction<T: Send>(
        &self,
        f: impl FnOnce(&mut postgres::Transaction<'_>) -> Done<T> + Send,
    ) -> Result<T, Error> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let out = f(&mut tx)?;
            tx.commit()?;
            Ok(out)
        })
    }

    /// Streams pages chosen by `page` (given the cursor, the next rows and the cursor after
    /// them), taking a connection for each page only.
    fn stream<T: Send>(
        &self,
        mut cursor: i64,
        page: impl Fn(&mut Client, i64) -> Done<(Vec<T>, i64)> + Sync,
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
}

fn read_item(data: &str, story: &str, seq: i64, revision: i32) -> Done<StoredItem> {
    let item: Item = serde_json::from_str(data).map_err(|e| {
        Fail::Store(Error::Corrupt {
            table: "items",
            detail: e.to_string(),
        })
    })?;
    Ok(StoredItem {
        item,
        story: parse_id(story, "items")?,
        seq: seq as u64,
        revision: revision as u32,
    })
}

/// A page of members in the order of `by` (`joined` or `seq`), after `after`.
fn member_page(c: &mut Client, by: &str, after: i64) -> Done<(Vec<StoredMember>, i64)> {
    let rows = c.query(
        &format!(
            "SELECT id, story, source, published, fingerprint, canonical_url, matched, {by}
             FROM items WHERE {by} > $1 ORDER BY {by} LIMIT $2"
        ),
        &[&after, &STREAM_PAGE],
    )?;
    let mut next = after;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        next = r.get(7);
        let matched: Option<&str> = r.get(6);
        out.push(StoredMember {
            id: parse_id(r.get(0), "items")?,
            story: parse_id(r.get(1), "items")?,
            source: r.get(2),
            published: r.get(3),
            fingerprint: r.get(4),
            canonical_url: r.get(5),
            matched: matched.map(|m| parse_id(m, "items")).transpose()?,
        });
    }
    Ok((out, next))
}

fn count(c: &mut Client, from: &str) -> Done<u64> {
    let n: i64 = c
        .query_one(&format!("SELECT COUNT(*) FROM {from}"), &[])?
        .get(0);
    Ok(n as u64)
}

impl Store for PgStore {
    fn begin_run(&self, inputs: &[String]) -> Result<RunId, Error> {
        let inputs = serde_json::to_string(inputs).expect("strings serialize");
        self.with(|c| {
            let row = c.query_one(
                "INSERT INTO runs (started_at, status, inputs) VALUES ($1, 'running', $2) RETURNING id",
                &[&now(), &text(&inputs)],
            )?;
            Ok(row.get(0))
        })
    }

    fn finish_run(&self, run: RunId, status: RunStatus, report: &str) -> Result<(), Error> {
        self.with(|c| {
            c.execute(
                "UPDATE runs SET finished_at = $1, status = $2, report = $3 WHERE id = $4",
                &[&now(), &status.as_str(), &text(report), &run],
            )?;
            Ok(())
        })
    }

    fn runs(&self) -> Result<Vec<RunRecord>, Error> {
        self.with(|c| {
            let rows = c.query(
                "SELECT id, started_at, finished_at, status, inputs, report FROM runs ORDER BY id",
                &[],
            )?;
            rows.iter()
                .map(|r| {
                    let status: &str = r.get(3);
                    let status = RunStatus::parse(status).ok_or_else(|| {
                        Fail::Store(Error::Corrupt {
                            table: "runs",
                            detail: format!("unknown status {status:?}"),
                        })
                    })?;
                    Ok(RunRecord {
                        id: r.get(0),
                        started_at: r.get(1),
                        finished_at: r.get(2),
                        status,
                        inputs: serde_json::from_str(r.get(4)).unwrap_or_default(),
                        report: r.get(5),
                    })
                })
                .collect()
        })
    }

    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, Error> {
        let keys: Vec<String> = ids.iter().map(|&id| id_text(id)).collect();
        self.with(|c| {
            let rows = c.query(
                "SELECT id, content_hash, revision, story, first_run FROM items WHERE id = ANY($1)",
                &[&keys],
            )?;
            let mut out = HashMap::with_capacity(rows.len());
            for r in rows {
                out.insert(
                    parse_id(r.get(0), "items")?,
                    Existing {
                        content_hash: r.get::<_, i64>(1) as u64,
                        revision: r.get::<_, i32>(2) as u32,
                        story: parse_id(r.get(3), "items")?,
                        first_run: r.get(4),
                    },
                );
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
        self.transaction(|tx| {
            batch::write_batch(tx, run, batch_no, items, merges, stories, summary)
        })
    }

    fn rewrite_fingerprints(&self, fingerprints: &[(ItemId, Vec<u8>)]) -> Result<(), Error> {
        let ids: Vec<String> = fingerprints.iter().map(|(id, _)| id_text(*id)).collect();
        let prints: Vec<&[u8]> = fingerprints.iter().map(|(_, f)| f.as_slice()).collect();
        self.with(|c| {
            c.execute(
                "UPDATE items SET fingerprint = f.fingerprint
                 FROM unnest($1::text[], $2::bytea[]) AS f(id, fingerprint)
                 WHERE items.id = f.id",
                &[&ids, &prints],
            )?;
            Ok(())
        })
    }

    fn members(&self, sink: Sink<'_, StoredMember>) -> Result<ControlFlow<()>, Error> {
        self.stream(0, |c, after| member_page(c, "joined", after), sink)
    }

    fn members_after(
        &self,
        seq: u64,
        sink: Sink<'_, StoredMember>,
    ) -> Result<ControlFlow<()>, Error> {
        self.stream(seq as i64, |c, after| member_page(c, "seq", after), sink)
    }

    fn items_after(&self, seq: u64, sink: Sink<'_, StoredItem>) -> Result<ControlFlow<()>, Error> {
        let page = |c: &mut Client, after: i64| -> Done<(Vec<StoredItem>, i64)> {
            let rows = c.query(
                "SELECT data, story, seq, revision FROM items WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&after, &STREAM_PAGE],
            )?;
            let mut next = after;
            let mut out = Vec::with_capacity(rows.len());
            for r in rows {
                next = r.get(2);
                out.push(read_item(r.get(0), r.get(1), r.get(2), r.get(3))?);
            }
            Ok((out, next))
        };
        self.stream(seq as i64, page, sink)
    }

    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, Error> {
        self.with(|c| {
            let row = c.query_opt(
                "SELECT data, story, seq, revision FROM items WHERE id = $1",
                &[&id_text(id)],
            )?;
            row.map(|r| read_item(r.get(0), r.get(1), r.get(2), r.get(3)))
                .transpose()
        })
    }

    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, Error> {
        self.with(|c| {
            // The superseded versions, then the current one (`items`).
            let rows = c.query(
                "SELECT data FROM (
                    SELECT revision AS k, data FROM item_revisions WHERE item = $1
                    UNION ALL SELECT revision AS k, data FROM items WHERE id = $1) v
                 ORDER BY k",
                &[&id_text(id)],
            )?;
            rows.iter()
                .map(|r| {
                    serde_json::from_str(r.get(0)).map_err(|e| {
                        Fail::Store(Error::Corrupt {
                            table: "item_revisions",
                            detail: e.to_string(),
                        })
                    })
                })
                .collect()
        })
    }

    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, Error> {
        self.with(|c| {
            let row = c.query_opt(
                "SELECT representative, originator, members, coverage FROM stories WHERE id = $1",
                &[&id_text(id)],
            )?;
            row.map(|r| {
                Ok(StoryRecord {
                    id,
                    representative: parse_id(r.get(0), "stories")?,
                    originator: parse_id(r.get(1), "stories")?,
                    members: r.get::<_, i64>(2) as u32,
                    coverage: r.get::<_, i64>(3) as u32,
                })
            })
            .transpose()
        })
    }

    fn max_seq(&self) -> Result<u64, Error> {
        self.with(|c| {
            let value: String = c
                .query_one("SELECT value FROM meta WHERE key = 'last_seq'", &[])?
                .get(0);
            parse_last_seq(&value).map(|seq| seq as u64)
        })
    }

    fn store_id(&self) -> Result<String, Error> {
        let id: Option<String> = self.with(|c| {
            Ok(
                c.query_opt("SELECT value FROM meta WHERE key = 'store_id'", &[])?
                    .map(|r| r.get(0)),
            )
        })?;
        id.filter(|id| !id.is_empty()).ok_or(Error::Corrupt {
            table: "meta",
            detail: "the store has no identity (store_id)".to_owned(),
        })
    }

    fn renew_store_id(&self) -> Result<String, Error> {
        self.with(|c| {
            Ok(c.query_one(
                "UPDATE meta SET value = replace(gen_random_uuid()::text, '-', '')
                 WHERE key = 'store_id' RETURNING value",
                &[],
            )?
            .get(0))
        })
    }

    fn counts(&self) -> Result<Counts, Error> {
        self.with(|c| {
            let items = count(c, "items")?;
            Ok(Counts {
                items,
                stories: count(c, "stories")?,
                // Every version: the current ones and those they superseded.
                revisions: items + count(c, "item_revisions")?,
                runs: count(c, "runs")?,
            })
        })
    }

    fn source_state(&self, location: &str) -> Result<Option<String>, Error> {
        self.with(|c| {
            Ok(c.query_opt(
                "SELECT fetch_state FROM sources WHERE location = $1",
                &[&text(location)],
            )?
            .and_then(|r| r.get(0)))
        })
    }

    fn set_source_state(&self, location: &str, kind: StateKind, state: &str) -> Result<(), Error> {
        self.with(|c| {
            c.execute(
                "INSERT INTO sources (location, kind, fetch_state, updated_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (location) DO UPDATE SET kind = excluded.kind,
                    fetch_state = excluded.fetch_state, updated_at = excluded.updated_at",
                &[&text(location), &kind.as_str(), &text(state), &now()],
            )?;
            Ok(())
        })
    }

    fn add_polled(&self, locations: &[String], now: i64) -> Result<usize, Error> {
        self.transaction(|tx| schedule::add_polled(tx, locations, now))
    }

    fn lease_polled(
        &self,
        worker: &str,
        limit: usize,
        now: i64,
        until: i64,
    ) -> Result<Vec<String>, Error> {
        self.transaction(|tx| schedule::lease_polled(tx, &self.schema, worker, limit, now, until))
    }

    fn release_polled(&self, location: &str, worker: &str, next_poll: i64) -> Result<bool, Error> {
        self.with(|c| schedule::release_polled(c, location, worker, next_poll))
    }

    fn polled(&self) -> Result<Vec<(String, i64)>, Error> {
        self.with(schedule::polled)
    }

    fn record_decision(&self, decision: &Decision) -> Result<(), Error> {
        self.transaction(|tx| curation::record_decision(tx, decision))
    }

    fn decisions(&self) -> Result<Vec<DecisionRecord>, Error> {
        self.with(curation::decisions)
    }

    fn save_learned(&self, profile: &str, weights: &[LearnedRow]) -> Result<(), Error> {
        self.transaction(|tx| curation::save_learned(tx, profile, weights))
    }

    fn learned(&self, profile: &str) -> Result<Vec<LearnedRow>, Error> {
        self.with(|c| curation::learned(c, profile))
    }

    fn save_scores(&self, profile: &str, scores: &[ScoreRow]) -> Result<(), Error> {
        self.transaction(|tx| curation::save_scores(tx, profile, scores))
    }

    fn score(&self, profile: &str, item: ItemId) -> Result<Option<ScoreRow>, Error> {
        self.with(|c| curation::score(c, profile, item))
    }

    fn scores(&self, profile: &str) -> Result<Vec<ScoreRow>, Error> {
        self.with(|c| curation::scores(c, profile))
    }

    fn save_user(&self, name: &str, password_hash: &str) -> Result<(), Error> {
        self.transaction(|tx| curation::save_user(tx, name, password_hash))
    }

    fn password_hash(&self, name: &str) -> Result<Option<String>, Error> {
        self.with(|c| {
            Ok(c.query_opt(
                "SELECT password_hash FROM users WHERE name = $1",
                &[&text(name)],
            )?
            .map(|r| r.get(0)))
        })
    }

    fn notes(&self) -> Result<Vec<NoteRecord>, Error> {
        self.with(curation::notes)
    }

    fn add_note(
        &self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), Error> {
        self.transaction(|tx| curation::add_note(tx, item, story, author, body))
    }

    fn lock_writer(&self) -> Result<WriterLock, Error> {
        off_runtime(|| self.take_writer_lock(false))
    }

    fn lock_shared_writer(&self) -> Result<WriterLock, Error> {
        off_runtime(|| self.take_writer_lock(true))
    }

    fn lock_batch(&self) -> Result<WriterLock, Error> {
        off_runtime(|| self.take_batch_lock())
    }
}
