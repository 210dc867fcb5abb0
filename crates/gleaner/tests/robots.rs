//! robots.txt for the pages gleaner fetches on its own (full text), against real HTTP servers
//! on 127.0.0.1: what the servers saw is the proof.

#[path = "../../ingest/tests/support/mod.rs"]
mod support;

use std::time::Duration;

use gleaner::extract::ExtractOptions;
use gleaner::ingest::{parse_feed, FetcherBuilder, ParseOptions, RobotsRefusal};
use gleaner::{fetch_full_text, Error, FeedReader, FullTextPolicy, FullTextRun, Item, Source};
use support::{Reply, Server};

const ARTICLE: &str = "<html><head><title>Campaign</title></head><body><article>\
    <p>Nuri Telecom announced a new brand campaign on Tuesday that promises an answer to every \
    customer complaint within a day, after a three-day outage in parts of Seoul.</p>\
    <p>The company said the campaign would run for a year and would be measured monthly.</p>\
    </article></body></html>";

/// A server whose robots.txt answers `robots` and whose `/a/…` and `/private/…` pages are the
/// article.
fn server(robots: Reply) -> Server {
    Server::start(move |req| match req.path.as_str() {
        "/robots.txt" => robots.clone(),
        path if path.starts_with("/a/") || path.starts_with("/private/") => {
            Reply::ok(ARTICLE).header("Content-Type", "text/html; charset=utf-8")
        }
        _ => Reply::status(404),
    })
}

fn robots_txt(body: &str) -> Reply {
    Reply::ok(body.to_owned()).header("Content-Type", "text/plain")
}

fn fetcher() -> gleaner::ingest::Fetcher {
    FetcherBuilder::new()
        .allow_loopback(true)
        .politeness_delay(Duration::ZERO)
        .build()
        .expect("fetcher")
}

/// Summary-only items of the feed `source`, one per URL.
fn feed_items(source: &str, urls: &[String]) -> Vec<Item> {
    let entries: String = urls
        .iter()
        .map(|u| {
            format!("<item><title>t</title><link>{u}</link><description>short</description></item>")
        })
        .collect();
    let feed = format!("<rss version=\"2.0\"><channel>{entries}</channel></rss>");
    parse_feed(
        feed.as_bytes(),
        &Source::file(source),
        &ParseOptions::default(),
    )
    .expect("feed")
    .items
}

fn requests_for(server: &Server, path: &str) -> usize {
    server.requests().iter().filter(|r| r.path == path).count()
}

fn run(
    items: &mut [Item],
    fetcher: &gleaner::ingest::Fetcher,
    policy: &FullTextPolicy,
) -> gleaner::FullTextReport {
    fetch_full_text(
        items,
        fetcher,
        policy,
        &ExtractOptions::default(),
        &FullTextRun::new(),
    )
}

#[test]
fn a_disallowed_page_is_not_requested_and_is_reported_as_such() {
    let server = server(robots_txt(
        "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n",
    ));
    let mut items = feed_items("feed.xml", &[server.url("/private/1"), server.url("/a/1")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());

    assert_eq!(
        requests_for(&server, "/private/1"),
        0,
        "the server never saw the page"
    );
    assert_eq!(report.errors.len(), 1);
    let (id, error) = &report.errors[0];
    assert_eq!(*id, items[0].id);
    assert!(
        matches!(error, Error::RobotsDisallowed { url, source: RobotsRefusal::Disallowed { agent, .. } }
            if *url == server.url("/private/1") && agent == "gleaner"),
        "{error:?}"
    );
    assert!(items[0].full_text_url.is_none());
    assert_eq!(items[0].content_text.as_deref(), Some("short"));
    // Another group's rules do not bind us: the allowed page was fetched.
    assert_eq!(report.added, vec![items[1].id]);
    assert!(items[1]
        .content_text
        .as_deref()
        .is_some_and(|t| t.contains("three-day outage")));
}

#[test]
fn our_own_group_is_obeyed_over_the_wildcard() {
    let server = server(robots_txt(
        "User-agent: *\nDisallow: /\n\nUser-agent: gleaner\nAllow: /a/\nDisallow: /\n",
    ));
    let mut items = feed_items("feed.xml", &[server.url("/a/1"), server.url("/private/1")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
    assert_eq!(report.added, vec![items[0].id]);
    assert_eq!(requests_for(&server, "/private/1"), 0);

    // A fetcher that calls itself otherbot falls under `*`, which disallows everything.
    let other = FetcherBuilder::new()
        .allow_loopback(true)
        .politeness_delay(Duration::ZERO)
        .user_agent("otherbot/2.0 (+https://example.invalid)")
        .build()
        .expect("fetcher");
    assert_eq!(other.robots_token(), "otherbot");
    let mut items = feed_items("feed.xml", &[server.url("/a/2")]);
    let report = run(&mut items, &other, &FullTextPolicy::all());
    assert!(report.added.is_empty() && report.errors.len() == 1);
}

#[test]
fn robots_txt_is_read_once_per_origin_for_many_pages() {
    let one = server(robots_txt("User-agent: *\nDisallow: /private/\n"));
    let two = server(Reply::status(404));
    let mut urls: Vec<String> = (0..12).map(|i| one.url(&format!("/a/{i}"))).collect();
    urls.extend((0..6).map(|i| two.url(&format!("/a/{i}"))));
    urls.push(one.url("/private/x"));
    let fetcher = fetcher();
    let mut first = feed_items("feed.xml", &urls);
    let report = run(&mut first, &fetcher, &FullTextPolicy::all());
    assert_eq!(report.added.len(), 18);
    assert_eq!(report.errors.len(), 1);

    // A second pass (another source of the same run) with the same fetcher asks no more.
    let mut second = feed_items("other.xml", &[one.url("/a/100"), two.url("/a/100")]);
    let report = run(&mut second, &fetcher, &FullTextPolicy::all());
    assert_eq!(report.added.len(), 2);
    assert_eq!(
        requests_for(&one, "/robots.txt"),
        1,
        "one robots.txt request per origin"
    );
    assert_eq!(
        requests_for(&two, "/robots.txt"),
        1,
        "one robots.txt request per origin"
    );
    assert_eq!(requests_for(&one, "/a/100"), 1);
}

#[test]
fn a_missing_robots_txt_allows_everything() {
    for status in [404, 403, 410] {
        let server = server(Reply::status(status));
        let mut items = feed_items("feed.xml", &[server.url("/private/1")]);
        let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
        assert_eq!(report.added, vec![items[0].id], "robots.txt {status}");
        assert_eq!(requests_for(&server, "/private/1"), 1);
    }
}

#[test]
fn an_unreachable_robots_txt_disallows_the_whole_site() {
    for reply in [Reply::status(500), Reply::status(503), Reply::status(429)] {
        let server = server(reply);
        let mut items = feed_items("feed.xml", &[server.url("/a/1"), server.url("/a/2")]);
        let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
        assert!(report.added.is_empty());
        assert_eq!(report.errors.len(), 2);
        assert!(report.errors.iter().all(|(_, e)| matches!(
            e,
            Error::RobotsDisallowed {
                source: RobotsRefusal::Unreachable { .. },
                ..
            }
        )));
        assert_eq!(
            requests_for(&server, "/a/1") + requests_for(&server, "/a/2"),
            0
        );
        assert_eq!(requests_for(&server, "/robots.txt"), 1);
    }

    // A host that refuses connections: nothing listens on a port we just closed.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let mut items = feed_items("feed.xml", &[format!("http://127.0.0.1:{closed}/a/1")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
    assert!(matches!(
        report.errors.as_slice(),
        [(
            _,
            Error::RobotsDisallowed {
                source: RobotsRefusal::Unreachable { .. },
                ..
            }
        )]
    ));
}

#[test]
fn robots_txt_redirects_are_followed_and_its_size_is_capped() {
    let moved = Server::start(|req| match req.path.as_str() {
        "/robots.txt" => Reply::redirect(301, "/real-robots.txt"),
        "/real-robots.txt" => robots_txt("User-agent: *\nDisallow: /private/\n"),
        _ => Reply::ok(ARTICLE).header("Content-Type", "text/html"),
    });
    let mut items = feed_items("feed.xml", &[moved.url("/private/1"), moved.url("/a/1")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
    assert_eq!(report.added, vec![items[1].id]);
    assert_eq!(requests_for(&moved, "/private/1"), 0);

    // Past the cap robots.txt cannot be read, so the site is off limits.
    let huge = format!(
        "User-agent: *\n{}",
        "Allow: /a/\n".repeat(gleaner::ingest::ROBOTS_MAX_BYTES as usize / 10)
    );
    let capped = server(robots_txt(&huge));
    let mut items = feed_items("feed.xml", &[capped.url("/a/1")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());
    assert!(matches!(
        report.errors.as_slice(),
        [(
            _,
            Error::RobotsDisallowed {
                source: RobotsRefusal::Unreachable { .. },
                ..
            }
        )]
    ));
    assert_eq!(requests_for(&capped, "/a/1"), 0);
}

#[test]
fn a_source_that_ignores_robots_is_fetched_despite_disallow() {
    let server = server(robots_txt("User-agent: *\nDisallow: /\n"));
    let urls = [server.url("/private/1")];
    let policy = FullTextPolicy::all().ignore_robots_for("our-site.xml");

    let mut ours = feed_items("our-site.xml", &urls);
    let report = run(&mut ours, &fetcher(), &policy);
    assert_eq!(report.added, vec![ours[0].id]);
    assert_eq!(requests_for(&server, "/private/1"), 1);
    assert_eq!(requests_for(&server, "/robots.txt"), 0, "not even asked");

    // The same page linked from another source is still refused.
    let mut theirs = feed_items("press.xml", &urls);
    let report = run(&mut theirs, &fetcher(), &policy);
    assert!(matches!(
        report.errors.as_slice(),
        [(_, Error::RobotsDisallowed { .. })]
    ));
    assert_eq!(requests_for(&server, "/private/1"), 1);
}

#[test]
fn feeds_the_user_subscribed_to_are_not_checked() {
    let feed = "<rss version=\"2.0\"><channel><item><title>t</title><link>http://x.invalid/1</link></item></channel></rss>";
    let server = Server::start(move |req| match req.path.as_str() {
        "/robots.txt" => robots_txt("User-agent: *\nDisallow: /\n"),
        "/feed.xml" => Reply::ok(feed).header("Content-Type", "application/rss+xml"),
        _ => Reply::status(404),
    });
    let reader = FeedReader::new(fetcher(), ParseOptions::default());
    let read = reader.read(&Source::url(server.url("/feed.xml")));
    assert_eq!(read.len(), 1);
    let feed = read[0].feed().expect("the feed is read");
    assert_eq!(feed.items.len(), 1);
    assert_eq!(requests_for(&server, "/robots.txt"), 0);
}

/// The fetcher follows redirects itself, so a page that moved to another origin is checked
/// against that origin's robots.txt once it arrives: refused, its text is not used.
#[test]
fn a_page_redirected_to_a_disallowed_origin_is_not_used() {
    let elsewhere = server(robots_txt("User-agent: *\nDisallow: /private/\n"));
    let target = elsewhere.url("/private/1");
    let allowed_target = elsewhere.url("/a/1");
    let origin = Server::start(move |req| match req.path.as_str() {
        "/moved" => Reply::redirect(302, &target),
        "/moved-ok" => Reply::redirect(302, &allowed_target),
        _ => Reply::status(404),
    });
    let mut items = feed_items("feed.xml", &[origin.url("/moved"), origin.url("/moved-ok")]);
    let report = run(&mut items, &fetcher(), &FullTextPolicy::all());

    assert!(
        matches!(report.errors.as_slice(),
            [(id, Error::RobotsDisallowed { url, source: RobotsRefusal::Disallowed { .. } })]
                if *id == items[0].id && *url == elsewhere.url("/private/1")),
        "{:?}",
        report.errors
    );
    assert_eq!(items[0].content_text.as_deref(), Some("short"));
    assert_eq!(report.added, vec![items[1].id]);
    assert_eq!(requests_for(&origin, "/robots.txt"), 1);
    assert_eq!(requests_for(&elsewhere, "/robots.txt"), 1);
}
