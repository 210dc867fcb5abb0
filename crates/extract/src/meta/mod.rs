//! Article metadata from the page head and body: JSON-LD, `<meta>` (OpenGraph, Twitter, Dublin
//! Core, Parse.ly, plain names), `<link rel=canonical>`, `<time>`, microdata and visible
//! bylines, including the forms Korean news pages use (`입력 2026.11.29 10:00`, `김민지 기자`).
//!
//! Precedence follows Readability's (JSON-LD, then Dublin Core, then OpenGraph and the rest,
//! then the cleaned `<title>`), so that our metadata can be compared with its expectations.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use scraper::{ElementRef, Html, Selector};

use crate::jsonld::{self, JsonLd};

/// Metadata found in a page.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<DateTime<Utc>>,
    pub modified: Option<DateTime<Utc>>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub tags: Vec<String>,
    pub section: Option<String>,
    pub lang: Option<String>,
    pub jsonld_body: Option<String>,
}

fn selector(s: &str) -> Selector {
    // Only called with the literal selectors below, all valid.
    Selector::parse(s).unwrap_or_else(|_| Selector::parse("*").expect("'*' is a valid selector"))
}

/// A literal selector, compiled once per process rather than on every page.
macro_rules! sel {
    ($s:literal) => {{
        static SELECTOR: std::sync::OnceLock<Selector> = std::sync::OnceLock::new();
        SELECTOR.get_or_init(|| selector($s))
    }};
}

// After the macro, so that they can use it.
mod byline;
mod dates;
mod title;

use self::byline::visible_byline;
use self::dates::{is_korean, korean_date, time_element};
pub(crate) use self::title::document_title;
use self::title::{decode, headline};

/// Reads the metadata of `html`.
pub(crate) fn read(html: &Html) -> Meta {
    let tags = MetaTags::read(html);
    let ld = jsonld::read(&ld_scripts(html));
    // The Korean forms (`입력 …`, `… 기자`) are only looked for on Korean pages.
    let korean = is_korean(html);
    let mut meta = Meta {
        title: title(html, &ld, &tags),
        authors: authors(html, &ld, &tags),
        published: published(html, &ld, &tags, korean),
        modified: modified(html, &ld, &tags, korean),
        canonical_url: canonical_url(html, &ld, &tags),
        site_name: ld.publisher.clone().or_else(|| tags.get(SITE_NAME_KEYS)),
        description: tags.get(DESCRIPTION_KEYS).or(ld.description.clone()),
        image: ld.image.clone().or_else(|| tags.get(IMAGE_KEYS)),
        tags: keywords(&ld, &tags),
        section: ld.section.clone().or_else(|| tags.get(SECTION_KEYS)),
        lang: lang(html, &ld, &tags),
        ..Meta::default()
    };
    // Nothing reads the JSON-LD body yet (an assignment, unlike a struct field, does not count
    // as dead code): kept as it was, for a fallback text to come.
    meta.jsonld_body = ld.body;
    meta
}

/// `<meta>` keys for the title, best first.
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
/// `<meta>` keys for the author, best first (`article:author` is tried after these, and only
/// when it is a name rather than a profile URL).
const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "sailthru:author",
    "byl",
];
/// `<meta>` keys for the publication date, best first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "dcterm:available",
    "dcterm:created",
    "dcterm:issued",
    "parsely-pub-date",
    "datepublished",
    "dc:date",
    "date",
    "pubdate",
    "publishdate",
    "sailthru:date",
    "og:published_time",
    "article:published",
];
/// `<meta>` keys for the modification date, best first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterm:modified",
];
/// `<meta>` keys for the site's name, best first.
const SITE_NAME_KEYS: &[&str] = &["og:site_name", "application-name", "twitter:site"];
/// `<meta>` keys for the description, best first.
const DESCRIPTION_KEYS: &[&str] = &[
    "og:description",
    "description",
    "twitter:description",
    "dc:description",
];
/// `<meta>` keys for the lead image, best first.
const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
    "thumbnailurl",
];
/// `<meta>` keys for comma-separated tags, best first.
const TAG_KEYS: &[&str] = &["news_keywords", "keywords", "article:tag"];
/// `<meta>` keys for the section, best first.
const SECTION_KEYS: &[&str] = &["article:section", "section", "parsely-section"];
/// `<meta>` keys for the language, best first (after `<html lang>` and JSON-LD).
const LANG_KEYS: &[&str] = &["og:locale", "content-language", "language"];

/// A page's `<meta>` values by lowercased key (`DC.title` is `dc:title`). The first of each key
/// wins, except that a `property=` value beats a `name=` one (OpenGraph and RDFa are
/// properties).
#[derive(Debug)]
struct MetaTags {
    values: HashMap<String, String>,
    /// Keys whose value came from a `property=` attribute.
    from_property: HashSet<String>,
}

impl MetaTags {
    /// Every `<meta>` element's content under each of its keys.
    fn read(html: &Html) -> Self {
        let mut tags = MetaTags {
            values: HashMap::new(),
            from_property: HashSet::new(),
        };
        for el in html.select(sel!("meta")) {
            let v = el.value();
            let Some(content) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
                continue;
            };
            for (key, is_property) in [
                (v.attr("property"), true),
                (v.attr("name"), false),
                (v.attr("itemprop"), false),
            ] {
                for k in key.into_iter().flat_map(str::split_whitespace) {
                    tags.insert(meta_key(k), is_property, content);
                }
            }
        }
        tags
    }

    /// Records `content` under `key` unless the key is taken (by a property, if this is one).
    fn insert(&mut self, key: String, is_property: bool, content: &str) {
        let taken_by_property = self.from_property.contains(&key);
        if !self.values.contains_key(&key) || (is_property && !taken_by_property) {
            self.values.insert(key.clone(), decode(content));
            if is_property {
                self.from_property.insert(key);
            }
        }
    }

    /// The value of the first of `keys` that the page has.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.values.get(*k).cloned())
    }
}

/// A `<meta>` key as it is looked up: lowercased, with `.` as `:`; "og:article:author" is
/// article:author (as Readability reads it).
fn meta_key(key: &str) -> String {
    let k = key.to_ascii_lowercase().replace('.', ":");
    match k.strip_prefix("og:").filter(|r| r.starts_with("article:")) {
        Some(rest) => rest.to_string(),
        None => k,
    }
}

/// The text of every JSON-LD script in the page.
fn ld_scripts(html: &Html) -> Vec<String> {
    html.select(sel!("script[type=\"application/ld+json\"]"))
        .map(|s| s.text().collect::<String>())
        .collect()
}

/// The title: JSON-LD's, else the `<meta>` one, else the cleaned `<title>`.
fn title(html: &Html, ld: &JsonLd, tags: &MetaTags) -> Option<String> {
    headline(ld, html)
        .or_else(|| tags.get(TITLE_KEYS))
        .or_else(|| document_title(html))
}

/// The authors: JSON-LD's, else a `<meta>` author, else the visible byline; never empty names.
fn authors(html: &Html, ld: &JsonLd, tags: &MetaTags) -> Vec<String> {
    let mut authors = if !ld.authors.is_empty() {
        ld.authors.clone()
    } else if let Some(a) = tags.get(AUTHOR_KEYS).or_else(|| {
        tags.get(&["article:author"])
            .filter(|a| !a.starts_with("http"))
    }) {
        vec![a]
    } else {
        visible_byline(html).into_iter().collect()
    };
    authors.retain(|a| !a.is_empty());
    authors
}

/// The publication date: JSON-LD's or `<meta>`'s, else a `<time>` element, else (on a Korean
/// page) the `입력` line.
fn published(html: &Html, ld: &JsonLd, tags: &MetaTags, korean: bool) -> Option<DateTime<Utc>> {
    ld.published
        .clone()
        .or_else(|| tags.get(PUBLISHED_KEYS))
        .as_deref()
        .and_then(gleaner_text::parse_date)
        .or_else(|| time_element(html))
        .or_else(|| korean.then(|| korean_date(html, "입력")).flatten())
}

/// The modification date: JSON-LD's or `<meta>`'s, else (on a Korean page) the `수정` line.
fn modified(html: &Html, ld: &JsonLd, tags: &MetaTags, korean: bool) -> Option<DateTime<Utc>> {
    ld.modified
        .clone()
        .or_else(|| tags.get(MODIFIED_KEYS))
        .as_deref()
        .and_then(gleaner_text::parse_date)
        .or_else(|| korean.then(|| korean_date(html, "수정")).flatten())
}

/// `<link rel=canonical>`, else `og:url`, else JSON-LD's URL.
fn canonical_url(html: &Html, ld: &JsonLd, tags: &MetaTags) -> Option<String> {
    html.select(sel!("link[rel=\"canonical\"]"))
        .find_map(|l| l.value().attr("href").map(str::to_string))
        .or_else(|| tags.get(&["og:url"]))
        .or(ld.url.clone())
}

/// JSON-LD's keywords, else the comma-separated `<meta>` keywords.
fn keywords(ld: &JsonLd, tags: &MetaTags) -> Vec<String> {
    if !ld.keywords.is_empty() {
        return ld.keywords.clone();
    }
    tags.get(TAG_KEYS)
        .map(|k| {
            k.split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// `<html lang>` (or `xml:lang`), else JSON-LD's language, else a `<meta>` one.
fn lang(html: &Html, ld: &JsonLd, tags: &MetaTags) -> Option<String> {
    html.select(sel!("html"))
        .next()
        .and_then(|h| {
            h.value()
                .attr("lang")
                .or_else(|| h.value().attr("xml:lang"))
                .map(str::to_string)
        })
        .or(ld.language.clone())
        .or_else(|| tags.get(LANG_KEYS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(t: &str) -> Option<String> {
        document_title(&Html::parse_document(&format!(
            "<html><head><title>{t}</title></head><body><h1>Only heading here</h1></body></html>"
        )))
    }

    #[test]
    fn adjacent_separators_do_not_panic() {
        for t in [
            "a - - b",
            "Foo | - Bar",
            "News - - Site",
            " - - ",
            "x » » y",
        ] {
            let _ = title(t);
        }
    }

    #[test]
    fn site_names_are_cut_from_titles() {
        assert_eq!(
            title("Brand campaign launched to answer complaints | The Daily").as_deref(),
            Some("Brand campaign launched to answer complaints")
        );
        assert_eq!(
            title("The Daily - Brand campaign launched to answer complaints - Business").as_deref(),
            Some("The Daily - Brand campaign launched to answer complaints")
        );
        assert_eq!(title("Short | Site").as_deref(), Some("Short | Site"));
    }

    #[test]
    fn korean_bylines_and_dates() {
        let html = Html::parse_document("<html><body><div class=info>입력 2026.11.29 10:00 수정 2026.11.29 11:30</div><p>(서울=한빛일보) 김민지 기자 = 누리텔레콤이 발표했다.</p></body></html>");
        let meta = read(&html);
        assert_eq!(meta.authors, vec!["김민지 기자"]);
        assert_eq!(
            meta.published.map(|d| d.to_rfc3339()),
            Some("2026-11-29T01:00:00+00:00".into())
        );
    }

    #[test]
    fn open_graph_and_json_ld() {
        let html = Html::parse_document(
            r#"<html lang="en"><head><title>X | Y</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">
            <meta property="article:published_time" content="2026-11-29T10:00:00Z"><link rel="canonical" href="https://s.example/a">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","author":{"name":"Dana Park"}}</script></head><body></body></html>"#,
        );
        let meta = read(&html);
        assert_eq!(meta.title.as_deref(), Some("LD headline"));
        assert_eq!(meta.authors, vec!["Dana Park"]);
        assert_eq!(meta.site_name.as_deref(), Some("Site"));
        assert_eq!(meta.canonical_url.as_deref(), Some("https://s.example/a"));
        assert!(meta.published.is_some());
        assert_eq!(meta.lang.as_deref(), Some("en"));
    }
}
