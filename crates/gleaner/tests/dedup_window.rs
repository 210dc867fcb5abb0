//! Dedup's window in a workspace (`WorkspaceBuilder::dedup_window`): what dedup remembers is
//! bounded, and a story that spans the window keeps the right record in the store, while the
//! run goes on and after the workspace is opened again.
use gleaner::ingest::FetcherBuilder;
use gleaner::{Item, ItemId, Lang, Pipeline, Source, Workspace};

const STORY: &str = include_str!("../../dedup/tests/data/harbor_story.txt");
const TITLE: &str = "Harbor City turns old grain terminal into a public market";
const WINDOW: usize = 20;

fn item(host: &str, path: &str, title: &str, text: &str) -> Item {
    let mut item = Item::new(
        ItemId::from_key(b""),
        Source::url(format!("https://{host}/feed.xml")),
    );
    item.url = Some(format!("https://{host}/{path}"));
    item.title = Some(title.to_owned());
    item.content_text = Some(text.to_owned());
    item.lang = Lang::parse("en");
    item
}

/// An item about nothing else: made-up words under its own title.
fn filler(n: u64) -> Item {
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
    item(
        "filler.example",
        &format!("{n}"),
        &title.join(" "),
        &text.join(" "),
    )
}

fn article() -> String {
    STORY.lines().collect::<Vec<_>>().join(" ")
}

fn short_copy() -> String {
    STORY.lines().take(8).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_story_spanning_the_window_keeps_its_record_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let open = || {
        Workspace::builder(dir.path())
            .dedup_window(Some(WINDOW))
            .open()
            .unwrap()
    };
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap()).batch_size(8);
    let mut ws = open();
    // The original is the only dated member: the originator whatever the ids (undated members
    // come after dated ones; among undated ones the smallest id would be).
    let mut original = item("harbor.example", "market", TITLE, &article());
    original.published = chrono::DateTime::from_timestamp(1_700_000_000, 0);
    let mut first = vec![
        original,
        item("wire.example", "harbor", TITLE, &short_copy()),
    ];
    first.extend((0..10).map(filler));
    first.push(item("portal.example", "harbor", TITLE, &short_copy()));
    // At 31 remembered, the oldest eleven (the original, the first copy, nine fillers) go.
    first.extend((10..28).map(filler));
    let report = pipeline.run_items(&mut ws, &[], first).unwrap();
    let story = report.items[0].id;
    assert_eq!(report.total.duplicate, 2, "{report:#?}");
    // The original and the first copy are forgotten; the second copy is not.
    assert_eq!(ws.stories().remembered(), WINDOW);
    assert_eq!(ws.stories().story_of(report.items[1].id), Some(story));

    let report = pipeline
        .run_items(
            &mut ws,
            &[],
            [item("harbor.example", "harbor-again", TITLE, &short_copy())],
        )
        .unwrap();
    assert_eq!(report.total.duplicate, 1, "{report:#?}");
    let record = ws.store().story(story).unwrap().unwrap();
    assert_eq!((record.members, record.coverage), (4, 3), "{record:?}");
    assert_eq!(record.representative, story);
    assert_eq!(record.originator, story);

    // Opened again: only the window is remembered, and the story still counts every member.
    drop(ws);
    let mut ws = open();
    assert_eq!(ws.stories().remembered(), WINDOW);
    assert_eq!(ws.stories().story(story).unwrap().members.len(), 4);
    let report = pipeline
        .run_items(
            &mut ws,
            &[],
            [item("news.example", "harbor", TITLE, &short_copy())],
        )
        .unwrap();
    assert_eq!(report.total.duplicate, 1, "{report:#?}");
    let record = ws.store().story(story).unwrap().unwrap();
    assert_eq!((record.members, record.coverage), (5, 4), "{record:?}");
    assert_eq!(record.representative, story);
}
