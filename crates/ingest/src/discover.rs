//! Feed autodiscovery: the feeds an HTML page advertises.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::entry::resolve;
use crate::html::for_each_start_tag;

/// Feeds reported per page: real pages advertise a few; the cap bounds hostile ones.
const MAX_FEEDS: usize = 64;

/// A feed advertised by a page's `<link rel="alternate">`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscoveredFeed {
    /// The feed's URL, absolute when the page's URL (or `<base href>`) was known.
    pub url: String,
    /// The advertised MIME type (`application/rss+xml`, `application/atom+xml`,
    /// `application/feed+json`, …).
    pub mime: String,
    /// The link's `title`, when it has one.
    pub title: Option<String>,
}

/// Finds the feeds `html` advertises with `<link rel="alternate" type="…">` for RSS, Atom,
/// RDF or JSON Feed, in page order and without duplicates. Relative URLs resolve against
/// `<base href>` or `page_url`; only absolute `http`/`https` URLs are returned (a relative
/// link on a page whose URL is unknown is dropped). Linear in the page size; never fails.
///
/// ```
/// use gleaner_ingest::discover_feeds;
/// let page = r#"<head><link rel="alternate" type="application/rss+xml" title="뉴스" href="/rss.xml"></head>"#;
/// let base = url::Url::parse("https://news.example.kr/section/").unwrap();
/// let feeds = discover_feeds(page, Some(&base));
/// assert_eq!(feeds[0].url, "https://news.example.kr/rss.xml");
/// assert_eq!(feeds[0].title.as_deref(), Some("뉴스"));
/// ```
pub fn discover_feeds(html: &str, page_url: Option<&Url>) -> Vec<DiscoveredFeed> {
    let mut base = page_url.cloned();
    let mut found: Vec<DiscoveredFeed> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for_each_start_tag(html, |tag| {
        match tag.name.as_str() {
            "base" => {
                if let Some(href) = tag.attr("href") {
                    if let Some(url) = resolve(base.as_ref(), &href) {
                        base = Some(url);
                    }
                }
            }
            "link" => {
                let rel = tag.attr("rel").unwrap_or_default().to_ascii_lowercase();
                let mime = tag
                    .attr("type")
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                let is_feed_type = matches!(
                    mime.as_str(),
                    "application/rss+xml"
                        | "application/atom+xml"
                        | "application/rdf+xml"
                        | "application/feed+json"
                        | "application/json"
                        | "text/xml"
                        | "application/xml"
                );
                let alternate =
                    rel.split_whitespace().any(|r| r == "alternate") && !rel.contains("stylesheet");
                if alternate
                    && is_feed_type
                    && (mime != "application/json" || tag.attr("title").is_some())
                {
                    if let Some(href) = tag.attr("href").filter(|h| !h.trim().is_empty()) {
                        // Only web feeds: a page must not be able to point a reader at a
                        // local file (`file:///…`) or another scheme.
                        let Some(url) = resolve(base.as_ref(), &href)
                            .filter(|u| matches!(u.scheme(), "http" | "https"))
                            .map(|u| u.to_string())
                        else {
                            return true;
                        };
                        if found.len() < MAX_FEEDS && seen.insert(url.clone()) {
                            found.push(DiscoveredFeed {
                                url,
                                mime,
                                title: tag.attr("title").map(|t| t.trim().to_string()),
                            });
                        }
                    }
                }
            }
            "body" => return false,
            _ => {}
        }
        true
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_rss_atom_and_json_and_ignores_the_rest() {
        let page = r#"<html><head><base href="https://a.example/blog/">
            <link rel="stylesheet" href="s.css"><link rel="alternate" type="application/atom+xml" href="atom.xml">
            <link rel="alternate" hreflang="en" type="text/html" href="/en/"><link REL="Alternate" TYPE="application/feed+json" href="https://a.example/feed.json">
            <link rel="alternate" type="application/rss+xml" href="atom.xml"><!-- <link rel="alternate" type="application/rss+xml" href="commented.xml"> -->
            </head><body><link rel="alternate" type="application/rss+xml" href="body.xml"></body></html>"#;
        let urls: Vec<String> = discover_feeds(page, None)
            .into_iter()
            .map(|f| f.url)
            .collect();
        assert_eq!(
            urls,
            vec![
                "https://a.example/blog/atom.xml",
                "https://a.example/feed.json"
            ]
        );
    }

    #[test]
    fn only_web_feeds_are_returned() {
        let page = r#"<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd"><link rel="alternate" type="application/rss+xml" href="/relative.xml">"#;
        assert!(
            discover_feeds(page, None).is_empty(),
            "no local files, no unresolvable links"
        );
        let base = Url::parse("https://s.example/a/").expect("url");
        assert_eq!(discover_feeds(page, Some(&base)).len(), 1);
    }
}
