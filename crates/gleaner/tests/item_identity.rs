//! Item identity end to end (issue 8): one source can never overwrite another's item, ids hold
//! across runs, the ids a reader prints are the ids the workspace stores, and pages cannot
//! claim another site's address.

#[path = "../../ingest/tests/support/mod.rs"]
mod support;

use gleaner::store::StoreExt;
use std::path::Path;

use gleaner::ingest::{FetcherBuilder, ParseOptions};
use gleaner::{FeedReader, Outcome, Pipeline, Workspace};
use gleaner::{Item, ItemId, Source};
use support::{Reply, Server};

const VICTIM_TEXT: &str = "Nuri Telecom said on Monday it would answer every customer complaint \
    within 24 hours, as part of a brand campaign that puts listening first, and publish a monthly \
    report of what customers asked for and what changed as a result.";
const ATTACKER_TEXT: &str =
    "Nuri Telecom is bankrupt and its chief executive has fled the country \
    with the savings of its customers, according to people who asked not to be named.";

fn rss(entries: &[(&str, &str, &str)]) -> String {
    let mut xml = String::from("<rss version=\"2.0\"><channel><title>t</title>\n");
    for (link, title, body) in entries {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><description>{body}</description></item>\n"
        ));
    }
    xml + "</channel></rss>"
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn pipeline() -> Pipeline {
    Pipeline::new(
        FetcherBuilder::new()
            .allow_loopback(true)
            .allow_private(true)
            .build()
            .unwrap(),
    )
}

/// Every stored item: (source, title, revision).
fn stored(ws: &Workspace) -> Vec<(String, Option<String>, u32)> {
    let items = ws.store().collect_items_after(0).unwrap();
    let mut out: Vec<_> = items
        .into_iter()
        .map(|s| (s.item.source.location, s.item.title, s.revision))
        .collect();
    out.sort();
    out
}

fn victim_item(ws: &Workspace, victim: &str) -> Item {
    let items = ws.store().collect_items_after(0).unwrap();
    let found = items.into_iter().find(|s| s.item.source.location == victim);
    found.expect("the victim's item").item
}

/// A workspace holding the victim's feed (one article), the directory it was written to, and
/// the feed's location.
fn victim_workspace() -> (tempfile::TempDir, tempfile::TempDir, Workspace, String) {
    let input = tempfile::tempdir().unwrap();
    let victim = write(
        input.path(),
        "victim.xml",
        &rss(&[(
            "https://victim.example/news/1",
            "Nuri answers within a day",
            VICTIM_TEXT,
        )]),
    );
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    pipeline().run(&mut ws, &[victim.as_str()]).unwrap();
    (input, ws_dir, ws, victim)
}

#[test]
fn another_feed_naming_the_same_url_is_its_own_item() {
    let (input, _ws_dir, mut ws, victim) = victim_workspace();
    for (n, link) in [
        "https://victim.example/news/1?utm_source=x",
        "https://VICTIM.example:443/news/1#top",
        "https://www.victim.example/news/1/?fbclid=1",
    ]
    .iter()
    .enumerate()
    {
        let attacker = write(
            input.path(),
            &format!("attacker{n}.xml"),
            &rss(&[(link, "Nuri is bankrupt", ATTACKER_TEXT)]),
        );
        let report = pipeline().run(&mut ws, &[attacker.as_str()]).unwrap();
        // Its own item: new, or a copy of the previous attacker's; never a revision.
        assert_eq!(report.total.new + report.total.duplicate, 1, "{report:#?}");
        assert_eq!(report.total.updated, 0, "{report:#?}");
    }
    let item = victim_item(&ws, &victim);
    assert_eq!(item.title.as_deref(), Some("Nuri answers within a day"));
    assert_eq!(item.content_text.as_deref(), Some(VICTIM_TEXT));
    assert_eq!(ws.store().revisions(item.id).unwrap().len(), 1);
    assert_eq!(stored(&ws).len(), 4);
}

#[test]
fn items_handed_in_cannot_choose_their_id() {
    let (_input, _ws_dir, mut ws, victim) = victim_workspace();
    let target = victim_item(&ws, &victim).id;

    let mut forged = Item::new(target, Source::url("https://attacker.example/feed"));
    forged.url = Some("https://victim.example/news/1".into());
    forged.title = Some("Nuri is bankrupt".into());
    forged.content_text = Some(ATTACKER_TEXT.into());
    let report = pipeline()
        .run_items(&mut ws, &["forged".into()], [forged])
        .unwrap();
    assert_eq!(report.total.new, 1, "{report:#?}");
    assert_ne!(report.items[0].id, target);
    assert_eq!(
        victim_item(&ws, &victim).title.as_deref(),
        Some("Nuri answers within a day")
    );
}

#[test]
fn a_page_cannot_claim_another_sites_address() {
    let page = format!(
        "<!DOCTYPE html><html><head><title>Nuri is bankrupt</title>\
         <link rel=\"canonical\" href=\"https://victim.example/news/1\">\
         <meta property=\"og:url\" content=\"https://victim.example/news/1\"></head>\
         <body><article><h1>Nuri is bankrupt</h1><p>{ATTACKER_TEXT}</p><p>{ATTACKER_TEXT}</p></article></body></html>"
    );
    let server = Server::start(move |_| {
        Reply::ok(page.as_str()).header("Content-Type", "text/html; charset=utf-8")
    });
    let (_input, _ws_dir, mut ws, victim) = victim_workspace();
    let url = server.url("/story");
    let report = pipeline().run(&mut ws, &[url.as_str()]).unwrap();
    assert_eq!(report.total.new, 1, "{report:#?}");
    assert_eq!(
        victim_item(&ws, &victim).title.as_deref(),
        Some("Nuri answers within a day")
    );
    let items = ws.store().collect_items_after(0).unwrap();
    let page_url = items
        .into_iter()
        .find(|s| s.item.source.location == url)
        .and_then(|s| s.item.url);
    assert_eq!(
        page_url.as_deref(),
        Some(url.as_str()),
        "the page keeps its own address"
    );
}

#[test]
fn feeds_without_ids_add_nothing_when_read_again() {
    let input = tempfile::tempdir().unwrap();
    let json = write(
        input.path(),
        "feed.json",
        r#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
            {"title":"A","content_text":"first"},{"content_text":"second"}]}"#,
    );
    let rss = write(
        input.path(),
        "feed.xml",
        "<rss><channel><item><title>A</title></item><item><description>b</description></item></channel></rss>",
    );
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    for run in 0..3 {
        let report = pipeline()
            .run(&mut ws, &[json.as_str(), rss.as_str()])
            .unwrap();
        let expected = if run == 0 { 4 } else { 0 };
        assert_eq!(report.total.stored(), expected, "run {run}: {report:#?}");
        assert_eq!(ws.store().counts().unwrap().items, 4);
    }
}

#[test]
fn a_reader_prints_the_ids_the_workspace_stores() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let demo = demo.to_string_lossy().into_owned();
    let reader = FeedReader::new(
        FetcherBuilder::new().build().unwrap(),
        ParseOptions::default(),
    );
    let mut read: Vec<ItemId> = Vec::new();
    for source in gleaner::expand_inputs(&[demo.as_str()]) {
        for result in reader.read(&source) {
            if let Ok(gleaner::Found::Feed(feed)) = result.found {
                read.extend(feed.items.iter().map(|i| i.id));
            }
        }
    }
    assert!(read.len() >= 13, "{}", read.len());
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let report = pipeline().run(&mut ws, &[demo.as_str()]).unwrap();
    for id in &read {
        assert!(
            report
                .items
                .iter()
                .any(|i| i.id == *id && !matches!(i.outcome, Outcome::Failed { .. })),
            "{id} was read but not stored under that id"
        );
    }
}
