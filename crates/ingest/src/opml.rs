//! OPML 1.0/2.0 subscription lists: import (nested outlines become categories) and export.

use gleaner_core::Source;
use quick_xml::events::Event;
use quick_xml::Reader;

use crate::{Error, Result};
use gleaner_text::decode;

/// Folder names kept as categories per subscription.
const MAX_FOLDERS: usize = 16;

/// Reads the feed subscriptions of an OPML document.
///
/// Every outline with an `xmlUrl` becomes a [`Source`] whose title is the outline's `title`
/// (or `text`), whose categories are the titles of the enclosing outlines (outermost first)
/// followed by the outline's own comma-separated `category` attribute, and whose `site_url`
/// is `htmlUrl`. Outlines without `xmlUrl` are folders. Duplicated feed URLs are kept once.
/// Any encoding [`crate::decode`] knows; entities and broken nesting are tolerated. `location`
/// names the document in errors.
///
/// ```
/// let opml = r#"<opml version="2.0"><body><outline text="뉴스"><outline text="Tech" xmlUrl="https://a.example/rss" category="it,korea"/></outline></body></opml>"#;
/// let sources = gleaner_ingest::read_opml(opml.as_bytes(), "subs.opml")?;
/// assert_eq!(sources[0].location, "https://a.example/rss");
/// assert_eq!(sources[0].categories, vec!["뉴스", "it", "korea"]);
/// # Ok::<(), gleaner_ingest::Error>(())
/// ```
pub fn read_opml(bytes: &[u8], location: &str) -> Result<Vec<Source>> {
    let decoded = decode(bytes, None);
    let repaired = crate::repair::repair(&decoded.text, 256, location)?;
    let mut reader = Reader::from_str(&repaired.text);
    {
        let config = reader.config_mut();
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
    }
    let mut folders: Vec<Option<String>> = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut saw_opml = false;
    let mut errors = 0;
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                if e.local_name().as_ref().eq_ignore_ascii_case("outline") {
                    folders.pop();
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Ok(_) => continue,
            Err(_) => {
                errors += 1;
                if errors > 100 {
                    break;
                }
                continue;
            }
        };
        let name = e.local_name().as_ref().to_ascii_lowercase();
        if name == "opml" {
            saw_opml = true;
        }
        if name != "outline" {
            continue;
        }
        let mut attr = std::collections::HashMap::new();
        for a in e.attributes().with_checks(false).flatten() {
            let key = a.key.local_name().as_ref().to_ascii_lowercase();
            let value = html_escape::decode_html_entities(&a.value)
                .trim()
                .to_string();
            attr.insert(key, value);
        }
        let title = attr
            .get("title")
            .or_else(|| attr.get("text"))
            .filter(|t| !t.is_empty())
            .cloned();
        if let Some(url) = attr.get("xmlurl").filter(|u| !u.is_empty()) {
            let mut source = Source::guess(url.clone());
            source.title = title.clone();
            source.site_url = attr.get("htmlurl").filter(|u| !u.is_empty()).cloned();
            // Outermost folders first; a hostile nesting cannot multiply memory by its depth.
            source.categories = folders
                .iter()
                .flatten()
                .take(MAX_FOLDERS)
                .cloned()
                .collect();
            if let Some(cats) = attr.get("category") {
                for c in cats
                    .split(',')
                    .map(|c| c.trim().trim_start_matches('/'))
                    .filter(|c| !c.is_empty())
                    .take(64)
                {
                    if !source.categories.iter().any(|x| x == c) {
                        source.categories.push(c.to_string());
                    }
                }
            }
            if seen.insert(source.location.clone()) {
                sources.push(source);
            }
        }
        if !empty {
            folders.push(if attr.contains_key("xmlurl") {
                None
            } else {
                title
            });
        }
    }
    if !saw_opml && sources.is_empty() {
        return Err(Error::Opml {
            location: location.to_string(),
            reason: "no <opml> element and no outline with xmlUrl".into(),
        });
    }
    Ok(sources)
}

/// Writes sources as an OPML 2.0 document, grouping them into folders by their first category.
/// [`read_opml`] reads the result back to the same locations, titles and first categories.
pub fn write_opml(title: &str, sources: &[Source]) -> String {
    fn esc(s: &str) -> String {
        html_escape::encode_double_quoted_attribute(s).replace('\n', "&#10;")
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n",
    );
    out.push_str(&format!(
        "    <title>{}</title>\n  </head>\n  <body>\n",
        html_escape::encode_text(title)
    ));
    let mut groups: Vec<(Option<&str>, Vec<&Source>)> = Vec::new();
    for s in sources {
        let key = s.categories.first().map(String::as_str);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(s),
            None => groups.push((key, vec![s])),
        }
    }
    for (folder, members) in groups {
        let indent = if folder.is_some() { "      " } else { "    " };
        if let Some(folder) = folder {
            out.push_str(&format!(
                "    <outline text=\"{0}\" title=\"{0}\">\n",
                esc(folder)
            ));
        }
        for s in members {
            let title = s.title.as_deref().unwrap_or(&s.location);
            out.push_str(&format!(
                "{indent}<outline type=\"rss\" text=\"{0}\" title=\"{0}\" xmlUrl=\"{1}\"",
                esc(title),
                esc(&s.location)
            ));
            if let Some(site) = &s.site_url {
                out.push_str(&format!(" htmlUrl=\"{}\"", esc(site)));
            }
            if s.categories.len() > 1 {
                out.push_str(&format!(
                    " category=\"{}\"",
                    esc(&s.categories[1..].join(","))
                ));
            }
            out.push_str("/>\n");
        }
        if folder.is_some() {
            out.push_str("    </outline>\n");
        }
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_outlines_become_categories_and_round_trip() {
        let doc = r#"<?xml version="1.0" encoding="EUC-KR"?><opml version="1.0"><head><title>구독</title></head><body>
            <outline text="언론"><outline text="경제"><outline text="한경 &amp; 매경" type="rss" xmlUrl="https://a.example/rss?x=1&amp;y=2" htmlUrl="https://a.example/"/></outline></outline>
            <outline title="Blog" xmlUrl="https://b.example/atom"/><outline title="Dup" xmlUrl="https://b.example/atom"/></body></opml>"#;
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(doc);
        let sources = read_opml(&bytes, "subs.opml").unwrap();
        assert_eq!(sources.len(), 2);
        assert_eq!(sources[0].location, "https://a.example/rss?x=1&y=2");
        assert_eq!(sources[0].title.as_deref(), Some("한경 & 매경"));
        assert_eq!(sources[0].categories, vec!["언론", "경제"]);
        assert_eq!(sources[1].categories, Vec::<String>::new());
        let again = read_opml(write_opml("구독", &sources).as_bytes(), "out.opml").unwrap();
        assert_eq!(
            again
                .iter()
                .map(|s| (&s.location, &s.title, s.categories.first()))
                .collect::<Vec<_>>(),
            sources
                .iter()
                .map(|s| (&s.location, &s.title, s.categories.first()))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn non_opml_is_an_error() {
        assert!(matches!(read_opml(b"<rss/>", "x"), Err(Error::Opml { .. })));
        assert!(read_opml(b"<opml><body/></opml>", "x").unwrap().is_empty());
    }
}
