//! Any bytes through the feed parser: it must return, never panic, and keep its promises:
//! single-line titles, no control or bidi-override character in plain text, only web (or,
//! for a local source, file) links, and ids that are the same on every read and never shared
//! between two sources.
#![no_main]

use gleaner_core::{is_unsafe_char, ItemId, Source};
use gleaner_ingest::{parse_feed, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut options = ParseOptions::default();
    options.max_bytes = 1 << 20;
    let local = Source::file("fuzz.xml");
    let Ok(feed) = parse_feed(data, &local, &options) else {
        return;
    };
    for item in &feed.items {
        if let Some(title) = &item.title {
            assert!(!title.contains('\n') && title.trim() == title);
        }
        let texts = [&item.title, &item.summary, &item.content_text, &item.guid];
        for text in texts.into_iter().flatten().chain(&item.authors).chain(&item.categories) {
            assert!(!text.chars().any(|c| c == '\r' || is_unsafe_char(c)), "{text:?}");
        }
        let links = item.url.iter().chain(item.media.iter().map(|m| &m.url));
        for link in links {
            let scheme = url::Url::parse(link).expect("kept links parse").scheme().to_owned();
            assert!(matches!(scheme.as_str(), "http" | "https" | "file"), "{link}");
        }
        assert_eq!(item.id, ItemId::for_item(item));
    }
    let again = parse_feed(data, &local, &options).expect("parsed once, parses again");
    let ids = |f: &gleaner_ingest::ParsedFeed| f.items.iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(ids(&feed), ids(&again));
    let web = Source::url("https://feeds.example/fuzz.xml");
    if let Ok(other) = parse_feed(data, &web, &options) {
        for item in &other.items {
            assert!(!ids(&feed).contains(&item.id), "two sources share an item");
        }
    }
});
