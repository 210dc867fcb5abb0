//! `SqliteStore` passes the store conformance suite, and keeps sequence numbers in commit order
//! across writer processes.
use std::ops::ControlFlow;
use std::path::Path;
use std::process::Command;

use gleaner_backend::conformance;
use gleaner_store::{ItemWrite, SqliteStore, Store};

#[test]
fn sqlite_store_conforms() {
    let dir = tempfile::tempdir().unwrap();
    let counter = std::sync::atomic::AtomicUsize::new(0);
    conformance::store::run_all(&|| {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let path = dir.path().join(format!("store-{n}.db"));
        Box::new(SqliteStore::open(&path).unwrap())
    });
}

/// Batches a writer process writes, and items per batch.
const BATCHES: usize = 60;
const ITEMS: usize = 4;

/// The writer process's work: `BATCHES` batches into the store at `GLEANER_TEST_DB`, named by
/// `GLEANER_TEST_WRITER`. Runs only when the parent test starts it.
#[test]
fn writer_process() {
    let (Some(db), Some(name)) = (
        std::env::var_os("GLEANER_TEST_DB"),
        std::env::var_os("GLEANER_TEST_WRITER"),
    ) else {
        return;
    };
    let name = name.to_string_lossy().into_owned();
    let store = SqliteStore::open(Path::new(&db)).unwrap();
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

/// Two writer processes, and a follower in this one that catches up from the last sequence
/// number it saw, as a search index does: it never misses a row, however the writers
/// interleave.
#[test]
fn two_writer_processes_never_leave_a_row_a_catch_up_skips() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gleaner.db");
    let follower = SqliteStore::open(&db).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut writers: Vec<_> = ["a", "b"]
        .iter()
        .map(|name| {
            Command::new(&exe)
                .args(["--exact", "writer_process", "--nocapture"])
                .env("GLEANER_TEST_DB", &db)
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
    let total = 2 * BATCHES * ITEMS;
    assert_eq!(follower.counts().unwrap().items, total as u64);
    assert_eq!(seen.len(), total, "the follower skipped rows");
    assert_eq!(follower.max_seq().unwrap(), total as u64);
}
