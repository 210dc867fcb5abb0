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
