//! Property tests: no input makes the parsers panic, and their outputs keep their promises.

use gleaner_core::Source;
use gleaner_ingest::{
    decode, discover_feeds, html_to_line, html_to_text, parse_date, parse_feed, read_opml,
    ParseOptions,
};
use proptest::prelude::*;

/// Fragments that steer random documents into the interesting corners of the parsers.
fn xmlish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "<rss>",
        "<rss version=\"2.0\">",
        "</rss>",
        "<channel>",
        "</channel>",
        "<item>",
        "</item>",
        "<entry>",
        "</entry>",
        "<feed xmlns=\"http://purl.org/atom/ns#\">",
        "<feed>",
        "</feed>",
        "<title>",
        "</title>",
        "<title type=\"xhtml\">",
        "<link href=\"/a\"/>",
        "<link>",
        "</link>",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>",
        "&a;",
        "&amp;",
        "&nbsp;",
        "&#0;",
        "&#x110000;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "<content mode=\"base64\">",
        "</content>",
        "<x:y xmlns:x=\"u\">",
        "<dc:date>",
        "</dc:date>",
        "한국어",
        "日本",
        "\u{0}",
        "\u{1}",
        "\u{FFFF}",
        "é",
        " ",
        "\n",
        "<CHANNEL HREF=\"x\">",
        "<ITEM>",
        "<rdf:RDF>",
        "<author><name>",
        "</name></author>",
        "<media:content url=\"u\"/>",
    ]);
    prop::collection::vec(
        prop_oneof![atoms.prop_map(String::from), "[a-z<>&;#\"' ]{0,6}"],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn parse_feed_never_panics_on_xmlish_text(doc in xmlish()) {
        let source = Source::file("prop.xml");
        if let Ok(feed) = parse_feed(doc.as_bytes(), &source, &ParseOptions::default()) {
            for item in &feed.items {
                prop_assert!(item.title.as_deref().is_none_or(|t| !t.contains('\n') && t == t.trim()));
            }
        }
    }

    #[test]
    fn parse_feed_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_feed(&bytes, &Source::file("prop.bin"), &ParseOptions::default());
        let _ = read_opml(&bytes, "prop.opml");
        let _ = decode(&bytes, Some("euc-kr"));
    }

    #[test]
    fn text_helpers_never_panic(s in "\\PC{0,200}", t in xmlish()) {
        for input in [&s, &t] {
            let line = html_to_line(input);
            prop_assert!(!line.contains('\n'));
            prop_assert_eq!(line.trim(), line.as_str());
            let _ = html_to_text(input);
            let _ = parse_date(input);
            let _ = discover_feeds(input, None);
        }
    }

    #[test]
    fn dates_that_parse_are_plausible(y in 1970i32..2100, mo in 1u32..13, d in 1u32..29, h in 0u32..24, mi in 0u32..60) {
        let iso = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z");
        let parsed = parse_date(&iso).unwrap();
        prop_assert_eq!(parsed.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), iso);
    }
}
