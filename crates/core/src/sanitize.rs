//! What may be kept from untrusted text and links: the model's invariants for plain text and
//! URLs, applied by every reader and again by the pipeline.
//!
//! Feeds, pages and JSON input are untrusted (see `docs/SECURITY.md`). Their plain text is
//! printed to terminals and rendered in pages, and their links are followed and rendered as
//! `href`s. So plain-text fields hold no C0 or C1 control character except tab and newline
//! (an `ESC [2J` in a title would clear the screen of whoever prints it, a bare CR overwrites
//! the line) and no bidirectional embedding, override or isolate (which can show text in
//! another order than it is stored). Links keep only `http` and `https`, plus `file` for
//! sources that are themselves local files; `javascript:`, `data:`, `vbscript:` and every
//! other scheme, however spelled, are dropped.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::{FeedMeta, Item, Source, SourceKind};

/// What [`Item::sanitize`] and its siblings removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sanitized {
    /// Control and bidi-override characters removed from plain text.
    pub control_chars: usize,
    /// Links, media and image URLs dropped for their scheme (or for not being absolute URLs).
    pub unsafe_urls: usize,
}

impl Sanitized {
    /// Whether anything was removed.
    pub fn any(&self) -> bool {
        self.control_chars > 0 || self.unsafe_urls > 0
    }
}

impl std::ops::AddAssign for Sanitized {
    fn add_assign(&mut self, other: Sanitized) {
        self.control_chars += other.control_chars;
        self.unsafe_urls += other.unsafe_urls;
    }
}

/// Whether plain text may not hold `c`: C0 controls but tab, newline and carriage return
/// (handled by [`clean_plain_text`]), DEL, C1 controls, and the bidi embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069). Bidi *marks* (LRM, RLM, ALM) stay: they
/// reorder nothing and real Arabic and Hebrew text uses them.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Removes from `text` what plain text may not hold ([`is_unsafe_char`]) and returns how many
/// characters went. A carriage return becomes a newline (one before a newline just goes), so
/// that no line can be overwritten; that is not counted. Allocates only when something
/// changes.
pub fn clean_plain_text(text: &mut String) -> usize {
    if !text.chars().any(|c| c == '\r' || is_unsafe_char(c)) {
        return 0;
    }
    let mut removed = 0;
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() != Some(&'\n') {
                out.push('\n');
            }
        } else if is_unsafe_char(c) {
            removed += 1;
        } else {
            out.push(c);
        }
    }
    *text = out;
    removed
}

/// `raw` as a link worth keeping, or `None`: an absolute `http`/`https` URL, or a `file` URL
/// when `local` (the source is a local file). Parsed as browsers parse `href`s (WHATWG URL:
/// leading and trailing controls and spaces stripped, tabs and newlines inside removed, the
/// scheme case-folded), so `" JaVa\tScRiPt:…"` is seen for what it is; the result is that
/// parse's serialization.
pub fn safe_url(raw: &str, local: bool) -> Option<String> {
    let url = Url::parse(raw).ok()?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some_and(|h| !h.is_empty()) => Some(url.into()),
        "file" if local => Some(url.into()),
        _ => None,
    }
}

fn clean_text(field: &mut String, report: &mut Sanitized) {
    report.control_chars += clean_plain_text(field);
}

fn clean_optional_text(field: &mut Option<String>, report: &mut Sanitized) {
    if let Some(text) = field {
        clean_text(text, report);
    }
}

fn clean_list(list: &mut Vec<String>, report: &mut Sanitized) {
    for value in list.iter_mut() {
        clean_text(value, report);
    }
    list.retain(|v| !v.trim().is_empty());
}

fn clean_optional_url(field: &mut Option<String>, local: bool, report: &mut Sanitized) {
    if let Some(raw) = field.take() {
        *field = safe_url(&raw, local);
        report.unsafe_urls += usize::from(field.is_none());
    }
}

impl Item {
    /// Makes the item keep the model's invariants (see the module docs): plain-text fields
    /// (title, summary, content text, authors, categories, guid, media titles and types) lose control
    /// and bidi-override characters, and the link, the full-text URL and media URLs that are
    /// not http(s) (or `file` for a local source) are dropped, with media whose own URL goes.
    /// `content_html` loses control characters too; making its markup safe is for whoever
    /// renders it. Also sanitizes the item's [`Source`]. Idempotent.
    pub fn sanitize(&mut self) -> Sanitized {
        let mut report = self.source.sanitize();
        let local = self.source.kind == SourceKind::File;
        for field in [
            &mut self.title,
            &mut self.summary,
            &mut self.content_text,
            &mut self.content_html,
            &mut self.guid,
        ] {
            clean_optional_text(field, &mut report);
        }
        clean_list(&mut self.authors, &mut report);
        clean_list(&mut self.categories, &mut report);
        clean_optional_url(&mut self.url, local, &mut report);
        clean_optional_url(&mut self.full_text_url, local, &mut report);
        self.media.retain_mut(|media| {
            clean_optional_text(&mut media.title, &mut report);
            clean_optional_text(&mut media.mime, &mut report);
            clean_optional_url(&mut media.thumbnail, local, &mut report);
            match safe_url(&media.url, local) {
                Some(url) => {
                    media.url = url;
                    true
                }
                None => {
                    report.unsafe_urls += 1;
                    false
                }
            }
        });
        report
    }
}

impl Source {
    /// Cleans what an OPML list or a feed said about the source (title, categories, site
    /// URL); the location is the operator's and stays as given.
    pub fn sanitize(&mut self) -> Sanitized {
        let mut report = Sanitized::default();
        clean_optional_text(&mut self.title, &mut report);
        clean_list(&mut self.categories, &mut report);
        clean_optional_url(&mut self.site_url, false, &mut report);
        report
    }
}

impl FeedMeta {
    /// Cleans the feed's plain text (title, description, generator) and drops its site and
    /// image URLs unless they are http(s).
    pub fn sanitize(&mut self) -> Sanitized {
        let mut report = Sanitized::default();
        for field in [&mut self.title, &mut self.description, &mut self.generator] {
            clean_optional_text(field, &mut report);
        }
        clean_optional_url(&mut self.site_url, false, &mut report);
        clean_optional_url(&mut self.image, false, &mut report);
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ItemId, Media, MediaKind};

    #[test]
    fn terminal_escapes_and_bidi_overrides_go() {
        let mut t = "\u{1b}[2J\u{1b}]0;pwned\u{7}Title \u{202e}gnp.exe\u{2066}x\u{2069} \u{9b}31m"
            .to_owned();
        let removed = clean_plain_text(&mut t);
        assert_eq!(t, "[2J]0;pwnedTitle gnp.exex 31m");
        assert_eq!(removed, 7);
        let mut kept = "탭\t줄\n바꿈 \u{200f}שלום".to_owned();
        assert_eq!(clean_plain_text(&mut kept), 0);
        assert_eq!(kept, "탭\t줄\n바꿈 \u{200f}שלום");
        let mut cr = "a\r\nb\rc".to_owned();
        assert_eq!(clean_plain_text(&mut cr), 0);
        assert_eq!(cr, "a\nb\nc");
    }

    #[test]
    fn only_web_links_survive_however_spelled() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "DATA:image/png;base64,AAAA",
            "ftp://example.com/a",
            "/relative/path",
            "http://",
            "file:///etc/passwd",
        ] {
            assert_eq!(safe_url(bad, false), None, "{bad:?}");
        }
        assert_eq!(
            safe_url(" HTTPS://Example.com/a b", false).as_deref(),
            Some("https://example.com/a%20b")
        );
        assert_eq!(
            safe_url("file:///srv/feeds/a.html", true).as_deref(),
            Some("file:///srv/feeds/a.html")
        );
    }

    #[test]
    fn items_are_cleaned_and_counted() {
        let mut item = Item::new(ItemId::from_key(b"x"), Source::url("https://e.example/f"));
        item.title = Some("\u{1b}[31mRed".into());
        item.url = Some("javascript:alert(1)".into());
        item.authors = vec!["\u{202e}".into(), "Kim".into()];
        item.media = vec![
            Media {
                kind: MediaKind::Image,
                url: "data:image/png;base64,AAAA".into(),
                mime: None,
                length: None,
                thumbnail: None,
                title: None,
                views: None,
            },
            Media {
                kind: MediaKind::Image,
                url: "https://e.example/a.png".into(),
                mime: Some("image/png\u{9b}31m".into()),
                length: None,
                thumbnail: Some("vbscript:x".into()),
                title: None,
                views: None,
            },
        ];
        let report = item.sanitize();
        assert_eq!(item.title.as_deref(), Some("[31mRed"));
        assert_eq!(item.url, None);
        assert_eq!(item.authors, vec!["Kim".to_owned()]);
        assert_eq!(item.media.len(), 1);
        assert_eq!(item.media[0].thumbnail, None);
        assert_eq!(item.media[0].mime.as_deref(), Some("image/png31m"));
        assert_eq!(
            report,
            Sanitized {
                control_chars: 3,
                unsafe_urls: 3
            }
        );
        assert!(!item.sanitize().any(), "sanitizing is idempotent");
    }
}
