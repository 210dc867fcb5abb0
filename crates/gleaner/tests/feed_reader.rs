//! The facade's FeedReader against a real HTTP server on 127.0.0.1: HTTP charsets, web pages
//! that advertise a feed, OPML lists with a failing subscription, and directories.

#[path = "../../ingest/tests/support/mod.rs"]
mod support;

use gleaner::ingest::{Error, FetcherBuilder, ParseOptions};
use gleaner::{expand_inputs, FeedReader, Source};
use support::{Reply, Server};

const KO_RSS: &str = "<rss version=\"2.0\"><channel><item><title>고객 불만 접수</title><link>/a/1</link></item></channel></rss>";

fn reader() -> FeedReader {
    let fetcher = FetcherBuilder::new()
        .allow_loopback(true)
        .politeness_delay(std::time::Duration::ZERO)
        .build()
        .expect("fetcher");
    FeedReader::new(fetcher, ParseOptions::default())
}

fn server() -> Server {
    Server::start(|req| {
        let (euc_kr, _, _) = encoding_rs::EUC_KR.encode(KO_RSS);
        match req.path.as_str() {
            // EUC-KR bytes, declared only by HTTP.
            "/ko.xml" => Reply::ok(euc_kr.into_owned()).header("Content-Type", "application/rss+xml; charset=euc-kr"),
            "/" => Reply::ok("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/ko.xml\"></head><body>home</body></html>")
                .header("Content-Type", "text/html"),
            "/subs.opml" => Reply::ok(
                "<opml version=\"2.0\"><body><outline text=\"뉴스\"><outline text=\"ko\" xmlUrl=\"PORT/ko.xml\"/><outline text=\"gone\" xmlUrl=\"PORT/gone.xml\"/></outline></body></opml>"
                    .replace("PORT", &format!("http://{}", req.header("host").unwrap_or("127.0.0.1"))),
            ),
            "/local.opml" => Reply::ok("<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"/etc/hostname\"/>\
                <outline text=\"f\" xmlUrl=\"file:///etc/hostname\"/><outline text=\"ftp\" xmlUrl=\"ftp://example.com/feed.xml\"/>\
                <outline text=\"data\" xmlUrl=\"data:application/rss+xml,&lt;rss/&gt;\"/><outline text=\"js\" xmlUrl=\"JavaScript:alert(1)\"/></body></opml>"),
            _ => Reply::status(404),
        }
    })
}

#[test]
fn http_charset_decodes_and_links_resolve_against_the_final_url() {
    let server = server();
    let results = reader().read(&Source::url(server.url("/ko.xml")));
    let feed = results[0].feed().expect("feed");
    assert_eq!(feed.items[0].title.as_deref(), Some("고객 불만 접수"));
    assert_eq!(
        feed.items[0].url.as_deref(),
        Some(server.url("/a/1").as_str())
    );
    assert_eq!(feed.report.encoding, "EUC-KR");
}

#[test]
fn a_web_page_leads_to_the_feed_it_advertises() {
    let server = server();
    let source = Source::url(server.url("/"));
    let results = reader().read(&source);
    assert_eq!(
        results[0].source, source,
        "items are credited to the input as given"
    );
    assert_eq!(results[0].feed().expect("feed").items.len(), 1);
}

#[test]
fn an_opml_list_reads_every_subscription_and_reports_the_failures() {
    let server = server();
    let results = reader().read(&Source::url(server.url("/subs.opml")));
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].source.categories, vec!["뉴스"]);
    assert_eq!(results[0].feed().expect("ko feed").items.len(), 1);
    assert!(matches!(
        results[1].found,
        Err(Error::HttpStatus { status: 404, .. })
    ));
}

#[test]
fn the_default_fetcher_refuses_loopback() {
    let server = server();
    let fetcher = FetcherBuilder::new().build().expect("fetcher");
    let results =
        FeedReader::new(fetcher, ParseOptions::default()).read(&Source::url(server.url("/ko.xml")));
    assert!(matches!(
        results[0].found,
        Err(Error::BlockedAddress { .. })
    ));
    assert!(server.requests().is_empty());
}

#[test]
fn directories_expand_to_their_feed_files_in_order() {
    let dir = std::env::temp_dir().join(format!("gleaner-expand-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    for name in ["b.xml", "a.rss", "sub/c.atom", "a.serde.json", "notes.txt"] {
        std::fs::write(dir.join(name), KO_RSS).expect("write");
    }
    // A symlink loop must not make the walk endless.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).expect("symlink");
    let sources = expand_inputs(&[
        dir.to_string_lossy().into_owned(),
        "https://example.com/feed".into(),
    ]);
    let names: Vec<String> = sources
        .iter()
        .map(|s| {
            s.location
                .trim_start_matches(&*dir.to_string_lossy())
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        vec![
            "/a.rss",
            "/b.xml",
            "/sub/c.atom",
            "https://example.com/feed"
        ]
    );
    let results = reader().read(&sources[0]);
    assert_eq!(results[0].feed().expect("file feed").items.len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_remote_opml_list_cannot_make_the_reader_open_local_files() {
    let server = server();
    let results = reader().read(&Source::url(server.url("/local.opml")));
    let schemes: Vec<String> = results
        .iter()
        .map(|r| match &r.found {
            Err(Error::RemoteListScheme { scheme, .. }) => scheme.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    // Each refusal names the scheme it refused, not "file" for all.
    assert_eq!(schemes, ["file", "file", "ftp", "data", "javascript"]);
}
