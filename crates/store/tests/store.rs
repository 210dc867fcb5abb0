//! The SQLite store on real files.
use gleaner_core::{Item, ItemId, Source};
use gleaner_store::*;

fn item(key: &str, text: &str) -> Item {
    let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::file("feed.xml"));
    item.title = Some(format!("title {key}"));
    item.content_text = Some(text.to_owned());
    item
}

fn write(item: &Item, hash: u64, story: ItemId) -> ItemWrite {
    ItemWrite {
        item: item.clone(),
        canonical_url: None,
        content_hash: hash,
        fingerprint: vec![1, 2, 3],
        story,
        matched: None,
        reason: None,
    }
}

fn story(id: ItemId) -> StoryRecord {
    StoryRecord {
        id,
        representative: id,
        originator: id,
        members: 1,
        coverage: 1,
    }
}

#[test]
fn writes_are_idempotent_and_changes_become_revisions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let a = item("a", "first text");
    let run = store.begin_run(&["x".into()]).unwrap();
    let w = store
        .write_batch(run, 0, &[write(&a, 1, a.id)], &[], &[story(a.id)], "{}")
        .unwrap();
    assert_eq!(w.written, [Written::Inserted]);
    let w = store
        .write_batch(run, 1, &[write(&a, 1, a.id)], &[], &[], "{}")
        .unwrap();
    assert_eq!(w.written, [Written::Unchanged]);
    let seq_before = store.max_seq().unwrap();
    let changed = item("a", "second text");
    let w = store
        .write_batch(run, 2, &[write(&changed, 2, a.id)], &[], &[], "{}")
        .unwrap();
    assert_eq!(w.written, [Written::Revised { revision: 2 }]);
    assert!(store.max_seq().unwrap() > seq_before);
    let revisions = store.revisions(a.id).unwrap();
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0].content_text.as_deref(), Some("first text"));
    let stored = store.item(a.id).unwrap().unwrap();
    assert_eq!(stored.item, changed);
    assert_eq!(stored.revision, 2);
    let counts = store.counts().unwrap();
    assert_eq!((counts.items, counts.stories, counts.revisions), (1, 1, 2));
    store.check_integrity().unwrap();
}

#[test]
fn a_new_item_is_written_once_and_superseded_versions_keep_their_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let a = item("a", "first text");
    let first = store.begin_run(&["x".into()]).unwrap();
    store
        .write_batch(first, 0, &[write(&a, 1, a.id)], &[], &[story(a.id)], "{}")
        .unwrap();
    let second = store.begin_run(&["x".into()]).unwrap();
    let changed = item("a", "second text");
    store
        .write_batch(second, 0, &[write(&changed, 2, a.id)], &[], &[], "{}")
        .unwrap();
    let third = store.begin_run(&["x".into()]).unwrap();
    let again = item("a", "third text");
    store
        .write_batch(third, 0, &[write(&again, 3, a.id)], &[], &[], "{}")
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let rows: Vec<(u32, i64)> = conn
        .prepare("SELECT revision, run FROM item_revisions ORDER BY revision")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // Only the superseded versions, each with the run that wrote it.
    assert_eq!(rows, [(1, first), (2, second)]);
}

#[test]
fn schema_7_moves_current_versions_out_of_the_revisions_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let a = item("a", "first text");
    let b = item("b", "only text");
    let run = store.begin_run(&["x".into()]).unwrap();
    store
        .write_batch(
            run,
            0,
            &[write(&a, 1, a.id), write(&b, 1, b.id)],
            &[],
            &[story(a.id), story(b.id)],
            "{}",
        )
        .unwrap();
    let changed = item("a", "second text");
    store
        .write_batch(run, 1, &[write(&changed, 2, a.id)], &[], &[], "{}")
        .unwrap();
    drop(store);
    // The layout before schema 7: every version in `item_revisions`, no `revision_run`.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO item_revisions (item, revision, run, content_hash, data)
             SELECT id, revision, revision_run, content_hash, data FROM items;
         ALTER TABLE items DROP COLUMN revision_run;
         PRAGMA user_version = 6;",
    )
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    let texts = |id| -> Vec<String> {
        store
            .revisions(id)
            .unwrap()
            .into_iter()
            .map(|i| i.content_text.unwrap())
            .collect()
    };
    assert_eq!(texts(a.id), ["first text", "second text"]);
    assert_eq!(texts(b.id), ["only text"]);
    assert_eq!(store.counts().unwrap().revisions, 3);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let rows: i64 = conn
        .query_row("SELECT COUNT(*) FROM item_revisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1);
}

#[test]
fn reopening_keeps_data_and_marks_killed_runs_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    {
        let store = SqliteStore::open(&path).unwrap();
        let run = store.begin_run(&["feeds/".into()]).unwrap();
        let a = item("a", "text");
        store
            .write_batch(run, 0, &[write(&a, 7, a.id)], &[], &[story(a.id)], "{}")
            .unwrap();
        // Dropped without finish_run: as if the process had been killed.
    }
    let store = SqliteStore::open(&path).unwrap();
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Interrupted);
    assert_eq!(runs[0].inputs, ["feeds/"]);
    let run = store.begin_run(&[]).unwrap();
    store
        .finish_run(run, RunStatus::Finished, "{\"new\":0}")
        .unwrap();
    assert_eq!(store.runs().unwrap()[1].status, RunStatus::Finished);
    let existing = store
        .existing(&[ItemId::from_key(b"a"), ItemId::from_key(b"zzz")])
        .unwrap();
    assert_eq!(existing.len(), 1);
    assert_eq!(existing[&ItemId::from_key(b"a")].content_hash, 7);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    assert!(matches!(
        SqliteStore::open(&path),
        Err(Error::NewerSchema { .. })
    ));
}

#[test]
fn readers_are_not_blocked_by_an_open_write_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let run = store.begin_run(&[]).unwrap();
    let a = item("a", "text");
    store
        .write_batch(run, 0, &[write(&a, 1, a.id)], &[], &[story(a.id)], "{}")
        .unwrap();
    // A second connection holds the write lock with uncommitted changes.
    let writer = rusqlite::Connection::open(&path).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; DELETE FROM items;")
        .unwrap();
    let reader = SqliteStore::open_read_only(&path).unwrap();
    let started = std::time::Instant::now();
    assert_eq!(
        reader.counts().unwrap().items,
        1,
        "reader sees the committed state"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    writer.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn members_come_back_in_joining_order_and_decisions_are_audited() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("g.db")).unwrap();
    let run = store.begin_run(&[]).unwrap();
    let a = item("a", "text");
    let b = item("b", "text copy");
    let mut wb = write(&b, 2, a.id);
    wb.matched = Some(a.id);
    wb.reason = Some("copy".into());
    store
        .write_batch(run, 0, &[write(&a, 1, a.id), wb], &[], &[story(a.id)], "{}")
        .unwrap();
    let mut members = Vec::new();
    let _ = store
        .members(&mut |m| {
            members.push((m.id, m.story));
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(members, [(a.id, a.id), (b.id, a.id)]);
    store
        .record_decision(&Decision {
            item: Some(a.id),
            story: None,
            decision: "approve".into(),
            curator: "jimin".into(),
            reason: Some("on brand".into()),
        })
        .unwrap();
    store
        .add_note(None, Some(a.id), "jimin", "follow up")
        .unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("g.db")).unwrap();
    let audits: i64 = conn
        .query_row("SELECT COUNT(*) FROM audit", [], |r| r.get(0))
        .unwrap();
    assert_eq!(audits, 2);
}

#[test]
fn schema_8_folds_story_members_into_the_items_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let run = store.begin_run(&[]).unwrap();
    let a = item("a", "text");
    let b = item("b", "text copy");
    let mut wb = write(&b, 2, a.id);
    wb.matched = Some(a.id);
    wb.reason = Some("copy".into());
    store
        .write_batch(run, 0, &[write(&a, 1, a.id), wb], &[], &[story(a.id)], "{}")
        .unwrap();
    drop(store);
    // The layout before schema 8: a `story_members` table, no `matched` or `reason` on items.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP VIEW story_members;
         CREATE TABLE story_members (item TEXT PRIMARY KEY, story TEXT NOT NULL, matched TEXT,
             reason TEXT, run INTEGER NOT NULL);
         CREATE INDEX story_members_story ON story_members(story);
         INSERT INTO story_members SELECT id, story, matched, reason, first_run FROM items
             ORDER BY rowid;
         ALTER TABLE items DROP COLUMN matched;
         ALTER TABLE items DROP COLUMN reason;
         PRAGMA user_version = 7;",
    )
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    let mut members = Vec::new();
    let _ = store
        .members(&mut |m| {
            members.push((m.id, m.story, m.matched));
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(members, [(a.id, a.id, None), (b.id, a.id, Some(a.id))]);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (kind, reason): (String, String) = conn
        .query_row(
            "SELECT (SELECT type FROM sqlite_master WHERE name = 'story_members'), reason
             FROM story_members WHERE matched IS NOT NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), reason.as_str()), ("view", "copy"));
}

#[test]
fn every_database_has_its_own_identity_kept_for_its_life() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let id = SqliteStore::open(&path).unwrap().store_id().unwrap();
    assert_eq!(id.len(), 32);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    assert_eq!(SqliteStore::open(&path).unwrap().store_id().unwrap(), id);
    assert_eq!(
        SqliteStore::open_read_only(&path)
            .unwrap()
            .store_id()
            .unwrap(),
        id
    );
    let other = SqliteStore::open(&dir.path().join("h.db")).unwrap();
    assert_ne!(other.store_id().unwrap(), id);
    // An emptied database is another store.
    std::fs::write(&path, b"").unwrap();
    assert_ne!(SqliteStore::open(&path).unwrap().store_id().unwrap(), id);
}

#[test]
fn a_database_from_before_identities_gets_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("DROP TABLE meta; PRAGMA user_version = 1;")
        .unwrap();
    drop(conn);
    let id = SqliteStore::open(&path).unwrap().store_id().unwrap();
    assert_eq!(id.len(), 32);
}

#[test]
fn a_read_only_open_refuses_writes_and_a_schema_it_cannot_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gleaner.db");
    drop(SqliteStore::open(&path).unwrap());
    let reader = SqliteStore::open_read_only(&path).unwrap();
    assert!(matches!(reader.begin_run(&[]), Err(Error::ReadOnly)));
    assert_eq!(reader.counts().unwrap().runs, 0);
    drop(reader);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION - 1)
        .unwrap();
    drop(conn);
    assert!(matches!(
        SqliteStore::open_read_only(&path),
        Err(Error::OlderSchema { .. })
    ));
}

/// The store's locks are its own, whichever workspace opens it (`sqlite:DIR` may be another
/// directory's): one exclusive writer, or any number of shared ones, never both; shared
/// writers take turns by batch.
#[test]
fn one_exclusive_writer_or_several_shared_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gleaner.db");
    let (first, second) = (
        SqliteStore::open(&path).unwrap(),
        SqliteStore::open(&path).unwrap(),
    );
    let exclusive = first.lock_writer().unwrap();
    assert!(matches!(second.lock_writer(), Err(Error::Busy { .. })));
    assert!(matches!(
        second.lock_shared_writer(),
        Err(Error::Busy { .. })
    ));
    drop(exclusive);
    let shared = (
        first.lock_shared_writer().unwrap(),
        second.lock_shared_writer().unwrap(),
    );
    assert!(matches!(first.lock_writer(), Err(Error::Busy { .. })));
    // One batch at a time: the second waits until the first is done.
    let batch = first.lock_batch().unwrap();
    let (sender, waited) = std::sync::mpsc::channel();
    std::thread::scope(|s| {
        s.spawn(|| {
            let _turn = second.lock_batch().unwrap();
            sender.send(()).unwrap();
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(waited.try_recv().is_err(), "the second batch waits");
        drop(batch);
        waited
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("then takes its turn");
    });
    drop(shared);
    let _exclusive = second.lock_writer().unwrap();
}

#[test]
fn the_log_is_copied_into_the_database_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let run = store.begin_run(&["x".into()]).unwrap();
    let text = "a long enough body of text to fill pages ".repeat(40);
    let items: Vec<Item> = (0..400).map(|i| item(&format!("k{i}"), &text)).collect();
    let writes: Vec<ItemWrite> = items.iter().map(|i| write(i, 1, i.id)).collect();
    let stories: Vec<StoryRecord> = items.iter().map(|i| story(i.id)).collect();
    store
        .write_batch(run, 0, &writes, &[], &stories, "{}")
        .unwrap();
    // The batch (about 700 KB) is in the log; the writer's own checkpoint is far off (32,000
    // pages), so only the background one can bring it into the database file, with the store
    // still open and nothing more written.
    let size = || std::fs::metadata(&path).unwrap().len();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while size() < 500_000 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(size() >= 500_000, "the database file is {} bytes", size());
    assert_eq!(store.counts().unwrap().items, 400);
    drop(store);
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(reopened.counts().unwrap().items, 400);
    reopened.check_integrity().unwrap();
}

#[test]
fn schema_11_keeps_every_story_and_only_joined_items_in_the_story_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let run = store.begin_run(&[]).unwrap();
    let (a, b, c) = (
        item("a", "text"),
        item("b", "text copy"),
        item("c", "other"),
    );
    let writes = [write(&a, 1, a.id), write(&b, 2, a.id), write(&c, 3, c.id)];
    store
        .write_batch(run, 0, &writes, &[], &[story(a.id), story(c.id)], "{}")
        .unwrap();
    drop(store);
    // The layout before schema 11: a rowid `stories` table, every item in the story index.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP INDEX items_joined_story;
         CREATE INDEX items_story ON items(story);
         CREATE TABLE stories_old AS SELECT * FROM stories;
         DROP TABLE stories;
         ALTER TABLE stories_old RENAME TO stories;
         PRAGMA user_version = 10;",
    )
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.story(a.id).unwrap(), Some(story(a.id)));
    assert_eq!(store.story(c.id).unwrap(), Some(story(c.id)));
    assert_eq!(store.counts().unwrap().stories, 2);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        indexes.contains(&"items_joined_story".to_owned()),
        "{indexes:?}"
    );
    assert!(!indexes.contains(&"items_story".to_owned()), "{indexes:?}");
    // Only b joined a story it did not found.
    let joined: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM items INDEXED BY items_joined_story WHERE story != id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(joined, 1);
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'stories'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sql.contains("WITHOUT ROWID"), "{sql}");
}
