//! `PgStore` against a real PostgreSQL server: the store conformance suite, writer processes
//! interleaving under a follower, migrations raced by workers, and text PostgreSQL cannot hold.
//!
//! The server is named by `GLEANER_POSTGRES_URL` (`.ci/run` starts a throwaway cluster with
//! `scripts/services/postgres.sh`). Without it the tests print a notice and pass, unless
//! `GLEANER_REQUIRE_SERVICES=1`. Each store lives in its own schema, dropped at the end.
use std::ops::ControlFlow;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use gleaner_backend::conformance;
use gleaner_backend::{ItemWrite, Store, StoreError};
use gleaner_postgres::{PgStore, SCHEMA_VERSION};

/// The server's URL, or `None` (with a notice) when the test should skip.
fn server() -> Option<String> {
    match std::env::var("GLEANER_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("GLEANER_REQUIRE_SERVICES").is_none_or(|v| v != "1"),
                "GLEANER_REQUIRE_SERVICES=1 but GLEANER_POSTGRES_URL is not set"
            );
            eprintln!("notice: GLEANER_POSTGRES_URL is not set; PostgreSQL tests skipped");
            None
        }
    }
}

/// A schema name no other test (or earlier run) uses.
fn fresh_schema(tag: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "test_{tag}_{}_{nanos}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// Drops the schemas of the stores a test made, even when it fails.
struct Cleanup {
    url: String,
    schemas: std::sync::Mutex<Vec<String>>,
}

impl Cleanup {
    fn new(url: &str) -> Self {
        Cleanup {
            url: url.to_owned(),
            schemas: Default::default(),
        }
    }

    fn open(&self, tag: &str) -> PgStore {
        let schema = fresh_schema(tag);
        self.schemas.lock().unwrap().push(schema.clone());
        PgStore::open_in(&self.url, &schema).unwrap()
    }
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        for schema in self.schemas.lock().unwrap().drain(..) {
            if let Ok(store) = PgStore::open_in(&self.url, &schema) {
                let _ = store.drop_store();
            }
        }
    }
}

#[test]
fn pg_store_conforms() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    conformance::store::run_all(&|| Box::new(cleanup.open("conform")));
}

/// Batches a writer process writes, and items per batch.
const BATCHES: usize = 60;
const ITEMS: usize = 4;

/// The writer process's work: `BATCHES` batches into the store in schema `GLEANER_TEST_SCHEMA`,
/// named by `GLEANER_TEST_WRITER`. Runs only when the parent test starts it.
#[test]
fn writer_process() {
    let (Ok(url), Ok(schema), Ok(name)) = (
        std::env::var("GLEANER_POSTGRES_URL"),
        std::env::var("GLEANER_TEST_SCHEMA"),
        std::env::var("GLEANER_TEST_WRITER"),
    ) else {
        return;
    };
    let store = PgStore::open_in(&url, &schema).unwrap();
    let run = store.begin_run(std::slice::from_ref(&name)).unwrap();
    for b in 0..BATCHES {
        let batch: Vec<ItemWrite> = (0..ITEMS)
            .map(|i| conformance::store::write(&format!("{name}-{b}-{i}"), 1, None))
            .collect();
        store
            .write_batch(run, b as u32, &batch, &[], &[], "{}")
            .unwrap();
    }
}

/// Three writer processes, each with its own pool, and a follower in this one that catches
/// up from the last sequence number it saw, as a search index does: it never misses a row,
/// however the writers interleave.
#[test]
fn writer_processes_never_leave_a_row_a_catch_up_skips() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let follower = cleanup.open("writers");
    let schema = follower.schema().to_owned();
    let exe = std::env::current_exe().unwrap();
    let names = ["a", "b", "c"];
    let mut writers: Vec<_> = names
        .iter()
        .map(|name| {
            Command::new(&exe)
                .args(["--exact", "writer_process", "--nocapture"])
                .env("GLEANER_TEST_SCHEMA", &schema)
                .env("GLEANER_TEST_WRITER", name)
                .spawn()
                .unwrap()
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut cursor = 0;
    let mut follow = |cursor: &mut u64| {
        let _ = follower
            .items_after(*cursor, &mut |stored| {
                assert!(stored.seq > *cursor);
                *cursor = stored.seq;
                seen.insert(stored.item.id);
                ControlFlow::Continue(())
            })
            .unwrap();
    };
    loop {
        let running = writers.iter_mut().any(|w| w.try_wait().unwrap().is_none());
        follow(&mut cursor);
        if !running {
            break;
        }
    }
    for mut w in writers {
        assert!(w.wait().unwrap().success(), "a writer failed");
    }
    follow(&mut cursor);
    let total = names.len() * BATCHES * ITEMS;
    assert_eq!(follower.counts().unwrap().items, total as u64);
    assert_eq!(seen.len(), total, "the follower skipped rows");
    assert_eq!(follower.max_seq().unwrap(), total as u64);
}

/// Workers that open a new store at the same instant migrate it once and share it.
#[test]
fn workers_racing_to_open_migrate_once() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let schema = fresh_schema("race");
    cleanup.schemas.lock().unwrap().push(schema.clone());
    let ids: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..6)
            .map(|_| s.spawn(|| PgStore::open_in(&url, &schema).unwrap().store_id().unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(ids[0].len(), 32, "128 bits as hex: {}", ids[0]);
    assert!(ids[0].bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(ids.iter().all(|id| *id == ids[0]), "one store: {ids:?}");
}

/// A schema written by a newer gleaner is refused and left as it is; a name that is not a
/// plain identifier is refused before anything is sent.
#[test]
fn newer_schemas_and_bad_names_are_refused() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let store = cleanup.open("newer");
    let schema = store.schema().to_owned();
    drop(store);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    client
        .execute(
            &format!("UPDATE \"{schema}\".gleaner_schema SET version = $1"),
            &[&(SCHEMA_VERSION as i32 + 1)],
        )
        .unwrap();
    match PgStore::open_in(&url, &schema) {
        Err(StoreError::NewerSchema { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    client
        .execute(
            &format!("UPDATE \"{schema}\".gleaner_schema SET version = $1"),
            &[&(SCHEMA_VERSION as i32)],
        )
        .unwrap();
    for bad in ["Tenant", "a;DROP TABLE items", "", "1abc", &"x".repeat(64)] {
        assert!(
            matches!(PgStore::open_in(&url, bad), Err(StoreError::Backend { .. })),
            "{bad:?} accepted"
        );
    }
}

/// Text with NUL characters, which PostgreSQL's text cannot hold, is written: the item comes
/// back exactly (its JSON escapes them), the columns beside it and curators' text lose them.
#[test]
fn nul_characters_do_not_fail_a_batch() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let store = cleanup.open("nul");
    let run = store.begin_run(&["a\0b".to_owned()]).unwrap();
    let mut write = conformance::store::write("nul", 1, None);
    write.item.title = Some("before\0after".to_owned());
    write.item.content_text = Some("본문\0끝".to_owned());
    write.reason = Some("re\0ason".to_owned());
    let written = store
        .write_batch(run, 0, std::slice::from_ref(&write), &[], &[], "sum\0mary")
        .unwrap();
    assert_eq!(written.seq.last, 1);
    let stored = store.item(write.item.id).unwrap().unwrap();
    assert_eq!(stored.item, write.item, "the item round-trips exactly");
    store
        .add_note(Some(write.item.id), None, "ed\0itor", "no\0te")
        .unwrap();
    assert_eq!(store.notes().unwrap()[0].body, "note");
}

/// A server that is not there is a typed error after the pool's timeout, not a hang.
#[test]
fn an_absent_server_is_an_error() {
    let Some(_) = server() else { return };
    let started = std::time::Instant::now();
    let result = PgStore::open("postgres://gleaner@127.0.0.1:1/postgres?connect_timeout=2");
    assert!(matches!(
        result,
        Err(StoreError::Backend {
            backend: "postgres",
            ..
        })
    ));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

/// One writer at a time: a second `lock_writer` is refused at once while the first is held,
/// taken once it is dropped, and runs its holder left `running` are marked interrupted.
#[test]
fn one_writer_at_a_time() {
    use gleaner_backend::RunStatus;
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let first = cleanup.open("writer_lock");
    let second = PgStore::open_in(&url, first.schema()).unwrap();
    let held = first.lock_writer().unwrap();
    let run = first.begin_run(&[]).unwrap();
    match second.lock_writer() {
        Err(StoreError::Busy { store }) => {
            assert!(store.contains(first.schema()), "{store}");
            assert!(!store.contains("password"), "{store}");
        }
        other => panic!("expected Busy, got {other:?}"),
    }
    drop(held);
    let _again = second.lock_writer().unwrap();
    let runs = second.runs().unwrap();
    assert_eq!((runs[0].id, runs[0].status), (run, RunStatus::Interrupted));
}

/// Shared writers and an exclusive one exclude each other: any number of shared holders at
/// once, an exclusive writer refused while one of them holds the lock (it would place
/// batches without the batch lock, and call their running runs interrupted), and a shared
/// writer refused while the exclusive one holds it.
#[test]
fn shared_writers_and_an_exclusive_one_exclude_each_other() {
    use gleaner_backend::RunStatus;
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let first = cleanup.open("shared_lock");
    let second = PgStore::open_in(&url, first.schema()).unwrap();
    let shared = first.lock_shared_writer().unwrap();
    let also = second.lock_shared_writer().unwrap();
    let run = first.begin_run(&[]).unwrap();
    assert!(matches!(second.lock_writer(), Err(StoreError::Busy { .. })));
    assert_eq!(first.runs().unwrap()[0].status, RunStatus::Running);
    drop((shared, also));
    let exclusive = second.lock_writer().unwrap();
    assert_eq!(first.runs().unwrap()[0].id, run);
    assert!(matches!(
        first.lock_shared_writer(),
        Err(StoreError::Busy { .. })
    ));
    drop(exclusive);
    let _shared = first.lock_shared_writer().unwrap();
}

/// The store works when called from async code (the desk's handlers run on tokio), though the
/// client blocks on a runtime of its own: opening, locking, writing, reading and dropping.
#[test]
fn works_inside_an_async_runtime() {
    let Some(url) = server() else { return };
    let cleanup = Cleanup::new(&url);
    let schema = fresh_schema("async");
    cleanup.schemas.lock().unwrap().push(schema.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = PgStore::open_in(&url, &schema).unwrap();
        let writer = store.lock_writer().unwrap();
        let batch = store.lock_batch().unwrap();
        let run = store.begin_run(&[]).unwrap();
        let write = conformance::store::write("async", 1, None);
        store.write_batch(run, 0, &[write], &[], &[], "{}").unwrap();
        assert_eq!(store.counts().unwrap().items, 1);
        drop(batch);
        drop(writer);
        drop(store);
    });
}
