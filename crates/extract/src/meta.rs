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

fn decode(s: &str) -> String {
    html_unescape(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Attribute values arrive unescaped from html5ever; text from JSON-LD may still carry entities.
fn html_unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let fragment = Html::parse_fragment(s);
    fragment.root_element().text().collect()
}

/// JSON-LD's title: its `name`, unless the `headline` resembles the document title and the
/// name does not (Readability's rule: pages put the SEO title in one and the headline in the
/// other).
fn headline(ld: &JsonLd, html: &Html) -> Option<String> {
    let name = ld.name.as_deref().map(decode).filter(|h| !h.is_empty());
    let headline = ld.headline.as_deref().map(decode).filter(|h| !h.is_empty());
    match (name, headline) {
        (Some(name), Some(headline)) if name != headline => {
            let title = document_title(html).unwrap_or_default();
            if similarity(&headline, &title) > 0.75 && similarity(&name, &title) <= 0.75 {
                Some(headline)
            } else {
                Some(name)
            }
        }
        (name, headline) => name.or(headline),
    }
}

/// How much of `b`'s wording `a` covers: 1 minus the share of `b`'s text in words `a` lacks.
fn similarity(a: &str, b: &str) -> f64 {
    // Titles are short; a hostile headline is cut before it is compared.
    let tokens = |s: &str| -> Vec<String> {
        let s: String = s.chars().take(512).collect();
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let in_a: std::collections::HashSet<&str> = ta.iter().map(String::as_str).collect();
    let unique_b: Vec<&str> = tb
        .iter()
        .map(String::as_str)
        .filter(|t| !in_a.contains(t))
        .collect();
    let joined_b = tb.join(" ").chars().count() as f64;
    let joined_unique = unique_b.join(" ").chars().count() as f64;
    1.0 - joined_unique / joined_b
}

/// The `<title>`, with the site name cut off the way Readability does it.
pub(crate) fn document_title(html: &Html) -> Option<String> {
    let original = html
        .select(sel!("title"))
        .next()?
        .text()
        .collect::<String>();
    let original = original.split_whitespace().collect::<Vec<_>>().join(" ");
    if original.is_empty() {
        return None;
    }
    let words = |s: &str| s.split_whitespace().count();
    let seps: Vec<usize> = separator_positions(&original);
    // A part of the title that is also the page's main heading is the headline, however few
    // words it has (Korean titles have few spaces).
    if !seps.is_empty() {
        let h1s: Vec<String> = html
            .select(sel!("h1"))
            .map(|h| {
                h.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut start = 0;
        for &at in seps.iter().chain(std::iter::once(&original.len())) {
            if start > at {
                // Adjacent separators ("a - - b"): nothing between them.
                continue;
            }
            let part = original[start..at].trim();
            if !part.is_empty() && h1s.iter().any(|h| h == part) {
                return Some(part.to_string());
            }
            start = (at + 3).min(original.len());
            while !original.is_char_boundary(start) {
                start += 1;
            }
        }
    }
    let mut had_hierarchical = false;
    let mut title = original.clone();
    if let Some(&last) = seps.last() {
        had_hierarchical = seps.iter().any(|&i| {
            matches!(original.as_bytes()[i + 1], b'\\' | b'/' | b'>')
                || original[i + 1..].starts_with('»')
        });
        title = original[..last].to_string();
        if words(&title) < 3 {
            let first = seps[0];
            let sep_len = original[first + 1..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            title = original[first + 1 + sep_len..].to_string();
        }
    } else if original.contains(": ") {
        let matches_heading = html
            .select(sel!("h1, h2"))
            .any(|h| h.text().collect::<String>().trim() == original);
        if !matches_heading {
            let after_last = &original[original.rfind(':').map_or(0, |i| i + 1)..];
            title = after_last.to_string();
            if words(&title) < 3 {
                title = original[original.find(':').map_or(0, |i| i + 1)..].to_string();
            } else if words(&original[..original.find(':').unwrap_or(0)]) > 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<ElementRef<'_>> = html.select(sel!("h1")).collect();
        if h1s.len() == 1 {
            title = h1s[0].text().collect::<String>();
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = words(&title);
    let original_words_without_seps = original
        .split(['|', '-', '\\', '/', '>', '»'])
        .collect::<String>()
        .split_whitespace()
        .count();
    if n <= 4 && (!had_hierarchical || n + 1 != original_words_without_seps) {
        return Some(original);
    }
    Some(title)
}

/// Byte positions of " | ", " - ", " \ ", " / ", " > ", " » " separators (the space before).
fn separator_positions(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        if c != ' ' {
            continue;
        }
        let mut rest = s[i + 1..].chars();
        if let (Some(sep), Some(' ')) = (rest.next(), rest.next()) {
            if matches!(sep, '|' | '-' | '–' | '—' | '\\' | '/' | '>' | '»') {
                out.push(i);
            }
        }
    }
    out
}

/// A byline in the page body, by Readability's rule: the first element that is `rel=author`,
/// has `itemprop` containing "author", or whose class or id contains byline, author, dateline,
/// writtenby or p-author, with under 100 characters of text (its `itemprop=name` child when it
/// has one). A leading "By" is dropped. Korean `OOO 기자` is the last resort.
fn visible_byline(html: &Html) -> Option<String> {
    let body = html.select(sel!("body")).next()?;
    // First outside the containers Readability strips as unlikely; then, as its retry pass
    // does, anywhere.
    byline_in(body, true)
        .or_else(|| byline_in(body, false))
        .or_else(|| is_korean(html).then(|| korean_reporter(html)).flatten())
}

fn byline_in(body: ElementRef<'_>, skip_unlikely: bool) -> Option<String> {
    for node in body.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if !is_byline(el) || (skip_unlikely && in_furniture(el)) {
            continue;
        }
        // The most specific author element inside ("div.byline > span.author-name").
        // Descend to the most specific author element, a few levels at most: each step looks
        // at the candidate's subtree once.
        let mut best = el;
        for _ in 0..8 {
            let inner = best
                .descendants()
                .skip(1)
                .filter_map(ElementRef::wrap)
                .take(64)
                .find(|d| {
                    let named = is_byline(*d)
                        || d.value()
                            .attr("itemprop")
                            .is_some_and(|i| i.split_whitespace().any(|w| w == "name"));
                    named && {
                        let t: String = d.text().take(32).collect();
                        let t = t.trim();
                        t.chars().count() > 2 && !t.eq_ignore_ascii_case("by")
                    }
                });
            match inner {
                Some(inner) => best = inner,
                None => break,
            }
        }
        // Only the first few hundred characters are read: a byline is short, and a candidate
        // wrapping the whole page must not cost a pass over it.
        let mut raw = String::new();
        for piece in best.text() {
            raw.push_str(piece);
            if raw.len() > 400 {
                break;
            }
        }
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || text.chars().count() >= 100 {
            continue;
        }
        let text = ["By ", "by ", "BY "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
            .unwrap_or(&text)
            .trim()
            .to_string();
        return Some(text);
    }
    None
}

/// Readability's byline element rule: `rel=author`, `itemprop` containing "author", or a class
/// or id containing byline, author, dateline, writtenby or p-author.
fn is_byline(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let words = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    v.attr("rel") == Some("author")
        || v.attr("itemprop").is_some_and(|i| i.contains("author"))
        || ["byline", "author", "dateline", "writtenby", "p-author"]
            .iter()
            .any(|w| words.contains(w))
}

/// Whether an element sits where Readability would have removed it before looking for a
/// byline: under an ancestor (or itself) whose class and id contain one of its "unlikely
/// candidate" words and none of its "maybe a candidate" words. (Measured on the Mozilla pages:
/// excluding by tag, or by our broader furniture vocabulary, loses real bylines.)
fn in_furniture(el: ElementRef<'_>) -> bool {
    const UNLIKELY: &[&str] = &[
        "-ad-",
        "ai2html",
        "banner",
        "breadcrumbs",
        "combx",
        "comment",
        "community",
        "cover-wrap",
        "disqus",
        "extra",
        "footer",
        "gdpr",
        "header",
        "legends",
        "menu",
        "related",
        "remark",
        "replies",
        "rss",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "social",
        "sponsor",
        "supplemental",
        "ad-break",
        "agegate",
        "pagination",
        "pager",
        "popup",
        "yom-remote",
    ];
    const MAYBE: &[&str] = &[
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ];
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .any(|a| {
            let v = a.value();
            if matches!(v.name(), "body" | "a" | "html") {
                return false;
            }
            let words = format!(
                "{} {}",
                v.attr("class").unwrap_or(""),
                v.attr("id").unwrap_or("")
            )
            .to_ascii_lowercase();
            UNLIKELY.iter().any(|w| words.contains(w)) && !MAYBE.iter().any(|w| words.contains(w))
        })
}

/// Whether the page declares Korean, or has Hangul in its title or its first text.
fn is_korean(html: &Html) -> bool {
    let hangul = |s: &str| s.chars().any(|c| ('가'..='힣').contains(&c));
    let declared = html
        .select(sel!("html"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"));
    declared
        || html
            .select(sel!("title"))
            .next()
            .is_some_and(|t| t.text().any(hangul))
        || html
            .select(sel!("body"))
            .next()
            .is_some_and(|b| b.text().take(50).any(hangul))
}

/// `김민지 기자` near the start or end of the body text.
fn korean_reporter(html: &Html) -> Option<String> {
    let body = html.select(sel!("body")).next()?;
    let text: String = body.text().take(4000).collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        let (name, title) = (pair[0], pair[1]);
        let name = name.trim_start_matches(['(', '[', '=']);
        if (title == "기자"
            || title.starts_with("기자=")
            || title == "기자="
            || title.starts_with("기자("))
            && (2..=4).contains(&name.chars().count())
            && name.chars().all(|c| ('가'..='힣').contains(&c))
        {
            return Some(format!("{name} 기자"));
        }
    }
    None
}

/// `<time datetime>` (or `pubdate`) in the body.
fn time_element(html: &Html) -> Option<DateTime<Utc>> {
    html.select(sel!("time[datetime]")).find_map(|t| {
        t.value()
            .attr("datetime")
            .and_then(gleaner_text::parse_date)
    })
}

/// A Korean news date such as `입력 2026.11.29 10:00` or `기사입력 2026-11-29 오전 10:00`, in KST.
fn korean_date(html: &Html, label: &str) -> Option<DateTime<Utc>> {
    let body = html.select(sel!("body")).next()?;
    for text in body.text() {
        if let Some(at) = text.find(label) {
            let rest: String = text[at + label.len()..]
                .trim_start_matches([' ', ':', '\u{a0}'])
                .chars()
                .take(24)
                .collect();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                // Korean sites write local time without a zone.
                if let Some(d) = gleaner_text::parse_date(&rest) {
                    let has_zone = rest.contains('+') || rest.contains("KST") || rest.contains('Z');
                    return Some(if has_zone { d } else { d - Duration::hours(9) });
                }
            }
        }
    }
    None
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
