//! What a document is, by its first markup: an HTML page or a feed (or an OPML list), before
//! any parser is trusted with it.
//!
//! The feed reader is lenient: it finds `<item>` and `<entry>` elements wherever they are, so
//! an article whose markup holds one would otherwise become a feed of fake entries. A document
//! that opens as HTML is a page, whatever it holds further down.

/// Bytes of a document's head that are sniffed: enough for a long comment or licence header
/// before the first element, and a bound on the work.
const SNIFF_BYTES: usize = 64 << 10;

/// Elements that only open an HTML page, never a feed or an OPML list (whose roots are `rss`,
/// `RDF`, `feed`, `channel` and `opml`).
const HTML_OPENERS: &[&str] = &[
    "html", "head", "body", "meta", "title", "link", "base", "script", "noscript", "style",
    "template", "div", "p", "span", "a", "article", "section", "main", "header", "footer", "nav",
    "aside", "figure", "img", "picture", "table", "ul", "ol", "dl", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "br", "hr", "iframe", "center", "font", "b", "i", "strong", "em",
];

/// What a document opens with.
enum Markup {
    /// `<!DOCTYPE html …>`.
    HtmlDoctype,
    /// The first element's local name, lowercase (`rdf:RDF` is `rdf`).
    Element(String),
}

/// Whether a document is an HTML page: an HTML doctype, or an element only pages open with
/// (`<html>`, `<head>`, `<body>`, `<meta>`, `<div>`, …) first — after a byte order mark,
/// whitespace, comments, processing instructions and other doctypes, in any ASCII-compatible
/// encoding, within its first 64 KiB.
pub fn looks_like_html(document: &[u8]) -> bool {
    match first_markup(document) {
        Some(Markup::HtmlDoctype) => true,
        Some(Markup::Element(name)) => HTML_OPENERS.contains(&name.as_str()),
        None => false,
    }
}

/// The local name of a document's first element, lowercase (`None` when text, an HTML
/// doctype or nothing comes first).
pub fn first_element(document: &[u8]) -> Option<String> {
    match first_markup(document)? {
        Markup::Element(name) => Some(name),
        Markup::HtmlDoctype => None,
    }
}

fn first_markup(document: &[u8]) -> Option<Markup> {
    let head = &document[..document.len().min(SNIFF_BYTES)];
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        rest = rest.trim_ascii_start();
        let past = |end: &[u8]| {
            rest.windows(end.len())
                .position(|w| w == end)
                .map(|at| &rest[at + end.len()..])
        };
        let lower: Vec<u8> = rest.iter().take(16).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<!--") {
            rest = past(b"-->")?;
        } else if lower.starts_with(b"<?") {
            rest = past(b"?>")?;
        } else if lower.starts_with(b"<!doctype") {
            if lower[9..].trim_ascii_start().starts_with(b"html") {
                return Some(Markup::HtmlDoctype);
            }
            rest = past(b">")?;
        } else if lower.starts_with(b"<") {
            let name: Vec<u8> = rest[1..]
                .iter()
                .take(64)
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
                .map(u8::to_ascii_lowercase)
                .collect();
            let local = name.rsplit(|b| *b == b':').next().unwrap_or(&[]);
            return (!local.is_empty())
                .then(|| Markup::Element(String::from_utf8_lossy(local).into_owned()));
        } else {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_told_from_feeds_by_their_first_markup() {
        let long_comment = format!("<!-- {} --><html>", "x".repeat(5000));
        let spaces = format!("{}<html>", " ".repeat(5000));
        for page in [
            "<!DOCTYPE html><div>",
            "<!doctype HTML><meta charset=utf-8><title>T</title>",
            "\u{feff}  <!-- c --><html lang=ko>",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<BODY><p>x",
            "<div><div><p>x",
            "<article><item><title>fake</title></item>",
            "<title>T</title><p>x",
            long_comment.as_str(),
            spaces.as_str(),
        ] {
            assert!(looks_like_html(page.as_bytes()), "{page}");
        }
        for feed in [
            "<?xml version=\"1.0\"?><rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<rdf:RDF>",
            "<!DOCTYPE rss PUBLIC \"x\"><rss>",
            "<opml>",
            "{\"version\":1}",
            "",
            "<!-- x",
            "Hello <p>",
        ] {
            assert!(!looks_like_html(feed.as_bytes()), "{feed}");
        }
        assert_eq!(
            first_element(b"<!DOCTYPE opml><!-- c --><opml>").as_deref(),
            Some("opml")
        );
        assert_eq!(first_element(b"<rdf:RDF>").as_deref(), Some("rdf"));
    }
}
