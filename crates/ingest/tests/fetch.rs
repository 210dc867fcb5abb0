//! The fetcher against a real HTTP/1.1 server on 127.0.0.1 (see `support/`): conditional GET,
//! redirects, size caps, compression, timeouts, rate limits, the address guard and the
//! per-host limit. (A build without the `http` feature is tested in `without_http.rs`.)
#![cfg(feature = "http")]

mod support;

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, TcpListener};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::Utc;
use gleaner_ingest::{Error, ErrorKind, FetchState, Fetcher, FetcherBuilder};
use support::{Reply, Server};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A fetcher for the local server: loopback allowed, no politeness delay, and timeouts short
/// enough that a hang fails the test within seconds.
fn local() -> FetcherBuilder {
    let mut builder = FetcherBuilder::new();
    builder
        .allow_loopback(true)
        .politeness_delay(Duration::ZERO)
        .connect_timeout(Duration::from_secs(2))
        .read_timeout(Duration::from_secs(3))
        .timeout(Duration::from_secs(5));
    builder
}

fn build(builder: &FetcherBuilder) -> Fetcher {
    builder.build().expect("fetcher")
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// A file under the target's scratch directory, unique to the test.
fn scratch_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fetch-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn fetcher_is_send_sync_and_clone() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Fetcher>();
}

#[test]
fn builder_defaults_are_the_documented_ones() {
    let fetcher = build(&FetcherBuilder::new());
    assert!(fetcher
        .user_agent()
        .starts_with(concat!("gleaner/", env!("CARGO_PKG_VERSION"))));
    assert_eq!(fetcher.connect_timeout(), Duration::from_secs(10));
    assert_eq!(fetcher.read_timeout(), Duration::from_secs(30));
    assert_eq!(fetcher.max_body_bytes(), 16 * 1024 * 1024);
    assert_eq!(fetcher.max_redirects(), 5);
    assert_eq!(fetcher.per_host_concurrency(), 2);
    assert_eq!(fetcher.politeness_delay(), Duration::from_secs(1));
    assert!(!fetcher.allow_private());
    assert!(!fetcher.allow_loopback());
    assert!(!fetcher.allow_file_urls());
    assert!(!fetcher.allows_address(LOOPBACK));
    assert!(fetcher.allows_address("93.184.216.34".parse().unwrap()));
}

#[test]
fn ok_with_body_content_type_and_request_headers() {
    // "뉴스" in EUC-KR: the body must come back byte for byte, the charset in the header.
    let euc_kr = b"<rss><channel><title>\xb4\xba\xbd\xba</title></channel></rss>".to_vec();
    let body = euc_kr.clone();
    let server = Server::start(move |_| {
        Reply::ok(body.clone()).header("Content-Type", "application/rss+xml; charset=EUC-KR")
    });
    let fetched = build(&local()).fetch(&server.url("/feed"), None).unwrap();
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.url, server.url("/feed"));
    assert_eq!(fetched.body.as_deref(), Some(&euc_kr[..]));
    assert_eq!(
        fetched.content_type.as_deref(),
        Some("application/rss+xml; charset=EUC-KR")
    );
    assert!(!fetched.not_modified());
    assert!(fetched.state.last_success.is_some());
    assert!(fetched.state.next_poll.is_some_and(|t| t > Utc::now()));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "GET");
    assert_eq!(
        requests[0].header("accept-encoding"),
        Some("gzip, deflate, br")
    );
    assert!(requests[0]
        .header("user-agent")
        .unwrap()
        .starts_with("gleaner/"));
    assert!(requests[0]
        .header("accept")
        .unwrap()
        .contains("application/rss+xml"));
    assert_eq!(requests[0].header("if-none-match"), None);
}

#[test]
fn etag_makes_the_second_fetch_conditional() {
    let server = Server::start(|request| {
        if request.header("if-none-match") == Some("\"v1\"") {
            Reply::status(304).header("ETag", "\"v1\"")
        } else {
            Reply::ok("<feed/>").header("ETag", "\"v1\"")
        }
    });
    let fetcher = build(&local());
    let first = fetcher.fetch(&server.url("/feed"), None).unwrap();
    assert_eq!(first.status, 200);
    assert_eq!(first.state.etag.as_deref(), Some("\"v1\""));

    let second = fetcher
        .fetch(&server.url("/feed"), Some(&first.state))
        .unwrap();
    assert_eq!(second.status, 304);
    assert!(second.not_modified());
    assert_eq!(second.body, None);
    assert_eq!(second.state.etag.as_deref(), Some("\"v1\""));
    assert!(second.state.last_success >= first.state.last_success);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("if-none-match"), None);
    assert_eq!(requests[1].header("if-none-match"), Some("\"v1\""));
}

#[test]
fn last_modified_makes_the_second_fetch_conditional() {
    const STAMP: &str = "Tue, 03 Mar 2026 10:00:00 GMT";
    let server = Server::start(|request| {
        if request.header("if-modified-since") == Some(STAMP) {
            // No validators on the 304: the old ones must be kept.
            Reply::status(304)
        } else {
            Reply::ok("<rss/>").header("Last-Modified", STAMP)
        }
    });
    let fetcher = build(&local());
    let first = fetcher.fetch(&server.url("/rss"), None).unwrap();
    assert_eq!(first.state.last_modified.as_deref(), Some(STAMP));
    assert_eq!(first.state.etag, None);

    let second = fetcher
        .fetch(&server.url("/rss"), Some(&first.state))
        .unwrap();
    assert_eq!(second.status, 304);
    assert_eq!(second.body, None);
    assert_eq!(second.state.last_modified.as_deref(), Some(STAMP));
    assert_eq!(
        server.requests()[1].header("if-modified-since"),
        Some(STAMP)
    );
}

#[test]
fn state_survives_serde_between_fetches() {
    let server = Server::start(|request| match request.header("if-none-match") {
        Some("\"abc\"") => Reply::status(304),
        _ => Reply::ok("x").header("ETag", "\"abc\""),
    });
    let fetcher = build(&local());
    let first = fetcher.fetch(&server.url("/"), None).unwrap();
    let stored = serde_json::to_string(&first.state).unwrap();
    let loaded: FetchState = serde_json::from_str(&stored).unwrap();
    assert_eq!(loaded, first.state);
    assert!(fetcher
        .fetch(&server.url("/"), Some(&loaded))
        .unwrap()
        .not_modified());
}

/// `/hop/N` redirects to `/hop/N+1` (relative Location) until `last`, which answers 200.
fn chain(last: u32) -> Server {
    Server::start(move |request| {
        let n: u32 = request
            .path
            .trim_start_matches("/hop/")
            .parse()
            .unwrap_or(0);
        if n < last {
            Reply::redirect(302, &format!("/hop/{}", n + 1))
        } else {
            Reply::ok(format!("end of chain at {n}"))
        }
    })
}

#[test]
fn redirect_chain_within_the_limit_reaches_the_final_url() {
    let server = chain(3);
    let mut builder = local();
    builder.max_redirects(3);
    let fetched = build(&builder).fetch(&server.url("/hop/0"), None).unwrap();
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.url, server.url("/hop/3"));
    assert_eq!(fetched.body.as_deref(), Some(&b"end of chain at 3"[..]));
    assert_eq!(fetched.state.permanent_redirect, None);
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn redirect_chain_over_the_limit_is_too_many_redirects() {
    let server = chain(4);
    let mut builder = local();
    builder.max_redirects(3);
    let url = server.url("/hop/0");
    match build(&builder).fetch(&url, None) {
        Err(Error::TooManyRedirects { url: asked, limit }) => {
            assert_eq!(asked, url);
            assert_eq!(limit, 3);
        }
        other => panic!("expected TooManyRedirects, got {other:?}"),
    }
    // Hops 0..=3 were requested; the fourth redirect was not followed.
    let paths: Vec<_> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/hop/0", "/hop/1", "/hop/2", "/hop/3"]);

    let looping = Server::start(|_| Reply::redirect(307, "/again"));
    let err = build(&local()).fetch(&looping.url("/"), None).unwrap_err();
    assert!(
        matches!(err, Error::TooManyRedirects { limit: 5, .. }),
        "{err:?}"
    );
    assert_eq!(err.kind(), ErrorKind::Limit);
}

#[test]
fn permanent_redirects_are_remembered_only_when_every_hop_was_permanent() {
    let server = Server::start(|request| match request.path.as_str() {
        "/old" => Reply::redirect(301, "/new"),
        "/older" => Reply::redirect(308, "/old"),
        "/moved-then-temp" => Reply::redirect(301, "/temp"),
        "/temp" => Reply::redirect(302, "/new"),
        "/temp-then-moved" => Reply::redirect(302, "/old"),
        _ => Reply::ok("new home"),
    });
    let fetcher = build(&local());
    let permanent = |path: &str| {
        let fetched = fetcher.fetch(&server.url(path), None).unwrap();
        assert_eq!(fetched.url, server.url("/new"));
        fetched.state.permanent_redirect
    };
    assert_eq!(permanent("/old"), Some(server.url("/new")));
    assert_eq!(permanent("/older"), Some(server.url("/new")));
    assert_eq!(permanent("/moved-then-temp"), Some(server.url("/temp")));
    assert_eq!(permanent("/temp-then-moved"), None);
}

#[test]
fn body_over_the_cap_is_too_large() {
    let server = Server::start(|request| {
        let body = vec![b'x'; 2000];
        match request.path.as_str() {
            "/exact" => Reply::ok(vec![b'x'; 1000]).close_delimited(),
            "/no-length" => Reply::ok(body).close_delimited(),
            _ => Reply::ok(body),
        }
    });
    let mut builder = local();
    builder.max_body_bytes(1000);
    let fetcher = build(&builder);
    for path in ["/with-length", "/no-length"] {
        match fetcher.fetch(&server.url(path), None) {
            Err(Error::TooLarge { location, limit }) => {
                assert_eq!(location, server.url(path));
                assert_eq!(limit, 1000);
            }
            other => panic!("{path}: expected TooLarge, got {other:?}"),
        }
    }
    // A body exactly at the cap is fine.
    let exact = fetcher.fetch(&server.url("/exact"), None).unwrap();
    assert_eq!(exact.body.map(|b| b.len()), Some(1000));
}

#[test]
fn compressed_bodies_are_decoded() {
    let text = "<rss><channel><title>압축된 피드</title></channel></rss>".repeat(20);
    let gz = gzip(text.as_bytes());
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    zlib.write_all(text.as_bytes()).unwrap();
    let zlib = zlib.finish().unwrap();
    let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    raw.write_all(text.as_bytes()).unwrap();
    let raw = raw.finish().unwrap();
    let mut br = Vec::new();
    brotli::BrotliCompress(&mut text.as_bytes(), &mut br, &Default::default()).unwrap();
    assert!(gz.len() < text.len() && br.len() < text.len());

    let server = Server::start(move |request| match request.path.as_str() {
        "/gzip" => Reply::ok(gz.clone()).header("Content-Encoding", "gzip"),
        "/zlib" => Reply::ok(zlib.clone()).header("Content-Encoding", "deflate"),
        "/raw-deflate" => Reply::ok(raw.clone()).header("Content-Encoding", "deflate"),
        "/br" => Reply::ok(br.clone()).header("Content-Encoding", "br"),
        _ => Reply::ok("not gzip").header("Content-Encoding", "gzip"),
    });
    let fetcher = build(&local());
    for path in ["/gzip", "/zlib", "/raw-deflate", "/br"] {
        let fetched = fetcher.fetch(&server.url(path), None).unwrap();
        assert_eq!(fetched.body.as_deref(), Some(text.as_bytes()), "{path}");
    }
    match fetcher.fetch(&server.url("/broken"), None) {
        Err(Error::Decompress { encoding, .. }) => assert_eq!(encoding, "gzip"),
        other => panic!("expected Decompress, got {other:?}"),
    }
}

#[test]
fn gzip_bomb_is_cut_off_at_the_cap() {
    const CAP: u64 = 256 * 1024;
    let bomb = gzip(&vec![0_u8; 8 << 20]);
    // Small on the wire, so it is the decompressed size that trips the cap.
    assert!(
        (bomb.len() as u64) < CAP / 4,
        "bomb is {} bytes",
        bomb.len()
    );
    let server = Server::start(move |_| Reply::ok(bomb.clone()).header("Content-Encoding", "gzip"));
    let mut builder = local();
    builder.max_body_bytes(CAP);
    match build(&builder).fetch(&server.url("/bomb"), None) {
        Err(Error::TooLarge { limit, .. }) => assert_eq!(limit, CAP),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn stalled_server_times_out_quickly() {
    let server = Server::start(|request| match request.path.as_str() {
        "/silent" => Reply::ok("late").delay(Duration::from_secs(3)),
        _ => Reply::ok(vec![b'x'; 100]).stall_after(10, Duration::from_secs(3)),
    });
    let mut builder = local();
    builder.read_timeout(Duration::from_millis(300));
    let fetcher = build(&builder);
    for path in ["/silent", "/stalls-mid-body"] {
        let started = Instant::now();
        let result = fetcher.fetch(&server.url(path), None);
        let took = started.elapsed();
        match result {
            Err(Error::Timeout { url }) => assert_eq!(url, server.url(path)),
            other => panic!("{path}: expected Timeout, got {other:?}"),
        }
        assert!(took >= Duration::from_millis(250), "{path}: {took:?}");
        assert!(took < Duration::from_millis(2000), "{path}: {took:?}");
    }
}

#[test]
fn overall_timeout_bounds_a_trickling_server() {
    let server =
        Server::start(|_| Reply::ok(vec![b'x'; 10]).stall_after(1, Duration::from_secs(3)));
    let mut builder = local();
    builder
        .read_timeout(Duration::from_secs(10))
        .timeout(Duration::from_millis(400));
    let started = Instant::now();
    let err = build(&builder).fetch(&server.url("/"), None).unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(2000));
}

#[test]
fn too_many_requests_is_rate_limited_with_retry_after() {
    let server = Server::start(|request| match request.path.as_str() {
        "/429" => Reply::status(429).header("Retry-After", "120"),
        "/503-date" => Reply::status(503).header(
            "Retry-After",
            &(Utc::now() + chrono::TimeDelta::seconds(600))
                .format("%a, %d %b %Y %H:%M:%S GMT")
                .to_string(),
        ),
        "/503" => Reply::status(503),
        _ => Reply::status(404),
    });
    let mut builder = local();
    builder.poll_interval(Duration::from_secs(1));
    let fetcher = build(&builder);

    let err = fetcher.fetch(&server.url("/429"), None).unwrap_err();
    match &err {
        Error::RateLimited {
            status,
            retry_after,
            ..
        } => {
            assert_eq!(*status, 429);
            assert_eq!(*retry_after, Some(Duration::from_secs(120)));
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    let before = Utc::now();
    let state = fetcher.state_after_error(None, &err);
    let wait = state.next_poll.unwrap() - before;
    assert!((119..=121).contains(&wait.num_seconds()), "{wait:?}");
    assert_eq!(state.consecutive_errors, 1);
    assert!(state.last_error.unwrap().contains("rate limited"));

    match fetcher.fetch(&server.url("/503-date"), None) {
        Err(Error::RateLimited {
            status: 503,
            retry_after: Some(wait),
            ..
        }) => assert!((590..=600).contains(&wait.as_secs()), "{wait:?}"),
        other => panic!("expected RateLimited, got {other:?}"),
    }
    for (path, code) in [("/503", 503), ("/404", 404)] {
        match fetcher.fetch(&server.url(path), None) {
            Err(Error::HttpStatus { status, url }) => {
                assert_eq!(status, code);
                assert_eq!(url, server.url(path));
            }
            other => panic!("{path}: expected HttpStatus, got {other:?}"),
        }
    }
}

#[test]
fn default_fetcher_refuses_loopback_before_connecting() {
    let server = Server::start(|_| Reply::ok("secret"));
    let mut builder = FetcherBuilder::new();
    builder.politeness_delay(Duration::ZERO);
    let guarded = build(&builder);
    match guarded.fetch(&server.url("/"), None) {
        Err(Error::BlockedAddress { url, addr }) => {
            assert_eq!(url, server.url("/"));
            assert_eq!(addr, LOOPBACK);
        }
        other => panic!("expected BlockedAddress, got {other:?}"),
    }
    // A name is checked after resolution: localhost resolves to loopback.
    let by_name = format!("http://localhost:{}/", server.port());
    match guarded.fetch(&by_name, None) {
        Err(Error::BlockedAddress { url, addr }) => {
            assert_eq!(url, by_name);
            assert!(addr.is_loopback(), "{addr}");
        }
        other => panic!("expected BlockedAddress, got {other:?}"),
    }
    // The IPv4 forms the URL parser normalizes are caught too.
    let decimal = format!("http://2130706433:{}/", server.port());
    assert!(matches!(
        guarded.fetch(&decimal, None),
        Err(Error::BlockedAddress { addr: LOOPBACK, .. })
    ));
    assert!(server.requests().is_empty());

    // The server was reachable all along: only the guard stopped the fetches.
    let allowed = build(&local()).fetch(&server.url("/"), None).unwrap();
    assert_eq!(allowed.body.as_deref(), Some(&b"secret"[..]));
}

#[test]
fn redirect_to_a_refused_address_is_refused_before_connecting() {
    let server = Server::start(|request| match request.path.as_str() {
        "/to-private" => Reply::redirect(302, "http://10.0.0.1/feed"),
        "/to-v6-loopback" => Reply::redirect(301, "http://[::1]:9/feed"),
        "/to-other-loopback" => Reply::redirect(302, "http://127.0.0.2:9/feed"),
        "/to-file" => Reply::redirect(302, "file:///etc/passwd"),
        "/to-ftp" => Reply::redirect(302, "ftp://example.com/feed"),
        _ => Reply::ok("fine"),
    });
    // Only the server's own address is allowed, not loopback as a whole.
    let mut builder = FetcherBuilder::new();
    builder
        .politeness_delay(Duration::ZERO)
        .allow_address(LOOPBACK)
        .allow_file_urls(true)
        .connect_timeout(Duration::from_secs(3));
    let fetcher = build(&builder);
    assert!(fetcher.fetch(&server.url("/ok"), None).is_ok());

    let cases: [(&str, &str, IpAddr); 3] = [
        (
            "/to-private",
            "http://10.0.0.1/feed",
            IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)),
        ),
        (
            "/to-v6-loopback",
            "http://[::1]:9/feed",
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ),
        (
            "/to-other-loopback",
            "http://127.0.0.2:9/feed",
            IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)),
        ),
    ];
    for (path, target, blocked) in cases {
        let started = Instant::now();
        match fetcher.fetch(&server.url(path), None) {
            Err(Error::BlockedAddress { url, addr }) => {
                assert_eq!(url, target);
                assert_eq!(addr, blocked);
            }
            other => panic!("{path}: expected BlockedAddress, got {other:?}"),
        }
        // Refused without trying: 10.0.0.1 would take the connect timeout.
        assert!(started.elapsed() < Duration::from_secs(1), "{path}");
    }
    for (path, scheme) in [("/to-file", "file"), ("/to-ftp", "ftp")] {
        match fetcher.fetch(&server.url(path), None) {
            Err(Error::UnsupportedScheme { scheme: got, .. }) => assert_eq!(got, scheme),
            other => panic!("{path}: expected UnsupportedScheme, got {other:?}"),
        }
    }
}

#[test]
fn only_http_https_and_file_schemes() {
    let fetcher = build(&local());
    for (url, scheme) in [
        ("ftp://example.com/feed.xml", "ftp"),
        ("gopher://example.com/", "gopher"),
        ("file:///etc/hostname", "file"),
    ] {
        match fetcher.fetch(url, None) {
            Err(Error::UnsupportedScheme {
                url: got,
                scheme: s,
            }) => {
                assert_eq!(got, url);
                assert_eq!(s, scheme);
            }
            other => panic!("{url}: expected UnsupportedScheme, got {other:?}"),
        }
    }
    assert!(matches!(
        fetcher.read_location("ftp://example.com/feed.xml"),
        Err(Error::UnsupportedScheme { .. })
    ));
    assert!(matches!(
        fetcher.fetch("not a url", None),
        Err(Error::InvalidUrl { .. })
    ));
}

#[test]
fn connection_refused_is_a_transport_error() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let err = build(&local())
        .fetch(&format!("http://127.0.0.1:{port}/"), None)
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(err.kind(), ErrorKind::Network);
}

#[test]
fn files_are_read_by_path_and_url_under_the_cap() {
    let small = scratch_file("small.xml", b"<rss/>");
    let big = scratch_file("big.xml", &[b'x'; 5000]);
    let mut builder = local();
    builder.max_body_bytes(4096);
    let fetcher = build(&builder);

    let path = small.to_str().unwrap();
    assert_eq!(fetcher.read_location(path).unwrap(), b"<rss/>");
    let url = url::Url::from_file_path(&small).unwrap().to_string();
    assert_eq!(fetcher.read_location(&url).unwrap(), b"<rss/>");
    assert!(matches!(
        fetcher.read_location(big.to_str().unwrap()),
        Err(Error::TooLarge { limit: 4096, .. })
    ));
    let missing = small.with_extension("missing");
    match fetcher.read_location(missing.to_str().unwrap()) {
        Err(Error::Io { path, .. }) => assert_eq!(path, missing),
        other => panic!("expected Io, got {other:?}"),
    }

    // fetch reads file URLs only when allowed.
    assert!(matches!(
        fetcher.fetch(&url, None),
        Err(Error::UnsupportedScheme { .. })
    ));
    builder.allow_file_urls(true);
    let fetched = build(&builder).fetch(&url, None).unwrap();
    assert_eq!(fetched.body.as_deref(), Some(&b"<rss/>"[..]));
    assert_eq!(fetched.status, 200);

    // And read_location goes over HTTP as well.
    let server = Server::start(|_| Reply::ok("over http"));
    assert_eq!(
        fetcher.read_location(&server.url("/")).unwrap(),
        b"over http"
    );

    std::fs::remove_file(small).unwrap();
    std::fs::remove_file(big).unwrap();
}

#[test]
fn per_host_limit_holds_across_fetch_all() {
    let server =
        Server::start(|request| Reply::ok(request.path.clone()).delay(Duration::from_millis(150)));
    let urls: Vec<(String, Option<FetchState>)> = (0..4)
        .map(|i| (server.url(&format!("/item/{i}")), None))
        .collect();

    let mut builder = local();
    builder.per_host_concurrency(1);
    let results = build(&builder).fetch_all(&urls, 4);
    assert_eq!(server.max_in_flight(), 1);
    assert_eq!(results.len(), 4);
    for (i, result) in results.into_iter().enumerate() {
        let body = result.unwrap().body.unwrap();
        assert_eq!(
            body,
            format!("/item/{i}").into_bytes(),
            "results keep input order"
        );
    }

    // The same run with a looser limit does overlap, so the 1 above is the limit's doing.
    let control = Server::start(|_| Reply::ok("x").delay(Duration::from_millis(150)));
    let urls: Vec<_> = (0..4)
        .map(|i| (control.url(&format!("/{i}")), None))
        .collect();
    builder.per_host_concurrency(4);
    assert!(build(&builder)
        .fetch_all(&urls, 4)
        .iter()
        .all(Result::is_ok));
    assert!(control.max_in_flight() >= 2, "{}", control.max_in_flight());
}

#[test]
fn politeness_delay_spaces_requests_to_one_host() {
    let server = Server::start(|_| Reply::ok("x"));
    let urls: Vec<_> = (0..3)
        .map(|i| (server.url(&format!("/{i}")), None))
        .collect();
    let mut builder = local();
    builder
        .per_host_concurrency(4)
        .politeness_delay(Duration::from_millis(200));
    let started = Instant::now();
    let results = build(&builder).fetch_all(&urls, 3);
    assert!(results.iter().all(Result::is_ok));
    assert!(started.elapsed() >= Duration::from_millis(400));
    let mut arrivals: Vec<Instant> = server.requests().iter().map(|r| r.at).collect();
    arrivals.sort();
    for pair in arrivals.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= Duration::from_millis(150), "{gap:?}");
    }
}

#[test]
fn fetch_all_keeps_order_and_isolates_failures() {
    let server = Server::start(|request| match request.path.as_str() {
        "/missing" => Reply::status(404),
        path => Reply::ok(path.to_owned()),
    });
    let urls = vec![
        (server.url("/a"), None),
        ("ftp://example.com/".to_owned(), None),
        (server.url("/missing"), None),
        (server.url("/b"), None),
    ];
    let results = build(&local()).fetch_all(&urls, 8);
    assert_eq!(
        results[0].as_ref().unwrap().body.as_deref(),
        Some(&b"/a"[..])
    );
    assert!(matches!(results[1], Err(Error::UnsupportedScheme { .. })));
    assert!(matches!(
        results[2],
        Err(Error::HttpStatus { status: 404, .. })
    ));
    assert_eq!(
        results[3].as_ref().unwrap().body.as_deref(),
        Some(&b"/b"[..])
    );
}
