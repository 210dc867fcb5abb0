//! feed-rs's model → [`EntryParts`]: the JSON Feed path.
//!
//! XML feeds go through the streaming reader in `lenient/` instead: on the shared corpus it
//! agrees with feedparser on more titles than feed-rs does and reads dialects feed-rs
//! does not (Atom 0.3, RSS without a version, CDF, broken documents). See DESIGN.md.

use feed_rs::model::{Entry, Feed, FeedType, Link, MediaObject, Text};
use gleaner_core::{FeedMeta, Lang, Media, MediaKind};

use crate::entry::{EntryParts, FeedText};
use crate::html::html_to_line;

pub(crate) fn meta(feed: &Feed) -> FeedMeta {
    FeedMeta {
        format: match feed.feed_type {
            FeedType::Atom => "atom1",
            FeedType::JSON => "json",
            FeedType::RSS0 => "rss0.9x",
            FeedType::RSS1 => "rss1",
            FeedType::RSS2 => "rss2",
        }
        .to_string(),
        title: feed
            .title
            .as_ref()
            .map(|t| html_to_line(&t.content))
            .filter(|t| !t.is_empty()),
        site_url: feed
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .map(|l| l.href.clone()),
        description: feed
            .description
            .as_ref()
            .map(|t| html_to_line(&t.content))
            .filter(|t| !t.is_empty()),
        lang: feed.language.as_deref().and_then(Lang::parse),
        updated: feed.updated.or(feed.published),
        image: feed
            .logo
            .as_ref()
            .or(feed.icon.as_ref())
            .map(|i| i.uri.clone()),
        generator: feed.generator.as_ref().map(|g| g.content.clone()),
        ttl_minutes: feed.ttl,
    }
}

pub(crate) fn entry(entry: Entry) -> EntryParts {
    // JSON Feed attachments arrive as links with a media type and no rel.
    let attachment = |l: &&Link| l.rel.as_deref() == Some("enclosure") || l.media_type.is_some();
    let link = entry
        .links
        .iter()
        .filter(|l| !attachment(l))
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| entry.links.iter().find(|l| !attachment(l)))
        .map(|l| l.href.clone());
    let mut media = Vec::new();
    for l in entry.links.iter().filter(attachment) {
        media.push(Media {
            kind: l
                .media_type
                .as_deref()
                .map_or(MediaKind::Other, MediaKind::from_mime),
            url: l.href.clone(),
            mime: l.media_type.clone(),
            length: l.length,
            thumbnail: None,
            title: l.title.clone(),
            views: None,
        });
    }
    for object in &entry.media {
        media_of(object, &mut media);
    }
    // JSON Feed: content_html is HTML, content_text is plain text.
    let content = entry.content.and_then(|c| {
        let html = c.content_type.essence().to_string() != "text/plain";
        c.body.map(|b| FeedText { value: b, html })
    });
    EntryParts {
        title: entry.title.map(text),
        link,
        // Empty when the feed gave none (see `run_feed_rs`).
        guid: Some(entry.id).filter(|id| !id.trim().is_empty()),
        summary: entry.summary.map(text),
        content,
        published: entry.published,
        updated: entry.updated,
        authors: entry
            .authors
            .into_iter()
            .filter_map(|p| p.name.filter(|n| !n.trim().is_empty()).or(p.email))
            .collect(),
        categories: entry
            .categories
            .into_iter()
            .map(|c| c.label.unwrap_or(c.term))
            .collect(),
        media,
        lang: entry.language,
        base: None,
    }
}

/// JSON Feed titles and summaries are plain text by the spec, but feeds put entities and
/// markup in them; treating them as HTML is what readers do.
fn text(t: Text) -> FeedText {
    FeedText {
        value: t.content,
        html: true,
    }
}

fn media_of(object: &MediaObject, out: &mut Vec<Media>) {
    let title = object
        .title
        .as_ref()
        .map(|t| html_to_line(&t.content))
        .filter(|t| !t.is_empty());
    let thumbnail = object.thumbnails.first().map(|t| t.image.uri.clone());
    let views = object.community.as_ref().and_then(|c| c.stats_views);
    let mut pushed = false;
    for content in &object.content {
        let Some(url) = content.url.as_ref() else {
            continue;
        };
        if out.iter().any(|m| m.url == url.as_str()) {
            continue;
        }
        let mime = content.content_type.as_ref().map(|m| m.to_string());
        out.push(Media {
            kind: mime
                .as_deref()
                .map_or(MediaKind::Other, MediaKind::from_mime),
            url: url.to_string(),
            mime,
            length: content.size,
            thumbnail: thumbnail.clone(),
            title: title.clone(),
            views,
        });
        pushed = true;
    }
    if !pushed {
        if let Some(thumb) = thumbnail {
            if !out.iter().any(|m| m.url == thumb) {
                out.push(Media {
                    kind: MediaKind::Image,
                    url: thumb,
                    mime: None,
                    length: None,
                    thumbnail: None,
                    title,
                    views,
                });
            }
        }
    }
}
