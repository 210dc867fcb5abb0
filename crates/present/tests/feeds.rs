//! Curated feeds parse back with feed-rs (the parser gleaner reads feeds with) with every
//! field intact, and are well-formed XML.
mod support;

use feed_rs::model::{Feed, FeedType};
use gleaner_present::{feeds, Entry};
use quick_xml::events::Event;
use support::*;

fn well_formed(xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "unclosed elements");
}

fn check_entries(feed: &Feed, entries: &[Entry], atom_or_json: bool) {
    assert_eq!(feed.entries.len(), entries.len());
    for (got, want) in feed.entries.iter().zip(entries) {
        assert_eq!(got.id, feeds::item_id(want));
        assert_eq!(got.title.as_ref().unwrap().content, want.title);
        let link = got.links.first().map(|l| l.href.as_str());
        assert_eq!(link, want.url.as_deref(), "{got:?}");
        assert_eq!(got.published, want.published);
        let authors: Vec<&str> = got
            .authors
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(
            authors,
            want.authors.iter().map(String::as_str).collect::<Vec<_>>()
        );
        let categories: Vec<&str> = got.categories.iter().map(|c| c.term.as_str()).collect();
        assert_eq!(
            categories,
            want.categories
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        );
        // The content: the commentary (sanitized), the excerpt, the credit with the link.
        let body = match &got.content {
            Some(content) => content.body.clone().unwrap(),
            None => got.summary.as_ref().unwrap().content.clone(),
        };
        let excerpt_start: String = want.excerpt.chars().take(20).collect();
        assert!(
            body.contains(&excerpt_start.replace('&', "&amp;")),
            "{body}"
        );
        if let Some(url) = &want.url {
            assert!(
                body.contains(&format!("href=\"{}\"", url.replace('&', "&amp;"))),
                "{body}"
            );
        }
        assert!(body.contains(&want.source), "credit: {body}");
        if want.commentary.is_some() {
            assert!(body.contains("<blockquote><p>"), "{body}");
            assert!(body.contains("<em>커버리지</em>"), "{body}");
        }
        if atom_or_json {
            let summary = got.summary.as_ref().map(|s| s.content.as_str());
            assert_eq!(summary, Some(want.excerpt.as_str()));
        }
    }
}

#[test]
fn rss_parses_back_with_every_field() {
    let entries = plain_entries();
    let xml = feeds::rss(&channel(), &entries).unwrap();
    well_formed(&xml);
    let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
    assert_eq!(feed.feed_type, FeedType::RSS2);
    assert_eq!(
        feed.title.as_ref().unwrap().content,
        "Nuri Telecom — curated"
    );
    assert_eq!(
        feed.description.as_ref().unwrap().content,
        "What the Nuri Telecom team read this week"
    );
    assert_eq!(feed.links[0].href, "https://nuri.example/");
    assert_eq!(feed.language.as_deref(), Some("ko"));
    assert_eq!(feed.updated, Some(at(29, 12)));
    assert_eq!(feed.generator.as_ref().unwrap().content, "gleaner");
    check_entries(&feed, &entries, false);
    // The source is credited with <source url>.
    assert!(
        xml.contains(r#"<source url="https://news.example.kr/">한빛IT</source>"#),
        "{xml}"
    );
}

#[test]
fn atom_parses_back_with_every_field() {
    let entries = plain_entries();
    let xml = feeds::atom(&channel(), &entries).unwrap();
    well_formed(&xml);
    let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
    assert_eq!(feed.feed_type, FeedType::Atom);
    assert_eq!(feed.id, "https://nuri.example/curated.xml");
    assert_eq!(
        feed.title.as_ref().unwrap().content,
        "Nuri Telecom — curated"
    );
    assert_eq!(feed.updated, Some(at(29, 12)));
    assert_eq!(
        feed.authors[0].name.as_deref(),
        Some("Nuri Telecom communications")
    );
    assert_eq!(feed.language.as_deref(), Some("ko"));
    let rels: Vec<(&str, Option<&str>)> = feed
        .links
        .iter()
        .map(|l| (l.href.as_str(), l.rel.as_deref()))
        .collect();
    assert!(
        rels.contains(&("https://nuri.example/", Some("alternate"))),
        "{rels:?}"
    );
    assert!(
        rels.contains(&("https://nuri.example/curated.xml", Some("self"))),
        "{rels:?}"
    );
    check_entries(&feed, &entries, true);
    // The source, as a "via" link.
    let via = &feed.entries[0].links[1];
    assert_eq!(
        (via.href.as_str(), via.rel.as_deref()),
        ("https://news.example.kr/", Some("via"))
    );
    assert_eq!(feed.entries[1].updated, Some(at(27, 15)));
}

#[test]
fn json_feed_parses_back_with_every_field() {
    let entries = plain_entries();
    let json = feeds::json_feed(&channel(), &entries).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(value["feed_url"], "https://nuri.example/curated.xml");
    assert_eq!(
        value["items"][0]["image"],
        "https://news.example.kr/img/5g.jpg"
    );
    assert_eq!(value["items"][0]["language"], "ko");
    assert_eq!(
        value["items"][0]["external_url"],
        "https://news.example.kr/"
    );
    let feed = feed_rs::parser::parse(json.as_bytes()).unwrap();
    assert_eq!(feed.feed_type, FeedType::JSON);
    assert_eq!(
        feed.title.as_ref().unwrap().content,
        "Nuri Telecom — curated"
    );
    assert_eq!(feed.links[0].href, "https://nuri.example/");
    check_entries(&feed, &entries, true);
}

#[test]
fn control_characters_from_feeds_or_curators_do_not_break_the_xml() {
    let mut entries = plain_entries();
    let garbage = "\u{0}\u{1b}[31m\u{7}\u{fffe}\u{ffff}\u{202e}";
    entries[0].title.push_str(garbage);
    entries[0].commentary = Some(format!("<p>ok{garbage}</p>"));
    entries[0].authors.push(garbage.to_owned());
    entries[0].notes.push(garbage.to_owned());
    for xml in [
        feeds::rss(&channel(), &entries).unwrap(),
        feeds::atom(&channel(), &entries).unwrap(),
    ] {
        well_formed(&xml);
        let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
        let title = &feed.entries[0].title.as_ref().unwrap().content;
        assert!(title.ends_with("[31m"), "{title:?}");
        assert!(
            !title.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{title:?}"
        );
    }
}

#[test]
fn an_undated_entry_keeps_its_atom_time_from_run_to_run() {
    let mut entries = plain_entries();
    entries[1].published = None;
    let mut later = channel();
    later.updated = at(30, 8);
    let (a, b) = (
        feeds::atom(&channel(), &entries).unwrap(),
        feeds::atom(&later, &entries).unwrap(),
    );
    let updated = |xml: &str| {
        let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
        feed.entries[1].updated
    };
    assert_eq!(updated(&a), Some(at(29, 10)), "the channel's as_of");
    assert_eq!(updated(&a), updated(&b));
}

#[test]
fn the_same_selection_gives_the_same_bytes() {
    let entries = plain_entries();
    for write in [feeds::rss, feeds::atom, feeds::json_feed] {
        assert_eq!(
            write(&channel(), &entries).unwrap(),
            write(&channel(), &entries).unwrap()
        );
    }
}
