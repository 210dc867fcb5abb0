//! Ids that hold across reads, and fields that cannot carry terminal escapes or script links
//! (issue 8: ids that changed between runs; control characters and unsafe URLs from feeds).

use gleaner_core::{ItemId, Source};
use gleaner_ingest::{parse_feed, ParseOptions, ParsedFeed};

mod support;

fn parse(text: &str, source: &Source) -> ParsedFeed {
    parse_feed(text.as_bytes(), source, &ParseOptions::default()).expect("a feed")
}

fn ids(feed: &ParsedFeed) -> Vec<ItemId> {
    feed.items.iter().map(|i| i.id).collect()
}

const JSON_WITHOUT_IDS: &str = r#"{"version":"https://jsonfeed.org/version/1.1","title":"t",
 "items":[{"url":"https://e.example/a?utm_source=json","title":"A"},
          {"title":"B","date_published":"2026-11-29T10:00:00Z","content_text":"b"},
          {"content_text":"only text"},
          {"content_text":"other text"}]}"#;

#[test]
fn json_feed_items_without_id_keep_their_ids_across_reads() {
    let source = Source::file("feed.json");
    let first = parse(JSON_WITHOUT_IDS, &source);
    let second = parse(JSON_WITHOUT_IDS, &source);
    assert_eq!(ids(&first), ids(&second));
    assert!(
        first.items.iter().all(|i| i.guid.is_none()),
        "no invented guid"
    );
    let mut distinct = ids(&first);
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "each item its own id");
}

#[test]
fn every_format_without_ids_gives_stable_distinct_ids() {
    let source = Source::url("https://feeds.example/x");
    let feeds = [
        "<rss version=\"2.0\"><channel><item><title>A</title></item><item><title>B</title></item>\
         <item><description>only text</description></item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title><updated>2026-11-29T10:00:00Z</updated></entry>\
         <entry><title>B</title></entry></feed>",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">\
         <item><title>A</title></item><item><title>B</title></item></rdf:RDF>",
    ];
    for feed in feeds {
        let a = ids(&parse(feed, &source));
        assert_eq!(a, ids(&parse(feed, &source)), "{feed}");
        let mut distinct = a.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), a.len(), "{feed}");
    }
}

#[test]
fn shared_corpus_json_feed_ids_are_stable() {
    let Some(path) =
        support::corpus::shared_data("feeds/gofeed/testdata/translator/json/json10_simple.json")
    else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let source = Source::file(path.display().to_string());
    let read = || parse_feed(&bytes, &source, &ParseOptions::default()).unwrap();
    assert!(!read().items.is_empty());
    assert_eq!(ids(&read()), ids(&read()));
}

#[test]
fn ids_are_the_rule_applied_to_the_item() {
    let source = Source::url("https://feeds.example/x");
    let feed = parse(JSON_WITHOUT_IDS, &source);
    for item in &feed.items {
        assert_eq!(item.id, ItemId::for_item(item));
    }
}

#[test]
fn control_characters_and_bidi_overrides_never_reach_plain_text() {
    let rss = "<rss version=\"2.0\"><channel><title>Feed&#x1b;]0;pwned&#x7;</title><item>\
        <title>&#x1b;[2J&#x1b;[31mBreaking &#x202e;txt.exe&#x9b;</title>\
        <description>line&#13;over&#x1b;[1A</description>\
        <author>&#x1b;[8mKim</author><category>&#x2066;tag&#x2069;</category>\
        <link>https://e.example/a</link></item></channel></rss>";
    let json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\",\
        \"title\":\"\\u001b[2JTitle\\u0085\",\"content_text\":\"a\\u202eb\"}]}";
    for text in [rss, json] {
        let feed = parse(text, &Source::file("hostile.xml"));
        let item = &feed.items[0];
        let fields = [
            item.title.clone(),
            item.summary.clone(),
            item.content_text.clone(),
            feed.meta.title.clone(),
            item.authors.first().cloned(),
            item.categories.first().cloned(),
        ];
        for field in fields.into_iter().flatten() {
            assert!(
                !field
                    .chars()
                    .any(|c| c == '\r' || gleaner_core::is_unsafe_char(c)),
                "{field:?}"
            );
        }
        assert!(feed.report.repairs.control_chars > 0);
        assert!(feed.report.was_repaired());
    }
}

#[test]
fn only_web_links_are_kept() {
    let rss =
        "<rss version=\"2.0\"><channel><item><title>a</title><link>javascript:alert(1)</link>\
        <enclosure url=\"data:image/png;base64,AAAA\" type=\"image/png\"/></item>\
        <item><title>b</title><link> JaVaScRiPt:alert(1)</link></item>\
        <item><title>c</title><link>vbscript:x</link><guid>c</guid></item>\
        <item><title>d</title><link>https://e.example/d</link>\
        <enclosure url=\"https://e.example/d.png\" type=\"image/png\"/></item></channel></rss>";
    let feed = parse(rss, &Source::url("https://e.example/feed"));
    let urls: Vec<Option<&str>> = feed.items.iter().map(|i| i.url.as_deref()).collect();
    assert_eq!(urls, vec![None, None, None, Some("https://e.example/d")]);
    assert!(feed.items[0].media.is_empty());
    assert_eq!(feed.items[3].media.len(), 1);
    assert_eq!(feed.report.repairs.unsafe_urls, 4);
    // The three items without a usable link are still three items.
    let mut distinct = ids(&feed);
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4);
}

#[test]
fn entries_that_hold_only_media_are_distinct_items() {
    let rss = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title>\
        <item><enclosure url=\"https://ex.example/1.mp3\" type=\"audio/mpeg\"/></item>\
        <item><enclosure url=\"https://ex.example/2.mp3\" type=\"audio/mpeg\"/></item>\
        <item><title>Ep</title><enclosure url=\"https://ex.example/3.mp3\" type=\"audio/mpeg\"/></item>\
        <item><title>Ep</title><enclosure url=\"https://ex.example/4.mp3\" type=\"audio/mpeg\"/></item>\
        <item><media:content url=\"https://ex.example/5.jpg\" medium=\"image\"/></item>\
        <item><media:thumbnail url=\"https://ex.example/6.jpg\"/></item></channel></rss>";
    let source = Source::file("podcast.xml");
    let feed = parse(rss, &source);
    let mut distinct = ids(&feed);
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 6);
    assert_eq!(ids(&feed), ids(&parse(rss, &source)));
}

#[test]
fn json_feed_attachments_are_media_and_tell_items_apart() {
    let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
        {"content_text":"ep","attachments":[{"url":"https://e.example/1.mp3","mime_type":"audio/mpeg"}]},
        {"content_text":"ep","attachments":[{"url":"https://e.example/1.mp3","mime_type":"audio/mpeg"},
                                            {"url":"https://e.example/2.mp3","mime_type":"audio/mpeg"}]},
        {"content_text":"ep","attachments":[{"url":"https://e.example/3.mp3"}]}]}"#;
    let feed = parse(json, &Source::file("podcast.json"));
    assert_eq!(feed.items.len(), 3);
    assert!(
        feed.items.iter().all(|i| i.url.is_none()),
        "an attachment is not the link"
    );
    assert_eq!(feed.items[1].media.len(), 2);
    let mut distinct = ids(&feed);
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3);
}

#[test]
fn media_types_hold_no_control_characters() {
    let rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>a</title>\
        <enclosure url=\"https://ex.example/x.mp3\" type=\"audio/mpeg&#x9b;31m&#x202e;\"/></item></channel></rss>";
    let feed = parse(rss, &Source::file("a.xml"));
    assert_eq!(
        feed.items[0].media[0].mime.as_deref(),
        Some("audio/mpeg31m")
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any character, written as a numeric character reference so that even those XML
    /// forbids in raw form reach the reader.
    fn as_char_refs(s: &str) -> String {
        s.chars().map(|c| format!("&#x{:x};", c as u32)).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Whatever characters a feed's fields hold, in RSS or JSON Feed, plain text comes
        /// out without controls or bidi overrides, links are web links, and ids are the same
        /// on every read and differ between sources.
        #[test]
        fn fields_are_clean_and_ids_stable(
            title in "(\\PC|[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]){0,40}",
            link in "(\\PC|[\\x00-\\x1f]){0,40}",
            guid in proptest::option::of("[a-z0-9\\x00-\\x1f]{0,8}"),
        ) {
            let guid_xml = guid.as_deref().map(|g| format!("<guid>{}</guid>", as_char_refs(g))).unwrap_or_default();
            let rss = format!(
                "<rss version=\"2.0\"><channel><item><title>{}</title><link>{}</link>{guid_xml}\
                 <description>{}</description></item></channel></rss>",
                as_char_refs(&title), as_char_refs(&link), as_char_refs(&title),
            );
            let json = serde_json::json!({
                "version": "https://jsonfeed.org/version/1.1", "title": title,
                "items": [{"id": guid, "title": title, "url": link, "content_text": title}],
            }).to_string();
            for text in [rss, json] {
                let a = Source::file("a.xml");
                let b = Source::url("https://feeds.example/b");
                let Ok(feed) = parse_feed(text.as_bytes(), &a, &ParseOptions::default()) else {
                    continue;
                };
                for item in &feed.items {
                    for field in [&item.title, &item.summary, &item.content_text, &item.guid].into_iter().flatten() {
                        prop_assert!(!field.chars().any(|c| c == '\r' || gleaner_core::is_unsafe_char(c)), "{:?}", field);
                    }
                    if let Some(url) = &item.url {
                        let scheme = url::Url::parse(url).unwrap().scheme().to_owned();
                        prop_assert!(matches!(scheme.as_str(), "http" | "https" | "file"), "{}", url);
                    }
                }
                let again = parse_feed(text.as_bytes(), &a, &ParseOptions::default()).unwrap();
                prop_assert_eq!(ids(&feed), ids(&again));
                let other = parse_feed(text.as_bytes(), &b, &ParseOptions::default()).unwrap();
                for id in ids(&other) {
                    prop_assert!(!ids(&feed).contains(&id));
                }
            }
        }
    }
}
