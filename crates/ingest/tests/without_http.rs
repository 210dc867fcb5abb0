//! The fetcher of a build without the `http` feature: files and `file://` URLs are read as
//! always, an http(s) URL is a typed error (never a panic, never a connection), and robots.txt
//! refuses http(s) pages as unreachable, naming why. Run with
//! `cargo test -p gleaner-ingest --no-default-features --test without_http`.
#![cfg(not(feature = "http"))]

use std::sync::Arc;

use gleaner_ingest::{Error, ErrorKind, FetcherBuilder, RobotsRefusal};

#[test]
fn http_urls_are_http_disabled_and_files_still_read() {
    let fetcher = FetcherBuilder::new()
        .allow_file_urls(true)
        .build()
        .expect("fetcher");
    for url in ["https://example.com/feed.xml", "http://127.0.0.1:9/feed"] {
        let err = fetcher.fetch(url, None).expect_err(url);
        assert!(
            matches!(&err, Error::HttpDisabled { url: u } if u == url),
            "{err:?}"
        );
        assert_eq!(err.kind(), ErrorKind::Refused);
        assert!(
            err.to_string().contains("without the `http` feature"),
            "{err}"
        );
        let err = fetcher.read_location(url).expect_err(url);
        assert!(matches!(err, Error::HttpDisabled { .. }), "{err:?}");
    }
    let fetched = fetcher.fetch_all(&[("https://example.com/a".to_owned(), None)], 2);
    assert!(matches!(fetched[..], [Err(Error::HttpDisabled { .. })]));

    let path = std::env::temp_dir().join(format!("gleaner-no-http-{}.xml", std::process::id()));
    std::fs::write(&path, b"<rss/>").unwrap();
    let by_path = fetcher.read_location(path.to_str().unwrap());
    let url = url::Url::from_file_path(&path).unwrap().to_string();
    let by_url = fetcher.fetch(&url, None);
    std::fs::remove_file(&path).ok();
    assert_eq!(by_path.unwrap(), b"<rss/>");
    assert_eq!(by_url.unwrap().body.as_deref(), Some(&b"<rss/>"[..]));
}

#[test]
fn robots_txt_refuses_web_pages_as_unreachable_and_says_why() {
    let fetcher = FetcherBuilder::new().build().expect("fetcher");
    match fetcher.robots_allow("https://example.com/news/1") {
        Err(RobotsRefusal::Unreachable { robots_url, source }) => {
            assert_eq!(robots_url, "https://example.com/robots.txt");
            assert!(matches!(Arc::as_ref(&source), Error::HttpDisabled { .. }));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(fetcher.robots_allow("file:///tmp/a.xml").is_ok());
}
