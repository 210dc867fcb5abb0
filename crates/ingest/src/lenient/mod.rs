//! The lenient feed reader: every RSS, RDF, Atom (0.3 and 1.0) and CDF dialect, and broken
//! documents a strict parser rejects.
//!
//! A streaming pass over quick-xml events with end-name checks off, so mismatched or missing
//! end tags, unbound prefixes and truncated documents still yield every entry that was
//! readable. Elements are matched by local name within a namespace *class* (feed vocabularies,
//! Dublin Core, `content:`, media RSS, other): a feed that binds Atom to an odd prefix or writes
//! RSS in an unknown default namespace is still read, while `itunes:title` is not mistaken for
//! the title. Element names are compared case-insensitively, which is what CDF needs.
//!
//! Memory is linear in the input; nesting was bounded by the repair pass before this runs.
//! `state.rs` is the state machine, `start.rs` what a start tag does to it, `fields.rs` where
//! captured text goes, `vocabulary.rs` the namespaces, fields and text kinds it knows.

mod fields;
mod start;
mod state;
mod vocabulary;

use gleaner_core::FeedMeta;
use quick_xml::events::Event;
use quick_xml::NsReader;

use self::state::State;
use self::vocabulary::classify;
use crate::entry::EntryParts;

/// How many parse errors the reader skips past before giving up on the rest of a document.
const MAX_ERRORS: usize = 1000;

/// What the lenient reader found.
#[derive(Debug, Default)]
pub(crate) struct LenientFeed {
    pub meta: FeedMeta,
    pub entries: Vec<EntryParts>,
    /// Whether any feed root (rss, RDF, feed, channel) was seen.
    pub saw_root: bool,
    /// XML errors skipped (mismatched tags, truncation, …).
    pub errors: usize,
}

/// Reads `text` (already decoded and repaired) leniently.
pub(crate) fn read(text: &str) -> LenientFeed {
    let mut reader = NsReader::from_str(text);
    {
        let config = reader.config_mut();
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.allow_dangling_amp = true;
        config.check_comments = false;
    }
    let mut state = State::default();
    let mut last_pos = u64::MAX;
    loop {
        let pos = reader.buffer_position();
        match reader.read_resolved_event() {
            Ok((resolved, Event::Start(e))) => {
                let ns = classify(&resolved, e.name().prefix().is_some());
                state.start(&e, ns, false);
            }
            Ok((resolved, Event::Empty(e))) => {
                let ns = classify(&resolved, e.name().prefix().is_some());
                state.start(&e, ns, true);
            }
            Ok((_, Event::End(e))) => {
                let local = e.local_name().as_ref().to_ascii_lowercase();
                state.end(&local);
            }
            Ok((_, Event::Text(e))) => {
                if state.capturing() {
                    state.text(&e);
                }
            }
            Ok((_, Event::CData(e))) => {
                if state.capturing() {
                    state.text(&e);
                }
            }
            Ok((_, Event::GeneralRef(e))) => {
                let resolved = match e.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => html_escape::decode_html_entities(&format!("&{};", &*e)).into_owned(),
                };
                state.text(&resolved);
            }
            Ok((_, Event::Eof)) => break,
            Ok(_) => {}
            Err(_) => {
                state.feed.errors += 1;
                if state.feed.errors > MAX_ERRORS
                    || (reader.buffer_position() == pos && pos == last_pos)
                {
                    break;
                }
                last_pos = pos;
            }
        }
    }
    state.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::html_to_line;
    use gleaner_core::MediaKind;

    fn titles(doc: &str) -> Vec<String> {
        read(doc)
            .entries
            .into_iter()
            .map(|e| {
                e.title
                    .map(|t| {
                        if t.html {
                            html_to_line(&t.value)
                        } else {
                            t.value.split_whitespace().collect::<Vec<_>>().join(" ")
                        }
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn atom03_with_modes() {
        let doc = r#"<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title>
            <entry><title mode="escaped" type="text/html">A &lt;b&gt;bold&lt;/b&gt;</title><issued>2004-01-02T03:04:05Z</issued>
            <link rel="alternate" href="http://a/1"/><author><name>Jane</name><email>j@x</email></author></entry>
            <entry><title mode="base64">RXhhbXBsZSBBdG9t</title></entry></feed>"#;
        let f = read(doc);
        assert_eq!(f.meta.format, "atom0.3");
        assert_eq!(titles(doc), vec!["A bold", "Example Atom"]);
        assert_eq!(f.entries[0].authors, vec!["Jane"]);
        assert_eq!(f.entries[0].link.as_deref(), Some("http://a/1"));
        assert!(f.entries[0].published.is_some());
    }

    #[test]
    fn rss_without_version_and_rdf_items_outside_channel() {
        assert_eq!(titles("<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>"), vec!["One", "Two"]);
        let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>C</title></channel><item rdf:about="http://a/1"><title>X</title><dc:creator>Kim</dc:creator><dc:date>2026-11-29</dc:date></item></rdf:RDF>"#;
        let f = read(rdf);
        assert_eq!(f.entries.len(), 1);
        assert_eq!(f.entries[0].authors, vec!["Kim"]);
        assert_eq!(f.meta.title.as_deref(), Some("C"));
    }

    #[test]
    fn an_unclosed_item_ends_where_the_next_begins() {
        let doc = "<rss><channel><item><title>One</title><item><title>Two</title></item><item><title>Three</title></item></channel></rss>";
        assert_eq!(titles(doc), vec!["One", "Two", "Three"]);
    }

    #[test]
    fn nested_xml_base_resolves_against_its_parent() {
        let doc = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/"><entry xml:base="2026/"><link href="p.html"/></entry></feed>"#;
        let f = read(doc);
        assert_eq!(
            f.entries[0].base.as_deref(),
            Some("https://a.example/blog/2026/")
        );
    }

    #[test]
    fn stray_end_tags_cannot_make_events_cost_the_stack() {
        let start = std::time::Instant::now();
        let doc = format!(
            "<rss><channel><item><title>t</title>{}</item></channel></rss>",
            "<a></x>".repeat(200_000)
        );
        assert_eq!(read(&doc).entries.len(), 1);
        let quoted = format!("<rss><channel><a b' c=\"'>{}\">", "<item>".repeat(50_000));
        let _ = read(&quoted);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn plain_text_before_child_markup_stays_text() {
        let doc = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x &lt;script&gt; y <b>z</b></title></entry></feed>"#;
        assert_eq!(titles(doc), vec!["x <script> y z"]);
    }

    #[test]
    fn cdf_items() {
        let cdf = r#"<CHANNEL HREF="http://example.com/"><TITLE>Site</TITLE><ITEM HREF="http://example.com/a" LASTMOD="2026-11-29T10:00"><TITLE>Item A</TITLE><ABSTRACT>About A</ABSTRACT></ITEM></CHANNEL>"#;
        let f = read(cdf);
        assert_eq!(f.meta.format, "cdf");
        assert_eq!(f.entries.len(), 1);
        assert_eq!(f.entries[0].link.as_deref(), Some("http://example.com/a"));
        assert!(f.entries[0].updated.is_some());
    }

    #[test]
    fn mismatched_and_truncated_documents_keep_their_entries() {
        let doc = "<rss><channel><item><title>One</b></title></item><item><title>Two</title><description>cut off";
        assert_eq!(titles(doc), vec!["One", "Two"]);
    }

    #[test]
    fn odd_prefixes_and_foreign_titles() {
        let doc = r#"<x:feed xmlns:x="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><x:entry><itunes:title>No</itunes:title><x:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Yes <b>really</b></div></x:title></x:entry></x:feed>"#;
        assert_eq!(titles(doc), vec!["Yes really"]);
    }

    #[test]
    fn atom_text_defaults_to_plain_but_rss_is_html() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Using &lt;div&gt; elements &amp;amp; more</title></entry>
            <entry><title type="html">Using &lt;div&gt; elements</title></entry><entry><title>Raw <b>markup</b></title></entry></feed>"#;
        assert_eq!(
            titles(atom),
            vec![
                "Using <div> elements &amp; more",
                "Using elements",
                "Raw markup"
            ]
        );
        let rss = "<rss><channel><item><title>Using &lt;b&gt;bold&lt;/b&gt;</title></item></channel></rss>";
        assert_eq!(titles(rss), vec!["Using bold"]);
        let media = r#"<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:title type="plain">a &lt;b&gt; c</media:title></item></channel></rss>"#;
        assert_eq!(titles(media), vec!["a <b> c"]);
    }

    #[test]
    fn media_and_enclosures() {
        let doc = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>V</title>
            <enclosure url="http://a/e.mp3" type="audio/mpeg" length="123"/>
            <media:group><media:content url="http://a/v.mp4" type="video/mp4"/><media:thumbnail url="http://a/t.jpg"/><media:community><media:statistics views="42"/></media:community></media:group>
            </item></channel></rss>"#;
        let f = read(doc);
        let m = &f.entries[0].media;
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].kind, m[0].length), (MediaKind::Audio, Some(123)));
        assert_eq!(
            (m[1].kind, m[1].thumbnail.as_deref(), m[1].views),
            (MediaKind::Video, Some("http://a/t.jpg"), Some(42))
        );
    }
}
