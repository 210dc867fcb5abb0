//! A linear pre-scan that keeps hostile markup from reaching the HTML parser.
//!
//! html5ever's work grows with the square of nesting depth (open-element scope checks) and of
//! the number of attributes on one tag (duplicate checks): 40,000 nested `<div>`s take seconds,
//! a million would take hours. This pass estimates the depth — start tags minus end tags, not
//! counting void and self-closing elements, or elements whose end tag HTML makes optional
//! (`p`, `li`, `td`, …) — and refuses pages deeper than the cap with [`Error::TooDeep`]. A tag
//! with more than [`MAX_ATTRIBUTES`] attributes is cut after them. Text inside `script`,
//! `style` and comments is skipped, so code that contains `<` does not count.

use std::borrow::Cow;

use crate::{Error, Result};

/// Attributes kept on one tag; real pages use a few dozen at most.
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// Void elements: never open, whatever their syntax.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag HTML makes optional and that close their open siblings (a run of
/// `<p>` does not nest). `rt`, `rp`, `rb` and `optgroup` nest outside their parents, so they
/// are counted.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "td", "th", "tr", "option", "tbody", "thead", "tfoot", "colgroup",
    "caption", "html", "head", "body",
];

/// Checks `text`; returns it (cut where a tag has too many attributes) or an error when it
/// nests deeper than `max_depth`.
pub(crate) fn guard(text: &str, max_depth: usize) -> Result<Cow<'_, str>> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // byte ranges to remove
                                                    // Open counts by (lowercased, truncated) element name: no allocation per tag.
    let mut open: std::collections::HashMap<NameKey, usize> = std::collections::HashMap::new();
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let at = i + off;
        let rest = &text[at..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(bytes.len(), |e| at + e + 3);
            continue;
        }
        if let Some(after) = rest.strip_prefix("</") {
            // Only an end tag for an element that was counted open closes one: a flood of
            // stray `</x>` cannot hide a flood of `<div>`.
            let name_len = after
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(after.len());
            let (key, _) = name_key(&after[..name_len]);
            if let Some(count) = open.get_mut(&key).filter(|c| **c > 0) {
                *count -= 1;
                depth = depth.saturating_sub(1);
            }
            i = at + 2;
            continue;
        }
        let name_len = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - 1);
        if name_len == 0 {
            i = at + 1;
            continue;
        }
        let (key, key_len) = name_key(&rest[1..1 + name_len]);
        // ASCII alphanumerics only, so always UTF-8.
        let name = std::str::from_utf8(&key[..key_len]).unwrap_or("");
        // The tag's end, honouring quotes; count its attributes on the way.
        let mut j = at + 1 + name_len;
        let mut quote: Option<u8> = None;
        let mut equals = 0usize;
        let mut cut_at = None;
        while j < bytes.len() {
            let b = bytes[j];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None => match b {
                    // As in HTML, a quote opens a value only right after `=`.
                    b'"' | b'\'' if text[..j].trim_end().ends_with('=') => quote = Some(b),
                    b'=' => {
                        equals += 1;
                        if equals == MAX_ATTRIBUTES + 1 {
                            cut_at = Some(j);
                        }
                    }
                    b'>' => break,
                    _ => {}
                },
            }
            j += 1;
        }
        if let Some(cut) = cut_at {
            // Drop from the attribute name before the offending '=' to the tag's '>'.
            // Searched within this tag only, by characters (a separator may be U+00A0).
            let tag = &text[at..cut];
            let trimmed = tag.trim_end();
            let name_start = trimmed
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace() || *c == '/')
                .map_or(cut, |(k, c)| at + k + c.len_utf8());
            let previous_end = cuts.last().map_or(0, |&(_, end)| end);
            if name_start >= previous_end && name_start <= cut {
                cuts.push((name_start, j.min(bytes.len())));
            }
        }
        // HTML ignores `/>` on non-void elements: `<div/>` opens a div.
        if !VOID.contains(&name) && !SELF_CLOSING_SIBLINGS.contains(&name) {
            *open.entry(key).or_default() += 1;
            depth += 1;
            if depth > max_depth {
                return Err(Error::TooDeep { limit: max_depth });
            }
        }
        i = (j + 1).min(bytes.len());
        if matches!(
            name,
            "script" | "style" | "textarea" | "title" | "xmp" | "plaintext"
        ) {
            let close = format!("</{name}");
            let lower_rest = &text[i..];
            i = find_ci(lower_rest, &close).map_or(bytes.len(), |e| i + e);
        }
    }
    if cuts.is_empty() {
        return Ok(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in cuts {
        out.push_str(&text[last..start]);
        last = end;
    }
    out.push_str(&text[last..]);
    Ok(Cow::Owned(out))
}

/// An element name lowercased into a fixed buffer (longer names are cut: merging the counts of
/// two long custom-element names is harmless here), and its length.
type NameKey = [u8; 16];

fn name_key(name: &str) -> (NameKey, usize) {
    let mut key = [0u8; 16];
    let len = name.len().min(16);
    for (k, b) in key.iter_mut().zip(name.bytes()) {
        *k = b.to_ascii_lowercase();
    }
    (key, len)
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', bytes)
}

/// ASCII case-insensitive search for a needle that starts with `<`, jumping between `<` bytes.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    memchr::memchr_iter(b'<', h).find(|&at| {
        h.get(at..at + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_what_nests() {
        assert!(guard(&"<div>".repeat(100), 50).is_err());
        assert!(guard(&"<p>".repeat(10_000), 50).is_ok(), "p closes itself");
        assert!(guard(&"<div></div>".repeat(10_000), 50).is_ok());
        assert!(guard(&"<br><img src=x>".repeat(10_000), 50).is_ok());
        assert!(guard(&"<br/><img src=x />".repeat(10_000), 50).is_ok());
        assert!(
            guard(&format!("<script>{}</script>", "<div>".repeat(100)), 50).is_ok(),
            "script text is not markup"
        );
    }

    #[test]
    fn depth_cannot_be_hidden() {
        for flood in ["<div/>", "<rt>", "<div></x>", "<optgroup>"] {
            assert!(guard(&flood.repeat(1000), 50).is_err(), "{flood}");
        }
        let quoted = format!("<div a=b'>{}'>", "<div>".repeat(1000));
        assert!(guard(&quoted, 50).is_err());
    }

    #[test]
    fn cuts_never_split_characters_or_cross_tags() {
        let nbsp = format!("<div{}\u{00A0}b=1>x</div>", " a=1".repeat(256));
        assert!(guard(&nbsp, 50).is_ok());
        let two = format!("<p{}><p{}>", " a=1".repeat(257), "/b=1".repeat(257));
        assert!(guard(&two, 50).is_ok());
        let ideographic = format!("<div{}\u{3000}b=1 c=2>x</div>", " a=1".repeat(256));
        assert!(guard(&ideographic, 50).is_ok());
    }

    #[test]
    fn attribute_floods_are_cut() {
        let attrs: String = (0..1000).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let page = format!("<div class=\"x\"{attrs}>text</div>");
        let out = guard(&page, 50).unwrap();
        assert!(
            out.len() < page.len() / 2 && out.contains(">text</div>"),
            "{}",
            &out[out.len() - 40..]
        );
    }
}
