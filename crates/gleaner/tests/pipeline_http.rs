//! The pipeline over HTTP, against a real server on 127.0.0.1: the fetch state of each web
//! source is kept in the store, so the next run asks with If-None-Match and skips a feed that
//! has not changed.

#[path = "../../ingest/tests/support/mod.rs"]
mod support;

use gleaner::ingest::FetcherBuilder;
use gleaner::{Pipeline, Workspace};
use support::{Reply, Server};

const FEED: &str = "<rss version=\"2.0\"><channel><title>t</title><language>en</language>\
    <item><title>Nuri Telecom promises replies within a day</title><link>https://wire.example/a</link>\
    <description>The carrier will answer every customer complaint within 24 hours.</description></item>\
    </channel></rss>";

#[test]
fn a_second_run_asks_conditionally_and_skips_an_unchanged_feed() {
    let server = Server::start(|req| match req.header("if-none-match") {
        Some("\"v1\"") => Reply::status(304),
        _ => Reply::ok(FEED)
            .header("Content-Type", "application/rss+xml")
            .header("ETag", "\"v1\""),
    });
    let fetcher = FetcherBuilder::new()
        .allow_loopback(true)
        .allow_private(true)
        .build()
        .unwrap();
    let pipeline = Pipeline::new(fetcher);
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/feed.xml");

    let mut ws = Workspace::open(dir.path()).unwrap();
    let first = pipeline.run(&mut ws, &[url.as_str()]).unwrap();
    assert_eq!(first.total.new, 1, "{first:#?}");
    assert!(first.not_modified.is_empty());
    drop(ws);

    // A new process, the same workspace: the ETag comes from the store.
    let mut ws = Workspace::open(dir.path()).unwrap();
    let second = pipeline.run(&mut ws, &[url.as_str()]).unwrap();
    assert_eq!(
        second.not_modified,
        std::slice::from_ref(&url),
        "{second:#?}"
    );
    assert_eq!(second.total.stored() + second.total.unchanged, 0);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].header("if-none-match"), Some("\"v1\""));
}

/// `search --full-text` did nothing (issue 8): the pipeline with the `all` policy stores the
/// page's text for a summary-only item, keeps the page's fetch state, and a second run takes
/// the stored text instead of fetching the page again.
#[test]
fn full_text_through_the_pipeline_is_fetched_once_and_kept() {
    use gleaner::FullTextPolicy;
    let article = "Nuri Telecom said on Monday it would answer every customer complaint within \
        24 hours, as part of a brand campaign that puts listening first. ";
    let page = format!(
        "<!DOCTYPE html><html><head><title>Nuri answers</title></head><body><article>\
         <h1>Nuri answers</h1><p>{}</p><p>{}</p></article></body></html>",
        article.repeat(4),
        article.repeat(3)
    );
    let server = Server::start(move |req| match req.path.as_str() {
        "/feed.xml" => {
            let host = req.header("host").unwrap_or("127.0.0.1");
            Reply::ok(format!(
                "<rss version=\"2.0\"><channel><title>t</title><item><title>Nuri answers</title>\
                 <link>http://{host}/news/1</link><description>Nuri will answer.</description>\
                 </item></channel></rss>"
            ))
            .header("Content-Type", "application/rss+xml")
        }
        "/news/1" => Reply::ok(page.as_str())
            .header("Content-Type", "text/html; charset=utf-8")
            .header("ETag", "\"p1\""),
        _ => Reply::status(404),
    });
    let fetcher = FetcherBuilder::new()
        .allow_loopback(true)
        .allow_private(true)
        .build()
        .unwrap();
    let pipeline = Pipeline::new(fetcher).full_text(FullTextPolicy::all());
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/feed.xml");
    let mut ws = Workspace::open(dir.path()).unwrap();

    let first = pipeline.run(&mut ws, &[url.as_str()]).unwrap();
    assert_eq!(first.total.new, 1, "{first:#?}");
    let stored = ws.store().item(first.items[0].id).unwrap().unwrap().item;
    assert!(
        stored.content_text.as_deref().unwrap_or("").len() > 500,
        "{stored:#?}"
    );
    assert_eq!(stored.summary.as_deref(), Some("Nuri will answer."));
    assert!(stored.full_text_url.is_some());
    let page_url = server.url("/news/1");
    assert!(ws.store().source_state(&page_url).unwrap().is_some());

    let second = pipeline.run(&mut ws, &[url.as_str()]).unwrap();
    assert_eq!(second.total.unchanged, 1, "{second:#?}");
    let page_requests = server
        .requests()
        .iter()
        .filter(|r| r.path == "/news/1")
        .count();
    assert_eq!(page_requests, 1, "the stored full text is reused");
}

/// A page that advertises a feed which cannot be read is still an article.
#[test]
fn a_page_whose_advertised_feed_is_gone_is_read_as_an_article() {
    let text = "Nuri Telecom said on Monday it would answer every customer complaint within \
        24 hours, as part of a brand campaign that puts listening first. ";
    let page = format!(
        "<!DOCTYPE html><html><head><title>Nuri answers</title>\
         <link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head>\
         <body><article><h1>Nuri answers</h1><p>{}</p><p>{}</p></article></body></html>",
        text.repeat(3),
        text.repeat(2)
    );
    let deep = format!(
        "{}<p>{}</p><p>{}</p>{}",
        "<div>".repeat(300),
        text.repeat(3),
        text.repeat(2),
        "</div>".repeat(300)
    );
    let server = Server::start(move |req| match req.path.as_str() {
        "/story" => Reply::ok(page.as_str()).header("Content-Type", "text/html; charset=utf-8"),
        "/empty-feed-story" => Reply::ok(page.replace("/feed.xml", "/empty.xml"))
            .header("Content-Type", "text/html; charset=utf-8"),
        "/empty.xml" => Reply::ok("<rss version=\"2.0\"><channel><title>E</title></channel></rss>")
            .header("Content-Type", "application/rss+xml"),
        "/deep.shtml" => Reply::ok(deep.as_str()).header("Content-Type", "text/html"),
        _ => Reply::status(404),
    });
    let fetcher = FetcherBuilder::new()
        .allow_loopback(true)
        .allow_private(true)
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(dir.path()).unwrap();
    let url = server.url("/story");
    let report = Pipeline::new(fetcher)
        .run(&mut ws, &[url.as_str()])
        .unwrap();
    assert_eq!(report.total.new, 1, "{report:#?}");
    assert!(report.failed_sources.is_empty(), "{report:#?}");
}
