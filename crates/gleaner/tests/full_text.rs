//! Full text for summary-only feed items, against a real HTTP server on 127.0.0.1.

#[path = "../../ingest/tests/support/mod.rs"]
mod support;

use gleaner::extract::ExtractOptions;
use gleaner::ingest::FetchState;
use gleaner::ingest::{parse_feed, FetcherBuilder, ParseOptions};
use gleaner::{add_full_text, fetch_full_text, Error, FullTextPolicy, FullTextRun, Source};
use support::{Reply, Server};

const ARTICLE: &str = r#"<html lang="ko"><head><title>누리텔레콤, 고객 소통 캠페인 발표 - 한빛일보</title>
<meta property="og:image" content="/img/lead.jpg"><meta name="author" content="김민지 기자"></head><body>
<nav><a href="/">홈</a></nav><article><h1>누리텔레콤, 고객 소통 캠페인 발표</h1>
<p>누리텔레콤이 29일 고객과의 소통을 강화하는 새 브랜드 캠페인을 발표했다. 회사는 앞으로 모든 고객 불만에 24시간 안에 답하겠다고 밝혔다.</p>
<p>이번 캠페인은 최근 서울 일부 지역에서 사흘째 이어진 인터넷 장애로 고객 불만이 급증한 데 따른 것이다.</p></article>
<div class="related"><a href="/x">관련기사</a></div></body></html>"#;

/// The page's validators: it answers 304 to a request that sends them back.
const ETAG: &str = "\"v1\"";
const LAST_MODIFIED: &str = "Tue, 29 Sep 2026 01:00:00 GMT";

fn server() -> Server {
    Server::start(|req| match req.path.as_str() {
        "/a/1" if req.header("If-None-Match") == Some(ETAG) => Reply::status(304),
        "/a/1" => Reply::ok(ARTICLE)
            .header("Content-Type", "text/html; charset=utf-8")
            .header("ETag", ETAG)
            .header("Last-Modified", LAST_MODIFIED),
        "/a/empty" => Reply::ok("<html><body><nav><a href='/'>home</a></nav></body></html>")
            .header("Content-Type", "text/html"),
        _ => Reply::status(404),
    })
}

fn items(server: &Server) -> Vec<gleaner::Item> {
    let feed = format!(
        "<rss version=\"2.0\"><channel><item><title>캠페인 발표</title><link>{}</link><description>짧은 요약.</description></item>\
         <item><title>Gone</title><link>{}</link><description>short</description></item>\
         <item><title>Empty page</title><link>{}</link><description>short</description></item></channel></rss>",
        server.url("/a/1"),
        server.url("/a/missing"),
        server.url("/a/empty")
    );
    parse_feed(
        feed.as_bytes(),
        &Source::file("feed.xml"),
        &ParseOptions::default(),
    )
    .expect("feed")
    .items
}

fn fetcher() -> gleaner::ingest::Fetcher {
    FetcherBuilder::new()
        .allow_loopback(true)
        .politeness_delay(std::time::Duration::ZERO)
        .build()
        .expect("fetcher")
}

#[test]
fn summary_only_items_get_the_page_text_and_keep_the_feed_summary() {
    let server = server();
    let mut items = items(&server);
    let policy = FullTextPolicy {
        default: true,
        ..FullTextPolicy::default()
    };
    let errors = add_full_text(
        &mut items,
        &fetcher(),
        &policy,
        &ExtractOptions::default(),
        4,
    );

    let first = &items[0];
    assert_eq!(
        first.summary.as_deref(),
        Some("짧은 요약."),
        "the feed's summary stays"
    );
    assert!(first
        .content_text
        .as_deref()
        .is_some_and(|t| t.starts_with("누리텔레콤이 29일") && t.contains("사흘째")));
    assert_eq!(
        first.full_text_url.as_deref(),
        Some(server.url("/a/1").as_str())
    );
    assert_eq!(
        first.title.as_deref(),
        Some("캠페인 발표"),
        "the feed's title stays"
    );
    assert_eq!(
        first.authors,
        vec!["김민지 기자"],
        "missing metadata is filled from the page"
    );
    assert!(first
        .media
        .iter()
        .any(|m| m.url == server.url("/img/lead.jpg")));

    // One bad page never stops the others, and says why.
    assert_eq!(errors.len(), 2);
    assert!(errors
        .iter()
        .any(|(id, e)| *id == items[1].id && matches!(e, Error::Fetch { .. })));
    assert!(errors
        .iter()
        .any(|(id, e)| *id == items[2].id && matches!(e, Error::NoArticle { .. })));
    assert!(items[1].full_text_url.is_none() && items[1].content_text.as_deref() == Some("short"));
}

#[test]
fn the_switches_decide_what_is_fetched() {
    let server = server();
    let mut items = items(&server);
    let errors = add_full_text(
        &mut items,
        &fetcher(),
        &FullTextPolicy::default(),
        &ExtractOptions::default(),
        4,
    );
    assert!(
        errors.is_empty() && server.requests().is_empty(),
        "off by default"
    );

    let mut policy = FullTextPolicy {
        default: true,
        ..FullTextPolicy::default()
    };
    policy.per_source.insert("feed.xml".into(), false);
    add_full_text(
        &mut items,
        &fetcher(),
        &policy,
        &ExtractOptions::default(),
        4,
    );
    assert!(
        server.requests().is_empty(),
        "a per-source switch overrides the default"
    );
}

/// The reproduction of "`search --full-text` does nothing": the example passed
/// `FullTextPolicy::default()`, which selects no source. `FullTextPolicy::all()` is what it
/// means, and with it a summary-only item gets its page's text.
#[test]
fn the_all_policy_gives_summary_only_items_of_every_source_their_page_text() {
    let server = server();
    let mut items = items(&server);
    assert!(
        !FullTextPolicy::default().wants(&items[0]),
        "the default stays off: fetching every linked page is opt-in"
    );
    assert!(FullTextPolicy::all().wants(&items[0]));

    let report = fetch_full_text(
        &mut items,
        &fetcher(),
        &FullTextPolicy::all(),
        &ExtractOptions::default(),
        &FullTextRun::new(),
    );
    assert_eq!(report.added, vec![items[0].id]);
    assert!(items[0]
        .content_text
        .as_deref()
        .is_some_and(|t| t.starts_with("누리텔레콤이 29일") && t.contains("사흘째")));
    assert_eq!(
        server
            .requests()
            .iter()
            .filter(|r| r.path == "/a/1")
            .count(),
        1
    );
}

/// A second run sends the validators the first run kept (through JSON, as the store keeps
/// them); the page's 304 leaves the item as the feed gave it and is not an error. An item
/// stored with full text is not requested at all, and comes out exactly as the fetch made it
/// (so a store sees it unchanged).
#[test]
fn a_second_run_sends_validators_and_reuses_stored_full_text() {
    let server = server();
    let fetcher = fetcher();
    let policy = FullTextPolicy::all();
    let options = ExtractOptions::default();
    let page = server.url("/a/1");

    let mut first = items(&server);
    let report = fetch_full_text(&mut first, &fetcher, &policy, &options, &FullTextRun::new());
    assert_eq!(report.added, vec![first[0].id]);
    let stored: std::collections::HashMap<String, String> = report
        .states
        .iter()
        .map(|(url, state)| (url.clone(), serde_json::to_string(state).expect("json")))
        .collect();
    assert_eq!(
        stored.len(),
        3,
        "a state for every page asked for, failures included"
    );
    assert!(stored[&page].contains("v1"));

    let previous =
        |url: &str| -> Option<FetchState> { serde_json::from_str(stored.get(url)?).ok() };
    let mut second = items(&server);
    let run = FullTextRun::new().previous(&previous);
    let report = fetch_full_text(&mut second, &fetcher, &policy, &options, &run);
    let asked: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/a/1")
        .collect();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].header("If-None-Match"), None);
    assert_eq!(asked[1].header("If-None-Match"), Some(ETAG));
    assert_eq!(asked[1].header("If-Modified-Since"), Some(LAST_MODIFIED));
    assert_eq!(report.not_modified, vec![second[0].id]);
    assert!(
        !report.errors.iter().any(|(id, _)| *id == second[0].id),
        "304 is not an error"
    );
    assert_eq!(second[0].content_text.as_deref(), Some("짧은 요약."));
    assert!(second[0].full_text_url.is_none());
    let kept = report
        .states
        .iter()
        .find(|(url, _)| *url == page)
        .map(|(_, state)| state);
    assert_eq!(kept.and_then(|s| s.etag.as_deref()), Some(ETAG));

    // Items the store already has with full text are not asked for again.
    let copy = first[0].clone();
    let stored = |item: &gleaner::Item| (item.id == copy.id).then(|| copy.clone());
    let mut third = items(&server);
    let run = FullTextRun::new().previous(&previous).stored(&stored);
    let report = fetch_full_text(&mut third, &fetcher, &policy, &options, &run);
    assert_eq!(report.reused, vec![third[0].id]);
    assert_eq!(
        third[0], first[0],
        "the stored full text, authors and image are reused"
    );
    assert_eq!(
        server
            .requests()
            .iter()
            .filter(|r| r.path == "/a/1")
            .count(),
        2,
        "a stored item's page is not requested"
    );
}

/// The page states kept in the workspace store exactly as `Pipeline` is to keep them
/// (`set_source_state(page_url, "page", json)`, read back with `source_state`) make the next
/// run's requests conditional.
#[test]
fn page_states_kept_in_the_store_make_the_next_run_conditional() {
    use gleaner::store::{SqliteStore, Store};

    let server = server();
    let fetcher = fetcher();
    let policy = FullTextPolicy::all();
    let options = ExtractOptions::default();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SqliteStore::open(&dir.path().join("store.sqlite")).expect("store");

    for _ in 0..2 {
        let mut items = items(&server);
        let report = {
            let previous = |url: &str| -> Option<FetchState> {
                serde_json::from_str(&store.source_state(url).ok()??).ok()
            };
            let run = FullTextRun::new().previous(&previous);
            fetch_full_text(&mut items, &fetcher, &policy, &options, &run)
        };
        for (url, state) in &report.states {
            let json = serde_json::to_string(state).expect("a fetch state serializes");
            store
                .set_source_state(url, gleaner::store::StateKind::FullTextPage, &json)
                .expect("saved");
        }
    }
    let asked: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/a/1")
        .collect();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[1].header("If-None-Match"), Some(ETAG));
}
