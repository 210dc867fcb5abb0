//! The schema, as an ordered list of migrations. The database's `user_version` says how many
//! have run; [`migrate`] runs the rest, each in its own transaction.
use rusqlite::Connection;

use crate::Error;

/// Migration `i` takes the schema from version `i` to `i + 1`. Append only: never edit one
/// that has shipped.
const MIGRATIONS: &[&str] = &[
    // 1: the system of record.
    r#"
    CREATE TABLE sources (
        location     TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        title        TEXT,
        fetch_state  TEXT,
        updated_at   INTEGER NOT NULL
    );
    CREATE TABLE items (
        id            TEXT PRIMARY KEY,
        seq           INTEGER NOT NULL UNIQUE,
        source        TEXT NOT NULL,
        url           TEXT,
        canonical_url TEXT,
        title         TEXT,
        published     INTEGER,
        lang          TEXT,
        content_hash  INTEGER NOT NULL,
        revision      INTEGER NOT NULL,
        story         TEXT NOT NULL,
        first_run     INTEGER NOT NULL,
        last_run      INTEGER NOT NULL,
        data          TEXT NOT NULL,
        fingerprint   BLOB NOT NULL
    );
    CREATE INDEX items_story ON items(story);
    CREATE INDEX items_canonical_url ON items(canonical_url);
    CREATE INDEX items_published ON items(published);
    CREATE TABLE item_revisions (
        item         TEXT NOT NULL,
        revision     INTEGER NOT NULL,
        run          INTEGER NOT NULL,
        content_hash INTEGER NOT NULL,
        data         TEXT NOT NULL,
        PRIMARY KEY (item, revision)
    );
    CREATE TABLE stories (
        id             TEXT PRIMARY KEY,
        representative TEXT NOT NULL,
        originator     TEXT NOT NULL,
        members        INTEGER NOT NULL,
        coverage       INTEGER NOT NULL,
        updated_run    INTEGER NOT NULL
    );
    CREATE TABLE story_members (
        item    TEXT PRIMARY KEY,
        story   TEXT NOT NULL,
        matched TEXT,
        reason  TEXT,
        run     INTEGER NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story);
    CREATE TABLE decisions (
        id       INTEGER PRIMARY KEY,
        item     TEXT,
        story    TEXT,
        decision TEXT NOT NULL,
        curator  TEXT NOT NULL,
        at       INTEGER NOT NULL,
        reason   TEXT
    );
    CREATE TABLE notes (
        id      INTEGER PRIMARY KEY,
        item    TEXT,
        story   TEXT,
        author  TEXT NOT NULL,
        body    TEXT NOT NULL,
        at      INTEGER NOT NULL
    );
    CREATE TABLE audit (
        id      INTEGER PRIMARY KEY,
        at      INTEGER NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        subject TEXT,
        detail  TEXT
    );
    CREATE TABLE runs (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        status      TEXT NOT NULL,
        inputs      TEXT NOT NULL,
        report      TEXT
    );
    CREATE TABLE run_batches (
        run      INTEGER NOT NULL,
        batch    INTEGER NOT NULL,
        at       INTEGER NOT NULL,
        summary  TEXT NOT NULL,
        PRIMARY KEY (run, batch)
    );
    "#,
    // 2: the store's identity, made once with the database: what a search index records it
    // mirrors, so that an index is never served for another database (or an emptied one).
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
    "#,
    // 3: the change counter. Writers take sequence numbers from it inside their write
    // transaction, so numbers are in commit order even with several writer processes, and a
    // number is never given twice (`MAX(seq) + 1` would give a revised item's old number
    // again once it moved).
    r#"
    INSERT INTO meta (key, value) SELECT 'last_seq', CAST(COALESCE(MAX(seq), 0) AS TEXT) FROM items;
    "#,
    // 4: a story merge points the merged story's decisions and notes at the story kept;
    // without these it read both tables whole for every merge.
    r#"
    CREATE INDEX IF NOT EXISTS decisions_story ON decisions(story);
    CREATE INDEX IF NOT EXISTS notes_story ON notes(story);
    "#,
    // 5: what scoring keeps: weights learned from decisions, and items' scores, by profile.
    r#"
    CREATE TABLE IF NOT EXISTS learned_weights (
        profile  TEXT NOT NULL,
        position INTEGER NOT NULL,
        kind     TEXT NOT NULL,
        key      TEXT NOT NULL,
        weight   REAL NOT NULL,
        approved INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        PRIMARY KEY (profile, position)
    );
    CREATE TABLE IF NOT EXISTS scores (
        profile     TEXT NOT NULL,
        item        TEXT NOT NULL,
        score       REAL NOT NULL,
        explanation TEXT NOT NULL,
        scored_at   INTEGER NOT NULL,
        PRIMARY KEY (profile, item)
    );
    CREATE INDEX IF NOT EXISTS scores_best ON scores(profile, score DESC, item);
    "#,
    // 6: curator accounts of the desk, with their Argon2 password hashes (PHC strings).
    r#"
    CREATE TABLE IF NOT EXISTS users (
        name          TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at    INTEGER NOT NULL
    );
    "#,
    // 7: `item_revisions` keeps the versions an item had before its current one, which only
    // `items` holds: every new item's JSON was written twice (issue 14). `items.revision_run`
    // (added first, see `ADDED_COLUMNS`) is the run that wrote the current version, which
    // becomes its revision row's run when it is superseded.
    r#"
    UPDATE items SET revision_run = (SELECT r.run FROM item_revisions r
        WHERE r.item = items.id AND r.revision = items.revision);
    DELETE FROM item_revisions WHERE revision =
        (SELECT i.revision FROM items i WHERE i.id = item_revisions.item);
    "#,
    // 8: who joined a story, matched with whom and why, is kept on the item's own row
    // (`items.matched`, `items.reason`, added first, see `ADDED_COLUMNS`), and the
    // `story_members` table (folded in first, see `FOLD_STORY_MEMBERS`) is a view of it. Its
    // two indexes were two of the six random B-tree inserts every new item cost (issue 14).
    r#"
    CREATE VIEW IF NOT EXISTS story_members AS
        SELECT id AS item, story, matched, reason, first_run AS run FROM items;
    "#,
    // 9: the polling schedule workers lease sources from (`gleaner schedule`, issue 15): when
    // each source is next due, and which worker holds it until when. `host` is the politeness
    // limit's key (NULL for files).
    r#"
    CREATE TABLE IF NOT EXISTS polled_sources (
        location    TEXT PRIMARY KEY,
        host        TEXT,
        next_poll   INTEGER NOT NULL,
        lease_owner TEXT,
        lease_until INTEGER
    );
    CREATE INDEX IF NOT EXISTS polled_sources_due ON polled_sources(next_poll);
    "#,
    // 10: no query looks items up by canonical address or by date (dedup keeps its own
    // lookups in memory; digests and search go through the index), so these two indexes only
    // cost: each was a B-tree insert at a random place for every new item, a page written to
    // the log and again by the checkpoint once the tree outgrows the cache (issue 14).
    r#"
    DROP INDEX IF EXISTS items_canonical_url;
    DROP INDEX IF EXISTS items_published;
    "#,
    // 11: two more of the random B-tree writes every new item cost (issue 14). An item that
    // founded its story is found by its own id (its `story` is its `id`), so only the items
    // that joined another's story are in the story index; most items found their own. And
    // `stories` is keyed by its id alone (WITHOUT ROWID): its rows are small, and updating a
    // story wrote both the id index's page and the row's.
    r#"
    CREATE INDEX IF NOT EXISTS items_joined_story ON items(story) WHERE story != id;
    DROP INDEX IF EXISTS items_story;
    CREATE TABLE stories_by_id (
        id             TEXT PRIMARY KEY,
        representative TEXT NOT NULL,
        originator     TEXT NOT NULL,
        members        INTEGER NOT NULL,
        coverage       INTEGER NOT NULL,
        updated_run    INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO stories_by_id (id, representative, originator, members, coverage, updated_run)
        SELECT id, representative, originator, members, coverage, updated_run FROM stories;
    DROP TABLE stories;
    ALTER TABLE stories_by_id RENAME TO stories;
    "#,
    // 12: `Store::scores` reads a profile's every score and sorts them itself; this index
    // was one more random B-tree write for every score kept (issue 14).
    r#"
    DROP INDEX IF EXISTS scores_best;
    "#,
];

/// Migration 8, first: what the `story_members` table holds moves onto the items' rows, and the
/// table goes (when it is still a table: a migration must be safe to run again).
const FOLD_STORY_MEMBERS: &str = r#"
    UPDATE items SET
        matched = (SELECT m.matched FROM story_members m WHERE m.item = items.id),
        reason = (SELECT m.reason FROM story_members m WHERE m.item = items.id);
    DROP INDEX IF EXISTS story_members_story;
    DROP TABLE story_members;
"#;

/// Columns migration `.0` adds before its SQL runs, when the table lacks them (SQLite has no
/// `ADD COLUMN IF NOT EXISTS`, and a migration must be safe to run again): (migration, table,
/// column, declaration).
const ADDED_COLUMNS: &[(usize, &str, &str, &str)] = &[
    (6, "items", "revision_run", "INTEGER"),
    (7, "items", "matched", "TEXT"),
    (7, "items", "reason", "TEXT"),
];

/// The schema version this code reads and writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings the database up to [`SCHEMA_VERSION`]. A database from a newer version of gleaner
/// is refused, not touched.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), crate::sqlite::Fail> {
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        }
        .into());
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        for &(_, table, column, declaration) in ADDED_COLUMNS.iter().filter(|c| c.0 == i) {
            let present: bool = tx.query_row(
                &format!("SELECT COUNT(*) > 0 FROM pragma_table_info('{table}') WHERE name = ?1"),
                [column],
                |r| r.get(0),
            )?;
            if !present {
                tx.execute_batch(&format!(
                    "ALTER TABLE {table} ADD COLUMN {column} {declaration}"
                ))?;
            }
        }
        if i == 7 {
            let is_table: bool = tx.query_row(
                "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'story_members'",
                [],
                |r| r.get(0),
            )?;
            if is_table {
                tx.execute_batch(FOLD_STORY_MEMBERS)?;
            }
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
