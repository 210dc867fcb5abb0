//! The SQLite store.
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use gleaner_core::{Item, ItemId};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::model::*;
use crate::schema::migrate;
use crate::{Error, Store};

/// The store in one SQLite file, in WAL mode: a writer never blocks readers, and a process
/// killed at any instant leaves every committed batch and nothing of the batch in flight.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn id_text(id: ItemId) -> String {
    id.to_string()
}

fn parse_id(s: String, table: &'static str) -> Result<ItemId, Error> {
    s.parse().map_err(|_| Error::Corrupt {
        table,
        detail: format!("bad id {s:?}"),
    })
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date. Runs
    /// that a killed process left `running` are marked `interrupted`.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL: a commit survives the process being killed (the WAL is in the OS's
        // hands); only a power loss may take back the last commits, never corrupt.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        conn.execute(
            "UPDATE runs SET status = 'interrupted' WHERE status = 'running'",
            [],
        )?;
        Ok(SqliteStore { conn })
    }

    /// Opens the store at `path` for reading only, alongside a writer in another process.
    pub fn open_read_only(path: &Path) -> Result<Self, Error> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(10))?;
        Ok(SqliteStore { conn })
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when SQLite finds the file sound.
    pub fn check_integrity(&self) -> Result<(), Error> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(Error::Corrupt {
                table: "database",
                detail: result,
            })
        }
    }

    fn read_item(
        data: String,
        story: String,
        seq: i64,
        revision: u32,
    ) -> Result<StoredItem, Error> {
        let item: Item = serde_json::from_str(&data).map_err(|e| Error::Corrupt {
            table: "items",
            detail: e.to_string(),
        })?;
        Ok(StoredItem {
            item,
            story: parse_id(story, "items")?,
            seq: seq as u64,
            revision,
        })
    }
}

impl Store for SqliteStore {
    fn begin_run(&mut self, inputs: &[String]) -> Result<RunId, Error> {
        let inputs = serde_json::to_string(inputs).expect("strings serialize");
        self.conn.execute(
            "INSERT INTO runs (started_at, status, inputs) VALUES (?1, 'running', ?2)",
            params![now(), inputs],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    fn finish_run(&mut self, run: RunId, status: RunStatus, report: &str) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE runs SET finished_at = ?1, status = ?2, report = ?3 WHERE id = ?4",
            params![now(), status.as_str(), report, run],
        )?;
        Ok(())
    }

    fn runs(&self) -> Result<Vec<RunRecord>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, started_at, finished_at, status, inputs, report FROM runs ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(RunRecord {
                id: r.get(0)?,
                started_at: r.get(1)?,
                finished_at: r.get(2)?,
                status: r.get(3)?,
                inputs: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
                report: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn existing(&self, ids: &[ItemId]) -> Result<HashMap<ItemId, Existing>, Error> {
        let mut stmt = self.conn.prepare_cached(
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
                out.insert(
                    id,
                    Existing {
                        content_hash: hash as u64,
                        revision,
                        story: parse_id(story, "items")?,
                        first_run,
                    },
                );
            }
        }
        Ok(out)
    }

    fn write_batch(
        &mut self,
        run: RunId,
        batch_no: u32,
        items: &[ItemWrite],
        stories: &[StoryRecord],
        summary: &str,
    ) -> Result<Vec<Written>, Error> {
        let tx = self.conn.transaction()?;
        let mut written = Vec::with_capacity(items.len());
        {
            let mut next_seq: i64 =
                tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM items", [], |r| {
                    r.get(0)
                })?;
            let mut get =
                tx.prepare_cached("SELECT content_hash, revision FROM items WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO items (id, seq, source, url, canonical_url, title, published, lang,
                    content_hash, revision, story, first_run, last_run, data, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?11, ?12, ?13)",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE items SET seq = ?2, url = ?3, canonical_url = ?4, title = ?5, published = ?6,
                    lang = ?7, content_hash = ?8, revision = ?9, last_run = ?10, data = ?11,
                    fingerprint = ?12
                 WHERE id = ?1",
            )?;
            let mut touch = tx.prepare_cached("UPDATE items SET last_run = ?2 WHERE id = ?1")?;
            let mut revision_row = tx.prepare_cached(
                "INSERT OR IGNORE INTO item_revisions (item, revision, run, content_hash, data)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut member = tx.prepare_cached(
                "INSERT OR IGNORE INTO story_members (item, story, matched, reason, run)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for w in items {
                let id = id_text(w.item.id);
                let data = serde_json::to_string(&w.item).expect("items serialize");
                let hash = w.content_hash as i64;
                let known = get
                    .query_row([&id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))
                    .optional()?;
                let published = w.item.date().map(|d| d.timestamp());
                let lang = w.item.lang.as_ref().map(|l| l.code().to_owned());
                let outcome = match known {
                    Some((old, _)) if old == hash => {
                        touch.execute(params![id, run])?;
                        Written::Unchanged
                    }
                    Some((_, revision)) => {
                        let revision = revision + 1;
                        update.execute(params![
                            id,
                            next_seq,
                            w.item.url,
                            w.canonical_url,
                            w.item.title,
                            published,
                            lang,
                            hash,
                            revision,
                            run,
                            data,
                            w.fingerprint
                        ])?;
                        next_seq += 1;
                        revision_row.execute(params![id, revision, run, hash, data])?;
                        Written::Revised { revision }
                    }
                    None => {
                        insert.execute(params![
                            id,
                            next_seq,
                            w.item.source.location,
                            w.item.url,
                            w.canonical_url,
                            w.item.title,
                            published,
                            lang,
                            hash,
                            id_text(w.story),
                            run,
                            data,
                            w.fingerprint
                        ])?;
                        next_seq += 1;
                        revision_row.execute(params![id, 1, run, hash, data])?;
                        member.execute(params![
                            id,
                            id_text(w.story),
                            w.matched.map(id_text),
                            w.reason,
                            run
                        ])?;
                        Written::Inserted
                    }
                };
                written.push(outcome);
            }
            let mut story = tx.prepare_cached(
                "INSERT INTO stories (id, representative, originator, members, coverage, updated_run)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(id) DO UPDATE SET representative = excluded.representative,
                    originator = excluded.originator, members = excluded.members,
                    coverage = excluded.coverage, updated_run = excluded.updated_run",
            )?;
            for s in stories {
                story.execute(params![
                    id_text(s.id),
                    id_text(s.representative),
                    id_text(s.originator),
                    s.members,
                    s.coverage,
                    run
                ])?;
            }
            tx.execute(
                "INSERT OR REPLACE INTO run_batches (run, batch, at, summary) VALUES (?1, ?2, ?3, ?4)",
                params![run, batch_no, now(), summary],
            )?;
        }
        tx.commit()?;
        Ok(written)
    }

    fn members(&self, sink: &mut dyn FnMut(StoredMember)) -> Result<(), Error> {
        let mut stmt = self.conn.prepare(
            "SELECT i.id, i.story, i.source, i.published, i.fingerprint, i.canonical_url, m.matched
             FROM story_members m JOIN items i ON i.id = m.item
             ORDER BY m.rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let matched: Option<String> = r.get(6)?;
            sink(StoredMember {
                id: parse_id(r.get(0)?, "items")?,
                story: parse_id(r.get(1)?, "items")?,
                source: r.get(2)?,
                published: r.get(3)?,
                fingerprint: r.get(4)?,
                canonical_url: r.get(5)?,
                matched: matched.map(|m| parse_id(m, "story_members")).transpose()?,
            });
        }
        Ok(())
    }

    fn items_after(&self, seq: u64, sink: &mut dyn FnMut(StoredItem)) -> Result<(), Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT data, story, seq, revision FROM items WHERE seq > ?1 ORDER BY seq")?;
        let mut rows = stmt.query([seq as i64])?;
        while let Some(r) = rows.next()? {
            sink(Self::read_item(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)?);
        }
        Ok(())
    }

    fn item(&self, id: ItemId) -> Result<Option<StoredItem>, Error> {
        let row = self
            .conn
            .query_row(
                "SELECT data, story, seq, revision FROM items WHERE id = ?1",
                [id_text(id)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        row.map(|(d, s, q, v)| Self::read_item(d, s, q, v))
            .transpose()
    }

    fn revisions(&self, id: ItemId) -> Result<Vec<Item>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT data FROM item_revisions WHERE item = ?1 ORDER BY revision")?;
        let rows = stmt.query_map([id_text(id)], |r| r.get::<_, String>(0))?;
        rows.map(|data| {
            serde_json::from_str(&data?).map_err(|e| Error::Corrupt {
                table: "item_revisions",
                detail: e.to_string(),
            })
        })
        .collect()
    }

    fn story(&self, id: ItemId) -> Result<Option<StoryRecord>, Error> {
        let row = self
            .conn
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
    }

    fn store_id(&self) -> Result<String, Error> {
        let id: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| {
                r.get(0)
            })
            .optional()?;
        id.filter(|id| !id.is_empty()).ok_or(Error::Corrupt {
            table: "meta",
            detail: "the store has no identity (store_id)".to_owned(),
        })
    }

    fn renew_store_id(&mut self) -> Result<String, Error> {
        self.conn.execute(
            "UPDATE meta SET value = lower(hex(randomblob(16))) WHERE key = 'store_id'",
            [],
        )?;
        self.store_id()
    }

    fn max_seq(&self) -> Result<u64, Error> {
        let seq: i64 = self
            .conn
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM items", [], |r| r.get(0))?;
        Ok(seq as u64)
    }

    fn counts(&self) -> Result<Counts, Error> {
        let count = |table: &str| -> Result<u64, Error> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Counts {
            items: count("items")?,
            stories: count("stories")?,
            revisions: count("item_revisions")?,
            runs: count("runs")?,
        })
    }

    fn source_state(&self, location: &str) -> Result<Option<String>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT fetch_state FROM sources WHERE location = ?1",
                [location],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    fn set_source_state(&mut self, location: &str, kind: &str, state: &str) -> Result<(), Error> {
        self.conn.execute(
            "INSERT INTO sources (location, kind, fetch_state, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(location) DO UPDATE SET fetch_state = excluded.fetch_state,
                updated_at = excluded.updated_at",
            params![location, kind, state, now()],
        )?;
        Ok(())
    }

    fn record_decision(&mut self, decision: &Decision) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO decisions (item, story, decision, curator, at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                decision.item.map(id_text),
                decision.story.map(id_text),
                decision.decision,
                decision.curator,
                now(),
                decision.reason
            ],
        )?;
        tx.execute(
            "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, ?2, 'decision', ?3, ?4)",
            params![
                now(),
                decision.curator,
                decision.item.or(decision.story).map(id_text),
                decision.decision
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn add_note(
        &mut self,
        item: Option<ItemId>,
        story: Option<ItemId>,
        author: &str,
        body: &str,
    ) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO notes (item, story, author, body, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![item.map(id_text), story.map(id_text), author, body, now()],
        )?;
        tx.execute(
            "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, ?2, 'note', ?3, NULL)",
            params![now(), author, item.or(story).map(id_text)],
        )?;
        tx.commit()?;
        Ok(())
    }
}
