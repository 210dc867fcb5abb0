//! The [`Store`] suite.
use std::ops::ControlFlow;

use gleaner_core::ItemId;

use super::item;
use crate::{
    Decision, ItemWrite, LearnedRow, RunStatus, ScoreRow, StateKind, Store, StoreError, StoreExt,
    StoryRecord, Written,
};

mod shared;
pub use shared::{
    concurrent_writers_never_hide_a_change, members_after_follow_changes, polling_schedule,
};

/// Makes a fresh, empty store.
pub type MakeStore<'a> = &'a dyn Fn() -> Box<dyn Store>;

/// Runs every check of the suite.
pub fn run_all(make: MakeStore<'_>) {
    runs_log(make);
    insert_revise_and_unchanged(make);
    items_round_trip(make);
    sequence_numbers(make);
    streams_stop_and_fail(make);
    members_in_join_order(make);
    members_after_follow_changes(make);
    fingerprints_rewritten_in_place(make);
    stories(make);
    story_merges(make);
    identity(make);
    source_state(make);
    polling_schedule(make);
    decisions_and_notes(make);
    learned_weights_and_scores(make);
    concurrent_writers_never_hide_a_change(make);
}

/// A write of `key` as a new story (or a copy of `matched`'s story), with `hash` as content.
pub fn write(key: &str, hash: u64, matched: Option<&str>) -> ItemWrite {
    let item = item(
        key,
        "feeds/a.xml",
        &format!("Title {key}"),
        &format!("Body {key}"),
    );
    let matched = matched.map(|m| ItemId::from_key(m.as_bytes()));
    ItemWrite {
        story: matched.unwrap_or(item.id),
        canonical_url: item.url.clone(),
        content_hash: hash,
        fingerprint: key.as_bytes().to_vec(),
        matched,
        reason: matched.map(|_| "copy".to_owned()),
        item,
    }
}

fn id(key: &str) -> ItemId {
    ItemId::from_key(key.as_bytes())
}

fn seqs_after(store: &dyn Store, seq: u64) -> Vec<(ItemId, u64)> {
    let mut out = Vec::new();
    let _ = store
        .items_after(seq, &mut |s| {
            out.push((s.item.id, s.seq));
            ControlFlow::Continue(())
        })
        .expect("items_after");
    out
}

/// The runs log keeps each run's inputs, status and report.
pub fn runs_log(make: MakeStore<'_>) {
    let store = make();
    let first = store.begin_run(&["a.xml".into()]).unwrap();
    let second = store.begin_run(&[]).unwrap();
    assert_ne!(first, second, "runs have distinct ids");
    store
        .finish_run(first, RunStatus::Finished, "{\"ok\":1}")
        .unwrap();
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].id, first, "oldest first");
    assert_eq!(runs[0].status, RunStatus::Finished);
    assert_eq!(runs[0].inputs, vec!["a.xml".to_owned()]);
    assert_eq!(runs[0].report.as_deref(), Some("{\"ok\":1}"));
    assert!(runs[0].finished_at.is_some());
    assert_eq!(runs[1].status, RunStatus::Running);
    assert_eq!(store.counts().unwrap().runs, 2);
}

/// New items are inserted, the same content is unchanged, other content is a new revision.
pub fn insert_revise_and_unchanged(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    let batch = [write("a", 1, None), write("b", 2, None)];
    let done = store.write_batch(run, 0, &batch, &[], &[], "{}").unwrap();
    assert_eq!(done.written, vec![Written::Inserted, Written::Inserted]);
    assert_eq!((done.seq.after, done.seq.last), (0, 2));
    let existing = store.existing(&[id("a"), id("b"), id("c")]).unwrap();
    assert_eq!(existing.len(), 2, "absent ids are not in the map");
    assert_eq!(existing[&id("a")].content_hash, 1);
    assert_eq!(existing[&id("a")].revision, 1);
    assert_eq!(existing[&id("a")].first_run, run);

    let same = store
        .write_batch(run, 1, &[write("a", 1, None)], &[], &[], "{}")
        .unwrap();
    assert_eq!(same.written, vec![Written::Unchanged]);
    assert_eq!(
        (same.seq.after, same.seq.last),
        (2, 2),
        "an unchanged item takes no sequence number"
    );

    let mut revised = write("a", 9, None);
    revised.item.title = Some("Title a, revised".into());
    let done = store
        .write_batch(run, 2, &[revised], &[], &[], "{}")
        .unwrap();
    assert_eq!(done.written, vec![Written::Revised { revision: 2 }]);
    assert_eq!((done.seq.after, done.seq.last), (2, 3));
    let stored = store.item(id("a")).unwrap().expect("stored");
    assert_eq!(stored.revision, 2);
    assert_eq!(stored.seq, 3);
    assert_eq!(stored.item.title.as_deref(), Some("Title a, revised"));
    let revisions = store.revisions(id("a")).unwrap();
    assert_eq!(revisions.len(), 2, "every revision is kept");
    assert_eq!(revisions[0].title.as_deref(), Some("Title a"));
    let counts = store.counts().unwrap();
    assert_eq!((counts.items, counts.revisions), (2, 3));
    assert!(store.item(id("nope")).unwrap().is_none());
    assert!(store.revisions(id("nope")).unwrap().is_empty());
}

/// An item reads back as it was written, every field.
pub fn items_round_trip(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    let mut w = write("k", 5, None);
    w.item.summary = Some("요약 <b>".into());
    w.item.authors = vec!["기자".into()];
    w.item.categories = vec!["브랜드".into(), "brand".into()];
    w.item.published = chrono::DateTime::from_timestamp(1_700_000_000, 0);
    store
        .write_batch(run, 0, std::slice::from_ref(&w), &[], &[], "{}")
        .unwrap();
    let stored = store.item(w.item.id).unwrap().expect("stored");
    assert_eq!(stored.item, w.item);
    assert_eq!(stored.story, w.story);
}

/// Sequence numbers grow with every change, in commit order; `items_after(n)` gives exactly
/// the items whose last change is above `n`, in order.
pub fn sequence_numbers(make: MakeStore<'_>) {
    let store = make();
    assert_eq!(store.max_seq().unwrap(), 0, "an empty store is at 0");
    let run = store.begin_run(&[]).unwrap();
    for (n, key) in ["a", "b", "c", "d"].iter().enumerate() {
        store
            .write_batch(run, n as u32, &[write(key, 1, None)], &[], &[], "{}")
            .unwrap();
    }
    assert_eq!(store.max_seq().unwrap(), 4);
    let all = seqs_after(&*store, 0);
    let seqs: Vec<u64> = all.iter().map(|(_, s)| *s).collect();
    assert_eq!(seqs, vec![1, 2, 3, 4]);
    assert_eq!(seqs_after(&*store, 2), vec![(id("c"), 3), (id("d"), 4)]);
    assert!(seqs_after(&*store, 4).is_empty());
    // A revision moves the item to the end.
    store
        .write_batch(run, 9, &[write("a", 2, None)], &[], &[], "{}")
        .unwrap();
    assert_eq!(seqs_after(&*store, 4), vec![(id("a"), 5)]);
    assert_eq!(seqs_after(&*store, 0).len(), 4, "one record per item");
}

/// A sink can stop a stream; a failing sink's error comes back as it is.
pub fn streams_stop_and_fail(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    // More than a page of any reasonable paging, so that stopping is tested across pages.
    let batch: Vec<ItemWrite> = (0..700).map(|n| write(&format!("i{n}"), 1, None)).collect();
    store.write_batch(run, 0, &batch, &[], &[], "{}").unwrap();
    let mut seen = 0;
    let flow = store
        .items_after(0, &mut |_| {
            seen += 1;
            if seen == 600 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .unwrap();
    assert_eq!((flow, seen), (ControlFlow::Break(()), 600));
    let mut members = 0;
    let flow = store
        .members(&mut |_| {
            members += 1;
            ControlFlow::Break(())
        })
        .unwrap();
    assert_eq!((flow, members), (ControlFlow::Break(()), 1));
    let mut calls = 0;
    let failed = store.try_items_after(0, |_| {
        calls += 1;
        if calls == 3 {
            Err(StoreError::ReadOnly)
        } else {
            Ok(ControlFlow::Continue(()))
        }
    });
    assert!(matches!(failed, Err(StoreError::ReadOnly)), "{failed:?}");
    assert_eq!(calls, 3, "the stream stops at the first error");
    let flow = store
        .try_members(|_| Ok::<_, StoreError>(ControlFlow::Continue(())))
        .unwrap();
    assert_eq!(flow, ControlFlow::Continue(()));
    // A sink may call back into the store.
    let mut inner_reads = 0;
    let _ = store
        .items_after(690, &mut |s| {
            inner_reads += usize::from(store.item(s.item.id).unwrap().is_some());
            ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(inner_reads, 10);
}

/// Members come back in the order they joined, with what dedup needs.
pub fn members_in_join_order(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    store
        .write_batch(
            run,
            0,
            &[write("z", 1, None), write("y", 1, Some("z"))],
            &[],
            &[],
            "{}",
        )
        .unwrap();
    store
        .write_batch(run, 1, &[write("a", 1, Some("z"))], &[], &[], "{}")
        .unwrap();
    // A revision does not make the item join again.
    store
        .write_batch(run, 2, &[write("z", 2, None)], &[], &[], "{}")
        .unwrap();
    let mut members = Vec::new();
    let _ = store
        .members(&mut |m| {
            members.push(m);
            ControlFlow::Continue(())
        })
        .unwrap();
    let order: Vec<ItemId> = members.iter().map(|m| m.id).collect();
    assert_eq!(order, vec![id("z"), id("y"), id("a")]);
    assert_eq!(members[1].story, id("z"));
    assert_eq!(members[1].matched, Some(id("z")));
    assert_eq!(members[0].matched, None);
    assert_eq!(members[1].fingerprint, b"y".to_vec());
    assert_eq!(
        members[0].fingerprint,
        b"z".to_vec(),
        "the latest fingerprint"
    );
    assert_eq!(members[1].source, "feeds/a.xml");
    assert_eq!(
        members[1].canonical_url.as_deref(),
        Some("https://news.example/y")
    );
}

/// Rewriting fingerprints changes what `members` gives, and nothing else: no revision, no
/// sequence number.
pub fn fingerprints_rewritten_in_place(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    store
        .write_batch(
            run,
            0,
            &[write("a", 1, None), write("b", 1, Some("a"))],
            &[],
            &[],
            "{}",
        )
        .unwrap();
    let before = store.max_seq().unwrap();
    store
        .rewrite_fingerprints(&[(id("b"), b"new".to_vec()), (id("unknown"), b"x".to_vec())])
        .unwrap();
    let mut members = Vec::new();
    let _ = store
        .members(&mut |m| {
            members.push((m.id, m.fingerprint));
            ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(
        members,
        vec![(id("a"), b"a".to_vec()), (id("b"), b"new".to_vec())]
    );
    assert_eq!(store.max_seq().unwrap(), before, "no sequence number taken");
    assert_eq!(
        store.item(id("b")).unwrap().unwrap().revision,
        1,
        "no revision"
    );
    assert_eq!(store.counts().unwrap().items, 2, "no item added");
}

/// Stories are written with their batch and updated by later ones.
pub fn stories(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    let mut story = StoryRecord {
        id: id("s"),
        representative: id("s"),
        originator: id("s"),
        members: 1,
        coverage: 1,
    };
    store
        .write_batch(
            run,
            0,
            &[write("s", 1, None)],
            &[],
            std::slice::from_ref(&story),
            "{}",
        )
        .unwrap();
    assert_eq!(store.story(id("s")).unwrap().as_ref(), Some(&story));
    story.members = 2;
    story.coverage = 2;
    story.originator = id("t");
    store
        .write_batch(
            run,
            1,
            &[write("t", 1, Some("s"))],
            &[],
            std::slice::from_ref(&story),
            "{}",
        )
        .unwrap();
    assert_eq!(store.story(id("s")).unwrap(), Some(story));
    assert_eq!(store.counts().unwrap().stories, 1);
    assert!(store.story(id("none")).unwrap().is_none());
}

/// A merge moves every stored member of one story to another, each with a new sequence
/// number (so an index catching up is given its new story), deletes the merged story's row,
/// and is atomic with its batch; members keep their joining order.
pub fn story_merges(make: MakeStore<'_>) {
    let store = make();
    let run = store.begin_run(&[]).unwrap();
    let record = |key: &str, members: u32| StoryRecord {
        id: id(key),
        representative: id(key),
        originator: id(key),
        members,
        coverage: 1,
    };
    // Two stories: a (a, a2) and b (b, b2).
    let first = store
        .write_batch(
            run,
            0,
            &[
                write("a", 1, None),
                write("b", 2, None),
                write("a2", 3, Some("a")),
                write("b2", 4, Some("b")),
            ],
            &[],
            &[record("a", 2), record("b", 2)],
            "{}",
        )
        .unwrap();
    assert!(first.moved.is_empty());
    // A bridge joins a, and b merges into a.
    let bridge = write("bridge", 5, Some("a"));
    let merged = store
        .write_batch(
            run,
            1,
            &[bridge],
            &[crate::StoryMerge {
                from: id("b"),
                into: id("a"),
            }],
            &[record("a", 5)],
            "{}",
        )
        .unwrap();
    assert_eq!(merged.moved, vec![id("b"), id("b2")], "in their old order");
    assert_eq!(merged.seq.after, first.seq.last);
    assert_eq!(
        merged.seq.last,
        first.seq.last + 3,
        "the bridge and two moves"
    );
    for key in ["a", "a2", "b", "b2", "bridge"] {
        assert_eq!(
            store.item(id(key)).unwrap().unwrap().story,
            id("a"),
            "{key}"
        );
    }
    assert!(store.story(id("b")).unwrap().is_none(), "merged away");
    assert_eq!(store.story(id("a")).unwrap().unwrap().members, 5);
    assert_eq!(store.counts().unwrap().stories, 1);
    let after: Vec<ItemId> = seqs_after(&*store, first.seq.last)
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    assert_eq!(after, vec![id("bridge"), id("b"), id("b2")]);
    let mut members = Vec::new();
    let _ = store
        .members(&mut |m| {
            members.push((m.id, m.story));
            ControlFlow::Continue(())
        })
        .unwrap();
    let a = id("a");
    assert_eq!(
        members,
        vec![
            (id("a"), a),
            (id("b"), a),
            (id("a2"), a),
            (id("b2"), a),
            (id("bridge"), a)
        ],
        "joining order kept, every member in the merged story"
    );
    // A merge of a story with no stored member (or an unknown one) moves nothing.
    let none = store
        .write_batch(
            run,
            2,
            &[],
            &[crate::StoryMerge {
                from: id("nothing"),
                into: id("a"),
            }],
            &[],
            "{}",
        )
        .unwrap();
    assert!(none.moved.is_empty());
    assert_eq!(none.seq.after, none.seq.last);
}

/// A store has a random 128-bit identity, renewed on demand, different for every store.
pub fn identity(make: MakeStore<'_>) {
    let store = make();
    let first = store.store_id().unwrap();
    assert_eq!(first.len(), 32, "{first}");
    assert!(first.chars().all(|c| c.is_ascii_hexdigit()), "{first}");
    assert_eq!(store.store_id().unwrap(), first, "stable until renewed");
    let renewed = store.renew_store_id().unwrap();
    assert_ne!(renewed, first);
    assert_eq!(store.store_id().unwrap(), renewed);
    assert_ne!(
        make().store_id().unwrap(),
        renewed,
        "every store has its own"
    );
}

/// Fetch state is saved per location and replaced.
pub fn source_state(make: MakeStore<'_>) {
    let store = make();
    assert_eq!(store.source_state("https://a.example/rss").unwrap(), None);
    let kind = StateKind::Source(gleaner_core::SourceKind::Url);
    store
        .set_source_state("https://a.example/rss", kind, "{\"etag\":\"1\"}")
        .unwrap();
    store
        .set_source_state("https://a.example/rss", kind, "{\"etag\":\"2\"}")
        .unwrap();
    store
        .set_source_state("https://a.example/1", StateKind::FullTextPage, "{}")
        .unwrap();
    assert_eq!(
        store
            .source_state("https://a.example/rss")
            .unwrap()
            .as_deref(),
        Some("{\"etag\":\"2\"}")
    );
    assert_eq!(
        store
            .source_state("https://a.example/1")
            .unwrap()
            .as_deref(),
        Some("{}")
    );
}

/// Decisions and notes are accepted (the review desk reads them back).
pub fn decisions_and_notes(make: MakeStore<'_>) {
    let store = make();
    store
        .record_decision(&Decision {
            item: Some(id("a")),
            story: None,
            decision: "approve".into(),
            curator: "지은".into(),
            reason: Some("on-voice".into()),
        })
        .unwrap();
    store
        .add_note(None, Some(id("s")), "지은", "고객 불만: 하루 안에 답변")
        .unwrap();
    store
        .record_decision(&Decision {
            item: None,
            story: Some(id("s")),
            decision: "reject".into(),
            curator: "Sam".into(),
            reason: None,
        })
        .unwrap();
    let decisions = store.decisions().unwrap();
    let read: Vec<(Option<ItemId>, Option<ItemId>, &str, &str)> = decisions
        .iter()
        .map(|d| {
            let d = &d.decision;
            (d.item, d.story, d.decision.as_str(), d.curator.as_str())
        })
        .collect();
    assert_eq!(
        read,
        [
            (Some(id("a")), None, "approve", "지은"),
            (None, Some(id("s")), "reject", "Sam"),
        ],
        "decisions are read back in the order recorded"
    );
    assert_eq!(decisions[0].decision.reason.as_deref(), Some("on-voice"));
    assert!(decisions.iter().all(|d| d.at > 1_600_000_000), "with when");
    store
        .add_note(Some(id("a")), None, "Sam", "check the figures <b>first</b>")
        .unwrap();
    let notes = store.notes().unwrap();
    let read: Vec<(Option<ItemId>, Option<ItemId>, &str, &str)> = notes
        .iter()
        .map(|n| (n.item, n.story, n.author.as_str(), n.body.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (None, Some(id("s")), "지은", "고객 불만: 하루 안에 답변"),
            (Some(id("a")), None, "Sam", "check the figures <b>first</b>"),
        ],
        "notes are read back in the order written"
    );
    assert!(notes.iter().all(|n| n.at > 1_600_000_000), "with when");

    // Curator accounts: a hash per name, replaced when saved again.
    assert_eq!(store.password_hash("지은").unwrap(), None);
    store.save_user("지은", "$argon2id$v=19$first").unwrap();
    store.save_user("Sam", "$argon2id$v=19$sam").unwrap();
    store.save_user("지은", "$argon2id$v=19$second").unwrap();
    assert_eq!(
        store.password_hash("지은").unwrap().as_deref(),
        Some("$argon2id$v=19$second")
    );
    assert_eq!(
        store.password_hash("Sam").unwrap().as_deref(),
        Some("$argon2id$v=19$sam")
    );
}

/// Learned weights are replaced whole per profile; scores are kept per profile and item,
/// replaced when an item is scored again, and read back best first.
pub fn learned_weights_and_scores(make: MakeStore<'_>) {
    let store = make();
    let row = |key: &str, weight: f64| LearnedRow {
        kind: "source".into(),
        key: key.into(),
        weight,
        approved: 3,
        rejected: 1,
    };
    assert!(store.learned("Acme").unwrap().is_empty());
    store
        .save_learned("Acme", &[row("a.example", 0.05), row("b.example", -0.02)])
        .unwrap();
    store
        .save_learned("누리식품", &[row("c.example", 0.01)])
        .unwrap();
    store
        .save_learned("Acme", &[row("d.example", 0.07)])
        .unwrap();
    assert_eq!(store.learned("Acme").unwrap(), [row("d.example", 0.07)]);
    assert_eq!(store.learned("누리식품").unwrap(), [row("c.example", 0.01)]);

    let score = |key: &str, score: f64| ScoreRow {
        item: id(key),
        score,
        explanation: format!("{{\"item\":\"{key}\"}}"),
        scored_at: 1_700_000_000,
    };
    store
        .save_scores(
            "Acme",
            &[
                score("a", 0.2),
                score("b", 0.9),
                score("c", 0.5),
                score("d", 0.5),
            ],
        )
        .unwrap();
    store.save_scores("Acme", &[score("a", 0.95)]).unwrap();
    store.save_scores("Other", &[score("a", 0.1)]).unwrap();
    let kept: Vec<(ItemId, f64)> = store
        .scores("Acme")
        .unwrap()
        .iter()
        .map(|s| (s.item, s.score))
        .collect();
    // Best first, equal scores by id.
    let (low, high) = (id("c").min(id("d")), id("c").max(id("d")));
    assert_eq!(
        kept,
        [(id("a"), 0.95), (id("b"), 0.9), (low, 0.5), (high, 0.5)]
    );
    assert_eq!(
        store.scores("Acme").unwrap()[0].explanation,
        "{\"item\":\"a\"}"
    );
    assert_eq!(store.scores("Other").unwrap().len(), 1);
    assert!(store.scores("nobody").unwrap().is_empty());
    // One item's score, per profile.
    let one = store.score("Acme", id("b")).unwrap().unwrap();
    assert_eq!((one.item, one.score), (id("b"), 0.9));
    assert_eq!(store.score("Other", id("a")).unwrap().unwrap().score, 0.1);
    assert!(store.score("Other", id("b")).unwrap().is_none());
    assert!(store.score("nobody", id("a")).unwrap().is_none());
}
