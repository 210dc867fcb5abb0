//! The schema, as an ordered list of migrations. `gleaner_schema.version` says how many have
//! run; [`migrate`] runs the rest in one transaction (PostgreSQL's DDL is transactional),
//! under an advisory lock, so that workers opening one store at once migrate it once.
use postgres::Client;

use crate::store::{Done, Fail};
use crate::Error;

/// Migration `i` takes the schema from version `i` to `i + 1`. Append only: never edit one
/// that has shipped.
///
/// The tables are those of the SQLite store's schema 8, with PostgreSQL's types; two
/// differences: `items.joined` numbers items in the order they joined (SQLite's `rowid` does
/// it there), and `meta` holds the change counter from the start.
const MIGRATIONS: &[&str] = &[
    // 1: the system of record.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO meta (key, value) VALUES
        ('store_id', replace(gen_random_uuid()::text, '-', '')),
        ('last_seq', '0');
    CREATE TABLE sources (
        location     TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        title        TEXT,
        fetch_state  TEXT,
        updated_at   BIGINT NOT NULL
    );
    CREATE TABLE items (
        id            TEXT PRIMARY KEY,
        joined        BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        seq           BIGINT NOT NULL UNIQUE,
        source        TEXT NOT NULL,
        url           TEXT,
        canonical_url TEXT,
        title         TEXT,
        published     BIGINT,
        lang          TEXT,
        content_hash  BIGINT NOT NULL,
        revision      INTEGER NOT NULL,
        story         TEXT NOT NULL,
        first_run     BIGINT NOT NULL,
        last_run      BIGINT NOT NULL,
        revision_run  BIGINT NOT NULL,
        matched       TEXT,
        reason        TEXT,
        data          TEXT NOT NULL,
        fingerprint   BYTEA NOT NULL
    );
    CREATE INDEX items_story ON items(story);
    CREATE INDEX items_canonical_url ON items(canonical_url);
    CREATE INDEX items_published ON items(published);
    CREATE TABLE item_revisions (
        item         TEXT NOT NULL,
        revision     INTEGER NOT NULL,
        run          BIGINT NOT NULL,
        content_hash BIGINT NOT NULL,
        data         TEXT NOT NULL,
        PRIMARY KEY (item, revision)
    );
    CREATE TABLE stories (
        id             TEXT PRIMARY KEY,
        representative TEXT NOT NULL,
        originator     TEXT NOT NULL,
        members        BIGINT NOT NULL,
        coverage       BIGINT NOT NULL,
        updated_run    BIGINT NOT NULL
    );
    CREATE VIEW story_members AS
        SELECT id AS item, story, matched, reason, first_run AS run FROM items;
    CREATE TABLE decisions (
        id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item     TEXT,
        story    TEXT,
        decision TEXT NOT NULL,
        curator  TEXT NOT NULL,
        at       BIGINT NOT NULL,
        reason   TEXT
    );
    CREATE INDEX decisions_story ON decisions(story);
    CREATE TABLE notes (
        id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item    TEXT,
        story   TEXT,
        author  TEXT NOT NULL,
        body    TEXT NOT NULL,
        at      BIGINT NOT NULL
    );
    CREATE INDEX notes_story ON notes(story);
    CREATE TABLE audit (
        id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at      BIGINT NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        subject TEXT,
        detail  TEXT
    );
    CREATE TABLE runs (
        id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at  BIGINT NOT NULL,
        finished_at BIGINT,
        status      TEXT NOT NULL,
        inputs      TEXT NOT NULL,
        report      TEXT
    );
    CREATE TABLE run_batches (
        run      BIGINT NOT NULL,
        batch    BIGINT NOT NULL,
        at       BIGINT NOT NULL,
        summary  TEXT NOT NULL,
        PRIMARY KEY (run, batch)
    );
    CREATE TABLE learned_weights (
        profile  TEXT NOT NULL,
        position BIGINT NOT NULL,
        kind     TEXT NOT NULL,
        key      TEXT NOT NULL,
        weight   DOUBLE PRECISION NOT NULL,
        approved BIGINT NOT NULL,
        rejected BIGINT NOT NULL,
        PRIMARY KEY (profile, position)
    );
    CREATE TABLE scores (
        profile     TEXT NOT NULL,
        item        TEXT NOT NULL,
        score       DOUBLE PRECISION NOT NULL,
        explanation TEXT NOT NULL,
        scored_at   BIGINT NOT NULL,
        PRIMARY KEY (profile, item)
    );
    CREATE INDEX scores_best ON scores(profile, score DESC, item);
    CREATE TABLE users (
        name          TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at    BIGINT NOT NULL
    );
    "#,
    // 2: the polling schedule workers lease sources from (`gleaner schedule`): when each
    // source is next due, and which worker holds it until when. `host` is the politeness
    // limit's key (NULL for files).
    r#"
    CREATE TABLE polled_sources (
        location    TEXT PRIMARY KEY,
        host        TEXT,
        next_poll   BIGINT NOT NULL,
        lease_owner TEXT,
        lease_until BIGINT
    );
    CREATE INDEX polled_sources_due ON polled_sources(next_poll);
    CREATE INDEX polled_sources_host ON polled_sources(host) WHERE lease_until IS NOT NULL;
    "#,
    // 3: no query looks items up by canonical address or by date; each of these indexes was
    // one more insert for every new item (the SQLite store drops them too, issue 14).
    r#"
    DROP INDEX IF EXISTS items_canonical_url;
    DROP INDEX IF EXISTS items_published;
    "#,
];

/// The schema version this code reads and writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The version `schema` is at, or `None` when it holds no store yet.
fn version(client: &mut Client, schema: &str) -> Done<Option<u32>> {
    let exists: bool = client
        .query_one(
            "SELECT to_regclass(format('%I.gleaner_schema', $1::text)) IS NOT NULL",
            &[&schema],
        )?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let version: Option<i32> = client
        .query_opt(
            &format!("SELECT version FROM \"{schema}\".gleaner_schema"),
            &[],
        )?
        .map(|row| row.get(0));
    Ok(version.map(|v| u32::try_from(v).unwrap_or(u32::MAX)))
}

fn newer(found: u32) -> Fail {
    Fail::Store(Error::NewerSchema {
        found,
        supported: SCHEMA_VERSION,
    })
}

/// Creates `schema` if needed and brings it up to [`SCHEMA_VERSION`], in one transaction
/// holding an advisory lock named after the schema. A schema from a newer gleaner is refused,
/// not touched. A store already at this version is only read: workers opening together do not
/// queue behind the lock, and a role without the right to create may open it.
pub(crate) fn migrate(client: &mut Client, schema: &str) -> Done<()> {
    match version(client, schema)? {
        Some(version) if version == SCHEMA_VERSION => return Ok(()),
        Some(version) if version > SCHEMA_VERSION => return Err(newer(version)),
        _ => {}
    }
    let mut tx = client.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('gleaner:' || $1))",
        &[&schema],
    )?;
    tx.batch_execute(&format!(
        "CREATE SCHEMA IF NOT EXISTS \"{schema}\";
         SET LOCAL search_path TO \"{schema}\";
         CREATE TABLE IF NOT EXISTS gleaner_schema (version INTEGER NOT NULL);
         INSERT INTO gleaner_schema (version) SELECT 0
             WHERE NOT EXISTS (SELECT 1 FROM gleaner_schema);"
    ))?;
    let version: i32 = tx
        .query_one("SELECT version FROM gleaner_schema", &[])?
        .get(0);
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(newer(version));
    }
    // Another opener may have migrated while this one waited for the lock.
    if version < SCHEMA_VERSION {
        for sql in MIGRATIONS.iter().skip(version as usize) {
            tx.batch_execute(sql)?;
        }
        tx.execute(
            "UPDATE gleaner_schema SET version = $1",
            &[&(SCHEMA_VERSION as i32)],
        )?;
    }
    tx.commit()?;
    Ok(())
}
