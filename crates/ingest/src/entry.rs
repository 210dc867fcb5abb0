//! What both feed readers (the XML reader and feed-rs for JSON Feed) produce, and how it becomes an
//! [`Item`]: the single place where text is made plain, links absolute and ids assigned.

use chrono::{DateTime, Utc};
use gleaner_core::{FeedMeta, Item, ItemId, Lang, Media, Sanitized, Source};
use url::Url;

use crate::html::{html_to_line, html_to_text};

/// A text field as a feed gave it.
#[derive(Debug, Clone, Default)]
pub(crate) struct FeedText {
    pub value: String,
    /// Whether `value` is HTML (to be stripped) rather than plain text.
    pub html: bool,
}

impl FeedText {
    pub fn html(value: String) -> Self {
        FeedText { value, html: true }
    }

    pub fn plain(value: String) -> Self {
        FeedText { value, html: false }
    }

    fn line(&self) -> String {
        if self.html {
            html_to_line(&self.value)
        } else {
            self.value.split_whitespace().collect::<Vec<_>>().join(" ")
        }
    }

    fn paragraphs(&self) -> String {
        if self.html {
            html_to_text(&self.value)
        } else {
            html_to_text(&html_escape::encode_text(&self.value))
        }
    }

    fn is_blank(&self) -> bool {
        self.value.trim().is_empty()
    }
}

/// One entry, before it becomes an item.
#[derive(Debug, Clone, Default)]
pub(crate) struct EntryParts {
    pub title: Option<FeedText>,
    pub link: Option<String>,
    pub guid: Option<String>,
    pub summary: Option<FeedText>,
    pub content: Option<FeedText>,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    pub authors: Vec<String>,
    pub categories: Vec<String>,
    pub media: Vec<Media>,
    pub lang: Option<String>,
    /// `xml:base` in scope for the entry, when the reader tracks it.
    pub base: Option<String>,
}

/// What every entry of one feed shares.
#[derive(Debug)]
pub(crate) struct FeedContext<'a> {
    pub source: &'a Source,
    pub meta: &'a FeedMeta,
    /// The URL relative links resolve against when the feed gives no `xml:base`.
    pub base: Option<Url>,
    pub detect_language: bool,
}

impl EntryParts {
    /// The item, with text made plain, the link absolute, control characters and unsafe links
    /// removed (counted in `sanitized`, see [`Item::sanitize`]) and the id assigned
    /// ([`ItemId::for_item`], the rule the pipeline applies too). `detector` is shared by the
    /// items of one feed (see [`gleaner_text::LanguageDetector`]).
    pub fn into_item(
        self,
        ctx: &FeedContext<'_>,
        detector: &mut gleaner_text::LanguageDetector,
        sanitized: &mut Sanitized,
    ) -> Item {
        let base = self
            .base
            .as_deref()
            .and_then(|b| resolve(ctx.base.as_ref(), b))
            .or_else(|| ctx.base.clone());
        let url = self
            .link
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| resolve(base.as_ref(), l).map_or_else(|| l.to_string(), |u| u.to_string()));
        let guid = self
            .guid
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty());
        let title = self
            .title
            .filter(|t| !t.is_blank())
            .map(|t| t.line())
            .filter(|t| !t.is_empty());
        let summary_text = self
            .summary
            .as_ref()
            .filter(|s| !s.is_blank())
            .map(FeedText::paragraphs);
        let content_text = self
            .content
            .as_ref()
            .filter(|c| !c.is_blank())
            .map(FeedText::paragraphs);
        let content_html = self.content.filter(|c| !c.is_blank()).map(|c| {
            if c.html {
                c.value
            } else {
                html_escape::encode_text(&c.value).into_owned()
            }
        });
        let mut item = Item::new(ItemId::from_key(b""), ctx.source.clone());
        item.lang = self
            .lang
            .as_deref()
            .and_then(Lang::parse)
            .or_else(|| ctx.meta.lang.clone());
        if ctx.detect_language {
            let sample = [
                title.as_deref(),
                summary_text.as_deref().or(content_text.as_deref()),
            ];
            item.lang = detector
                .detect(&sample, item.lang.as_ref())
                .map(|d| d.lang)
                .or(item.lang);
        }
        item.guid = guid;
        item.url = url;
        item.title = title;
        item.content_text = content_text.or_else(|| summary_text.clone());
        item.summary = summary_text;
        item.content_html = content_html;
        item.authors = dedup(self.authors);
        item.categories = dedup(self.categories);
        item.published = self.published;
        item.updated = self.updated;
        item.media = self.media;
        *sanitized += item.sanitize();
        item.id = ItemId::for_item(&item);
        item
    }
}

/// Resolves `link` against `base`; `None` if it cannot be made absolute.
pub(crate) fn resolve(base: Option<&Url>, link: &str) -> Option<Url> {
    let link = link.trim();
    match Url::parse(link) {
        Ok(url) => Some(url),
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(link).ok(),
        Err(_) => None,
    }
}

/// Authors or categories kept per item: plenty for any real feed, bounded for hostile ones.
const MAX_NAMES: usize = 256;

/// Plain-text names in first-seen order, without blanks or duplicates, at most [`MAX_NAMES`].
fn dedup(values: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if out.len() == MAX_NAMES {
            break;
        }
        let v = html_to_line(&v);
        if !v.is_empty() && seen.insert(v.clone()) {
            out.push(v);
        }
    }
    out
}
