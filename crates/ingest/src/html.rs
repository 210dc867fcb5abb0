//! HTML fragments (feed titles, summaries, content) → plain text, and a tag scanner.
//!
//! Feed fields carry HTML fragments, often escaped once or twice and rarely well formed. This
//! is a linear scanner, not a DOM: it drops tags, comments and the contents of `script`,
//! `style`, `template` and the like, decodes every HTML entity (html-escape), turns block
//! elements and `<br>` into line breaks and collapses the remaining whitespace. It cannot hang
//! or recurse, whatever the input. Whole pages go to `gleaner-extract`, not here.

use std::borrow::Cow;

/// Plain text of an HTML fragment on one line: tags removed, entities decoded, all whitespace
/// (line breaks included) collapsed to single spaces, trimmed. For titles.
pub fn html_to_line(html: &str) -> String {
    let text = html_to_text(html);
    collapse(&text, false)
}

/// Plain text of an HTML fragment with paragraph structure: blocks separated by a blank line,
/// `<br>` as a line break, other whitespace collapsed, trimmed. For summaries and content.
pub fn html_to_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html, true);
    }
    let mut raw = String::with_capacity(html.len());
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let next = rest.as_bytes().get(1).copied().unwrap_or(0);
        let is_markup = next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?';
        if !is_markup {
            i += 1;
            continue;
        }
        push_text(&mut raw, &html[text_start..i]);
        if rest.starts_with("<!--") {
            i = find_from(html, i + 4, "-->").map_or(html.len(), |e| e + 3);
        } else if rest.starts_with("<![CDATA[") {
            let end = find_from(html, i + 9, "]]>").unwrap_or(html.len());
            raw.push_str(&html[i + 9..end]);
            i = (end + 3).min(html.len());
        } else {
            let end = tag_end(html, i + 1);
            let tag = Tag::parse(html[i + 1..end].trim_end_matches('>'));
            i = end;
            if !tag.closing && is_raw_text(&tag.name) {
                // Skip to the matching close tag: its contents are not text.
                let close = format!("</{}", tag.name);
                i = find_ascii_ci(html, i, &close).map_or(html.len(), |at| tag_end(html, at + 2));
            } else if tag.name == "br" {
                raw.push('\n');
            } else if is_block(&tag.name) {
                raw.push_str("\n\n");
            } else if tag.name == "td" || tag.name == "th" {
                raw.push(' ');
            }
        }
        text_start = i;
    }
    push_text(&mut raw, &html[text_start.min(html.len())..]);
    collapse(&raw, true)
}

fn push_text(out: &mut String, text: &str) {
    if text.contains('&') {
        out.push_str(&html_escape::decode_html_entities(text));
    } else {
        out.push_str(text);
    }
}

/// Collapses whitespace. With `paragraphs`, a run containing two or more line breaks becomes a
/// blank line and a run with one line break a line break; otherwise every run is one space.
fn collapse(text: &str, paragraphs: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut newlines = 0usize;
    let mut run_start: Option<usize> = None;
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let (space, len) = space_at(text, i);
        if space {
            if let Some(start) = run_start.take() {
                out.push_str(&text[start..i]);
            }
            newlines += usize::from(bytes[i] == b'\n');
            pending_space = true;
        } else if run_start.is_none() {
            if pending_space && !out.is_empty() {
                out.push_str(match (paragraphs, newlines) {
                    (true, 2..) => "\n\n",
                    (true, 1) => "\n",
                    _ => " ",
                });
            }
            pending_space = false;
            newlines = 0;
            run_start = Some(i);
        }
        i += len;
    }
    if let Some(start) = run_start {
        out.push_str(&text[start..]);
    }
    out
}

/// Whether the character at byte `i` (a char boundary) is whitespace (Unicode White_Space, plus
/// the zero-width space and BOM that feeds use as spaces), and its UTF-8 length. Only the lead
/// bytes that can begin a non-ASCII space are decoded; Hangul and CJK text is skipped a
/// character at a time without a table lookup.
#[inline]
fn space_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => (true, 1),
        0x00..=0x7F => (false, 1),
        0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (
                c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}',
                c.len_utf8(),
            )
        }
        0xC0..=0xDF => (false, 2),
        0xE0..=0xEF => (false, 3),
        _ => (false, 4),
    }
}

fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "iframe"
            | "object"
            | "svg"
            | "math"
            | "head"
            | "title"
            | "textarea"
    )
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "main"
            | "blockquote"
            | "pre"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tr"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "figure"
            | "figcaption"
            | "address"
            | "form"
            | "fieldset"
            | "body"
            | "html"
    )
}

fn find_from(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    haystack.get(from..)?.find(needle).map(|at| from + at)
}

/// Case-insensitive ASCII search.
fn find_ascii_ci(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || from >= h.len() {
        return None;
    }
    (from..=h.len().checked_sub(n.len())?).find(|&at| h[at..at + n.len()].eq_ignore_ascii_case(n))
}

/// Index just past the `>` that closes a tag whose name starts at `from`, honouring quoted
/// attribute values (a quote opens a value only right after `=`). A tag cut off by a new `<`
/// before its `>` ends there, so a broken tag never swallows the rest of the document; the
/// result is always greater than `from - 1`, so scanners built on it make progress.
pub(crate) fn tag_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => {
                    let prev = text[..i].trim_end().as_bytes().last().copied();
                    if prev == Some(b'=') {
                        quote = Some(b);
                    }
                }
                b'>' => return i + 1,
                b'<' => return i,
                _ => {}
            },
        }
        i += 1;
    }
    bytes.len()
}

/// A start or end tag: lowercase name and its attributes in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    pub name: String,
    pub closing: bool,
    attrs: &'a str,
}

impl<'a> Tag<'a> {
    /// Parses the inside of `<…>` (without the angle brackets).
    pub fn parse(inner: &'a str) -> Self {
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let name_len = inner
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(inner.len());
        Tag {
            name: inner[..name_len].to_ascii_lowercase(),
            closing,
            attrs: &inner[name_len..],
        }
    }

    /// The value of an attribute (case-insensitive name), entities decoded.
    pub fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        let mut rest = self.attrs;
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() {
                return None;
            }
            let key_len = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
                .unwrap_or(rest.len())
                .max(1);
            let key = &rest[..key_len.min(rest.len())];
            rest = rest[key_len.min(rest.len())..].trim_start();
            let mut value: &str = "";
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                match after.as_bytes().first() {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = after[1..].find(q as char).map_or(after.len(), |e| e + 1);
                        value = &after[1..end];
                        rest = after.get(end + 1..).unwrap_or("");
                    }
                    _ => {
                        let end = after.find(char::is_whitespace).unwrap_or(after.len());
                        value = &after[..end];
                        rest = &after[end..];
                    }
                }
            }
            if key.eq_ignore_ascii_case(name) {
                return Some(html_escape::decode_html_entities(value));
            }
        }
    }
}

/// Calls `visit` for every start tag in `html` (comments, raw-text element contents skipped),
/// stopping early when it returns `false`.
pub(crate) fn for_each_start_tag<'a>(html: &'a str, mut visit: impl FnMut(&Tag<'a>) -> bool) {
    let mut i = 0;
    while let Some(at) = find_from(html, i, "<") {
        if html[at..].starts_with("<!--") {
            i = find_from(html, at + 4, "-->").map_or(html.len(), |e| e + 3);
            continue;
        }
        let end = tag_end(html, at + 1);
        let inner = html[at + 1..end].trim_end_matches('>');
        let tag = Tag::parse(inner);
        i = end;
        if tag.closing || tag.name.is_empty() || !tag.name.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        if !visit(&tag) {
            return;
        }
        if is_raw_text(&tag.name) && tag.name != "head" && tag.name != "title" {
            let close = format!("</{}", tag.name);
            i = find_ascii_ci(html, i, &close).unwrap_or(html.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_tags_and_entities() {
        assert_eq!(
            html_to_line("  <b>Samsung</b> &amp; <i>LG</i>&nbsp;news\n\t today "),
            "Samsung & LG news today"
        );
        assert_eq!(
            html_to_line("&lt;script&gt; is &quot;text&quot;"),
            "<script> is \"text\""
        );
        assert_eq!(
            html_to_line("삼성전자 &middot; 신제품"),
            "삼성전자 · 신제품"
        );
        assert_eq!(html_to_line("a < b and c > d"), "a < b and c > d");
    }

    #[test]
    fn content_keeps_paragraphs_and_drops_scripts() {
        let html = "<p>First para.</p><script>var x = '<p>';</script><p>Second<br>line</p><style>p{}</style><!-- c --><ul><li>one</li><li>two</li></ul>";
        assert_eq!(
            html_to_text(html),
            "First para.\n\nSecond\nline\n\none\n\ntwo"
        );
    }

    #[test]
    fn unicode_spaces_collapse_and_other_text_survives() {
        assert_eq!(
            html_to_line("a\u{00A0}\u{3000}b\u{200B}c\u{FEFF} 가나다\u{2003}日本 é"),
            "a b c 가나다 日本 é"
        );
        assert_eq!(
            html_to_text("one\r\n\r\ntwo\u{2028}three"),
            "one\n\ntwo three"
        );
    }

    #[test]
    fn broken_markup_terminates() {
        assert_eq!(html_to_text("<p>unclosed <a href=\"x"), "unclosed");
        assert_eq!(html_to_text("<script>never closed"), "");
        assert_eq!(html_to_text("<<<>>>"), "<<<>>>");
    }

    #[test]
    fn tag_attributes() {
        let tag = Tag::parse("link rel=\"alternate\" TYPE='application/rss+xml' href=/feed?a=1&amp;b=2 title=\"뉴스 &amp; 소식\"");
        assert_eq!(tag.name, "link");
        assert_eq!(tag.attr("type").as_deref(), Some("application/rss+xml"));
        assert_eq!(tag.attr("href").as_deref(), Some("/feed?a=1&b=2"));
        assert_eq!(tag.attr("title").as_deref(), Some("뉴스 & 소식"));
        assert_eq!(tag.attr("missing"), None);
    }
}
