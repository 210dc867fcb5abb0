//! Making real-world XML readable by a strict parser, in one linear pass.
//!
//! Real feeds are often broken in a handful of ways that a lenient reader forgives. This pass
//! rewrites the text so that a conforming XML parser accepts it, counting each repair:
//!
//! - the XML declaration is rewritten to say UTF-8 (the text is already decoded);
//! - a `DOCTYPE` is removed, with its internal subset: entity definitions are never expanded,
//!   so entity-expansion bombs ("billion laughs") cost nothing;
//! - HTML named entities that XML does not define (`&nbsp;`, `&eacute;`, …) become numeric
//!   references; unknown entities and bare `&` become `&amp;`; numeric references to characters
//!   XML forbids become U+FFFD;
//! - characters XML forbids (C0 controls, U+FFFE/U+FFFF) are dropped;
//! - a `<` that cannot start markup (`a < b`) becomes `&lt;`;
//! - text before the first `<` is dropped.
//!
//! CDATA sections, comments and processing instructions are copied untouched. The pass also
//! measures element nesting and fails with [`Error::TooDeep`] past the caller's limit, so that
//! no later stage sees a pathological document.

use serde::{Deserialize, Serialize};

use crate::html::tag_end;
use crate::{Error, Result};

/// What the repair pass changed (see [`ParseReport`](crate::ParseReport)), by kind. All zero / false means the input was already well formed
/// as far as this pass can tell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repairs {
    /// The XML declaration was rewritten (its encoding no longer applied).
    pub declaration_rewritten: bool,
    /// A DOCTYPE was removed.
    pub doctype_removed: bool,
    /// HTML named entities converted to numeric references.
    pub html_entities: usize,
    /// Bare `&` or unknown entities escaped as `&amp;`.
    pub stray_ampersands: usize,
    /// Characters XML forbids, dropped or replaced.
    pub invalid_chars: usize,
    /// `<` that could not start markup, escaped.
    pub stray_less_than: usize,
    /// Bytes of junk before the first element, dropped.
    pub leading_junk: usize,
    /// A JSON Feed needed a bare or missing `version` or a missing `title` patched.
    pub json_patched: bool,
    /// Control and bidi-override characters removed from plain-text fields (see
    /// `gleaner_core::Item::sanitize`).
    #[serde(default)]
    pub control_chars: usize,
    /// Links, media and image URLs dropped for a scheme other than http(s) (or `file` in a
    /// local feed).
    #[serde(default)]
    pub unsafe_urls: usize,
}

impl Repairs {
    /// Whether anything was repaired (the rewritten declaration does not count: it is a
    /// consequence of decoding, not a defect).
    pub fn any(&self) -> bool {
        self.doctype_removed
            || self.html_entities > 0
            || self.stray_ampersands > 0
            || self.invalid_chars > 0
            || self.stray_less_than > 0
            || self.leading_junk > 0
            || self.json_patched
            || self.control_chars > 0
            || self.unsafe_urls > 0
    }
}

/// The repaired document and what was done to it.
#[derive(Debug)]
pub(crate) struct Repaired {
    pub text: String,
    pub repairs: Repairs,
}

/// Room reserved in the output beyond the input's length, as a fraction of it: repairs rarely
/// grow a document by more than an escaped `&` or a numeric reference here and there, and the
/// output then never reallocates.
const OUTPUT_SLACK_DIVISOR: usize = 64;

/// Repairs `input` (see the module docs), failing only when elements nest deeper than
/// `max_depth`. `location` names the input in errors.
pub(crate) fn repair(input: &str, max_depth: usize, location: &str) -> Result<Repaired> {
    let mut pass = Pass {
        input,
        max_depth,
        location,
        out: String::with_capacity(input.len() + input.len() / OUTPUT_SLACK_DIVISOR),
        repairs: Repairs::default(),
        depth: 0,
        i: 0,
        run_start: 0,
    };
    pass.skip_leading_junk();
    while pass.i < input.len() {
        pass.step()?;
    }
    pass.out.push_str(&input[pass.run_start.min(input.len())..]);
    Ok(Repaired {
        text: pass.out,
        repairs: pass.repairs,
    })
}

/// The state of one repair pass. Input is copied to `out` in runs: a run is only flushed when
/// something in it must change.
struct Pass<'a> {
    input: &'a str,
    max_depth: usize,
    location: &'a str,
    out: String,
    repairs: Repairs,
    /// Elements open at `i`.
    depth: usize,
    /// The next byte to look at.
    i: usize,
    /// The start of the input not yet copied to `out`.
    run_start: usize,
}

impl Pass<'_> {
    /// Skips junk before the first '<' (a PHP warning, a stray BOM-like byte; whitespace is
    /// fine), counting it if it is more than whitespace.
    fn skip_leading_junk(&mut self) {
        if let Some(first) = self.input.find('<') {
            let junk = &self.input[..first];
            if !junk.trim().is_empty() {
                self.repairs.leading_junk = junk.len();
            }
            self.i = first;
        }
        self.run_start = self.i;
    }

    /// Copies the pending run up to `i` to the output.
    fn flush(&mut self) {
        self.out.push_str(&self.input[self.run_start..self.i]);
    }

    /// Looks at the byte at `i` and moves past it (or past the construct it starts).
    fn step(&mut self) -> Result<()> {
        let bytes = self.input.as_bytes();
        let i = self.i;
        match bytes[i] {
            b'<' => self.markup()?,
            b'&' => self.ampersand(),
            b if is_forbidden_control(b) => self.drop_invalid(1),
            // U+FFFE / U+FFFF
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                self.drop_invalid(3)
            }
            _ => self.i += 1,
        }
        Ok(())
    }

    /// Drops a forbidden character of `len` bytes at `i`.
    fn drop_invalid(&mut self, len: usize) {
        self.flush();
        self.repairs.invalid_chars += 1;
        self.i += len;
        self.run_start = self.i;
    }

    /// An `&`: an entity or character reference, kept, converted or escaped.
    fn ampersand(&mut self) {
        let (replacement, consumed) = entity(&self.input[self.i..], &mut self.repairs);
        if let Some(replacement) = replacement {
            self.flush();
            self.out.push_str(&replacement);
            self.run_start = self.i + consumed;
        }
        self.i += consumed;
    }

    /// A `<`: CDATA, a comment or a processing instruction copied untouched (the XML
    /// declaration rewritten), a DOCTYPE removed, a tag, or a stray `<` escaped.
    fn markup(&mut self) -> Result<()> {
        let (input, i) = (self.input, self.i);
        let rest = &input[i..];
        if rest.starts_with("<![CDATA[") {
            self.i = skip_past(input, i, "]]>");
        } else if rest.starts_with("<!--") {
            self.i = skip_past(input, i, "-->");
        } else if rest.starts_with("<?") {
            self.processing_instruction();
        } else if starts_with_ci(rest, "<!DOCTYPE") {
            self.flush();
            self.i = skip_doctype(input, i);
            self.run_start = self.i;
            self.repairs.doctype_removed = true;
        } else if rest.starts_with("</") {
            self.depth = self.depth.saturating_sub(1);
            self.i = tag_end(input, i + 2);
        } else if rest
            .as_bytes()
            .get(1)
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'_' || c == b':' || c >= 0x80)
        {
            self.start_tag()?;
        } else {
            self.flush();
            self.out.push_str("&lt;");
            self.repairs.stray_less_than += 1;
            self.i += 1;
            self.run_start = self.i;
        }
        Ok(())
    }

    /// A processing instruction, copied; the XML declaration is rewritten to say UTF-8.
    fn processing_instruction(&mut self) {
        let rest = &self.input[self.i..];
        let end = skip_past(self.input, self.i, "?>");
        if starts_with_ci(rest, "<?xml")
            && rest
                .as_bytes()
                .get(5)
                .is_some_and(|c| c.is_ascii_whitespace())
        {
            self.flush();
            self.out
                .push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            self.repairs.declaration_rewritten = true;
            self.run_start = end;
        }
        self.i = end;
    }

    /// A start or empty-element tag: counted towards the nesting limit, and stripped of
    /// control characters, which would still break the parser inside a tag.
    fn start_tag(&mut self) -> Result<()> {
        let (input, i) = (self.input, self.i);
        let end = tag_end(input, i + 1);
        if !input[..end].ends_with("/>") {
            self.depth += 1;
            if self.depth > self.max_depth {
                return Err(Error::TooDeep {
                    location: self.location.to_string(),
                    limit: self.max_depth,
                });
            }
        }
        if input[i..end].bytes().any(is_forbidden_control) {
            self.flush();
            for c in input[i..end].chars() {
                if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') {
                    self.repairs.invalid_chars += 1;
                } else {
                    self.out.push(c);
                }
            }
            self.run_start = end;
        }
        self.i = end;
        Ok(())
    }
}

/// ASCII case-insensitive prefix test that cannot split a multi-byte character.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn is_forbidden_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')
}

/// Index just past `end` searching from `from`, or the end of input when unterminated.
fn skip_past(input: &str, from: usize, end: &str) -> usize {
    input[from..]
        .find(end)
        .map_or(input.len(), |at| from + at + end.len())
}

/// Index just past a DOCTYPE starting at `from`, including an internal subset in brackets.
fn skip_doctype(input: &str, from: usize) -> usize {
    let bytes = input.as_bytes();
    let mut i = from + 9;
    let mut bracket = 0usize;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'[' => bracket += 1,
                b']' => bracket = bracket.saturating_sub(1),
                b'>' if bracket == 0 => return i + 1,
                _ => {}
            },
        }
        i += 1;
    }
    bytes.len()
}

/// Looks at an `&` at the start of `s`. Returns the replacement text (None = keep as is) and how
/// many bytes the reference spans.
fn entity(s: &str, repairs: &mut Repairs) -> (Option<String>, usize) {
    let bytes = s.as_bytes();
    // Longest entity name in HTML is 31 characters; numeric references are short too.
    let mut end = s.len().min(40);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let window = &s[..end];
    let Some(semi) = window.find(';') else {
        repairs.stray_ampersands += 1;
        return (Some("&amp;".into()), 1);
    };
    let body = &window[1..semi];
    if let Some(num) = body.strip_prefix('#') {
        let value = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()
        } else {
            num.parse::<u32>().ok()
        };
        return match value {
            Some(v) if is_xml_char(v) => (None, semi + 1),
            Some(_) => {
                repairs.invalid_chars += 1;
                (Some("&#xFFFD;".into()), semi + 1)
            }
            None => {
                repairs.stray_ampersands += 1;
                (Some("&amp;".into()), 1)
            }
        };
    }
    if body.is_empty()
        || !body.bytes().all(|c| c.is_ascii_alphanumeric())
        || !bytes[1].is_ascii_alphabetic()
    {
        repairs.stray_ampersands += 1;
        return (Some("&amp;".into()), 1);
    }
    if matches!(body, "amp" | "lt" | "gt" | "quot" | "apos") {
        return (None, semi + 1);
    }
    let reference = &window[..=semi];
    let decoded = html_escape::decode_html_entities(reference);
    if decoded != reference {
        repairs.html_entities += 1;
        let mut numeric = String::new();
        for c in decoded.chars() {
            numeric.push_str(&format!("&#{};", c as u32));
        }
        return (Some(numeric), semi + 1);
    }
    repairs.stray_ampersands += 1;
    (Some("&amp;".into()), 1)
}

fn is_xml_char(v: u32) -> bool {
    matches!(v, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str) -> (String, Repairs) {
        let r = repair(s, 64, "test").unwrap();
        (r.text, r.repairs)
    }

    #[test]
    fn well_formed_input_is_untouched() {
        let s = "<rss version=\"2.0\"><channel><title>A &amp; B &#233; &#x1F600;</title><![CDATA[ & < ]]><!-- & < --></channel></rss>";
        let (out, r) = fix(s);
        assert_eq!(out, s);
        assert!(!r.any());
    }

    #[test]
    fn html_entities_and_bare_ampersands() {
        let (out, r) = fix("<t>Q&A&nbsp;&eacute;t&eacute; &bogus; &#0; AT&T;</t>");
        assert_eq!(
            out,
            "<t>Q&amp;A&#160;&#233;t&#233; &amp;bogus; &#xFFFD; AT&amp;T;</t>"
        );
        assert_eq!(
            (r.html_entities, r.stray_ampersands, r.invalid_chars),
            (3, 3, 1)
        );
    }

    #[test]
    fn declaration_doctype_and_bombs() {
        let bomb = "<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n<rss>&lol2;</rss>";
        let (out, r) = fix(bomb);
        assert_eq!(
            out,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\n<rss>&amp;lol2;</rss>"
        );
        assert!(r.doctype_removed && r.declaration_rewritten);
    }

    #[test]
    fn stray_less_than_controls_and_junk() {
        let (out, r) = fix("Warning: x\n<t>1 < 2\u{1}\u{FFFF}</t>");
        assert_eq!(out, "<t>1 &lt; 2</t>");
        assert_eq!((r.stray_less_than, r.invalid_chars), (1, 2));
        assert!(r.leading_junk > 0);
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "<a>".repeat(100);
        assert!(matches!(
            repair(&deep, 64, "x"),
            Err(Error::TooDeep { limit: 64, .. })
        ));
        let flat = "<a/>".repeat(1000);
        assert!(repair(&flat, 64, "x").is_ok());
        let closed = "<a>x</a>".repeat(1000);
        assert!(repair(&closed, 2, "x").is_ok());
    }

    #[test]
    fn quotes_in_attributes_do_not_hide_tag_ends() {
        let (out, _) = fix("<a title=\"x > y\" b='it''s'>don't</a>");
        assert_eq!(out, "<a title=\"x > y\" b='it''s'>don't</a>");
    }
}
