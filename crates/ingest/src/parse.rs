//! Feed bytes → items: decoding, repair, then the streaming XML reader or, for JSON Feed,
//! feed-rs.

use std::panic::{catch_unwind, AssertUnwindSafe};

use gleaner_core::{FeedMeta, Item, Source};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::entry::{EntryParts, FeedContext};
use crate::repair::{repair, Repairs};
use crate::{discover, feedrs, lenient, Error, Result};
use gleaner_text::{decode, EncodingEvidence};

/// How [`parse_feed`] reads a feed. Build with `ParseOptions::default()` and set fields.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Inputs larger than this many bytes are refused with [`Error::TooLarge`] before any work.
    /// Default: 64 MiB.
    pub max_bytes: usize,
    /// Documents whose elements nest deeper than this are refused with [`Error::TooDeep`].
    /// Default: 256 (real feeds rarely pass 10; XHTML content adds a few).
    pub max_depth: usize,
    /// The `charset` of the HTTP Content-Type, when the bytes came over HTTP. Default: none.
    pub http_charset: Option<String>,
    /// The URL relative links resolve against when the feed has no `xml:base` (usually the
    /// feed's own URL). Default: none, or the source's location when it is a URL.
    pub base_url: Option<Url>,
    /// Detect each item's language from its text (script, then whatlang), using the declared
    /// language as a prior. Default: true.
    pub detect_language: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_bytes: 64 << 20,
            max_depth: 256,
            http_charset: None,
            base_url: None,
            detect_language: true,
        }
    }
}

/// Which reader produced the items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reader {
    /// gleaner's lenient streaming reader (on quick-xml), for every XML dialect.
    Xml,
    /// feed-rs, for JSON Feed.
    JsonFeed,
}

/// How a feed was read: what a run report shows next to the items.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParseReport {
    /// The reader that produced the items.
    pub reader: Reader,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    /// Why that encoding.
    pub encoding_evidence: EncodingEvidence,
    /// A declared encoding the bytes contradicted, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding_overruled: Option<String>,
    /// What the repair pass changed.
    pub repairs: Repairs,
    /// XML errors the reader skipped past (mismatched or missing end tags, truncation).
    pub xml_errors: usize,
}

impl ParseReport {
    /// Whether the feed needed any leniency: repairs, a contradicted encoding, skipped errors.
    pub fn was_repaired(&self) -> bool {
        self.repairs.any() || self.encoding_overruled.is_some() || self.xml_errors > 0
    }
}

/// A parsed feed: its metadata, its items in feed order, and how it was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParsedFeed {
    /// What the feed says about itself.
    pub meta: FeedMeta,
    /// Every entry, in feed order. An entry with no readable fields is still an item.
    pub items: Vec<Item>,
    /// How the feed was read.
    pub report: ParseReport,
}

/// Parses a feed in any supported format from raw bytes.
///
/// RSS 0.90–2.0 (with or without a version), RDF, Atom 0.3 and 1.0, CDF and JSON Feed 1.0/1.1,
/// in any encoding [`crate::decode`] knows, broken or not. Never panics (a panic inside
/// feed-rs, which reads JSON Feed, is caught and becomes an error). Fails only when the input
/// is over a limit or nothing in it is a feed.
///
/// # Errors
///
/// [`Error::TooLarge`] past `max_bytes`, [`Error::TooDeep`] past `max_depth`, and
/// [`Error::NotAFeed`] (naming the source and saying why — for an HTML page, which feeds it
/// advertises) when there is no RSS, RDF, Atom, CDF or JSON Feed in it.
///
/// ```
/// use gleaner_core::Source;
/// use gleaner_ingest::{parse_feed, ParseOptions};
///
/// let xml = "<rss><channel><item><title>Q&A &nbsp;오늘의 뉴스</title></item></channel></rss>";
/// let feed = parse_feed(xml.as_bytes(), &Source::file("demo.xml"), &ParseOptions::default())?;
/// assert_eq!(feed.items[0].title.as_deref(), Some("Q&A 오늘의 뉴스"));
/// assert!(feed.report.was_repaired());
/// # Ok::<(), gleaner_ingest::Error>(())
/// ```
pub fn parse_feed(bytes: &[u8], source: &Source, options: &ParseOptions) -> Result<ParsedFeed> {
    let location = source.location.as_str();
    if bytes.len() > options.max_bytes {
        return Err(Error::TooLarge {
            location: location.to_string(),
            limit: options.max_bytes as u64,
        });
    }
    let decoded = decode(bytes, options.http_charset.as_deref());
    let mut report = ParseReport {
        reader: Reader::Xml,
        encoding: decoded.encoding.to_string(),
        encoding_evidence: decoded.evidence,
        encoding_overruled: decoded.overruled,
        repairs: Repairs::default(),
        xml_errors: 0,
    };
    let base = options.base_url.clone().or_else(|| {
        Url::parse(location)
            .ok()
            .filter(|u| u.scheme().starts_with("http"))
    });
    let text = decoded.text;
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if trimmed.is_empty() {
        return Err(not_a_feed(location, "the input is empty"));
    }
    if trimmed.starts_with('{') {
        return parse_json(trimmed, source, options, base, report);
    }

    // Sniffed before the repair pass, which removes doctypes.
    let html_page = crate::sniff::looks_like_html(text.as_bytes());
    let repaired = repair(&text, options.max_depth, location)?;
    report.repairs = repaired.repairs;
    let text = repaired.text;
    let root = Root::sniff(&text);

    let feed = lenient::read(&text);
    report.xml_errors = feed.errors;
    // An HTML page is not a feed, whatever its body holds: `<item>` or `<entry>` elements in
    // an article's markup must not turn it into entries.
    if html_page || (!feed.saw_root && feed.entries.is_empty()) {
        let reason = match root.local.as_str() {
            "html" => {
                let feeds = discover::discover_feeds(&text, base.as_ref());
                if feeds.is_empty() {
                    "an HTML page that links no feed".to_string()
                } else {
                    let urls: Vec<&str> = feeds.iter().map(|f| f.url.as_str()).collect();
                    format!("an HTML page; it links the feeds {}", urls.join(", "))
                }
            }
            "" => "no XML element found".to_string(),
            other => format!("the root element is <{other}>, not rss, RDF, feed or channel"),
        };
        return Err(not_a_feed(location, reason));
    }
    Ok(finish(
        feed.meta,
        feed.entries,
        source,
        options,
        base,
        report,
    ))
}

fn finish(
    mut meta: FeedMeta,
    parts: Vec<EntryParts>,
    source: &Source,
    options: &ParseOptions,
    base: Option<Url>,
    mut report: ParseReport,
) -> ParsedFeed {
    let mut sanitized = meta.sanitize();
    let ctx = FeedContext {
        source,
        meta: &meta,
        base,
        detect_language: options.detect_language,
    };
    let mut detector = gleaner_text::LanguageDetector::new();
    let items = parts
        .into_iter()
        .map(|p| p.into_item(&ctx, &mut detector, &mut sanitized))
        .collect();
    report.repairs.control_chars += sanitized.control_chars;
    report.repairs.unsafe_urls += sanitized.unsafe_urls;
    ParsedFeed {
        meta,
        items,
        report,
    }
}

fn parse_json(
    text: &str,
    source: &Source,
    options: &ParseOptions,
    base: Option<Url>,
    mut report: ParseReport,
) -> Result<ParsedFeed> {
    report.reader = Reader::JsonFeed;
    let feed = match run_feed_rs(text, base.as_ref()) {
        Ok(feed) => feed,
        // Real JSON feeds write "version": "1.0" or omit the title; feed-rs refuses both.
        Err(first) => {
            match patch_json_feed(text).map(|patched| run_feed_rs(&patched, base.as_ref())) {
                Some(Ok(feed)) => {
                    report.repairs.json_patched = true;
                    feed
                }
                _ => {
                    return Err(not_a_feed(
                        &source.location,
                        format!("not a readable JSON Feed: {first}"),
                    ))
                }
            }
        }
    };
    let mut meta = feedrs::meta(&feed);
    meta.format = "json".into();
    let parts = feed.entries.into_iter().map(feedrs::entry).collect();
    Ok(finish(meta, parts, source, options, base, report))
}

/// A JSON Feed with the leniencies real feeds need: a missing or bare version (`"1"`, `"1.0"`,
/// `"1.1"`) becomes the 1.1 URL, a missing `title` empty, an attachment's missing `mime_type`
/// `application/octet-stream`. `None` for anything else — an API
/// response with `items` and some other `version` is not a feed.
fn patch_json_feed(text: &str) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    let object = value.as_object_mut()?;
    if !object.get("items").is_some_and(serde_json::Value::is_array) {
        return None;
    }
    match object.get("version") {
        None => {}
        Some(v) if matches!(v.as_str(), Some("1" | "1.0" | "1.1")) => {}
        Some(v)
            if v.as_str()
                .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/")) => {}
        Some(_) => return None,
    }
    if !object
        .get("version")
        .and_then(|v| v.as_str())
        .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/"))
    {
        object.insert("version".into(), "https://jsonfeed.org/version/1.1".into());
    }
    object.entry("title").or_insert_with(|| "".into());
    // feed-rs refuses an attachment without `mime_type` (the spec requires one).
    let items = object.get_mut("items")?.as_array_mut()?;
    for item in items {
        let attachments = item.get_mut("attachments").and_then(|a| a.as_array_mut());
        for attachment in attachments.into_iter().flatten() {
            if let Some(attachment) = attachment.as_object_mut() {
                attachment
                    .entry("mime_type")
                    .or_insert_with(|| "application/octet-stream".into());
            }
        }
    }
    serde_json::to_string(&value).ok()
}

/// Runs feed-rs on UTF-8 text, turning its errors and panics into a reason.
fn run_feed_rs(
    text: &str,
    base: Option<&Url>,
) -> std::result::Result<feed_rs::model::Feed, String> {
    let parser = feed_rs::parser::Builder::new()
        // feed-rs invents a random id for an item without one; ours are derived from what
        // the item holds (see `ItemId`), so an empty id means "none given".
        .id_generator(|_, _, _| String::new())
        .base_uri(base.map(Url::as_str))
        .timestamp_parser(gleaner_text::parse_date)
        .build();
    match catch_unwind(AssertUnwindSafe(|| parser.parse(text.as_bytes()))) {
        Ok(Ok(feed)) => Ok(feed),
        Ok(Err(e)) => Err(format!("feed-rs: {e}")),
        Err(_) => Err("feed-rs panicked".into()),
    }
}

fn not_a_feed(location: &str, reason: impl Into<String>) -> Error {
    Error::NotAFeed {
        location: location.to_string(),
        reason: reason.into(),
    }
}

/// The document's first element, for the error message when nothing in it is a feed.
#[derive(Debug, Default)]
struct Root {
    local: String,
}

impl Root {
    fn sniff(text: &str) -> Root {
        let mut rest = text;
        while let Some(at) = rest.find('<') {
            rest = &rest[at..];
            if rest.starts_with("<?") || rest.starts_with("<!") {
                let end = if rest.starts_with("<!--") {
                    rest.find("-->").map(|e| e + 3)
                } else {
                    rest.find('>').map(|e| e + 1)
                };
                rest = &rest[end.unwrap_or(rest.len())..];
                continue;
            }
            let tag = &rest[1..rest.find('>').unwrap_or(rest.len())];
            let name = tag
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            let local = name.rsplit(':').next().unwrap_or(name).to_ascii_lowercase();
            return Root { local };
        }
        Root::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(doc: &str) -> Result<ParsedFeed> {
        parse_feed(
            doc.as_bytes(),
            &Source::url("https://example.com/feed.xml"),
            &ParseOptions::default(),
        )
    }

    #[test]
    fn an_html_page_is_not_a_feed_whatever_its_body_holds() {
        for page in [
            "<!DOCTYPE html><html><body><article><item><title>fake</title></item></article></body></html>",
            "<html><body><feed><entry><title>e</title></entry></feed></body></html>",
            "<body><rdf:RDF><item><title>x</title></item></rdf:RDF></body>",
        ] {
            assert!(matches!(parse(page), Err(Error::NotAFeed { .. })), "{page}");
        }
    }

    #[test]
    fn relative_links_resolve_against_the_feed_url() {
        let rss2 = parse("<rss version=\"2.0\"><channel><item><title>A</title><link>/a</link></item></channel></rss>").unwrap();
        assert_eq!(rss2.report.reader, Reader::Xml);
        assert_eq!(rss2.items[0].url.as_deref(), Some("https://example.com/a"));
        let atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://other.example/x/\"><entry><link href=\"../a\"/></entry></feed>").unwrap();
        assert_eq!(
            atom.items[0].url.as_deref(),
            Some("https://other.example/a")
        );
    }

    #[test]
    fn broken_xml_is_read_and_says_so() {
        let feed = parse("<rss version=\"2.0\"><channel><item><title>One <b>bold</title></item><item><title>Two&nbsp;&</title></item></channel></rss>").unwrap();
        assert!(feed.report.was_repaired());
        let titles: Vec<_> = feed
            .items
            .iter()
            .filter_map(|i| i.title.as_deref())
            .collect();
        assert_eq!(titles, vec!["One bold", "Two &"]);
    }

    #[test]
    fn not_feeds_are_typed_errors() {
        for doc in [
            "",
            "   ",
            "hello",
            "<note><to>x</to></note>",
            "{\"not\": \"a feed\"}",
            "{broken",
        ] {
            let err = parse(doc).unwrap_err();
            assert!(matches!(err, Error::NotAFeed { .. }), "{doc:?}: {err}");
            assert!(err.to_string().contains("https://example.com/feed.xml"));
        }
        let html = parse(
            "<html><head><link rel=alternate type=application/rss+xml href=/rss></head></html>",
        )
        .unwrap_err();
        assert!(
            html.to_string().contains("https://example.com/rss"),
            "{html}"
        );
    }

    #[test]
    fn limits_are_enforced() {
        let opts = ParseOptions {
            max_bytes: 10,
            ..ParseOptions::default()
        };
        let err =
            parse_feed(b"<rss><channel></channel></rss>", &Source::file("f"), &opts).unwrap_err();
        assert!(matches!(err, Error::TooLarge { limit: 10, .. }));
        let deep = format!(
            "<rss><channel><item>{}</item></channel></rss>",
            "<b>".repeat(10_000)
        );
        assert!(matches!(parse(&deep), Err(Error::TooDeep { .. })));
    }

    #[test]
    fn json_feed() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://example.com/1","title":"제목","content_html":"<p>본문</p>","date_published":"2026-11-29T10:00:00+09:00"}]}"#;
        let feed = parse(json).unwrap();
        assert_eq!(feed.meta.format, "json");
        assert_eq!(feed.report.reader, Reader::JsonFeed);
        let old = parse(r#"{"version":"1.0","items":[{"id":"1","title":"t"}]}"#).unwrap();
        assert!(old.report.repairs.json_patched);
        assert_eq!(old.items.len(), 1);
        let api =
            parse(r#"{"kind":"youtube#searchListResponse","version":"2.0","items":[{"id":"x"}]}"#);
        assert!(matches!(api, Err(Error::NotAFeed { .. })));
        assert_eq!(feed.items[0].title.as_deref(), Some("제목"));
        assert_eq!(feed.items[0].content_text.as_deref(), Some("본문"));
        assert_eq!(
            feed.items[0].published.map(|d| d.to_rfc3339()),
            Some("2026-11-29T01:00:00+00:00".into())
        );
    }
}
