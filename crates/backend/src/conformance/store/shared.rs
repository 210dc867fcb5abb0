//! The checks of what writers sharing a store rely on: sequence numbers in commit order under
//! concurrent writers, the members changed since a change, and the polling schedule.
use std::collections::{BTreeSet, HashSet};
use std::ops::ControlFlow;
use std::sync::Arc;

use gleaner_core::ItemId;

use super::{id, seqs_after, write, MakeStore};
use crate::{ItemWrite, Store};

/// `members_after(n)` gives the members changed after change `n` — new, revised, moved by a
/// merge — in the order of those changes, with their stories and fingerprints now.
pub fn members_after_follow_changes(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    store
        .write_batch(
            run,
            0,
            &[write("a", 1, None), write("b", 1, None)],
            &[],
            &[],
            "{}",
        )
        .unwrap();
    let seen = store.max_seq().unwrap();
    // After `seen`: c joins a's story, a is revised, and b's story merges into a's.
    store
        .write_batch(run, 1, &[write("c", 1, Some("a"))], &[], &[], "{}")
        .unwrap();
    let mut revised = write("a", 2, None);
    revised.fingerprint = b"a, revised".to_vec();
    store
        .write_batch(
            run,
            2,
            &[revised],
            &[crate::StoryMerge {
                from: id("b"),
                into: id("a"),
            }],
            &[],
            "{}",
        )
        .unwrap();
    let mut after = Vec::new();
    let _ = store
        .members_after(seen, &mut |m| {
            after.push((m.id, m.story, m.fingerprint, m.matched));
            ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(
        after,
        vec![
            (id("c"), id("a"), b"c".to_vec(), Some(id("a"))),
            (id("a"), id("a"), b"a, revised".to_vec(), None),
            (id("b"), id("a"), b"b".to_vec(), None),
        ]
    );
    let mut none = 0;
    let _ = store
        .members_after(store.max_seq().unwrap(), &mut |_| {
            none += 1;
            ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(none, 0);
}

/// Sources are leased one worker at a time, one per host, until their lease ends or expires,
/// and come back due when released.
pub fn polling_schedule(make: MakeStore<'_>) {
    let store = make();
    let sources: Vec<String> = [
        "https://a.example/1",
        "https://a.example/2",
        "https://b.example/feed",
        "feeds/x.xml",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(store.add_polled(&sources, 100).unwrap(), 4);
    assert_eq!(
        store.add_polled(&sources[..1], 50).unwrap(),
        0,
        "known: kept"
    );
    assert!(
        store.lease_polled("w", 10, 99, 200).unwrap().is_empty(),
        "not due yet"
    );
    let first = store.lease_polled("w1", 10, 100, 200).unwrap();
    assert_eq!(first.len(), 3, "one per host: {first:?}");
    assert!(first.contains(&"feeds/x.xml".to_owned()));
    assert_eq!(
        first.iter().filter(|l| l.contains("a.example")).count(),
        1,
        "{first:?}"
    );
    // a.example is being fetched by w1: w2 gets nothing of it.
    assert!(store.lease_polled("w2", 10, 150, 300).unwrap().is_empty());
    // Only the holder releases.
    let a = first.iter().find(|l| l.contains("a.example")).unwrap();
    assert!(!store.release_polled(a, "w2", 1000).unwrap());
    assert!(store.release_polled(a, "w1", 1000).unwrap());
    let second = store.lease_polled("w2", 10, 150, 300).unwrap();
    assert_eq!(second.len(), 1, "the other a.example source: {second:?}");
    assert_ne!(&second[0], a);
    // w1 dies: its leases expire at 200, and come back to others.
    let third = store.lease_polled("w3", 10, 250, 400).unwrap();
    assert_eq!(third.len(), 2, "{third:?}");
    assert!(
        !store.release_polled(&third[0], "w1", 5000).unwrap(),
        "expired and taken"
    );
    let schedule = store.polled().unwrap();
    assert_eq!(schedule.len(), 4);
    assert_eq!(schedule.last().unwrap(), &(a.clone(), 1000), "{schedule:?}");
}

/// Two writers at once, and a follower that catches up from the last sequence number it saw
/// (as an index does): the follower never skips a change, whatever the interleaving, and the
/// batches' sequence ranges tile `1..=max` without overlap.
pub fn concurrent_writers_never_hide_a_change(make: MakeStore<'_>) {
    let store: Arc<dyn Store> = Arc::from(make());
    let run = store.begin_run(&[]).unwrap();
    const BATCHES: usize = 40;
    const ITEMS: usize = 5;
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                let mut ranges = Vec::new();
                for b in 0..BATCHES {
                    let batch: Vec<ItemWrite> = (0..ITEMS)
                        .map(|i| write(&format!("w{w}-{b}-{i}"), 1, None))
                        .collect();
                    let written = store
                        .write_batch(run, (w * BATCHES + b) as u32, &batch, &[], &[], "{}")
                        .expect("write");
                    ranges.push(written.seq);
                }
                ranges
            })
        })
        .collect();
    // The follower.
    let mut seen: HashSet<ItemId> = HashSet::new();
    let mut cursor = 0;
    loop {
        // Finished or failed: a writer that panics ends the loop, and its join below fails
        // the check, rather than leaving the follower waiting.
        let finished = writers.iter().all(|w| w.is_finished());
        for (id, seq) in seqs_after(&*store, cursor) {
            assert!(seq > cursor, "items come in seq order");
            cursor = seq;
            seen.insert(id);
        }
        if finished {
            break;
        }
        std::thread::yield_now();
    }
    let mut ranges = Vec::new();
    for writer in writers {
        ranges.extend(writer.join().expect("writer"));
    }
    let total = 2 * BATCHES * ITEMS;
    assert_eq!(store.counts().unwrap().items, total as u64);
    assert_eq!(seen.len(), total, "the follower missed changes");
    ranges.sort_by_key(|r| r.after);
    let mut expected_after = 0;
    let mut numbers = BTreeSet::new();
    for range in &ranges {
        assert_eq!(range.after, expected_after, "ranges tile without gaps");
        assert_eq!(range.last - range.after, ITEMS as u64);
        numbers.extend(range.after + 1..=range.last);
        expected_after = range.last;
    }
    assert_eq!(numbers.len(), total);
    assert_eq!(store.max_seq().unwrap(), total as u64);
}
