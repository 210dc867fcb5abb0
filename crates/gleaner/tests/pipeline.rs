//! The pipeline into a real workspace: idempotent re-runs, revisions, copies across feeds,
//! reports, and a workspace that reopens with its stories and catches its index up.
use std::path::Path;

use gleaner::dedup::Reason;
use gleaner::index::{SearchIndex, SearchRequest, TantivyIndex};
use gleaner::ingest::FetcherBuilder;
use gleaner::{Outcome, Pipeline, Workspace};

const BODY: &str = "Nuri Telecom said on Monday it would answer every customer complaint within \
    24 hours, as part of a brand campaign that puts listening first. The company will add forty \
    people to a new listening team across its stores, its app and its call centres, and publish \
    a monthly report of what customers asked for and what changed as a result.";

fn feed(dir: &Path, name: &str, entries: &[(&str, &str, &str)]) {
    let mut xml =
        String::from("<rss version=\"2.0\"><channel><title>t</title><language>en</language>\n");
    for (link, title, body) in entries {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><pubDate>Mon, 30 Nov 2026 09:00:00 +0900</pubDate><description>{body}</description></item>\n"
        ));
    }
    xml.push_str("</channel></rss>");
    std::fs::write(dir.join(name), xml).unwrap();
}

fn pipeline() -> Pipeline {
    Pipeline::new(FetcherBuilder::new().build().unwrap()).batch_size(2)
}

#[test]
fn reruns_add_nothing_and_say_why() {
    let input = tempfile::tempdir().unwrap();
    feed(input.path(), "wire.xml", &[
        ("https://wire.example/a?utm_source=rss", "Nuri Telecom promises replies within a day", BODY),
        ("https://wire.example/b", "Seoul opens a new library", "The city opened a library with forty thousand books in Mapo on Monday, its largest in a decade, with a reading room open until midnight."),
    ]);
    feed(
        input.path(),
        "daily.xml",
        &[(
            "https://daily.example/nuri",
            "Nuri Telecom promises replies within a day | Daily",
            &format!("By Daily staff. {BODY} Copyright 2026 Daily."),
        )],
    );
    let inputs = [input.path().to_string_lossy().into_owned()];
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();

    let first = pipeline().run(&mut ws, &inputs).unwrap();
    assert_eq!(
        (first.total.new, first.total.duplicate, first.total.failed),
        (2, 1, 0),
        "{first:#?}"
    );
    // daily.xml is read first (inputs are sorted), so the wire's item is the copy.
    let copy = first
        .items
        .iter()
        .find(|i| i.source.ends_with("wire.xml"))
        .unwrap();
    let Outcome::Duplicate { reason, .. } = &copy.outcome else {
        panic!("{copy:?}")
    };
    assert_eq!(*reason, Reason::Copy);
    assert_eq!(first.sources.len(), 2);

    let second = pipeline().run(&mut ws, &inputs).unwrap();
    assert_eq!(second.total.stored(), 0, "{second:#?}");
    assert_eq!(second.total.unchanged, 3);
    for item in &second.items {
        let Outcome::Unchanged { first_run, .. } = item.outcome else {
            panic!("{item:?}")
        };
        assert_eq!(first_run, first.run);
    }
    let counts = ws.store().counts().unwrap();
    assert_eq!((counts.items, counts.stories, counts.runs), (3, 2, 2));

    // An edited entry becomes a revision; the tracking parameter did not change its identity.
    feed(
        input.path(),
        "wire.xml",
        &[(
            "https://wire.example/a",
            "Nuri Telecom promises replies within a day",
            &BODY.replace("forty", "fifty"),
        )],
    );
    let third = pipeline().run(&mut ws, &inputs).unwrap();
    assert_eq!(
        (third.total.updated, third.total.unchanged),
        (1, 1),
        "{third:#?}"
    );
    let found = ws.search(&SearchRequest::new("fifty")).unwrap();
    assert_eq!(found.total, 1);
    // The snippet is cut from the store's copy of the latest revision.
    let snippet = found.hits[0].snippet.to_html();
    assert!(snippet.contains("<b>fifty</b>"), "{snippet}");
    let mut bare = SearchRequest::new("fifty");
    bare.no_snippets = true;
    assert!(ws.search(&bare).unwrap().hits[0].snippet.text.is_empty());
    let runs = ws.store().runs().unwrap();
    assert!(runs
        .iter()
        .all(|r| r.status == gleaner::store::RunStatus::Finished));
}

#[test]
fn a_reopened_workspace_keeps_its_stories_and_catches_its_index_up() {
    let input = tempfile::tempdir().unwrap();
    feed(
        input.path(),
        "wire.xml",
        &[(
            "https://wire.example/a",
            "Nuri Telecom promises replies within a day",
            BODY,
        )],
    );
    let ws_dir = tempfile::tempdir().unwrap();
    {
        let mut ws = Workspace::open(ws_dir.path()).unwrap();
        pipeline()
            .run(&mut ws, &[input.path().join("wire.xml").to_string_lossy()])
            .unwrap();
    }
    // Throw the index away, as if a crash had come between the store's commit and the index's.
    {
        let index = TantivyIndex::open(&ws_dir.path().join(gleaner::INDEX_DIR)).unwrap();
        index.clear().unwrap();
        index.commit(0).unwrap();
    }
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    assert_eq!(
        ws.search(&SearchRequest::new("complaint")).unwrap().total,
        1
    );
    assert_eq!(ws.stories().items(), 1);
    // A copy arriving after the reopen joins the restored story.
    feed(
        input.path(),
        "late.xml",
        &[(
            "https://late.example/x",
            "Nuri Telecom promises replies within a day",
            BODY,
        )],
    );
    let report = pipeline()
        .run(&mut ws, &[input.path().join("late.xml").to_string_lossy()])
        .unwrap();
    assert_eq!(report.total.duplicate, 1, "{report:#?}");
    // Coverage counts hosts, before and after a reopen.
    let story = ws.stories().story_of(report.items[0].id).unwrap();
    assert_eq!(ws.stories().story(story).unwrap().coverage, 2);
    drop(ws);
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    assert_eq!(ws.stories().story(story).unwrap().coverage, 2);
    // The index is derived: a rebuild from the store gives the same answers.
    assert_eq!(ws.rebuild_index().unwrap(), 2);
    let found = ws.search(&SearchRequest::new("complaint")).unwrap();
    assert_eq!(found.total, 2);
    assert_eq!(
        found.hits[0].story, found.hits[1].story,
        "both copies are in one story"
    );
}

#[test]
fn entries_that_all_link_home_stay_distinct() {
    let input = tempfile::tempdir().unwrap();
    let xml = "<rss version=\"2.0\"><channel><title>t</title>\
        <item><title>One</title><link>https://club.example/</link><guid>1</guid><description>First notice of the season.</description></item>\
        <item><title>Two</title><link>https://club.example/</link><guid>2</guid><description>Second notice, about fees.</description></item>\
        </channel></rss>";
    std::fs::write(input.path().join("home.xml"), xml).unwrap();
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let report = pipeline()
        .run(&mut ws, &[input.path().to_string_lossy()])
        .unwrap();
    assert_eq!(report.total.new, 2, "{report:#?}");
}

#[test]
fn a_second_process_is_refused_not_kept_waiting() {
    let ws_dir = tempfile::tempdir().unwrap();
    let _first = Workspace::open(ws_dir.path()).unwrap();
    assert!(matches!(
        Workspace::open(ws_dir.path()),
        Err(gleaner::Error::Busy { .. })
    ));
}

#[test]
fn bad_sources_are_reported_and_the_rest_is_stored() {
    let input = tempfile::tempdir().unwrap();
    feed(
        input.path(),
        "good.xml",
        &[("https://wire.example/a", "A title", BODY)],
    );
    std::fs::write(input.path().join("bad.xml"), b"\x00\x01 not a feed at all").unwrap();
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let missing = input
        .path()
        .join("missing.xml")
        .to_string_lossy()
        .into_owned();
    let report = pipeline()
        .run(
            &mut ws,
            &[input.path().to_string_lossy().into_owned(), missing],
        )
        .unwrap();
    assert_eq!(report.total.new, 1);
    assert_eq!(report.failed_sources.len(), 2, "{report:#?}");
}

#[test]
fn article_pages_are_ingested_as_items() {
    let input = tempfile::tempdir().unwrap();
    let page = format!(
        "<html><head><title>Nuri Telecom promises replies</title>\
         <link rel=canonical href='https://newsroom.nuri.example/replies'></head>\
         <body><article><h1>Nuri Telecom promises replies</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    );
    std::fs::write(input.path().join("page.html"), page).unwrap();
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let report = pipeline()
        .run(&mut ws, &[input.path().to_string_lossy()])
        .unwrap();
    assert_eq!(report.total.new, 1, "{report:#?}");
    let hit = &ws
        .search(&SearchRequest::new("listening team"))
        .unwrap()
        .hits[0];
    assert_eq!(
        hit.url.as_deref(),
        Some("https://newsroom.nuri.example/replies")
    );
}

#[test]
fn a_revised_items_new_text_is_what_later_copies_match_in_the_same_run() {
    let item = |source: &str, link: &str, title: &str, body: &str| {
        let mut item = gleaner::Item::new(
            gleaner::ItemId::from_key(b""),
            gleaner::Source::file(source),
        );
        item.url = Some(link.to_owned());
        item.title = Some(title.to_owned());
        item.content_text = Some(body.to_owned());
        item
    };
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let placeholder = item(
        "wire.xml",
        "https://wire.example/nuri",
        "Nuri Telecom to announce a new service policy",
        "Developing story: details of the announcement will follow shortly.",
    );
    let first = pipeline()
        .run_items(&mut ws, &["wire".into()], [placeholder])
        .unwrap();
    assert_eq!(first.total.new, 1);
    // The wire replaces the placeholder with the article, then another outlet carries it.
    let revised = item(
        "wire.xml",
        "https://wire.example/nuri",
        "Nuri Telecom promises replies within a day",
        BODY,
    );
    let copy = item(
        "daily.xml",
        "https://daily.example/nuri",
        "Nuri Telecom promises replies within a day | Daily",
        &format!("By Daily staff. {BODY} Copyright 2026 Daily."),
    );
    let second = pipeline()
        .batch_size(1)
        .run_items(&mut ws, &["wire".into(), "daily".into()], [revised, copy])
        .unwrap();
    assert!(
        matches!(
            second.items[0].outcome,
            Outcome::Updated { revision: 2, .. }
        ),
        "{second:#?}"
    );
    assert!(
        matches!(second.items[1].outcome, Outcome::Duplicate { .. }),
        "the copy matches the revision's text: {second:#?}"
    );
}

/// Sentences of one story, one per line: an early report takes the first half, an update the
/// lead and the second half, and a condensed rewrite (the lead and about 60% of the rest)
/// matches both. Shared with dedup's merge tests.
const HARBOR: &str = include_str!("../../dedup/tests/data/harbor_story.txt");

/// Its headline.
const HARBOR_TITLE: &str = "Harbor City turns old grain terminal into a public market";

/// The story's early report, its update and a rewrite matching both, as feed entries (link,
/// title, body).
fn harbor_versions() -> [(&'static str, String, String); 3] {
    [
        (
            "https://a.example/early",
            HARBOR_TITLE.to_owned(),
            harbor(&[0, 1, 2, 3, 4, 5]),
        ),
        (
            "https://b.example/update",
            format!("UPDATE: {HARBOR_TITLE}"),
            harbor(&[0, 6, 7, 8, 9, 10, 11]),
        ),
        (
            "https://c.example/rewrite",
            HARBOR_TITLE.to_owned(),
            harbor(&[0, 1, 2, 4, 6, 7, 9, 10]),
        ),
    ]
}

/// Feed entries borrowed from owned ones.
fn entries<'a>(
    owned: &'a [(&'static str, String, String)],
) -> Vec<(&'static str, &'a str, &'a str)> {
    owned
        .iter()
        .map(|(l, t, b)| (*l, t.as_str(), b.as_str()))
        .collect()
}

fn harbor(indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(|&i| HARBOR.lines().nth(i).expect("twelve sentences"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_rewrite_bridging_two_stories_merges_them_in_the_store_and_the_index() {
    let input = tempfile::tempdir().unwrap();
    let versions = harbor_versions();
    let versions = entries(&versions);
    feed(input.path(), "first.xml", &versions[..2]);
    feed(input.path(), "second.xml", &versions[2..]);
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let first = pipeline()
        .run(&mut ws, &[input.path().join("first.xml").to_string_lossy()])
        .unwrap();
    assert_eq!(first.total.new, 2, "two stories so far: {first:#?}");
    let (early, update) = (first.items[0].id, first.items[1].id);
    let second = pipeline()
        .run(
            &mut ws,
            &[input.path().join("second.xml").to_string_lossy()],
        )
        .unwrap();
    assert_eq!(second.total.duplicate, 1, "{second:#?}");
    assert_eq!(second.merged.len(), 1, "{second:#?}");
    let merge = second.merged[0];
    let said = format!(
        "{{\"into\":\"{}\",\"merged\":\"{}\"}}",
        merge.into, merge.from
    );
    assert!(
        second.summary_lines().contains(&said),
        "the summary says it: {:?}",
        second.summary_lines()
    );
    let rewrite = second.items[0].id;
    // The store: every item in the kept story, the other story gone, its record right.
    let store = ws.store();
    for id in [early, update, rewrite] {
        assert_eq!(store.item(id).unwrap().unwrap().story, merge.into);
    }
    assert!(store.story(merge.from).unwrap().is_none());
    let record = store.story(merge.into).unwrap().unwrap();
    assert_eq!(record.members, 3);
    assert_eq!(record.coverage, 3);
    // The earliest published; among members of one date the smallest id (not the first
    // placed, which depends on how the work was split).
    let date = |id| store.item(id).unwrap().unwrap().item.date();
    let first_date = [early, update, rewrite].into_iter().filter_map(date).min();
    let originator = [early, update, rewrite]
        .into_iter()
        .filter(|&id| date(id) == first_date)
        .min()
        .unwrap();
    assert_eq!(record.originator, originator);
    assert_eq!(record.representative, rewrite, "the longest text");
    // The index: every hit carries the kept story.
    let hits = ws.search(&SearchRequest::new("terminal")).unwrap();
    assert_eq!(hits.total, 3);
    let into = merge.into.to_string();
    assert!(
        hits.hits.iter().all(|h| h.story.as_deref() == Some(&*into)),
        "{hits:#?}"
    );
    // Reopened, dedup has one story.
    drop(ws);
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    for id in [early, update, rewrite] {
        assert_eq!(ws.stories().story_of(id), Some(merge.into));
    }
    assert_eq!(ws.stories().len(), 1);
    // A rebuilt index says the same.
    assert_eq!(ws.rebuild_index().unwrap(), 3);
    let hits = ws.search(&SearchRequest::new("terminal")).unwrap();
    assert!(hits.hits.iter().all(|h| h.story.as_deref() == Some(&*into)));
}

/// A shared writer's index gives moved members their new story too: the batch that merged
/// them is indexed with its own documents, and the members it moved come with the catch-up
/// at the end of the run (they are not among the batch's own documents).
#[test]
fn a_shared_writer_indexes_the_members_a_merge_moved() {
    let input = tempfile::tempdir().unwrap();
    let versions = harbor_versions();
    let versions = entries(&versions);
    feed(input.path(), "first.xml", &versions[..2]);
    feed(input.path(), "second.xml", &versions[2..]);
    let ws_dir = tempfile::tempdir().unwrap();
    let open = || Workspace::builder(ws_dir.path()).shared().open().unwrap();
    let mut ws = open();
    pipeline()
        .run(&mut ws, &[input.path().join("first.xml").to_string_lossy()])
        .unwrap();
    let second = pipeline()
        .run(
            &mut ws,
            &[input.path().join("second.xml").to_string_lossy()],
        )
        .unwrap();
    assert_eq!(second.merged.len(), 1, "{second:#?}");
    let into = second.merged[0].into.to_string();
    let hits = ws.search(&SearchRequest::new("terminal")).unwrap();
    assert_eq!(hits.total, 3);
    assert!(
        hits.hits.iter().all(|h| h.story.as_deref() == Some(&*into)),
        "{hits:#?}"
    );
    // And the index is trusted when opened again: nothing to rebuild.
    drop(ws);
    assert!(open().index_rebuilds().is_empty());
}

/// The store's story record is right whatever order a story's items arrive in, one run each:
/// the original (published first), a syndicated copy and a teaser, or a bridging rewrite after
/// two versions that start two stories.
#[test]
fn every_arrival_order_ends_in_one_story_with_the_right_record() {
    let title = HARBOR_TITLE;
    let body = harbor(&[0, 1, 2, 3, 4, 5, 6, 7]);
    let entries = [
        (
            "https://origin.example/market",
            title.to_owned(),
            body.clone(),
            "Mon, 30 Nov 2026 06:00:00 +0900",
        ),
        (
            "https://coast.example/market",
            format!("{title} | Coast Daily"),
            format!("By Coast Daily staff. {body} Copyright 2026 Coast Daily."),
            "Mon, 30 Nov 2026 09:00:00 +0900",
        ),
        (
            "https://post.example/market",
            title.to_owned(),
            format!("{} Read more at Harbor Post.", harbor(&[0, 1])),
            "Mon, 30 Nov 2026 11:00:00 +0900",
        ),
    ];
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    for order in orders {
        let input = tempfile::tempdir().unwrap();
        let ws_dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::open(ws_dir.path()).unwrap();
        let mut ids = [None; 3];
        for (run, &k) in order.iter().enumerate() {
            let (link, title, body, date) = &entries[k];
            let xml = format!(
                "<rss version=\"2.0\"><channel><title>t</title><language>en</language>\
                 <item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>\
                 <description>{body}</description></item></channel></rss>"
            );
            let name = format!("run{run}.xml");
            std::fs::write(input.path().join(&name), xml).unwrap();
            let report = pipeline()
                .run(&mut ws, &[input.path().join(&name).to_string_lossy()])
                .unwrap();
            assert_eq!(report.items.len(), 1, "{report:#?}");
            ids[k] = Some(report.items[0].id);
        }
        let ids = ids.map(Option::unwrap);
        let story = ws.store().item(ids[0]).unwrap().unwrap().story;
        for id in ids {
            assert_eq!(
                ws.store().item(id).unwrap().unwrap().story,
                story,
                "order {order:?}"
            );
        }
        let record = ws.store().story(story).unwrap().unwrap();
        assert_eq!(record.members, 3, "order {order:?}");
        assert_eq!(record.coverage, 3, "order {order:?}");
        assert_eq!(
            record.originator, ids[0],
            "published first, order {order:?}"
        );
        assert_eq!(
            record.representative, ids[1],
            "the longest, order {order:?}"
        );
        assert_eq!(record.id, ids[order[0]], "the first to arrive founded it");
        let hits = ws.search(&SearchRequest::new("terminal")).unwrap();
        assert_eq!(hits.total, 3, "order {order:?}");
        let story = story.to_string();
        assert!(hits
            .hits
            .iter()
            .all(|h| h.story.as_deref() == Some(&*story)));
    }
}

#[test]
fn a_merge_within_one_batch_is_stored_as_one_story_from_the_start() {
    let input = tempfile::tempdir().unwrap();
    let versions = harbor_versions();
    feed(input.path(), "all.xml", &entries(&versions));
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
        .batch_size(8)
        .run(&mut ws, &[input.path().join("all.xml").to_string_lossy()])
        .unwrap();
    // The update founded a story that the rewrite merged away before anything was stored:
    // nothing to fold in, nothing to report.
    assert!(report.merged.is_empty(), "{report:#?}");
    let ids: Vec<_> = report.items.iter().map(|i| i.id).collect();
    let story = ws.store().item(ids[0]).unwrap().unwrap().story;
    for &id in &ids {
        assert_eq!(ws.store().item(id).unwrap().unwrap().story, story);
    }
    assert_eq!(ws.store().story(story).unwrap().unwrap().members, 3);
    assert!(
        ws.store().story(ids[1]).unwrap().is_none(),
        "no row for the merged story"
    );
    assert_eq!(ws.store().counts().unwrap().stories, 1);
}
