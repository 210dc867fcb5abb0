//! The window (`Stories::with_window`): memory bounded by the window, copies within it found,
//! copies beyond it starting anew, and stories that span it keeping their records — live, and
//! after a restore such as opening a workspace does.
use gleaner_core::ItemId;
use gleaner_dedup::{Entry, Fingerprinter, Placement, Stories, Story};

const STORY: &str = include_str!("data/harbor_story.txt");
const TITLE: &str = "Harbor City turns old grain terminal into a public market";

fn entry(key: &str, title: &str, text: &str, source: &str, published: i64) -> Entry {
    Entry {
        id: ItemId::from_key(key.as_bytes()),
        source: source.to_owned(),
        published: Some(published),
        fingerprint: Fingerprinter::new().fingerprint(title, text),
    }
}

/// An item about nothing else: 60 made-up words, its own title.
fn filler(n: u64) -> Entry {
    let mut state = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut word = || {
        let len = 4 + (state % 6) as usize;
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (b'a' + (state % 26) as u8) as char
            })
            .collect::<String>()
    };
    let title: Vec<String> = (0..8).map(|_| word()).collect();
    let text: Vec<String> = (0..60).map(|_| word()).collect();
    entry(
        &format!("filler-{n}"),
        &title.join(" "),
        &text.join(" "),
        &format!("filler{}.example", n % 7),
        1_000 + n as i64,
    )
}

/// The harbor story's whole text, and a shorter copy of it (its first eight sentences).
fn article() -> String {
    STORY.lines().collect::<Vec<_>>().join(" ")
}

fn short_copy() -> String {
    STORY.lines().take(8).collect::<Vec<_>>().join(" ")
}

#[test]
fn memory_is_bounded_by_the_window() {
    let mut stories = Stories::with_window(100);
    for n in 0..2_000 {
        stories.insert(filler(n));
        assert!(stories.remembered() <= 150, "{}", stories.remembered());
    }
    // Stories of forgotten items alone are dropped: only those remembered are left.
    assert!(stories.items() <= 150, "{}", stories.items());
    assert!(stories.len() <= 150);
}

#[test]
fn a_copy_within_the_window_joins_and_one_beyond_it_starts_a_story() {
    let mut stories = Stories::with_window(50);
    let original = entry("original", TITLE, &article(), "harbor.example", 0);
    let original_id = original.id;
    stories.insert(original);
    for n in 0..30 {
        stories.insert(filler(n));
    }
    let near = stories.insert(entry("near", TITLE, &article(), "wire.example", 10));
    assert!(
        matches!(near, Placement::Duplicate { story, .. } if story == original_id),
        "{near:?}"
    );
    for n in 30..200 {
        stories.insert(filler(n));
    }
    let far = stories.insert(entry("far", TITLE, &article(), "portal.example", 20));
    assert!(matches!(far, Placement::New { .. }), "{far:?}");
    // Without a window, the same sequence finds the far copy too.
    let mut unbounded = Stories::new();
    unbounded.insert(entry("original", TITLE, &article(), "harbor.example", 0));
    for n in 0..200 {
        unbounded.insert(filler(n));
    }
    let far = unbounded.insert(entry("far", TITLE, &article(), "portal.example", 20));
    assert!(matches!(far, Placement::Duplicate { .. }), "{far:?}");
}

/// What was inserted, in order: the entry, the story it ended in, the member it matched.
type Log = Vec<(Entry, ItemId, Option<ItemId>)>;

/// The original and a copy, then a second copy just before the two are forgotten, then a
/// copy of that one: (the structure, the entries in order, the story's id).
fn spanning() -> (Stories, Log, ItemId) {
    let mut stories = Stories::with_window(20);
    let mut log = Vec::new();
    let mut insert = |stories: &mut Stories, e: Entry| {
        let placement = stories.insert(e.clone());
        let matched = match placement {
            Placement::Duplicate { of, .. } => Some(of),
            _ => None,
        };
        log.push((e, placement.story(), matched));
    };
    let original = entry("original", TITLE, &article(), "harbor.example", 0);
    let id = original.id;
    insert(&mut stories, original);
    insert(
        &mut stories,
        entry("copy-1", TITLE, &short_copy(), "wire.example", 5),
    );
    for n in 0..10 {
        insert(&mut stories, filler(n));
    }
    insert(
        &mut stories,
        entry("copy-2", TITLE, &short_copy(), "portal.example", 50),
    );
    // At 31 remembered the oldest eleven (the original, the first copy, nine fillers) go.
    for n in 10..28 {
        insert(&mut stories, filler(n));
    }
    assert_eq!(stories.remembered(), 20);
    insert(
        &mut stories,
        entry("copy-3", TITLE, &short_copy(), "harbor.example", 60),
    );
    (stories, log, id)
}

fn key(k: &str) -> ItemId {
    ItemId::from_key(k.as_bytes())
}

fn expected(id: ItemId) -> Story {
    Story {
        id,
        representative: id,
        originator: id,
        members: vec![id, key("copy-1"), key("copy-2"), key("copy-3")],
        coverage: 3,
    }
}

#[test]
fn a_story_spanning_the_window_keeps_its_record() {
    let (stories, log, id) = spanning();
    // The last copy joined through the copy still remembered.
    assert_eq!(log.last().unwrap().1, id);
    // Members, representative (the longest, forgotten), originator (the earliest, forgotten)
    // and coverage (three sources, one of them the forgotten original's) are all still right.
    assert_eq!(stories.story(id), Some(expected(id)));
}

#[test]
fn a_restore_with_the_window_gives_the_same_stories() {
    let (live, log, id) = spanning();
    let mut restored = Stories::with_window(20);
    // As a workspace opens: the members older than what the live structure remembers are
    // restored as forgotten.
    let past = log.len() - live.remembered();
    for (i, (entry, story, matched)) in log.into_iter().enumerate() {
        if i < past {
            restored.restore_forgotten(entry, story);
        } else {
            restored.restore(entry, story, matched);
        }
    }
    restored.finish_restore();
    assert_eq!(restored.remembered(), live.remembered());
    assert_eq!(restored.story(id), Some(expected(id)));
    assert_eq!(restored.len(), live.len());
    // And it finds what the live structure finds.
    let copy = entry("copy-4", TITLE, &short_copy(), "news.example", 70);
    let a = live.lookup(&copy.fingerprint).map(|(_, reason, _)| reason);
    let b = restored
        .lookup(&copy.fingerprint)
        .map(|(_, reason, _)| reason);
    assert!(a.is_some());
    assert_eq!(a, b);
}

#[test]
fn a_batch_is_never_forgotten_before_it_ends() {
    let mut stories = Stories::with_window(5);
    stories.begin_batch();
    let ids: Vec<ItemId> = (0..20)
        .map(|n| {
            let e = filler(n);
            let id = e.id;
            stories.insert(e);
            id
        })
        .collect();
    // A window of five, but every story of the batch is still there to be recorded.
    assert!(ids.iter().all(|&id| stories.story(id).is_some()));
    assert_eq!(stories.remembered(), 20);
    stories.begin_batch();
    stories.insert(filler(20));
    assert_eq!(stories.remembered(), 5);
    assert!(stories.story(ids[19]).is_some());
    assert!(stories.story(ids[0]).is_none());
}

/// A member the window forgot stays forgotten when it is revised: a copy of its new text
/// starts a story of its own, as a copy of its old text would.
#[test]
fn a_revised_forgotten_member_is_still_never_looked_up() {
    let mut stories = Stories::with_window(50);
    let original = entry("original", TITLE, &article(), "harbor.example", 0);
    let original_id = original.id;
    stories.insert(original);
    for n in 0..40 {
        stories.insert(filler(n));
    }
    // A copy keeps the story remembered once the original is forgotten.
    stories.insert(entry("copy", TITLE, &short_copy(), "wire.example", 10));
    for n in 40..80 {
        stories.insert(filler(n));
    }
    assert!(
        stories.remembered() < stories.items(),
        "the original is forgotten"
    );
    // Now a text like no other: the filler never inserted.
    let new_text = filler(10_000).fingerprint;
    assert!(stories.revise(original_id, new_text));
    let mut again = filler(10_000);
    again.id = key("again");
    let placed = stories.insert(again);
    assert!(matches!(placed, Placement::New { .. }), "{placed:?}");
}
