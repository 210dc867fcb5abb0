//! Items, their media, and the metadata of the feed that carried them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{ItemId, Lang, Source};

/// One entry of a feed (or one page): the unit gleaner deduplicates, stores, scores and curates.
///
/// Text fields are plain text unless their name says HTML: entities decoded, tags removed,
/// whitespace collapsed (paragraph breaks kept as `\n\n` in `content_text`). Dates are UTC;
/// a date the feed wrote but nobody could read is `None`, never an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id, see [`ItemId::for_entry`].
    pub id: ItemId,
    /// Where the item came from.
    pub source: Source,
    /// The feed's own id for the entry (RSS `guid`, Atom `id`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// The entry's link, absolute (resolved against `xml:base` or the feed's URL) when it could be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Plain-text title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Plain-text summary (RSS `description`, Atom `summary`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The full content as the feed gave it (HTML), when it gave more than a summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_html: Option<String>,
    /// Plain text of the content, falling back to the summary's text when there is no content.
    /// When the feed only had a summary and the linked page was read, the page's article text
    /// (then `full_text_url` says so, and `summary` is still the feed's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_text: Option<String>,
    /// The page `content_text` was extracted from; `None` when the text is the feed's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_text_url: Option<String>,
    /// Author names (or emails when that is all there is), in feed order, without duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Category / tag labels, in feed order, without duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// When the entry was first published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime<Utc>>,
    /// When the entry was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    /// The language: declared by the entry or feed, or detected from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Images, enclosures and videos attached to the entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
}

impl Item {
    /// An item with only its id and source set.
    pub fn new(id: ItemId, source: Source) -> Self {
        Item {
            id,
            source,
            guid: None,
            url: None,
            title: None,
            summary: None,
            content_html: None,
            content_text: None,
            full_text_url: None,
            authors: Vec::new(),
            categories: Vec::new(),
            published: None,
            updated: None,
            lang: None,
            media: Vec::new(),
        }
    }

    /// `published`, or `updated` when the feed only gave that.
    pub fn date(&self) -> Option<DateTime<Utc>> {
        self.published.or(self.updated)
    }

    /// The item's body, the one rule every stage uses (dedup fingerprints it, the index
    /// searches it, the id falls back to it): its content text, else its summary, else "".
    pub fn body(&self) -> &str {
        self.content_text
            .as_deref()
            .or(self.summary.as_deref())
            .unwrap_or("")
    }
}

/// What kind of media a [`Media`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum MediaKind {
    /// A picture (lead image, media:thumbnail, image enclosure).
    Image,
    /// A video (YouTube entries, video enclosures).
    Video,
    /// Audio (podcast enclosures).
    Audio,
    /// Anything else (a PDF enclosure, an unknown type).
    Other,
}

/// An image, enclosure or video attached to an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Media {
    /// What kind of media this is, from the MIME type or the element it came from.
    pub kind: MediaKind,
    /// Where the media is.
    pub url: String,
    /// Its MIME type, when declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
    /// Its size in bytes, when declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<u64>,
    /// A thumbnail image for it (media RSS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// Its title or description (media RSS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// View count, where the feed reports one (media RSS `media:statistics views`, YouTube).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
}

impl MediaKind {
    /// The kind implied by a MIME type (`image/png` is an image); `Other` when unknown.
    pub fn from_mime(mime: &str) -> Self {
        let mime = mime.trim().to_ascii_lowercase();
        if mime.starts_with("image/") {
            MediaKind::Image
        } else if mime.starts_with("video/") || mime == "application/x-shockwave-flash" {
            MediaKind::Video
        } else if mime.starts_with("audio/") {
            MediaKind::Audio
        } else {
            MediaKind::Other
        }
    }
}

/// What a feed says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedMeta {
    /// The format that was read, e.g. `"rss2"`, `"atom1"`, `"atom0.3"`, `"rss1"`, `"json1.1"`,
    /// `"cdf"`.
    pub format: String,
    /// Plain-text title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The site the feed belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_url: Option<String>,
    /// Plain-text description / subtitle / tagline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The declared language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// When the feed says it was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    /// The feed's logo or icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The generator that wrote the feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
    /// Suggested minutes between polls (RSS `ttl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_minutes: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_kind_from_mime() {
        assert_eq!(MediaKind::from_mime("image/jpeg"), MediaKind::Image);
        assert_eq!(MediaKind::from_mime(" Audio/MPEG"), MediaKind::Audio);
        assert_eq!(MediaKind::from_mime("video/mp4"), MediaKind::Video);
        assert_eq!(MediaKind::from_mime("application/pdf"), MediaKind::Other);
    }

    #[test]
    fn date_falls_back_to_updated() {
        let mut item = Item::new(ItemId::from_key(b"x"), Source::file("f"));
        assert_eq!(item.date(), None);
        let t = DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        item.updated = Some(t);
        assert_eq!(item.date(), Some(t));
    }
}
